#pragma once
// A scenario file read into plain values, validated, before anything runs. The world builder
// turns this into stations and roads; nothing here knows YAML.
#include "sim/distribution.h"
#include "sim/sim_time.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace postie {

// Where a value came from in the file, for messages that point at a line.
struct SourceMark {
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based
};

enum class StationKind { Client, Outgoing, Resolver, Incoming, Mailbox, Router };

struct DnsRecordSpec {
    // ServFail is no record but a broken name: its authoritative servers fail, so every
    // question about it answers SERVFAIL (a temporary failure, RFC 5321 §5.1).
    enum class Type { MX, A, ServFail };
    std::string name;           // lower case, no trailing dot
    Type type = Type::A;
    int preference = 0;         // MX only
    std::string host;           // MX only; "." (stored as empty) is a null MX (RFC 7505)
    std::string address;        // A only
    SimTime ttl = SimTime::fromSeconds(3600);
    SourceMark mark;
};

struct RetrySpec {
    enum class Profile { Postfix, Exim, Rfc, Custom };
    Profile profile = Profile::Postfix;
    SimTime minBackoff = SimTime::fromSeconds(300);      // Postfix minimal_backoff_time
    SimTime maxBackoff = SimTime::fromSeconds(4000);     // Postfix maximal_backoff_time
    SimTime giveUp = SimTime::fromSeconds(5 * 86400);    // Postfix maximal_queue_lifetime
    SimTime connectTimeout = SimTime::fromSeconds(30);   // Postfix smtp_connect_timeout
    // Deferred letters are picked up only by a scan of the queue this often, on the server's
    // clock from the start of the run (Postfix queue_run_delay, 300 s); zero: the moment they
    // are due. Exim and the RFC profile have none (Exim's queue runner is a daemon option).
    SimTime queueScan = SimTime::fromSeconds(300);
    SimTime delayWarning;  // zero: off (Postfix's default). Else one "still trying" notice to
                           // the sender once a letter has waited this long (delay_warning_time)
};

struct CheckSpec {
    // POP3 polls and downloads-and-deletes; IMAP polls and keeps mail on the server; IMAP IDLE
    // keeps a line open and hears of new mail at once.
    enum class Protocol { None, Pop3, Imap, ImapIdle };
    Protocol protocol = Protocol::None;
    SimTime every = SimTime::fromSeconds(600);  // POP3 poll interval (Thunderbird's 10 min)
    // POP3 only: RETR without DELE, so the letters stay in the box ("Leave messages on server").
    bool leaveOnServer = false;
};

struct StationSpec {
    std::string id;  // also its host name
    StationKind kind = StationKind::Router;
    std::string label;
    std::string group;
    std::optional<std::pair<double, double>> position;
    // client
    std::string user;            // with a pattern: the first of the writers in `users`
    std::string submitTo;
    bool authenticates = true;  // logs in (SMTP AUTH) before MAIL FROM
    std::string readFrom;
    CheckSpec check;
    // outgoing / incoming
    std::string resolver;        // empty: the nearest resolver by road
    int workers = 1;
    Distribution service;        // zero: no processing time
    RetrySpec retry;
    // outgoing / incoming, sending side: Postfix's queue manager limits (postconf.proto)
    int destinationConcurrency = 20;   // default_destination_concurrency_limit: lanes per destination
    int destinationRecipients = 50;    // default_destination_recipient_limit: recipients per delivery
    // outgoing / incoming, receiving side; 0: no limit
    int maxConnections = 0;            // SMTP sessions at once; more get 421 4.7.0
    double rateLimitPerSecond = 0;     // letters per second from one client host; more get 450 4.7.1
    int queueLimit = 0;                // letters waiting in the depot; more get 452 4.3.1
    std::vector<std::string> accepts;  // incoming: domains
    std::string deliverTo;              // incoming: mailbox station
    std::string relayTo;                // incoming: instead, pass letters on to this host (a smarthost)
    // resolver
    Distribution lookup = Distribution::constant(SimTime::fromMillis(30));  // a cache miss
    // mailbox: its users; client: the writers it stands for, when its user is a pattern
    std::vector<std::string> users;
    std::uint64_t quotaBytes = 0;  // 0: unlimited
    SourceMark mark;
};

struct RoadSpec {
    std::string a;
    std::string b;
    SimTime latency;
    SourceMark mark;
};

struct LetterSpec {
    SimTime at;
    std::string from;
    std::vector<std::string> to;
    std::vector<std::string> cc;
    std::vector<std::string> bcc;
    std::string subject;
    std::uint64_t sizeBytes = 4096;
    SourceMark mark;
};

struct GeneratorSpec {
    // poisson: independent letters at an average rate; burst: one letter to every address in
    // `to` at `at` (a newsletter); periodic: one letter every `every`; daily: poisson with a
    // rate for each hour of the day (of the scenario's clock).
    enum class Kind { Poisson, Burst, Periodic, Daily };
    Kind kind = Kind::Poisson;
    double ratePerSecond = 0;              // poisson
    SimTime at;                            // burst
    SimTime every;                         // periodic
    std::array<double, 24> perHour{};      // daily: letters per second in each hour of the day
    std::vector<std::string> from;
    std::vector<std::string> to;
    SimTime begin;
    SimTime end;
    std::uint64_t sizeBytes = 4096;
    std::string subject;
    SourceMark mark;
};

struct IncidentSpec {
    SimTime at;
    std::string station;               // either a station ...
    std::pair<std::string, std::string> road;  // ... or a road
    bool goDown = true;
    std::optional<SimTime> duration;   // `for:`; without it the state lasts
    SourceMark mark;
};

struct ScenarioSpec {
    std::string file;  // as given, for messages
    std::string format = "postie/1";
    std::string title;
    std::string summary;
    // How the app plays the run at first (display only: the engine never reads them). Story:
    // each caption stays readable and quiet time is jumped and said; continuous: the clock runs
    // at the speed. The speed is times real time (0.1 = ten times slower).
    std::string pace = "story";
    double speed = 0.1;
    std::uint64_t seed = 1;
    std::optional<std::int64_t> startEpochSeconds;  // wall-clock time shown for t = 0
    std::optional<SimTime> until;
    std::vector<DnsRecordSpec> dns;
    std::vector<StationSpec> stations;
    std::vector<RoadSpec> roads;
    std::vector<LetterSpec> letters;
    std::vector<GeneratorSpec> generators;
    std::vector<IncidentSpec> incidents;
};

const char* stationKindName(StationKind kind);

} // namespace postie
