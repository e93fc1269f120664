#include "scenario/scenario_keys.h"

#include "scenario/units.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace postie {
namespace {

constexpr KeyPlaces T = placeBit(KeyPlace::TopLevel);
constexpr KeyPlaces D = placeBit(KeyPlace::DnsRecord);
constexpr KeyPlaces S = placeBit(KeyPlace::Station);
constexpr KeyPlaces C = placeBit(KeyPlace::Client);
constexpr KeyPlaces O = placeBit(KeyPlace::Outgoing);
constexpr KeyPlaces R = placeBit(KeyPlace::Resolver);
constexpr KeyPlaces I = placeBit(KeyPlace::Incoming);
constexpr KeyPlaces M = placeBit(KeyPlace::Mailbox);
constexpr KeyPlaces K = placeBit(KeyPlace::Check);
constexpr KeyPlaces Y = placeBit(KeyPlace::Retry);
constexpr KeyPlaces W = placeBit(KeyPlace::Road);
constexpr KeyPlaces L = placeBit(KeyPlace::Letter);
constexpr KeyPlaces G = placeBit(KeyPlace::Generator);
constexpr KeyPlaces N = placeBit(KeyPlace::Incident);
constexpr KeyPlaces LS = placeBit(KeyPlace::Lesson);
constexpr KeyPlaces ST = placeBit(KeyPlace::Stop);
constexpr KeyPlaces MO = placeBit(KeyPlace::Moment);
constexpr KeyPlaces CH = placeBit(KeyPlace::Choice);
constexpr KeyPlaces TR = placeBit(KeyPlace::Try);
constexpr KeyPlaces TL = placeBit(KeyPlace::TryLetter);
constexpr KeyPlaces SN = placeBit(KeyPlace::Snooper);

// Base units of the limits.
constexpr double kMs = 1e3;
constexpr double kSec = 1e6;
constexpr double kMin = 60 * kSec;
constexpr double kHour = 3600 * kSec;
constexpr double kDay = 86400 * kSec;
constexpr double kKB = 1024.0;
constexpr double kGB = 1024.0 * 1024 * 1024;
constexpr double kTB = 1024.0 * kGB;

using V = ValueType;
constexpr bool kDisplayOnly = true;

// places, name, type, choices, required, condition, spec member (its default), a note after the default,
// limited, min, max, example, help[, display only]
constexpr std::array kKeys = std::to_array<ScenarioKey>({
    // The whole file.
    {T, "format", V::Choice, "postie/1", true, "", {}, "", false, 0, 0, "postie/1",
     "The file format and its version. Postie reads 'postie/1'; write it first."},
    {T, "title", V::LessonText, "", false, "", &ScenarioSpec::titleText, "", false, 0, 0, "\"Your first email\"",
     "A short title, shown in the app and in reports. One text, or one per language like a lesson's texts: "
     "{en: \"Your first email\", de: \"Deine erste E-Mail\", fr: \"Votre premier e-mail\"}; the app shows its "
     "own language's, postie-cli and reports the English.", kDisplayOnly},
    {T, "summary", V::LessonText, "", false, "", &ScenarioSpec::summaryText, "", false, 0, 0, "\"Alice writes to Bob.\"",
     "What the scenario shows, in a sentence or two, for the list of lessons; like title, one text or "
     "{en: ..., de: ..., fr: ...}.", kDisplayOnly},
    {T, "pace", V::Choice, "story|continuous", false, "", &ScenarioSpec::pace, "", false, 0, 0, "story",
     "How the app plays the run at first. story: each caption stays on screen long enough to read, "
     "events at one moment are told together, quiet time is jumped and said (\"1 h later\"); "
     "continuous: the clock runs at the speed, for busy towns.", kDisplayOnly},
    {T, "speed", V::Speed, "", false, "", &ScenarioSpec::speed, "", true, 0.01, 10000, "0.25x",
     "How fast the app plays the run at first, in times real time: 0.1x is ten times slower, 600x "
     "ten minutes a second.", kDisplayOnly},
    {T, "seed", V::Seed, "", false, "", &ScenarioSpec::seed, "", false, 0, 0, "1",
     "The random seed, 0 to 18446744073709551615. Same file and seed, same run, byte for byte."},
    {T, "start", V::Timestamp, "", false, "", {}, "", false, 0, 0, "2010-07-14T09:00:00Z",
     "The wall-clock time shown for t = 0, in UTC, like 2010-07-14T09:00:00Z (years 1970 to 9999)."},
    {T, "until", V::Duration, "", false, "", {}, "", true, 1, 400 * kDay, "2h",
     "Stop the run after this much simulated time; without it, the run stops when the mail has settled."},
    {T, "dns", V::List, "", false, "", {}, "", true, 0, 100000, "[{name: example.org, type: MX, preference: 10, host: mx1.example.org}]",
     "The DNS records: the postal-code directory. A name with no record answers NXDOMAIN."},
    {T, "stations", V::List, "", true, "", {}, "", true, 1, 100000, "[{id: alice, kind: client, user: alice@example.org}]",
     "The stations of the town: clients, outgoing and incoming servers, resolvers, mailboxes, routers."},
    {T, "roads", V::List, "", false, "", {}, "", true, 0, 100000, "[{between: [alice, smtp.example.org], latency: 20ms}]",
     "The roads between stations: two-way, each with a one-way latency. Letters take the fastest path "
     "that passes only through routers; any other station is an end, never a junction."},
    {T, "mail", V::List, "", false, "", {}, "", true, 0, 100000, "[{at: 0s, from: alice@example.org, to: bob@example.org}]",
     "Letters sent at set times, and generators that send letters at random times."},
    {T, "incidents", V::List, "", false, "", {}, "", true, 0, 100000, "[{at: 5m, station: mx1.example.org, go: down, for: 20m}]",
     "Stations and roads that go down or come back up at set times."},
    {T, "lesson", V::Section, "", false, "", {}, "", false, 0, 0, "{goals: [...], stops: [...], recap: [...]}",
     "The lesson around the run: its goals, stops where the class predicts and the run reveals, and a recap "
     "(docs/scenarios.md, Lessons). It never changes the run.", kDisplayOnly},

    // DNS records.
    {D, "name", V::Domain, "", true, "", {}, "", false, 0, 0, "example.org",
     "The domain or host name the record answers for; kept in lower case, a trailing dot is dropped."},
    {D, "type", V::Choice, "MX|A|TXT|SERVFAIL|MTA-STS", true, "", {}, "", false, 0, 0, "MX",
     "MX: which host takes mail for the domain. A: the IPv4 address of a host. TXT: a text the domain "
     "publishes, like its SPF, DKIM key, DMARC or MTA-STS record. SERVFAIL: the name's own "
     "servers are broken, so every question about it fails for now and letters wait (4.4.3). MTA-STS: not "
     "DNS but the policy file a domain serves at https://mta-sts.<domain>/.well-known/mta-sts.txt (RFC 8461), "
     "its lines in text; name it mta-sts.<domain>."},
    {D, "preference", V::Integer, "", false, "required for MX", {}, "", true, 0, 65535, "10",
     "MX only: the host with the lowest number is tried first."},
    {D, "host", V::MxHost, "", false, "required for MX", {}, "", false, 0, 0, "mx1.example.org",
     "MX only: the incoming server's host name (a station id); '.' is a null MX: the domain takes no mail."},
    {D, "address", V::Ipv4, "", false, "required for A", {}, "", false, 0, 0, "203.0.113.25",
     "A only: the IPv4 address, four numbers 0 to 255 with dots, like 203.0.113.25."},
    {D, "text", V::Text, "", false, "required for TXT and MTA-STS", {}, "", false, 0, 0, "\"v=spf1 mx -all\"",
     "TXT: the text, printable ASCII, at most 4,000 characters. SPF (v=spf1 ...), DKIM key (v=DKIM1; ...), "
     "DMARC (v=DMARC1; ...) and MTA-STS (v=STSv1; id=...) records are checked as their standards read them. "
     "MTA-STS: the policy's lines, like \"version: STSv1\\nmode: enforce\\nmx: mx.example.org\\nmax_age: 604800\"."},
    {D, "ttl", V::Duration, "", false, "", &DnsRecordSpec::ttl, "", true, 0, 7 * kDay, "1h",
     "How long a resolver may keep the answer in its cache."},

    // Every station.
    {S, "id", V::StationId, "", true, "", {}, "", false, 0, 0, "smtp.example.org",
     "The station's name, unique in the file, and its host name: letters, digits, '.', '-' and '_', at most 253 characters."},
    {S, "kind", V::Choice, "client|outgoing|resolver|incoming|mailbox|router|snooper", true, "", {}, "", false, 0, 0, "client",
     "What the station is: client, outgoing, resolver, incoming, mailbox or router; each kind has its own keys, below."},
    {S, "label", V::LessonText, "", false, "", &StationSpec::labelText, "", false, 0, 0, "\"Alice's laptop\"",
     "The caption on the map; without it, the id. One text, or one per language like the title: "
     "{en: \"Alice's laptop\", de: \"Alices Laptop\", fr: \"Ordinateur portable d'Alice\"}; the app shows its own "
     "language's, postie-cli the English.", kDisplayOnly},
    {S, "group", V::Text, "", false, "", &StationSpec::group, "", false, 0, 0, "example.org",
     "Stations with the same group share one provider's building on the map.", kDisplayOnly},
    {S, "position", V::Position, "", false, "", {}, "", true, -1e6, 1e6, "[80, 320]",
     "Where to draw the station, in map units; without positions the app lays the town out itself.", kDisplayOnly},

    // Clients.
    {C, "user", V::Address, "", true, "", {}, "", true, 1, 100000, "alice@example.org",
     "The writer's email address; a letter in mail: is sent by the client whose user is its from. A pattern "
     "like pupil{1..30}@school.test makes one device for many writers (a classroom); such a client only sends."},
    {C, "submit_to", V::StationRef, "", false, "", {}, "", false, 0, 0, "smtp.example.org",
     "The outgoing station that takes this client's letters (SMTP submission, port 587); needed to send."},
    {C, "auth", V::Choice, "true|false", false, "", &StationSpec::authenticates, "", false, 0, 0, "false",
     "Whether the client logs in (SMTP AUTH) before sending; a submission server refuses letters from a client "
     "that does not (530 5.7.0, RFC 6409 section 4.3)."},
    {C, "starttls", V::Choice, "true|false", false, "", &StationSpec::startsTls, "", false, 0, 0, "false",
     "Whether the mail program starts TLS (STARTTLS, or port 465) when its post office offers it; false: an old "
     "program that sends everything in clear, which a post office with tls: require refuses (530 5.7.0)."},
    {C, "device", V::Choice, "phone|laptop|desktop|webmail", false, "", &StationSpec::device, "", false, 0, 0, "phone",
     "What the writer's device is, drawn so on the map and said in the list of stations: phone, laptop, desktop "
     "or webmail (mail read and written in a web browser).", kDisplayOnly},
    {C, "read_from", V::StationRef, "", false, "", {}, "", false, 0, 0, "imap.example.org",
     "The mailbox station this client reads its mail from (IMAP or POP3); it must hold the client's user."},
    {C, "check", V::Check, "", false, "", {}, "", false, 0, 0, "{protocol: pop3, every: 10m}",
     "How the client fetches new mail: {protocol: pop3, every: 10m} (with leave_on_server: true to keep the letters in "
     "the box), {protocol: imap, every: 5m} or {protocol: imap-idle}; needs read_from."},

    // A client's check.
    {K, "protocol", V::Choice, "pop3|imap|imap-idle", true, "", {}, "", false, 0, 0, "pop3",
     "pop3 asks for new mail every so often and deletes it from the server (unless leave_on_server); imap asks "
     "every so often and leaves it there, marked as read (\\Seen); imap-idle keeps a line open and hears of new "
     "mail at once."},
    {K, "every", V::Duration, "", false, "", &CheckSpec::every, "", true, 1 * kSec, 1 * kDay, "10m",
     "pop3 and imap: how often the client asks for new mail."},
    {K, "leave_on_server", V::Choice, "true|false", false, "", &CheckSpec::leaveOnServer, "", false, 0, 0, "true",
     "pop3 only: true downloads letters (RETR) without deleting them (no DELE), so they stay in the PO box "
     "for the user's other devices; false, as mail programs do by default, removes them when the client says "
     "QUIT (RFC 1939). imap always leaves letters on the server."},

    // Incoming servers.
    {I, "accepts", V::DomainList, "", true, "", {}, "", true, 1, 1000, "[example.org]",
     "The domains this server takes mail for; letters for other domains are refused (relay denied)."},
    {I, "deliver_to", V::StationRef, "", false, "required without relay_to", {}, "", false, 0, 0, "box.example.org",
     "The mailbox station that stores accepted letters; recipients it does not hold are refused (550 5.1.1)."},
    {I, "relay_to", V::StationRef, "", false, "instead of deliver_to", {}, "", false, 0, 0, "gw.example.org",
     "Pass accepted letters on to this incoming station (a relay, over SMTP port 25, after looking up its A "
     "record) instead of storing them; each hop adds a Received line, and a letter that already has 50 is "
     "refused (554 5.4.6, a mail loop)."},
    {I, "list_members", V::AddressList, "", false, "instead of deliver_to", {}, "", true, 1, 100000,
     "[teacher@school.test, parent@home.test]",
     "Makes the station a mailing list: every letter to an address it accepts goes on to these members as a "
     "new letter from the list's bounce address (<list>-bounces@<domain>), sent by MX, as Mailman does."},
    {I, "list_tag", V::Text, "", false, "", &StationSpec::listTag, " (none)", false, 0, 0, "\"[parents]\"",
     "With list_members: put before each letter's Subject. A changed Subject breaks the writer's DKIM signature."},
    {I, "list_footer", V::Text, "", false, "", &StationSpec::listFooter, " (none)", false, 0, 0,
     "\"Parents' list of the school\"",
     "With list_members: put under each letter's text (after \"-- \"). A changed text breaks the writer's DKIM "
     "signature."},
    {I, "list_munge_from", V::Choice, "true|false", false, "", &StationSpec::listMungeFrom, "", false, 0, 0, "true",
     "With list_members: write the list's own address in From: (the writer's in its name), as Mailman does "
     "for writers whose domain has a strict DMARC policy, so DMARC checks the list's domain instead."},
    {I, "open_relay", V::Choice, "true|false", false, "", &StationSpec::openRelay, "", false, 0, 0, "true",
     "Takes letters for any domain from anyone and sends those for other domains on by MX: an open relay, "
     "which spammers look for. By default a sorting station refuses them: 554 5.7.1 Relay access denied."},

    // Mailboxes.
    {M, "users", V::AddressList, "", true, "", {}, "", true, 1, 100000, "[bob@example.org]",
     "The addresses whose letters this store keeps; a pattern like user{1..5000}@school.test stands for user1 to "
     "user5000."},
    {M, "quota", V::Size, "", false, "", &StationSpec::quotaBytes, " (no limit)", true, 0, 1 * kTB, "50MB",
     "The most one user's mailbox may hold; a letter that does not fit is refused."},

    // Servers.
    {O | I, "resolver", V::StationRef, "", false, "", {}, "", false, 0, 0, "dns.example.org",
     "The resolver station this server asks (DNS); without it, the nearest resolver by road."},
    {O | I | M, "workers", V::Integer, "", false, "", &StationSpec::workers, "", true, 1, 10000, "4",
     "Parallel workers: how many letters the station handles at the same time (a mailbox store: how many LMTP "
     "deliveries it files at once)."},
    {O | I | M, "service", V::Distribution, "", false, "", &StationSpec::service, "", true, 0, 1 * kHour, "exp(5ms)",
     "Time to handle one letter before it moves on, like exp(5ms) or uniform(1ms, 3ms); each time at most 1h. A "
     "mailbox store answers an LMTP delivery only once a worker has filed it for this long."},
    {O | I, "retry", V::Retry, "postfix|exim|rfc", false, "", &RetrySpec::profile, "", false, 0, 0, "postfix",
     "After a temporary failure: postfix (retry after 5m growing to 4000s at the queue scans every 300s, give up "
     "after 5d), exim (15m, then "
     "hourly growing to 6h, give up after 4d), rfc (every 30m, give up after 4d), or a custom {min, max, give_up, "
     "connect_timeout}."},

    // Capacity of a server, as real servers have it (Postfix defaults; 0 means no limit).
    {O | I, "concurrency_per_destination", V::Integer, "", false, "", &StationSpec::destinationConcurrency, "", true, 1, 10000, "20",
     "Sending side: at most this many deliveries to one destination domain at the same time; the rest wait in the "
     "depot for a free lane (Postfix's default_destination_concurrency_limit is 20)."},
    {O | I, "recipients_per_delivery", V::Integer, "", false, "", &StationSpec::destinationRecipients, "", true, 1, 100000, "50",
     "Sending side: a letter to more recipients of one domain travels as several deliveries of at most this many "
     "(Postfix's default_destination_recipient_limit is 50)."},
    {O | I, "max_connections", V::Integer, "", false, "", &StationSpec::maxConnections, " (no limit)", true, 0, 100000, "10",
     "Receiving side: at most this many SMTP sessions at once; one more gets 421 4.7.0 and the sender tries "
     "again later."},
    {O | I, "rate_limit", V::Rate, "", false, "", &StationSpec::rateLimitPerSecond, " (no limit)", true, 0, 1e6, "100/min",
     "Receiving side: letters taken from one sending host, on average; bursts up to one minute's worth. One more "
     "gets 450 4.7.1 and the sender tries again later."},
    {O, "relay_to", V::StationRef, "", false, "", {}, " (each domain's MX)", false, 0, 0, "mx.isp.test",
     "Sends every letter to this incoming station over SMTP port 25, instead of looking up each recipient "
     "domain's MX (a smarthost: Postfix's relayhost). The station must take the letters on (open_relay, or "
     "the recipients' own domains)."},
    {O, "dkim_domain", V::Domain, "", false, "", {}, " (it does not sign)", false, 0, 0, "sender.test",
     "Signs every letter it sends with DKIM for this domain (RFC 6376): a DKIM-Signature header with d= this "
     "domain. The receiver finds the key at <dkim_selector>._domainkey.<dkim_domain> (a TXT record "
     "\"v=DKIM1; k=rsa; p=...\")."},
    {O, "dkim_selector", V::Text, "", false, "", &StationSpec::dkimSelector, "", false, 0, 0, "s1",
     "The s= of its DKIM signatures: which of the domain's keys it signs with."},
    {O, "dkim_key", V::Text, "", false, "", &StationSpec::dkimKey, " (the p= its DNS publishes)", false, 0, 0,
     "MIIBIjANBgkqh",
     "The key it signs with. By default the one whose public half the DNS publishes, so signatures verify; "
     "another text stands for a wrong or stolen key, and signatures fail."},
    {I, "authenticate", V::Choice, "true|false", false, "", &StationSpec::authenticate, "", false, 0, 0, "true",
     "Checks every letter it takes in: SPF (RFC 7208), DKIM (RFC 6376) and DMARC (RFC 7489); writes the "
     "results in an Authentication-Results header (RFC 8601) and follows the From: domain's DMARC policy: "
     "reject refuses with 550 5.7.26, quarantine files the letter in the Junk folder."},
    {I, "spf_fail", V::Choice, "mark|reject", false, "", &StationSpec::spfFail, "", false, 0, 0, "reject",
     "With authenticate: what to do when SPF fails. mark: take the letter and write spf=fail in its "
     "Authentication-Results; reject: refuse it with 550 5.7.23 (RFC 7372)."},
    {I, "dmarc_reports", V::Choice, "true|false", false, "", &StationSpec::dmarcReports, "", false, 0, 0, "true",
     "With authenticate: counts what its checks find for each From: domain whose DMARC record asks for reports "
     "(rua=mailto:...), and at midnight (UTC, the scenario's clock) sends each such domain the day's aggregate "
     "report as a letter (RFC 7489 §7.2), as OpenDMARC's report job does."},
    {I, "spam_filter", V::Choice, "true|false", false, "", &StationSpec::spamFilter, "", false, 0, 0, "true",
     "A spam filter as SpamAssassin runs it after DATA: it writes X-Spam-Status (the score and the required 5.0) "
     "on every letter, and a letter whose spam_score reaches 5.0 also gets X-Spam-Flag: YES and is filed in the "
     "Junk folder, which the recipient's device does not fetch."},
    {I, "greylist", V::Choice, "true|false", false, "", &StationSpec::greylist, "", false, 0, 0, "true",
     "Greylisting, as postgrey does it: the first letter from a new (sender's network /24, MAIL FROM, RCPT TO) "
     "triplet gets 450 4.2.0 Greylisted at RCPT TO; the sender's retry after greylist_delay is taken, and so is "
     "every later letter of that triplet. A sending network that came back 5 times is trusted at once."},
    {I, "greylist_delay", V::Duration, "", false, "", &StationSpec::greylistDelay, "", true, 0, 1 * kDay, "5m",
     "With greylist: how long a new triplet must wait before its retry is taken (postgrey's --delay, 300 s); "
     "a retry later than 2 days starts again."},
    {O, "tls", V::Choice, "none|offer|require|implicit", false, "", &StationSpec::tls, "", false, 0, 0, "offer",
     "TLS for the letters it takes in and sends on (RFC 3207). none: everything travels as a postcard anyone on "
     "the road can read. offer: lists STARTTLS after EHLO, and starts TLS whenever the next server offers it "
     "(a sealed envelope). require: as offer, but refuses AUTH and MAIL before STARTTLS (530 5.7.0). implicit: "
     "takes submissions on port 465 with TLS from the first word (RFC 8314)."},
    {I, "tls", V::Choice, "none|offer|require", false, "", &StationSpec::tls, "", false, 0, 0, "offer",
     "TLS for the letters it takes in and sends on (RFC 3207). none: everything travels as a postcard anyone on "
     "the road can read. offer: lists STARTTLS after EHLO, and starts TLS whenever the next server offers it "
     "(a sealed envelope). require is an error here: an MX must not require TLS (RFC 3207 §4), or senders "
     "without it could not deliver; a domain asks for TLS with an MTA-STS policy instead."},
    {O | I, "queue_limit", V::Integer, "", false, "", &StationSpec::queueLimit, " (no limit)", true, 0, 10000000, "1000",
     "Receiving side: letters that may wait in the depot; when it is full, MAIL FROM gets 452 4.3.1 "
     "(insufficient system storage) and the sender tries again later."},

    // Snoopers.
    {SN, "strip_starttls", V::Choice, "true|false", false, "", &StationSpec::stripStartTls, "", false, 0, 0, "true",
     "An attacker, not only a reader: removes STARTTLS from every EHLO reply it carries, so a sender that "
     "only offers TLS goes on in clear and the snooper reads the letter (a downgrade). A domain with an "
     "MTA-STS policy in enforce mode makes its senders defer instead (RFC 8461)."},

    // Custom retry.
    {Y, "profile", V::Choice, "postfix|exim|rfc", false, "", &RetrySpec::profile, "", false, 0, 0, "exim",
     "The profile to start from; the other keys of the map change its numbers. For exim, min and max are the "
     "first and the last rule's intervals and give_up the last cutoff: F,2h,min; G,16h,1h,1.5; F,give_up,max."},
    {Y, "queue_scan", V::Duration, "", false, "", &RetrySpec::queueScan, " (postfix), 0s (exim, rfc)", true, 0, 1 * kDay, "5s",
     "Pick deferred letters up only at scans of the queue this far apart, on the server's own clock: the scans "
     "run from the start of the run, not from each letter's arrival, so letters put off at different moments go "
     "out together at the same scan (Postfix's queue manager; its queue_run_delay is 300s). A letter is due at "
     "the attempt's time plus its wait, and goes at the first scan at or after that. 0s picks each letter up the "
     "moment it is due (the idealised schedule)."},
    {Y, "delay_warning", V::Duration, "", false, "", &RetrySpec::delayWarning, " (off)", true, 0, 30 * kDay, "4h",
     "Send the writer one 'still trying' notice once a letter has waited this long (Postfix's "
     "delay_warning_time); 0s sends none."},
    {Y, "min", V::Duration, "", false, "", &RetrySpec::minBackoff, "", true, 1 * kSec, 1 * kDay, "5m",
     "The shortest wait before the next attempt; the wait grows with the letter's age, up to max (exim: the wait "
     "of the first two hours, 15m in Exim's own rule)."},
    {Y, "max", V::Duration, "", false, "", &RetrySpec::maxBackoff, "", true, 1 * kSec, 7 * kDay, "4000s",
     "The longest wait between two attempts; at least min (exim: the wait once the failures have lasted 16h, 6h in "
     "Exim's own rule)."},
    {Y, "give_up", V::Duration, "", false, "", &RetrySpec::giveUp, "", true, 0, 30 * kDay, "5d",
     "How long a letter may wait in the queue before it is returned to the sender."},
    {Y, "connect_timeout", V::Duration, "", false, "", &RetrySpec::connectTimeout, "", true, 1 * kMs, 1 * kHour, "30s",
     "How long to wait for an answer from a station behind a broken road before trying the next one."},

    // Resolvers.
    {R, "lookup", V::Distribution, "", false, "", &StationSpec::lookup, "", true, 0, 1 * kMin, "const(30ms)",
     "Time to answer a question that is not in the cache (the lookup out on the internet); each time at most 1m."},

    // Roads.
    {W, "between", V::StationPair, "", true, "", {}, "", false, 0, 0, "[alice, smtp.example.org]",
     "The two stations the road joins; roads go both ways, one road per pair of stations."},
    {W, "latency", V::Duration, "", true, "", {}, "", true, 0, 1 * kDay, "20ms",
     "The one-way travel time along the road."},

    // Letters.
    {L, "at", V::Duration, "", true, "", {}, "", true, 0, 400 * kDay, "0s",
     "When the writer sends the letter, counted from t = 0."},
    {L, "from", V::Address, "", true, "", {}, "", false, 0, 0, "alice@example.org",
     "The sender: the user of a client station that has submit_to."},
    {L, "to", V::AddressList, "", false, "", {}, "", true, 0, 1000, "[bob@example.org]",
     "Recipients: one address or a list. A letter needs at least one recipient in to, cc or bcc."},
    {L, "cc", V::AddressList, "", false, "", {}, "", true, 0, 1000, "[carol@example.org]",
     "Copies: on the envelope and in the Cc: header."},
    {L, "bcc", V::AddressList, "", false, "", {}, "", true, 0, 1000, "[dave@example.org]",
     "Blind copies: on the envelope, but in no header."},
    {L, "subject", V::Text, "", false, "", &LetterSpec::subject, "", false, 0, 0, "\"Lunch?\"",
     "The Subject: header."},
    {L, "mail_from", V::Address, "", false, "", &LetterSpec::mailFrom, " (the same as from)", false, 0, 0,
     "ceo@bank.test",
     "The envelope sender (MAIL FROM) the writer's program gives, when it is not the writer's own address: "
     "a forger's. SPF checks that the sending host may send for this domain; notices of failure go back to it."},
    {L, "header_from", V::Address, "", false, "", &LetterSpec::headerFrom, " (the same as from)", false, 0, 0,
     "ceo@bank.test",
     "The letter's From: header, when it is not the writer's own address. SMTP never compares it with the "
     "envelope: this is how a sender is forged. DMARC checks that this domain stands behind the letter."},
    {L, "encrypted", V::Choice, "true|false", false, "", &LetterSpec::encrypted, "", false, 0, 0, "true",
     "The writer locked the text (S/MIME or OpenPGP, end to end): it travels as a locked box that only the "
     "recipient opens. Servers and snoopers still read the envelope and the header lines (From, To, Subject)."},
    {L, "spam_score", V::Number, "", false, "", &LetterSpec::spamScore, "", true, -100, 100, "6.5",
     "What a spam filter's rules give this letter's text, as SpamAssassin adds up its rules' points (the rules "
     "themselves are not modelled). At a sorting station with spam_filter, 5.0 or more is spam."},
    {L, "headers", V::HeaderLines, "", false, "", {}, "", true, 1, 20,
     "[\"Authentication-Results: mx.example.org; dmarc=pass header.from=bank.test\"]",
     "Header lines the writer's program adds, each \"Name: value\" (X-Mailer, Organization, ...). They travel "
     "below the Received lines. Nobody checks them: a forger may write a false Authentication-Results here, and "
     "a sorting station with authenticate removes one that carries its own name (RFC 8601 §5)."},
    {L, "body", V::Text, "", false, "", &LetterSpec::body, " (empty)", false, 0, 0, "\"See you at noon.\"",
     "The letter's text. DKIM signs it: a change on the way breaks the signature."},
    {L, "size", V::Size, "", false, "", &LetterSpec::sizeBytes, "", true, 1, 1 * kGB, "4KB",
     "The size of the whole message, headers and attachments included."},

    // Generators.
    {G, "generate", V::Choice, "poisson|burst|periodic|daily", true, "", {}, "", false, 0, 0, "poisson",
     "How letters are made: poisson (independent letters at an average rate), burst (one letter to every "
     "address in to, at one moment: a newsletter), periodic (one letter every so often) or daily (poisson with a "
     "rate for each hour of the day)."},
    {G, "rate", V::Rate, "", false, "required for poisson", {}, "", true, 0, 1e6, "30/h",
     "poisson: letters per unit of time on average, like 30/h; rate times the time window is at most 10000000 "
     "letters."},
    {G, "at", V::Duration, "", false, "required for burst", {}, "", true, 0, 400 * kDay, "8h",
     "burst: when the one letter to everybody is sent, counted from t = 0."},
    {G, "every", V::Duration, "", false, "required for periodic", {}, "", true, 1 * kMs, 400 * kDay, "10m",
     "periodic: the time between two letters; the first is sent at the start of the time window."},
    {G, "per_hour", V::HourlyRates, "", false, "required for daily", {}, "", true, 0, 1e6, "{8: 600/h, 9: 200/h}",
     "daily: the rate in each hour of the day, by the scenario's clock (start:, or midnight without it); hours "
     "not listed send nothing."},
    {G, "from", V::AddressList, "", true, "", {}, "", true, 1, 100000, "[alice@example.org]",
     "Senders, one picked at random for each letter; each must be the user of a client that has submit_to. "
     "A pattern like user{1..50}@example.org stands for user1 to user50."},
    {G, "to", V::AddressList, "", true, "", {}, "", true, 1, 100000, "[bob@example.org]",
     "Recipients, one picked at random for each letter (burst: all of them, on one letter). A pattern like "
     "user{1..5000}@school.test stands for user1 to user5000."},
    {G, "between", V::TimeWindow, "", false, "", &GeneratorSpec::begin, "", true, 0, 400 * kDay, "[0s, 1h]",
     "When the generator sends (not burst); without it, from 0s to the scenario's until."},
    {G, "size", V::Size, "", false, "", &GeneratorSpec::sizeBytes, "", true, 1, 1 * kGB, "4KB",
     "The size of each letter, headers and attachments included."},
    {G, "subject", V::Text, "", false, "", &GeneratorSpec::subject, "", false, 0, 0, "\"Report\"",
     "The Subject: header of each letter; without it, the letters are numbered."},

    // Incidents.
    {N, "at", V::Duration, "", true, "", {}, "", true, 0, 400 * kDay, "5m",
     "When the change happens, counted from t = 0."},
    {N, "station", V::StationRef, "", false, "station or road", {}, "", false, 0, 0, "mx1.example.org",
     "The station that goes down or up; give either station or road."},
    {N, "road", V::StationPair, "", false, "station or road", {}, "", false, 0, 0, "[backbone, mx1.example.org]",
     "The road, named by its two ends, that goes down or up."},
    {N, "go", V::Choice, "down|up", true, "", {}, "", false, 0, 0, "down",
     "down closes the station (connections are refused) or the road (nothing gets through); up opens it again."},
    {N, "for", V::Duration, "", false, "", {}, "", true, 1, 400 * kDay, "20m",
     "How long the change lasts; without it, until another incident changes it back."},
    // The lesson (all display only: the run is the same with or without it).
    {LS, "goals", V::TextList, "", false, "", {}, "", true, 0, 20, "[\"See why a letter waits.\"]",
     "What the class will see and understand, a sentence each.", kDisplayOnly},
    {LS, "stops", V::List, "", false, "", {}, "", true, 0, 50, "[{when: {event: delivery.deferred}, say: \"...\"}]",
     "The moments where playback pauses, in the order they come in the run.", kDisplayOnly},
    {LS, "recap", V::TextList, "", false, "", {}, "", true, 0, 20, "[\"A closed station costs time, not the letter.\"]",
     "What to remember, a sentence each, shown at the end beside the class's answers.", kDisplayOnly},
    {ST, "when", V::Section, "", true, "", {}, "", false, 0, 0, "{event: delivery.deferred, message: m1}",
     "The moment of the stop: an event of the run, searched from the previous stop's end (its reveal, or its "
     "moment when it asks nothing).", kDisplayOnly},
    {ST, "say", V::LessonText, "", false, "", {}, "", false, 0, 0, "\"Nobody opens the door.\"",
     "What the lesson says at the stop.", kDisplayOnly},
    {ST, "ask", V::LessonText, "", false, "", {}, "", false, 0, 0, "\"When does the post office try again?\"",
     "A question for the class to predict; the run reveals the answer (needs answer, reveal and choices).",
     kDisplayOnly},
    {ST, "answer", V::Choice, "station|outcome|code|wait|count|max_queue", false, "required with ask", {}, "", false,
     0, 0, "wait",
     "What the reveal reads from the run: station (where the reveal's event is: a road trip's end, the station "
     "knocked at, spoken to or asked, else where it happens), outcome (of the reveal's message.final), code (of the reveal's smtp.reply), wait (the time "
     "from the stop to the reveal), count (events matching count: up to the reveal) or max_queue (the most letters "
     "waiting at once at queue_of, up to the reveal).", kDisplayOnly},
    {ST, "reveal", V::Section, "", false, "required with ask", {}, "", false, 0, 0, "{event: smtp.connect, message: m1}",
     "The moment the answer shows: an event of the run after the stop's own.", kDisplayOnly},
    {ST, "count", V::Section, "", false, "required for answer: count", {}, "", false, 0, 0,
     "{event: delivery.deferred, message: m1}", "answer: count: the events to count, from the start of the run.",
     kDisplayOnly},
    {ST, "queue_of", V::StationRef, "", false, "required for answer: max_queue", {}, "", false, 0, 0, "mx1.example.org",
     "answer: max_queue: the station whose depot is watched.", kDisplayOnly},
    {ST, "choices", V::Choices, "", false, "required with ask", {}, "", true, 2, 6, "[mx1.example.org, mx2.example.org]",
     "What the class may answer: station ids, outcomes (delivered, bounced, expired, discarded), reply codes, "
     "durations (wait) or numbers (count, max_queue); each may be {value: ..., say: \"...\"} to word it. For wait, "
     "count and max_queue the nearest choice is the right one.", kDisplayOnly},
    {ST, "why", V::LessonText, "", false, "", {}, "", false, 0, 0, "\"Postfix waits at least 5 minutes.\"",
     "Said after the reveal: why the run did what it did.", kDisplayOnly},
    {ST, "try", V::Section, "", false, "", {}, "", false, 0, 0, "{close: mx2.example.org, say: \"Close the backup too.\"}",
     "A change the class may make at the stop with one click.", kDisplayOnly},
    {MO, "event", V::EventName, "", true, "", {}, "", false, 0, 0, "delivery.deferred",
     "The event's type, as the trace names it (docs/trace.md), like road.arrive, connect.failed, smtp.reply, "
     "delivery.deferred, bounce.created, mailbox.stored or message.final.", kDisplayOnly},
    {MO, "message", V::Text, "", false, "", {}, "", false, 0, 0, "m1",
     "Only events of this letter: m1 is the first letter made, m2 the next, and so on; a \"return to sender\" "
     "notice takes the next number when it is made, like a letter.", kDisplayOnly},
    {MO, "station", V::StationRef, "", false, "", {}, "", false, 0, 0, "mx1.example.org",
     "Only events at this station.", kDisplayOnly},
    {MO, "to", V::StationRef, "", false, "", {}, "", false, 0, 0, "mx2.example.org",
     "Road trips only: the truck goes to this station.", kDisplayOnly},
    {MO, "peer", V::StationRef, "", false, "", {}, "", false, 0, 0, "smtp.sender.test",
     "Only events whose other side is this station (who asks, who answers).", kDisplayOnly},
    {MO, "kind", V::Choice, "client|outgoing|resolver|incoming|mailbox|router|snooper", false, "", {}, "", false, 0, 0,
     "incoming", "Only events at a station of this kind, placed as answer: station places them (a road trip: its end; a "
     "knock: the station knocked at).", kDisplayOnly},
    {MO, "code", V::Integer, "", false, "", {}, "", true, 200, 599, "250",
     "smtp.reply only: this reply code.", kDisplayOnly},
    {MO, "outcome", V::Choice, "delivered|bounced|discarded|expired", false, "", {}, "", false, 0, 0, "bounced",
     "message.final only: this outcome.", kDisplayOnly},
    {MO, "notice", V::Choice, "true|false", false, "", {}, "", false, 0, 0, "true",
     "true: only events of a \"return to sender\" notice; false: only of a letter someone wrote.", kDisplayOnly},
    {MO, "nth", V::Integer, "", false, "1 when not given", {}, "", true, 1, 1000000, "2",
     "The nth matching event, counted from where the search starts.", kDisplayOnly},
    {CH, "value", V::Text, "", true, "", {}, "", false, 0, 0, "mx2.example.org",
     "The choice as the answer reads: a station id, an outcome, a code, a duration or a number.", kDisplayOnly},
    {CH, "say", V::LessonText, "", false, "", {}, "", false, 0, 0, "\"the backup sorting station\"",
     "The choice in the lesson's words; without it, the app words the value.", kDisplayOnly},
    {TR, "close", V::StationRef, "", false, "one of close, open, cut, mend, write", {}, "", false, 0, 0,
     "mx2.example.org", "Close this station (connections are refused).", kDisplayOnly},
    {TR, "open", V::StationRef, "", false, "one of close, open, cut, mend, write", {}, "", false, 0, 0,
     "mx1.example.org", "Open this station again.", kDisplayOnly},
    {TR, "cut", V::StationPair, "", false, "one of close, open, cut, mend, write", {}, "", false, 0, 0,
     "[backbone, mx1.example.org]", "Close this road (nothing gets through).", kDisplayOnly},
    {TR, "mend", V::StationPair, "", false, "one of close, open, cut, mend, write", {}, "", false, 0, 0,
     "[backbone, mx1.example.org]", "Open this road again.", kDisplayOnly},
    {TR, "for", V::Duration, "", false, "", {}, "", true, 1, 400 * kDay, "20m",
     "close and cut: how long the change lasts; without it, until changed back.", kDisplayOnly},
    {TR, "write", V::Section, "", false, "one of close, open, cut, mend, write", {}, "", false, 0, 0,
     "{from: alice@sender.test, to: nobody@example.org}", "Write a letter at that moment.", kDisplayOnly},
    {TR, "say", V::LessonText, "", false, "", {}, "", false, 0, 0, "\"Close the backup sorting station too.\"",
     "The change in the lesson's words, on its button.", kDisplayOnly},
    {TL, "from", V::Address, "", true, "", {}, "", false, 0, 0, "alice@sender.test",
     "The sender: the user of a client station that has submit_to.", kDisplayOnly},
    {TL, "to", V::AddressList, "", true, "", {}, "", true, 1, 1000, "[nobody@example.org]",
     "Recipients: one address or a list.", kDisplayOnly},
    {TL, "subject", V::Text, "", false, "", {}, "", false, 0, 0, "\"Hello?\"", "The Subject: header.", kDisplayOnly},
});

char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

std::string formatLimitValue(ValueType type, double v)
{
    switch (type) {
    case ValueType::Duration:
    case ValueType::TimeWindow:
    case ValueType::Distribution: return formatDuration(SimTime::fromMicros(std::int64_t(v)));
    case ValueType::Size: return formatSize(std::uint64_t(v));
    case ValueType::Rate:
    case ValueType::HourlyRates: return v == 0 ? "0/s" : formatRate(v);
    case ValueType::Speed: return formatSpeed(v);
    case ValueType::Number: return formatNumber(v);
    default: {
        std::string s = std::to_string(static_cast<long long>(std::llround(v)));
        return s;
    }
    }
}

struct Group {
    KeyPlace place;
    std::string_view title;
};

constexpr std::array<Group, 22> kGroups{{
    {KeyPlace::TopLevel, "Top level: the whole file"},
    {KeyPlace::DnsRecord, "DNS records, the postal-code directory (each entry of dns:)"},
    {KeyPlace::Station, "Every station (each entry of stations:)"},
    {KeyPlace::Client, "Client: the writer at home, a mail program (kind: client)"},
    {KeyPlace::Check, "Client's check: how the client fetches its mail (check: {...})"},
    {KeyPlace::Outgoing, "Outgoing server: the local post office, SMTP submission (kind: outgoing)"},
    {KeyPlace::Retry, "Custom retry profile of an outgoing or incoming server (retry: {...})"},
    {KeyPlace::Resolver, "Resolver: the postal-code directory's desk, DNS (kind: resolver)"},
    {KeyPlace::Incoming, "Incoming server: the recipient's sorting station, MX host (kind: incoming)"},
    {KeyPlace::Mailbox, "Mailbox store: the PO box, IMAP/POP3 server (kind: mailbox)"},
    {KeyPlace::Router, "Router: a highway junction, the internet between towns, the only kind that passes other stations' traffic on (kind: router)"},
    {KeyPlace::Snooper, "Snooper: someone on the road who reads every postcard that passes, a router that listens (kind: snooper)"},
    {KeyPlace::Road, "Roads (each entry of roads:)"},
    {KeyPlace::Letter, "Letters sent at a set time (each entry of mail: without generate:)"},
    {KeyPlace::Generator, "Mail generators (each entry of mail: with generate:)"},
    {KeyPlace::Incident, "Incidents, faults on a timeline (each entry of incidents:)"},
    {KeyPlace::Lesson, "The lesson around the run (lesson: {...})"},
    {KeyPlace::Stop, "A lesson's stops, where playback pauses (each entry of lesson: stops:)"},
    {KeyPlace::Moment, "A moment of the run: an event (a stop's when, reveal and count)"},
    {KeyPlace::Choice, "A question's choice, written as a map (each map in choices:)"},
    {KeyPlace::Try, "A change the class may make at a stop (try: {...})"},
    {KeyPlace::TryLetter, "A letter the class may write at a stop (try: {write: {...}})"},
}};

template <typename Strings>
std::optional<std::string> closestIn(std::string_view word, const Strings& candidates)
{
    if (word.empty()) return std::nullopt;
    const std::size_t allowed = word.size() <= 4 ? 1 : 2;
    std::optional<std::string> best;
    std::size_t bestScore = ~std::size_t(0);
    for (const auto& c : candidates) {
        const std::string_view cand(c);
        if (cand.empty()) continue;
        const std::size_t lengthGap = cand.size() > word.size() ? cand.size() - word.size() : word.size() - cand.size();
        auto startsWith = [](std::string_view s, std::string_view prefix) {
            if (prefix.size() > s.size()) return false;
            for (std::size_t i = 0; i < prefix.size(); ++i)
                if (lower(s[i]) != lower(prefix[i])) return false;
            return true;
        };
        const bool prefix = (word.size() >= 3 && startsWith(cand, word)) || (cand.size() >= 3 && startsWith(word, cand));
        if (!prefix && lengthGap > allowed) continue;
        if (cand == word) continue;  // the very same word is no suggestion
        const std::size_t d = editDistance(word, cand);
        if (d > allowed && !prefix) continue;
        const std::size_t score = prefix ? std::min(d, allowed + 1) : d;
        if (score < bestScore) {
            bestScore = score;
            best = std::string(cand);
        }
    }
    return best;
}

} // namespace

