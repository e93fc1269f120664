// Every broken scenario under tests/data/broken/ gives exactly the diagnostics it should: the
// first line word for word (FILE:LINE:COL: error: TEXT, FILE as passed) and the number of errors.
#include "scenario/scenario_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

namespace postie {
namespace {

struct BrokenCase {
    const char* name;  // file name without .yaml
    std::size_t errors;
    const char* first;  // the first diagnostic without "FILE:"
};

// clang-format off
const BrokenCase kBroken[] = {
    {"address_without_dot", 1, R"~(4:37: error: in 'alice@localhost': the domain 'localhost' needs at least one dot, like example.org)~"},
    {"bad_device", 1, R"~(4:64: error: device must be one of phone, laptop, desktop or webmail, but it is 'tablet')~"},
    {"bad_distribution", 1, R"~(4:53: error: unknown distribution 'expo' in 'expo(5ms)'; did you mean 'exp'? The distributions are const(2ms), exp(5ms), uniform(1ms, 3ms), lognormal(20ms, 5ms) or a plain duration like 2ms)~"},
    {"bad_ipv4", 1, R"~(4:47: error: '203.0.113.256' is not an IPv4 address; write four numbers from 0 to 255 with dots, like 203.0.113.25)~"},
    {"bad_kind", 1, R"~(4:33: error: kind must be one of client, outgoing, resolver, incoming, mailbox, router or snooper, but it is 'mailbx'; did you mean 'mailbox'?)~"},
    {"bad_pace", 1, R"~(3:7: error: pace must be story or continuous, but it is 'storey'; did you mean 'story'?)~"},
    {"bad_speed", 1, R"~(3:8: error: 'fast' is not a speed; write how many times real time, for example 0.25x or 60x)~"},
    {"bad_start_time", 1, R"~(3:8: error: start '2010-07-14 09:00' is not a UTC time; write it like 2010-07-14T09:00:00Z)~"},
    {"burst_without_at", 1, R"~(8:5: error: a burst generator needs at, like at: 8h)~"},
    {"check_without_read_from", 1, R"~(4:52: error: check needs read_from: a client fetches mail from the mailbox it reads, like read_from: imap.example.org)~"},
    {"daily_bad_hour", 1, R"~(12:26: error: each key of per_hour is an hour of the day, a whole number from 0 to 23, but this is the text '24')~"},
    {"deliver_to_wrong_kind", 1, R"~(4:79: error: deliver_to must name a mailbox station, but 'mx2.example.org' is an incoming server)~"},
    {"dkim_key_not_base64", 1, R"~(4:77: error: this DKIM key record has an error: p= must be base64 (RFC 6376 §3.6.1))~"},
    {"mta_sts_policy_bad_mode", 1, R"~(8:13: error: this MTA-STS policy has an error on its line 2 ("mode: enforcing"): the mode is enforce, testing or none (RFC 8461 §3.2))~"},
    {"mta_sts_policy_without_name", 1, R"~(4:5: error: a DNS record needs 'name', like name: example.org)~"},
    {"mta_sts_record_without_id", 1, R"~(4:60: error: this MTA-STS record has an error: an MTA-STS record needs an id=, which changes with each new policy (RFC 8461 §3.1))~"},
    {"mx_requires_tls", 1, R"~(4:100: error: a sorting station (an MX) must not require TLS (RFC 3207 §4): a sender without it could not deliver at all. Write tls: offer, and publish an MTA-STS policy (type: MTA-STS) to make senders insist on TLS)~"},
    {"dmarc_without_policy", 1, R"~(4:60: error: this DMARC record has an error: p= is required (RFC 7489 §6.3))~"},
    {"dns_type_typo", 1, R"~(4:31: error: type must be one of MX, A, TXT, SERVFAIL or MTA-STS, but it is 'SERVFIAL'; did you mean 'SERVFAIL'?)~"},
    {"duplicate_key", 1, R"~(7:5: error: key 'workers' appears twice in an outgoing station (first on line 6); keep one)~"},
    {"duplicate_road", 1, R"~(8:15: error: a road between 'b' and 'a' is already defined on line 7; keep one)~"},
    {"duplicate_station_id", 1, R"~(5:10: error: station id 'backbone' is already used on line 4; each station needs its own id)~"},
    {"duration_without_unit", 1, R"~(7:32: error: duration '30' has no unit; write for example 30s or 30ms)~"},
    {"empty_value", 1, R"~(8:5: error: 'latency' is empty; write for example latency: 20ms)~"},
    {"generator_key_in_letter", 1, R"~(8:60: error: unknown key 'rate' in a letter; 'rate' belongs to a mail generator: add 'generate: poisson' to make this entry one)~"},
    {"generator_too_many_letters", 1, R"~(9:31: error: this generator would write about 34560000000 letters (rate times time window); at most 10000000 are allowed, so lower the rate or shorten the time window)~"},
    {"incident_bad_go", 1, R"~(6:30: error: go must be down or up, but it is 'sideways')~"},
    {"incident_station_and_road", 1, R"~(9:26: error: an incident names either a station or a road, not both; split it into two incidents)~"},
    {"incident_unknown_road", 1, R"~(7:20: error: there is no road between 'a' and 'b'; an incident can only close a road listed under roads:)~"},
    {"incident_without_target", 1, R"~(6:5: error: an incident needs 'station' or 'road', like station: mx1.example.org or road: [backbone, mx1.example.org])~"},
    {"incoming_without_destination", 1, R"~(4:5: error: an incoming station needs 'deliver_to' or 'relay_to', like deliver_to: box.example.org)~"},
    {"key_of_another_kind", 1, R"~(4:43: error: 'workers' is not a key of a resolver station; it belongs to an outgoing station, an incoming station or a mailbox station)~"},
    {"leave_on_server_not_boolean", 1, R"~(6:59: error: leave_on_server must be true or false, but it is 'sometimes')~"},
    {"leave_on_server_with_imap", 1, R"~(6:41: error: leave_on_server is only for pop3; imap always leaves letters on the server, so remove leave_on_server or write protocol: pop3)~"},
    {"lesson_choice_not_a_station", 1, R"~(12:34: error: station 'mx3.example.org' is not defined; did you mean 'mx1.example.org'?)~"},
    {"lesson_question_without_reveal", 1, R"~(8:7: error: a question needs reveal, like reveal: {event: smtp.connect, message: m1})~"},
    {"lesson_unknown_event", 1, R"~(7:21: error: there is no event 'delivery.deferd' in the trace; did you mean 'delivery.deferred'?)~"},
    {"letter_without_recipients", 1, R"~(8:5: error: this letter has no recipients; add for example to: [bob@example.org])~"},
    {"list_instead_of_map", 1, R"~(5:87: error: A client's check should be a map like {protocol: pop3, every: 10m}, but it is a list)~"},
    {"malformed_address", 1, R"~(4:37: error: 'alice' is not an email address; write it as name@domain, like alice@example.org)~"},
    {"max_connections_negative", 1, R"~(4:112: error: max_connections must be a whole number from 0 to 100000, but it is '-1')~"},
    {"missing_format", 1, R"~(2:1: error: the file has no 'format:'; start it with format: postie/1)~"},
    {"missing_required_key", 1, R"~(4:5: error: a client station needs 'user', like user: alice@example.org)~"},
    {"mx_without_host", 1, R"~(4:5: error: an MX record needs 'host', like host: mx1.example.org)~"},
    {"negative_latency", 1, R"~(7:32: error: latency must be from 0s to 1d, but it is -5ms)~"},
    {"null_mx_with_others", 1, R"~(4:5: error: the domain 'example.org' has a null MX (host: .) and other MX records; a null MX, which says the domain takes no mail, must be its only MX record)~"},
    {"pattern_counts_down", 1, R"~(4:50: error: the pattern counts down from 500 to 1; write the smaller number first, like {1..500})~"},
    {"pattern_too_many", 1, R"~(4:49: error: users may list at most 100000 addresses, but it lists 200000)~"},
    {"pattern_two_braces", 1, R"~(4:50: error: an address pattern may have only one {first..last} part, like user{1..50}@school.test)~"},
    {"rate_on_a_burst", 1, R"~(8:31: error: rate belongs to a poisson generator, not to a burst one; remove it)~"},
    {"rate_without_unit", 1, R"~(8:31: error: rate '30' has no time unit; write for example 30/h or 30/min)~"},
    {"read_from_missing_user", 1, R"~(4:63: error: read_from 'box.example.org' does not hold the user 'bob@example.org'; add it to that mailbox's users or read from another mailbox)~"},
    {"read_from_wrong_kind", 1, R"~(4:63: error: read_from must name a mailbox station, but 'mx.example.org' is an incoming server)~"},
    {"relay_to_and_deliver_to", 1, R"~(4:96: error: an incoming station either stores letters (deliver_to) or passes them on (relay_to), not both; keep one)~"},
    {"relay_to_itself", 1, R"~(4:77: error: relay_to names this station itself; name the next sorting station the letters go to, like relay_to: gw.example.org)~"},
    {"relay_to_wrong_kind", 1, R"~(4:77: error: relay_to must name an incoming station, but 'box.example.org' is a mailbox)~"},
    {"resolver_wrong_kind", 1, R"~(4:54: error: resolver must name a resolver station, but 'backbone' is a router)~"},
    {"retry_max_below_min", 1, R"~(4:67: error: max (1m) is shorter than min (10m); the longest wait cannot be shorter than the shortest)~"},
    {"reversed_time_window", 1, R"~(8:96: error: between [1h, 0s] ends before it begins; write the earlier time first, like [0s, 1h])~"},
    {"road_to_itself", 1, R"~(6:15: error: a road cannot lead from 'a' back to itself; join two different stations)~"},
    {"root_is_text", 1, R"~(2:1: error: the file should be a map of keys, starting with format: postie/1, but it is the text 'Just some text')~"},
    {"seed_negative", 1, R"~(3:7: error: seed must be a whole number from 0 to 18446744073709551615, but it is '-1')~"},
    {"sender_cannot_send", 1, R"~(6:20: error: the client 'bob' (bob@example.org) has no submit_to, so it cannot send letters; give it submit_to: with an outgoing station)~"},
    {"servfail_with_records", 1, R"~(4:5: error: the name 'broken.test' is SERVFAIL (its servers are broken) but has a record on line 5; a broken name answers nothing, so keep either the SERVFAIL entry or the records)~"},
    {"servfail_with_ttl", 1, R"~(4:41: error: a SERVFAIL entry has no 'ttl'; a resolver keeps a failed answer only 1s, so there is no ttl to set)~"},
    {"several_faults", 5, R"~(6:44: error: unknown key 'worker' in an outgoing station; did you mean 'workers'?)~"},
    {"size_too_large", 1, R"~(8:66: error: size must be from 1B to 1GB, but it is '2GB')~"},
    {"speed_too_fast", 1, R"~(3:8: error: speed must be from 0.01x to 10000x, but it is '20000x')~"},
    {"spf_cidr_too_long", 1, R"~(4:50: error: this SPF record has an error: CIDR length /33 is more than 32)~"},
    {"spf_unknown_mechanism", 1, R"~(4:53: error: this SPF record has an error: unknown mechanism "allow")~"},
    {"stations_not_a_list", 1, R"~(4:3: error: stations should be a list, each entry starting with '- ', but it is a map)~"},
    {"submit_to_wrong_kind", 1, R"~(4:67: error: submit_to must name an outgoing station, but 'box.example.org' is a mailbox)~"},
    {"tab_indentation", 1, R"~(5:1: error: YAML syntax: a tab character indents a line near here; indent with spaces only)~"},
    {"ttl_too_long", 1, R"~(4:66: error: ttl must be from 0s to 7d, but it is 30d)~"},
    {"two_documents", 1, R"~(6:1: error: a second YAML document starts here (after ---); put the whole scenario in one document)~"},
    {"uniform_reversed", 1, R"~(4:53: error: 'uniform(3ms, 1ms)' has its low end above its high end; write the smaller time first, like uniform(1ms, 3ms))~"},
    {"unknown_key_typo", 1, R"~(6:5: error: unknown key 'worker' in an outgoing station; did you mean 'workers'?)~"},
    {"unknown_sender", 1, R"~(8:20: error: no client station has the user 'carol@sender.test'; the clients' users are alice@sender.test (alice))~"},
    {"unknown_station_reference", 1, R"~(4:67: error: station 'smtp.sender.tes' is not defined; did you mean 'smtp.sender.test'?)~"},
    {"unknown_time_unit", 1, R"~(7:32: error: unknown time unit 'sec' in '30sec'; use us, ms, s, m (minutes), h or d)~"},
    {"unknown_top_level_key", 1, R"~(3:1: error: unknown key 'titel' in the scenario; did you mean 'title'?)~"},
    {"unquoted_uniform_in_flow_map", 1, R"~(4:53: error: 'uniform(1ms' lacks its closing ')'. Inside { } a comma ends the value, so put a distribution with two times in quotes, like "uniform(1ms, 3ms)")~"},
    {"unsupported_format", 1, R"~(2:9: error: unsupported format 'postie/2'; this version of Postie reads only 'postie/1')~"},
    {"until_too_long", 1, R"~(3:8: error: until must be from 1us to 400d, but it is 500d)~"},
    {"workers_not_a_number", 1, R"~(4:53: error: workers must be a whole number from 1 to 10000, but it is 'four')~"},
    {"workers_out_of_range", 1, R"~(4:53: error: workers must be a whole number from 1 to 10000, but it is '20000')~"},
    {"yaml_syntax_error", 1, R"~(7:34: error: YAML syntax: this ']' or '}' does not match the bracket it should close; check that every [ has its ] and every { its })~"},
};
// clang-format on

std::string brokenPath(const std::string& name) { return std::string(POSTIE_TEST_DATA_DIR) + "/broken/" + name + ".yaml"; }

TEST(BrokenScenarios, EachReportsItsExactFirstErrorAndErrorCount)
{
    for (const auto& c : kBroken) {
        SCOPED_TRACE(c.name);
        const std::string path = brokenPath(c.name);
        const LoadResult result = loadScenarioFile(path);
        EXPECT_FALSE(result.ok());
        EXPECT_FALSE(result.spec.has_value());
        ASSERT_FALSE(result.errors.empty());
        EXPECT_EQ(result.errors.front().format(), path + ":" + c.first);
        EXPECT_EQ(result.errors.size(), c.errors);
        for (const auto& e : result.errors) {
            EXPECT_EQ(e.file, path);
            EXPECT_GE(e.line, 1);
            EXPECT_GE(e.column, 1);
        }
    }
}

TEST(BrokenScenarios, EveryFileInTheFolderIsInTheTable)
{
    std::set<std::string> listed;
    for (const auto& c : kBroken) listed.insert(c.name);
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(POSTIE_TEST_DATA_DIR) + "/broken")) {
        if (entry.path().extension() != ".yaml") continue;
        ++files;
        EXPECT_TRUE(listed.count(entry.path().stem().string())) << entry.path() << " has no expected diagnostic";
    }
    EXPECT_EQ(files, std::size(kBroken));
    EXPECT_GE(files, 30u);
}

TEST(BrokenScenarios, AFileWithSeveralFaultsReportsThemAllInFileOrder)
{
    const std::string path = brokenPath("several_faults");
    const LoadResult result = loadScenarioFile(path);
    std::vector<std::string> lines;
    for (const auto& e : result.errors) lines.push_back(e.format());
    const std::vector<std::string> expected{
        path + ":6:44: error: unknown key 'worker' in an outgoing station; did you mean 'workers'?",
        path + ":7:50: error: in 'bob@example': the domain 'example' needs at least one dot, like example.org",
        path + ":9:51: error: duration '20' has no unit; write for example 20s or 20ms",
        path + ":10:34: error: station 'backbon' is not defined; add it under stations: or correct the name",
        path + ":12:45: error: go must be down or up, but it is 'away'",
    };
    EXPECT_EQ(lines, expected);
}

TEST(BrokenScenarios, EveryBrokenFileStartsWithACommentSayingItsFault)
{
    for (const auto& c : kBroken) {
        std::ifstream in(brokenPath(c.name));
        std::string first;
        std::getline(in, first);
        EXPECT_EQ(first.rfind("# Fault", 0), 0u) << c.name;
    }
}

} // namespace
} // namespace postie
