#pragma once
// The mail a run will write, decided before it starts: single letters at set times and
// generators that write letters as time goes on. MailSource turns these into messages.
#include "mail/header_field.h"
#include "sim/sim_time.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace postie {

struct ScheduledLetter {
    SimTime at;
    std::string from;
    std::vector<std::string> to;
    std::vector<std::string> cc;
    std::vector<std::string> bcc;
    std::string subject;
    std::uint64_t sizeBytes = 4096;
    // What a forger's program writes instead of the writer's own address `from`: the envelope
    // sender (MAIL FROM, which SPF checks) and the letter's From: (which DMARC checks). SMTP
    // never compares the two. Empty: `from`.
    std::string mailFrom;
    std::string headerFrom;
    std::string body;  // the text DKIM signs; empty: an empty body
    bool encrypted = false;  // end to end (S/MIME, OpenPGP): only the recipient reads the text
    // What a spam filter's rules make of the letter's text (the rules themselves are not modelled).
    double spamScore = 0;
    // Header lines the writer's program adds (X-Mailer, or a forged Authentication-Results).
    std::vector<HeaderField> headers;
};

struct GeneratorConfig {
    // poisson: independent letters at an average rate; burst: one letter to every address in
    // `to` at `at` (a newsletter); periodic: one letter every `every`; daily: poisson with a
    // rate for each hour of the day (of the scenario's clock).
    enum class Kind { Poisson, Burst, Periodic, Daily };
    Kind kind = Kind::Poisson;
    double ratePerSecond = 0;          // poisson
    SimTime at;                        // burst
    SimTime every;                     // periodic
    std::array<double, 24> perHour{};  // daily: letters per second in each hour of the day
    std::vector<std::string> from;
    std::vector<std::string> to;
    SimTime begin;
    SimTime end;
    std::uint64_t sizeBytes = 4096;
    std::string subject;
};

} // namespace postie