KeyPlace stationKindPlace(StationKind kind)
{
    switch (kind) {
    case StationKind::Client: return KeyPlace::Client;
    case StationKind::Outgoing: return KeyPlace::Outgoing;
    case StationKind::Resolver: return KeyPlace::Resolver;
    case StationKind::Incoming: return KeyPlace::Incoming;
    case StationKind::Mailbox: return KeyPlace::Mailbox;
    case StationKind::Router: return KeyPlace::Router;
    case StationKind::Snooper: return KeyPlace::Snooper;
    }
    return KeyPlace::Router;
}

KeyPlaces stationPlaces(StationKind kind) { return S | placeBit(stationKindPlace(kind)); }

std::span<const ScenarioKey> scenarioKeys() { return kKeys; }

const ScenarioKey* findScenarioKey(KeyPlaces places, std::string_view name)
{
    for (const auto& k : kKeys)
        if ((k.places & places) != 0 && k.name == name) return &k;
    return nullptr;
}

std::vector<std::string_view> scenarioKeyNames(KeyPlaces places)
{
    std::vector<std::string_view> names;
    for (const auto& k : kKeys)
        if ((k.places & places) != 0 && std::find(names.begin(), names.end(), k.name) == names.end())
            names.push_back(k.name);
    return names;
}

