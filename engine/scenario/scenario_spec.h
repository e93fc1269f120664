#pragma once
// A scenario file read into plain values, validated, before anything runs. The world builder
// (world_builder.h) turns this into the mail model's configuration, then stations and roads;
// nothing here knows YAML. Where the mail model has a type for a thing, the spec is that type
// plus where the file wrote it (a SourceMark): file positions stay on this side.
#include "lesson/lesson_spec.h"
#include "mail/dns_record.h"
#include "mail/incident.h"
#include "mail/letter_plan.h"
#include "mail/retry_policy.h"
#include "mail/station_config.h"
#include "sim/distribution.h"
#include "sim/sim_time.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace postie {

// Where a value came from in the file, for messages that point at a line.
struct SourceMark {
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based
};

struct DnsRecordSpec : DnsRecord {
    SourceMark mark;
};

// No file positions in these: the mail model's own settings, under the names the readers use.
using RetrySpec = RetryConfig;  // its defaults are the postfix profile (mail/retry_policy.h)
using CheckSpec = MailCheck;

// One station as the file gives it, all kinds in one record; the world builder hands each
// station the part for its kind. Defaults are the mail model's (mail/station_config.h).
struct StationSpec {
    std::string id;  // also its host name
    StationKind kind = StationKind::Router;
    // The label as postie-cli, its traces and reports print it: the English text or the plain
    // string (without either, the first language the file gives); empty: none, the id stands.
    std::string label;
    // Every language the file gives it in, like a lesson text: `label: "..."` or
    // `label: {en: "...", de: "...", fr: "..."}` (docs/scenarios.md).
    LessonText labelText;
    // In `language` ("de") where the file gives it, else as above. A station made in code,
    // without the texts, gives its label.
    std::string labelIn(std::string_view language) const { return labelText.empty() ? label : labelText.in(language); }
    std::string group;
    std::optional<std::pair<double, double>> position;
    // client
    std::string user;            // with a pattern: the first of the writers in `users`
    std::string submitTo;
    bool authenticates = ClientConfig{}.authenticates;  // logs in (SMTP AUTH) before MAIL FROM
    bool startsTls = ClientConfig{}.startsTls;          // starts TLS when the post office offers it
    std::string readFrom;
    CheckSpec check;
    // What the writer's device is, for the map only (the engine never reads it): phone, laptop,
    // desktop or webmail.
    std::string device = "laptop";
    // outgoing / incoming
    std::string resolver;        // empty: the nearest resolver by road
    int workers = ServerConfig{}.workers;
    Distribution service;        // zero: no processing time
    RetrySpec retry;
    // outgoing / incoming, sending side: Postfix's queue manager limits (postconf.proto)
    int destinationConcurrency = ServerConfig{}.destinationConcurrency;  // lanes per destination
    int destinationRecipients = ServerConfig{}.destinationRecipients;    // recipients per delivery
    // outgoing / incoming, receiving side; 0: no limit
    int maxConnections = 0;            // SMTP sessions at once; more get 421 4.7.0
    double rateLimitPerSecond = 0;     // letters per second from one client host; more get 450 4.7.1
    int queueLimit = 0;                // letters waiting in the depot; more get 452 4.3.1
    std::vector<std::string> accepts;  // incoming: domains
    std::string deliverTo;              // incoming: mailbox station
    std::string relayTo;                // instead, pass letters on to this incoming host (a smarthost)
    // outgoing: DKIM signing (RFC 6376); empty domain: it does not sign
    std::string dkimDomain;
    std::string dkimSelector = ServerConfig{}.dkimSelector;
    std::string dkimKey;                // empty: the key its DNS publishes
    // incoming: SPF, DKIM and DMARC checks and the Authentication-Results header
    bool authenticate = false;
    std::string spfFail = "mark";       // mark | reject (550 5.7.23)
    bool greylist = false;              // postgrey: 450 4.2.0 for a new triplet
    bool dmarcReports = false;          // incoming: daily DMARC aggregate reports to rua
    bool spamFilter = false;            // incoming: SpamAssassin's required_score 5.0 files into Junk
    bool openRelay = false;             // incoming: takes letters for any domain
    std::vector<std::string> listMembers;  // incoming: a mailing list's members
    std::string listTag;
    std::string listFooter;
    bool listMungeFrom = false;
    SimTime greylistDelay = ServerConfig{}.greylistDelay;
    std::string tls = "none";           // outgoing / incoming: none | offer | require | implicit
    // snooper
    bool stripStartTls = SnooperConfig{}.stripStartTls;
    // resolver
    Distribution lookup = ResolverConfig{}.lookup;  // a cache miss
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

struct LetterSpec : ScheduledLetter {
    SourceMark mark;
};

struct GeneratorSpec : GeneratorConfig {
    SourceMark mark;
};

struct IncidentSpec : Incident {
    SourceMark mark;
};

struct ScenarioSpec {
    std::string file;  // as given, for messages
    std::string format = "postie/1";
    // The title and summary as postie-cli and its worksheets print them: the English text or
    // the plain string (without either, the first language the file gives).
    std::string title;
    std::string summary;
    // Every language the file gives them in, like a lesson text: `title: "..."` or
    // `title: {en: "...", de: "...", fr: "..."}` (docs/scenarios.md).
    LessonText titleText;
    LessonText summaryText;
    // In `language` ("de") where the file gives it, else as above. A spec made in code, without
    // the texts, gives its title and summary.
    std::string titleIn(std::string_view language) const { return titleText.empty() ? title : titleText.in(language); }
    std::string summaryIn(std::string_view language) const
    {
        return summaryText.empty() ? summary : summaryText.in(language);
    }
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
    LessonSpec lesson;  // display only: the lesson around the run (empty: none)
};

} // namespace postie
