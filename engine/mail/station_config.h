#pragma once
// What each kind of station is told before a run: plain values, no file positions. The
// scenario layer's world builder fills these from a scenario file; tests and tools may fill
// them by hand.
#include "mail/retry_policy.h"
#include "sim/distribution.h"
#include "sim/sim_time.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace postie {

enum class StationKind { Client, Outgoing, Resolver, Incoming, Mailbox, Router, Snooper };
inline constexpr std::array kStationKinds{StationKind::Client,   StationKind::Outgoing, StationKind::Resolver,
                                          StationKind::Incoming, StationKind::Mailbox,  StationKind::Router,
                                          StationKind::Snooper};
const char* stationKindName(StationKind kind);  // "client", "outgoing", ...
// Routers and snoopers are junctions that pass other stations' traffic on; every other kind is a
// house at the end of its roads.
constexpr bool passesTrafficOn(StationKind kind) { return kind == StationKind::Router || kind == StationKind::Snooper; }

// TLS on an SMTP server's port (RFC 3207 STARTTLS, RFC 8314 implicit TLS). None: no TLS at all,
// neither taking it nor, when sending, asking for it. Offer: lists STARTTLS in its EHLO reply,
// and starts TLS when it sends to a server that lists it. Require: as offer, and refuses AUTH and
// MAIL before STARTTLS (530 5.7.0); only a submission server may (RFC 3207 §4: a publicly
// referenced MX must not). Implicit: submission on port 465, TLS before the greeting.
enum class TlsMode { None, Offer, Require, Implicit };
const char* tlsModeName(TlsMode mode);  // "none", "offer", "require", "implicit"

// How a mail program fetches its mail. POP3 polls and downloads-and-deletes; IMAP polls and
// keeps mail on the server; IMAP IDLE keeps a line open and hears of new mail at once.
struct MailCheck {
    enum class Protocol { None, Pop3, Imap, ImapIdle };
    Protocol protocol = Protocol::None;
    SimTime every = SimTime::fromSeconds(600);  // POP3 poll interval (Thunderbird's 10 min)
    // POP3 only: RETR without DELE, so the letters stay in the box ("Leave messages on server").
    bool leaveOnServer = false;
};

// A writer's device (ClientStation).
struct ClientConfig {
    std::string user;                  // the address it reads mail for
    std::vector<std::string> writers;  // the addresses it writes for (its user among them)
    std::string submitTo;              // the outgoing server's id; empty: it cannot send
    bool authenticates = true;         // logs in (SMTP AUTH) before MAIL FROM
    bool startsTls = true;             // starts TLS when its post office offers it (RFC 3207, RFC 8314)
    std::string readFrom;              // the mailbox store's id; empty: it reads no mail
    MailCheck check;
};

// An outgoing or incoming server (MailServer).
struct ServerConfig {
    std::string resolver;  // empty: the nearest resolver by road
    int workers = 1;
    Distribution service;  // zero: no processing time
    RetryConfig retry;
    // Sending side: Postfix's queue manager limits (postconf.proto).
    int destinationConcurrency = 20;  // default_destination_concurrency_limit: lanes per destination
    int destinationRecipients = 50;   // default_destination_recipient_limit: recipients per delivery
    // Receiving side; 0: no limit.
    int maxConnections = 0;         // SMTP sessions at once; more get 421 4.7.0
    double rateLimitPerSecond = 0;  // letters per second from one client host; more get 450 4.7.1
    int queueLimit = 0;             // letters waiting in the depot; more get 452 4.3.1
    // Incoming only.
    std::vector<std::string> accepts;  // domains
    std::string deliverTo;             // the mailbox store's id
    std::string relayTo;               // instead, pass letters on to this host (a smarthost; outgoing too)
    bool openRelay = false;            // incoming: takes letters for any domain and sends them on by MX
    // Incoming only: a mailing list (mail/mailing_list.h) when it has members.
    std::vector<std::string> listMembers;
    std::string listTag;     // put before the Subject: "[parents]"
    std::string listFooter;  // put under the text
    bool listMungeFrom = false;
    // Outgoing only: signs what it sends with DKIM (RFC 6376) when dkimDomain is set. The key
    // stands for the private half of the key pair; the DNS publishes the public half as p=.
    std::string dkimDomain;
    std::string dkimSelector = "s1";
    std::string dkimKey;  // empty: the one its DNS publishes (the server holds the matching half)
    // Incoming only: checks SPF, DKIM and DMARC of each letter after DATA, writes an
    // Authentication-Results header (RFC 8601) and applies the sender domain's DMARC policy.
    bool authenticate = false;
    bool rejectSpfFail = false;  // SPF fail: refuse with 550 5.7.23 (RFC 7372) instead of marking it
    // Incoming only: greylisting (postgrey): a first letter of a new triplet gets 450 4.2.0 at
    // RCPT TO and is taken when it comes back at least this long after.
    bool greylist = false;
    SimTime greylistDelay = SimTime::fromSeconds(300);
    TlsMode tls = TlsMode::None;
    // Incoming only, with authenticate: sends DMARC aggregate reports (RFC 7489 §7.2) once a day.
    bool dmarcReports = false;
    // Incoming only: a spam filter as SpamAssassin runs it after DATA: a letter whose score
    // reaches 5.0 (required_score) is flagged (X-Spam-Flag: YES) and filed in the Junk folder.
    bool spamFilter = false;
};

// Someone on the path who reads what passes (a Snooper): a router that passes every trip on.
struct SnooperConfig {
    // An attacker, not only a reader: removes STARTTLS from the EHLO replies it carries, so the
    // sender goes on in clear (a downgrade; MTA-STS, RFC 8461, is what stops it).
    bool stripStartTls = false;
};

// A mailbox store (MailboxStore): its users and its clerks.
struct MailboxConfig {
    std::vector<std::string> users;
    std::uint64_t quotaBytes = 0;  // per user; 0: unlimited
    int workers = 1;
    Distribution service;          // zero: a delivery is filed at once
};

// A caching DNS resolver (ResolverStation).
struct ResolverConfig {
    Distribution lookup = Distribution::constant(SimTime::fromMillis(30));  // a cache miss
};

} // namespace postie