std::string placeNoun(KeyPlace place)
{
    switch (place) {
    case KeyPlace::TopLevel: return "the scenario";
    case KeyPlace::DnsRecord: return "a DNS record";
    case KeyPlace::Station: return "a station";
    case KeyPlace::Client: return "a client station";
    case KeyPlace::Outgoing: return "an outgoing station";
    case KeyPlace::Resolver: return "a resolver station";
    case KeyPlace::Incoming: return "an incoming station";
    case KeyPlace::Mailbox: return "a mailbox station";
    case KeyPlace::Router: return "a router station";
    case KeyPlace::Snooper: return "a snooper station";
    case KeyPlace::Check: return "a client's check";
    case KeyPlace::Retry: return "a retry profile";
    case KeyPlace::Road: return "a road";
    case KeyPlace::Letter: return "a letter";
    case KeyPlace::Generator: return "a mail generator";
    case KeyPlace::Incident: return "an incident";
    case KeyPlace::Lesson: return "the lesson";
    case KeyPlace::Stop: return "a lesson stop";
    case KeyPlace::Moment: return "a moment of the run";
    case KeyPlace::Choice: return "a choice";
    case KeyPlace::Try: return "a try";
    case KeyPlace::TryLetter: return "a try's letter";
    }
    return "the scenario";
}

