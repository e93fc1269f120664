#pragma once
// What an incoming server checks of a letter it takes in, as a milter stack does after DATA
// (SPF, then DKIM, then DMARC over both), what it writes about it (Authentication-Results,
// RFC 8601) and what it does: deliver, file in Junk, refuse, or ask the sender to come back.
#include "mail/dns_zone.h"
#include "mail/header_field.h"
#include "trace/trace_words.h"  // AuthResult, AuthAction
#include "trust/dkim.h"
#include "trust/dmarc.h"
#include "trust/spf.h"

#include <string>
#include <vector>

namespace postie {

struct LetterToCheck {
    std::string authservId;  // the receiving server's name, first in Authentication-Results
    std::string clientIp;    // the connecting host's address
    std::string helo;        // the name it gave in EHLO
    std::string mailFrom;    // the envelope sender; empty: the null sender <>
    std::string headerFrom;  // the From: field as written ("Name <a@b.test>" or a@b.test)
    std::vector<HeaderField> headers;  // the letter's fields, top first, as DKIM reads them
    std::string body;
    bool rejectSpfFail = false;  // the server's policy for an SPF fail (else: mark and deliver)
    double pctDraw = 0;          // in [0, 100): decides a DMARC pct sample
    // Authentication-Results values carrying this server's name that it tore off before
    // checking (RFC 8601 §5): said as the first step.
    std::vector<std::string> removedForgeries;
};

struct ReceiverChecks {
    SpfCheck spf;
    std::vector<DkimCheck> dkim;
    DmarcCheck dmarc;
    std::string authenticationResults;  // the header's value
    AuthAction action = AuthAction::Deliver;
    int code = 0;          // Reject or Defer: the reply to DATA
    std::string enhanced;
    std::string text;
    std::vector<std::string> steps;  // every check in plain words, one line each, in order
};

ReceiverChecks checkLetter(const DnsZone& dns, const LetterToCheck& letter);

AuthResult authResultOf(SpfResult result);
AuthResult authResultOf(DkimResult result);
AuthResult authResultOf(DmarcResult result);
// The overall DKIM result the trace shows: a pass if any signature passed, else the first one's.
AuthResult overallDkim(const std::vector<DkimCheck>& checks);
// "Alice <alice@a.test>" -> "a.test".
std::string fromDomain(const std::string& headerFrom);

} // namespace postie