std::string scenarioKeyPath(const ScenarioKey& key, KeyPlace place)
{
    const std::string name(key.name);
    switch (place) {
    case KeyPlace::TopLevel: return name;
    case KeyPlace::DnsRecord: return "dns[]." + name;
    case KeyPlace::Station: return "stations[]." + name;
    case KeyPlace::Client: return "stations[kind=client]." + name;
    case KeyPlace::Outgoing: return "stations[kind=outgoing]." + name;
    case KeyPlace::Resolver: return "stations[kind=resolver]." + name;
    case KeyPlace::Incoming: return "stations[kind=incoming]." + name;
    case KeyPlace::Mailbox: return "stations[kind=mailbox]." + name;
    case KeyPlace::Router: return "stations[kind=router]." + name;
    case KeyPlace::Snooper: return "stations[kind=snooper]." + name;
    case KeyPlace::Check: return "stations[kind=client].check." + name;
    case KeyPlace::Retry: return "stations[kind=outgoing|incoming].retry." + name;
    case KeyPlace::Road: return "roads[]." + name;
    case KeyPlace::Letter: return "mail[]." + name;
    case KeyPlace::Generator: return "mail[generate]." + name;
    case KeyPlace::Incident: return "incidents[]." + name;
    case KeyPlace::Lesson: return "lesson." + name;
    case KeyPlace::Stop: return "lesson.stops[]." + name;
    case KeyPlace::Moment: return "lesson.stops[].when|reveal|count." + name;
    case KeyPlace::Choice: return "lesson.stops[].choices[]." + name;
    case KeyPlace::Try: return "lesson.stops[].try." + name;
    case KeyPlace::TryLetter: return "lesson.stops[].try.write." + name;
    }
    return name;
}

std::string scenarioKeyTypeName(const ScenarioKey& key)
{
    switch (key.type) {
    case ValueType::Text: return "text";
    case ValueType::Choice: return key.choices.size() > 16 ? "choice" : std::string(key.choices);
    case ValueType::Integer: return "integer";
    case ValueType::Number: return "number";
    case ValueType::Seed: return "integer";
    case ValueType::Timestamp: return "UTC time";
    case ValueType::Duration: return "duration";
    case ValueType::Rate: return "rate";
    case ValueType::Speed: return "speed";
    case ValueType::HourlyRates: return "{hour: rate, ...}";
    case ValueType::Size: return "size";
    case ValueType::Distribution: return "distribution";
    case ValueType::Domain: return "domain";
    case ValueType::DomainList: return "[domain, ...]";
    case ValueType::Address: return "address";
    case ValueType::AddressList: return "[address, ...]";
    case ValueType::HeaderLines: return "[\"Name: value\", ...]";
    case ValueType::Ipv4: return "IPv4 address";
    case ValueType::MxHost: return "host or .";
    case ValueType::StationId: return "id";
    case ValueType::StationRef: return "station id";
    case ValueType::StationPair: return "[station, station]";
    case ValueType::Position: return "[x, y]";
    case ValueType::TimeWindow: return "[start, end]";
    case ValueType::Retry: return std::string(key.choices) + "|{...}";
    case ValueType::Check: return "{protocol, every, leave_on_server}";
    case ValueType::List: return "list";
    case ValueType::Section: return "{...}";
    case ValueType::LessonText: return "text or {en, de, fr}";
    case ValueType::TextList: return "[text, ...]";
    case ValueType::Choices: return "[choice, ...]";
    case ValueType::EventName: return "event type";
    }
    return "text";
}

std::string scenarioKeyLimits(const ScenarioKey& key)
{
    if (!key.limited) return {};
    switch (key.type) {
    case ValueType::List:
    case ValueType::AddressList:
    case ValueType::HeaderLines:
    case ValueType::DomainList:
    case ValueType::TextList:
    case ValueType::Choices:
        if (key.min > 0)
            return formatLimitValue(ValueType::Integer, key.min) + " to " +
                   formatLimitValue(ValueType::Integer, key.max) + " entries";
        return "at most " + formatLimitValue(ValueType::Integer, key.max) + " entries";
    case ValueType::Position:
        return "each -1000000 to 1000000";
    default:
        return formatLimitValue(key.type, key.min) + " to " + formatLimitValue(key.type, key.max);
    }
}

std::string scenarioKeyStatus(const ScenarioKey& k)
{
    std::string status;
    if (k.required) status = "required";
    else if (!k.condition.empty()) status = std::string(k.condition);
    else if (const std::string d = scenarioKeyDefault(k); !d.empty()) status = "default " + d;
    else status = "optional";
    if (k.displayOnly) status += ", display only";
    return status;
}

std::string scenarioKeyHelp(const ScenarioKey& k)
{
    std::string help(k.help);
    if (const std::string limits = scenarioKeyLimits(k); !limits.empty()) help += " [" + limits + "]";
    return help;
}

std::string describeScenarioKeys()
{
    struct Row {
        std::string path, type, status, help;
    };
    std::string out;
    out += "Keys of a Postie scenario file (format: postie/1)\n";
    out += "Unknown keys are errors. Limits are shown in brackets. Every key changes the run when it changes,\n";
    out += "except those marked \"display only\": they only name or place things for the reader.\n";
    for (const auto& group : kGroups) {
        std::vector<Row> rows;
        const KeyPlaces bit = placeBit(group.place);
        for (const auto& k : kKeys) {
            if ((k.places & bit) == 0) continue;
            Row row;
            row.path = scenarioKeyPath(k, group.place);
            row.type = scenarioKeyTypeName(k);
            row.status = scenarioKeyStatus(k);
            row.help = scenarioKeyHelp(k);
            rows.push_back(std::move(row));
        }
        out += "\n";
        out += group.title;
        out += "\n";
        if (rows.empty()) {
            out += "  (no keys of its own; only the keys of every station)\n";
            continue;
        }
        std::size_t w1 = 0, w2 = 0, w3 = 0;
        for (const auto& r : rows) {
            w1 = std::max(w1, r.path.size());
            w2 = std::max(w2, r.type.size());
            w3 = std::max(w3, r.status.size());
        }
        for (const auto& r : rows) {
            out += "  " + r.path + std::string(w1 - r.path.size() + 2, ' ');
            out += r.type + std::string(w2 - r.type.size() + 2, ' ');
            out += r.status + std::string(w3 - r.status.size() + 2, ' ');
            out += r.help + "\n";
        }
    }
    out += "\nUnits\n";
    out += "  durations      250us  30ms  2s  5m (or 5min)  1h  5d; decimals like 1.5s; a bare number is an error\n";
    out += "  rates          100/s  2/min (or 2/m)  30/h  10/d\n";
    out += "  sizes          512B  4KB  3MB  1GB  1TB (1KB = 1024 bytes; KiB, MiB, ... also accepted)\n";
    out += "  distributions  const(2ms)  exp(5ms)  uniform(1ms, 3ms)  lognormal(20ms, 5ms), or a plain duration\n";
    out += "  addresses      local@domain, the domain with at least one dot; compared in lower case\n";
    return out;
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    // Optimal string alignment distance over three rolling rows.
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string_view>& candidates)
{
    return closestIn(word, candidates);
}

std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string>& candidates)
{
    return closestIn(word, candidates);
}

} // namespace postie
