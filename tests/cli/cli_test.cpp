// postie-cli as a teacher or a script uses it: exit codes, the error format, narration, and
// the trace and summary files (Contract 2 and 3).
#include "support/run_cli.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

using Result = postie::testing::CliResult;
using postie::testing::cli;

std::string lesson(const std::string& name) { return std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name; }

std::string testData(const std::string& name) { return std::string(POSTIE_TEST_DATA_DIR) + "/" + name; }

fs::path tempDir()
{
    fs::path dir = fs::temp_directory_path() / ("postie-cli-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

std::string writeFile(const fs::path& path, const std::string& text)
{
    std::ofstream(path) << text;
    return path.string();
}

TEST(PostieCli, CheckPrintsOkForAGoodFileAndExitsZero)
{
    const Result r = cli("check " + lesson("01-first-email.yaml"));
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, "OK " + lesson("01-first-email.yaml") + "\n");
}

TEST(PostieCli, CheckPrintsEveryErrorAsFileLineColumnAndExitsOne)
{
    const std::string bad = writeFile(tempDir() / "bad.yaml", "format: postie/1\ntitle: x\nstations:\n  - {id: a, kind: client, user: a@b.test, wrkers: 2}\n  - {id: b, kind: boat}\n");
    const Result r = cli("check " + bad);
    EXPECT_EQ(r.exitCode, 1);
    std::istringstream lines(r.out);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        ++count;
        EXPECT_EQ(line.rfind(bad + ":", 0), 0u) << line;
        EXPECT_NE(line.find(": error: "), std::string::npos) << line;
    }
    EXPECT_GE(count, 2) << r.out;
    EXPECT_NE(r.out.find(bad + ":4:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(bad + ":5:"), std::string::npos) << r.out;
}

TEST(PostieCli, CheckOfAMissingFileSaysSoAndExitsOne)
{
    const Result r = cli("check /nonexistent/lesson.yaml");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("/nonexistent/lesson.yaml:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("error:"), std::string::npos) << r.out;
}

TEST(PostieCli, RunTellsTheJourneyWithTheClockAndThePostalWords)
{
    const Result r = cli("run " + lesson("01-first-email.yaml"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("09:00:00.000"), std::string::npos);
    EXPECT_NE(r.out.find("which sorting station serves example.org (DNS MX query)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(SMTP connection, port 587)"), std::string::npos);
    EXPECT_NE(r.out.find("RCPT TO:<bob@example.org>"), std::string::npos);
    EXPECT_NE(r.out.find("has arrived (delivered)"), std::string::npos);
    EXPECT_NE(r.out.find("takes letter m1 home (POP3 RETR)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("and the PO box is empty (POP3 DELE, removed at QUIT)"), std::string::npos) << r.out;
}

TEST(PostieCli, RunQuietPrintsNothing)
{
    const Result r = cli("run --quiet " + lesson("01-first-email.yaml"));
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, "");
}

TEST(PostieCli, RunOfABrokenScenarioExitsOne)
{
    const std::string bad = writeFile(tempDir() / "broken.yaml", "format: postie/2\n");
    const Result r = cli("run " + bad);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find(bad + ":1:"), std::string::npos) << r.out;
}

TEST(PostieCli, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli("").exitCode, 2);
    EXPECT_EQ(cli("fly " + lesson("01-first-email.yaml")).exitCode, 2);
    EXPECT_EQ(cli("run").exitCode, 2);
    EXPECT_EQ(cli("run " + lesson("01-first-email.yaml") + " --until banana").exitCode, 2);
    EXPECT_EQ(cli("run " + lesson("01-first-email.yaml") + " --seed -4").exitCode, 2);
}

TEST(PostieCli, HelpAndVersionExitZero)
{
    const Result help = cli("--help");
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("check"), std::string::npos);
    EXPECT_NE(help.out.find("run"), std::string::npos);
    EXPECT_NE(help.out.find("sweep"), std::string::npos);
    const Result runHelp = cli("run --help");
    EXPECT_NE(runHelp.out.find("--series"), std::string::npos);
    EXPECT_NE(runHelp.out.find("--every"), std::string::npos);
    const Result sweepHelp = cli("sweep --help");
    EXPECT_EQ(sweepHelp.exitCode, 0);
    for (const char* option : {"--set", "--runs", "--jobs", "--csv"})
        EXPECT_NE(sweepHelp.out.find(option), std::string::npos) << option;
    const Result version = cli("--version");
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.rfind("postie-cli ", 0), 0u);
}

TEST(PostieCli, KeysListsEveryStationKindsKeysWithHelp)
{
    const Result r = cli("keys");
    EXPECT_EQ(r.exitCode, 0);
    for (const char* key : {"workers", "service", "retry", "submit_to", "deliver_to", "accepts", "latency", "ttl"})
        EXPECT_NE(r.out.find(key), std::string::npos) << key;
}

TEST(PostieCli, TraceHasOneJsonObjectPerEventWithTheContractFields)
{
    const fs::path dir = tempDir();
    const std::string trace = (dir / "trace.jsonl").string();
    const Result r = cli("run --quiet --trace " + trace + " " + lesson("01-first-email.yaml"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    std::ifstream in(trace);
    std::string line;
    std::set<std::string> types;
    std::int64_t lastTime = -1;
    std::uint64_t expectedSeq = 0;
    while (std::getline(in, line)) {
        const auto j = nlohmann::json::parse(line);
        ASSERT_TRUE(j.contains("t_us") && j.contains("seq") && j.contains("type")) << line;
        EXPECT_GE(j["t_us"].get<std::int64_t>(), lastTime);
        lastTime = j["t_us"].get<std::int64_t>();
        EXPECT_EQ(j["seq"].get<std::uint64_t>(), expectedSeq++);
        const std::string type = j["type"];
        types.insert(type);
        if (type == "road.depart" || type == "road.arrive") {
            EXPECT_TRUE(j.contains("from") && j.contains("to") && j.contains("arrive_us")) << line;
        } else if (type == "smtp.command") {
            EXPECT_TRUE(j.contains("command") && j.contains("peer") && j.contains("message")) << line;
        } else if (type == "smtp.reply") {
            EXPECT_TRUE(j["code"].is_number() && j.contains("text") && j.contains("peer")) << line;
        } else if (type == "dns.query") {
            EXPECT_TRUE(j.contains("name") && j.contains("qtype")) << line;
        } else if (type == "dns.answer") {
            EXPECT_TRUE(j.contains("rcode") && j["records"].is_array() && j["cached"].is_boolean()) << line;
        } else if (type == "mailbox.stored") {
            EXPECT_TRUE(j.contains("mailbox") && j["headers"].is_array()) << line;
        } else if (type == "message.final") {
            EXPECT_TRUE(j.contains("outcome") && j.contains("recipient")) << line;
        } else if (type == "mailbox.removed") {  // bob's POP3 QUIT
            EXPECT_TRUE(j.contains("mailbox") && j.contains("peer") && j["queue"].is_number()) << line;
        }
    }
    for (const char* t : {"message.created", "road.depart", "road.arrive", "queue.enter", "queue.leave", "dns.query",
                          "dns.answer", "smtp.command", "smtp.reply", "mailbox.stored", "mailbox.fetched",
                          "mailbox.removed", "message.final"})
        EXPECT_TRUE(types.count(t)) << "missing " << t;
}

TEST(PostieCli, SummaryHasTheContractShapeAndBalances)
{
    const fs::path dir = tempDir();
    const std::string summaryPath = (dir / "summary.json").string();
    const Result r = cli("run --quiet --seed 5 --summary " + summaryPath + " " + lesson("01-first-email.yaml"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    std::ifstream in(summaryPath);
    const auto j = nlohmann::json::parse(in);
    EXPECT_EQ(j["seed"], 5);
    EXPECT_GT(j["sim_time_us"].get<std::int64_t>(), 0);
    EXPECT_GT(j["events"].get<std::int64_t>(), 0);
    const auto& m = j["messages"];
    EXPECT_EQ(m["created"], 1);
    EXPECT_EQ(m["delivered"], 1);
    EXPECT_EQ(m["created"].get<int>(), m["delivered"].get<int>() + m["bounced"].get<int>() +
                                           m["discarded"].get<int>() + m["expired"].get<int>() +
                                           m["in_flight"].get<int>());
    for (const char* k : {"mean", "p50", "p95", "max"}) EXPECT_TRUE(j["latency_s"][k].is_number()) << k;
    const auto& post = j["stations"]["smtp.sender.test"];
    for (const char* k : {"max_queue", "served", "mean_wait_s", "busy"}) EXPECT_TRUE(post[k].is_number()) << k;
}

TEST(PostieCli, UntilStopsTheRunEarlyAndLeavesLettersInFlight)
{
    const fs::path dir = tempDir();
    const std::string summaryPath = (dir / "early.json").string();
    const Result r = cli("run --quiet --until 50ms --summary " + summaryPath + " " + lesson("01-first-email.yaml"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    std::ifstream in(summaryPath);
    const auto j = nlohmann::json::parse(in);
    EXPECT_EQ(j["sim_time_us"], 50000);
    EXPECT_EQ(j["messages"]["in_flight"], 1);
}

// One CSV line (RFC 4180: a quoted cell may hold commas, "" is a quote).
std::vector<std::string> splitCsv(const std::string& line)
{
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            cells.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            cells.emplace_back();
        } else {
            cells.back() += c;
        }
    }
    return cells;
}

struct Csv {
    std::vector<std::string> header;
    std::vector<std::map<std::string, std::string>> rows;
};

Csv readCsv(const std::string& path)
{
    Csv csv;
    std::ifstream in(path);
    std::string line;
    if (std::getline(in, line)) csv.header = splitCsv(line);
    while (std::getline(in, line)) {
        const auto cells = splitCsv(line);
        EXPECT_EQ(cells.size(), csv.header.size()) << line;
        std::map<std::string, std::string> row;
        for (std::size_t i = 0; i < cells.size() && i < csv.header.size(); ++i) row[csv.header[i]] = cells[i];
        csv.rows.push_back(row);
    }
    return csv;
}

TEST(PostieCli, SeriesHasAHeaderAndOneRowPerSecondAndAFinalRow)
{
    const fs::path dir = tempDir();
    const std::string series = (dir / "series.csv").string(), summaryPath = (dir / "series-summary.json").string();
    const Result r = cli("run --quiet --series " + series + " --every 1s --summary " + summaryPath + " " +
                         lesson("01-first-email.yaml"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const Csv csv = readCsv(series);
    EXPECT_EQ(csv.header, (std::vector<std::string>{"t_s", "time", "created", "in_flight", "delivered", "bounced",
                                                    "expired", "discarded", "deferred", "queue:smtp.sender.test",
                                                    "queue:mx1.example.org", "dns_answers", "dns_hit_rate",
                                                    "dns_hit_rate_total"}));
    std::ifstream in(summaryPath);
    const auto summary = nlohmann::json::parse(in);
    const std::int64_t endUs = summary["sim_time_us"];
    const std::size_t expectedRows = std::size_t(endUs / 1000000) + 1 + (endUs % 1000000 != 0 ? 1 : 0);
    ASSERT_EQ(csv.rows.size(), expectedRows);
    EXPECT_EQ(csv.rows.front().at("t_s"), "0");
    EXPECT_EQ(csv.rows.front().at("time"), "2010-07-14T09:00:00.000Z");
    EXPECT_EQ(csv.rows[1].at("t_s"), "1");
    EXPECT_DOUBLE_EQ(std::stod(csv.rows.back().at("t_s")), double(endUs) / 1e6);

    const auto& last = csv.rows.back();
    const auto& m = summary["messages"];
    EXPECT_EQ(std::stoll(last.at("created")), m["created"].get<std::int64_t>());
    EXPECT_EQ(std::stoll(last.at("in_flight")), m["in_flight"].get<std::int64_t>());
    EXPECT_EQ(std::stoll(last.at("delivered")), m["delivered"].get<std::int64_t>());
    EXPECT_EQ(std::stoll(last.at("bounced")), m["bounced"].get<std::int64_t>());
    EXPECT_EQ(std::stoll(last.at("expired")), m["expired"].get<std::int64_t>());
    EXPECT_EQ(std::stoll(last.at("deferred")), m["deferrals"].get<std::int64_t>());
}

TEST(PostieCli, SeriesQueuesMatchTheTraceAndTheDnsHitRateIsAFraction)
{
    const fs::path dir = tempDir();
    const std::string series = (dir / "q-series.csv").string(), trace = (dir / "q-trace.jsonl").string();
    const Result r = cli("run --quiet --every 5s --series " + series + " --trace " + trace + " " + testData("rush_hour.yaml"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    struct QueueEvent {
        std::int64_t tUs;
        std::string station;
        std::int64_t length;
    };
    std::vector<QueueEvent> queueEvents;
    std::ifstream in(trace);
    std::string line;
    while (std::getline(in, line)) {
        const auto j = nlohmann::json::parse(line);
        if (j["type"] == "queue.enter" || j["type"] == "queue.leave")
            queueEvents.push_back({j["t_us"].get<std::int64_t>(), j["station"], j["queue"].get<std::int64_t>()});
    }
    ASSERT_FALSE(queueEvents.empty());
    const Csv csv = readCsv(series);
    std::vector<std::string> queueColumns;
    for (const auto& h : csv.header)
        if (h.rfind("queue:", 0) == 0) queueColumns.push_back(h);
    ASSERT_FALSE(queueColumns.empty());
    bool sawAQueue = false, sawARate = false;
    for (const auto& row : csv.rows) {
        const auto tUs = std::int64_t(std::llround(std::stod(row.at("t_s")) * 1e6));
        std::map<std::string, std::int64_t> expected;  // state after every event at or before t
        for (const auto& e : queueEvents)
            if (e.tUs <= tUs) expected[e.station] = e.length;
        for (const auto& column : queueColumns) {
            EXPECT_EQ(std::stoll(row.at(column)), expected[column.substr(6)]) << column << " at " << row.at("t_s");
            sawAQueue = sawAQueue || expected[column.substr(6)] > 0;
        }
        for (const char* rate : {"dns_hit_rate", "dns_hit_rate_total"}) {
            if (row.at(rate).empty()) continue;
            const double v = std::stod(row.at(rate));
            EXPECT_GE(v, 0.0);
            EXPECT_LE(v, 1.0);
            sawARate = true;
        }
    }
    EXPECT_TRUE(sawARate);
    EXPECT_TRUE(sawAQueue);  // the rush hour does queue, so the comparison above means something
}

TEST(PostieCli, ABadSeriesIntervalIsAUsageError)
{
    const std::string series = (tempDir() / "bad-every.csv").string();
    for (const char* every : {"banana", "10", "0s", "-1s"}) {
        const Result r = cli("run --quiet --series " + series + " --every " + every + " " + lesson("01-first-email.yaml"));
        EXPECT_EQ(r.exitCode, 2) << every << ": " << r.out;
        EXPECT_NE(r.out.find("--every"), std::string::npos) << r.out;
    }
    EXPECT_EQ(cli("run --quiet --every 1s " + lesson("01-first-email.yaml")).exitCode, 2);  // --every needs --series
    // Far too many rows for the run: refused before it starts.
    const Result tooMany = cli("run --quiet --until 1h --every 1ms --series " + series + " " + lesson("01-first-email.yaml"));
    EXPECT_EQ(tooMany.exitCode, 2);
    EXPECT_NE(tooMany.out.find("choose a longer interval"), std::string::npos) << tooMany.out;
    EXPECT_EQ(cli("run --quiet --series /nonexistent/dir/s.csv " + lesson("01-first-email.yaml")).exitCode, 2);
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) out.push_back(line);
    return out;
}

std::vector<std::string> words(const std::string& line)
{
    std::vector<std::string> out;
    std::istringstream in(line);
    std::string w;
    while (in >> w) out.push_back(w);
    return out;
}

TEST(PostieCli, SweepPrintsOneRowPerSetting)
{
    const Result r = cli("sweep " + lesson("01-first-email.yaml") + " --set smtp.sender.test.workers=1,2 --runs 2");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const auto table = lines(r.out);
    ASSERT_EQ(table.size(), 3u) << r.out;
    EXPECT_EQ(words(table[0]),
              (std::vector<std::string>{"smtp.sender.test.workers", "runs", "mean_s", "p95_s", "delivered", "bounced"}));
    EXPECT_EQ(words(table[1])[0], "1");
    EXPECT_EQ(words(table[2])[0], "2");
    for (int i : {1, 2}) {
        const auto row = words(table[std::size_t(i)]);
        ASSERT_EQ(row.size(), 6u) << table[std::size_t(i)];
        EXPECT_EQ(row[1], "2");
        EXPECT_GT(std::stod(row[2]), 0.0);
        EXPECT_EQ(row[4], "1.0");  // Alice's one letter, delivered in every run
        EXPECT_EQ(row[5], "0.0");
    }
    // An aligned table: every row as long as the header.
    EXPECT_EQ(table[1].size(), table[0].size());
}

Csv readCsvText(const std::string& text)
{
    const fs::path path = tempDir() / "sweep.csv";
    writeFile(path, text);
    return readCsv(path.string());
}

TEST(PostieCli, SweepCsvHasAHeaderAndOneLinePerCombination)
{
    const Result r = cli("sweep " + testData("rush_hour.yaml") +
                         " --set smtp.sender.test.workers=1,2 --set 'smtp.sender.test.service=exp(2s),uniform(1s, 3s)' "
                         "--runs 2 --csv");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_EQ(lines(r.out).at(0),
              "smtp.sender.test.workers,smtp.sender.test.service,runs,mean_s,p95_s,delivered,bounced");
    EXPECT_EQ(lines(r.out).at(2).rfind("1,\"uniform(1s, 3s)\",2,", 0), 0u) << r.out;  // quoted: it holds a comma
    const Csv csv = readCsvText(r.out);
    ASSERT_EQ(csv.rows.size(), 4u);  // 2 x 2, the first parameter changing slowest
    EXPECT_EQ(csv.rows[0].at("smtp.sender.test.workers"), "1");
    EXPECT_EQ(csv.rows[1].at("smtp.sender.test.workers"), "1");
    EXPECT_EQ(csv.rows[2].at("smtp.sender.test.workers"), "2");
    EXPECT_EQ(csv.rows[0].at("smtp.sender.test.service"), "exp(2s)");
}

TEST(PostieCli, SweepShowsThatFewerClerksMeanLongerWaitsInARushHour)
{
    // FILE may come after the options too.
    const Result r = cli("sweep --set smtp.sender.test.workers=1,2 --runs 4 --csv " + testData("rush_hour.yaml"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const Csv csv = readCsvText(r.out);
    ASSERT_EQ(csv.rows.size(), 2u);
    EXPECT_GT(std::stod(csv.rows[0].at("mean_s")), 1.5 * std::stod(csv.rows[1].at("mean_s"))) << r.out;
    EXPECT_GT(std::stod(csv.rows[0].at("p95_s")), std::stod(csv.rows[1].at("p95_s"))) << r.out;
    EXPECT_EQ(csv.rows[0].at("delivered"), csv.rows[1].at("delivered"));  // the same letters, the same seeds
}

TEST(PostieCli, SweepRunsSeedsSeedSeedPlusOneAndAveragesThem)
{
    // rush_hour.yaml already has one clerk and seed 3: the sweep's two runs are seeds 3 and 4.
    const Result r = cli("sweep " + testData("rush_hour.yaml") + " --set smtp.sender.test.workers=1 --runs 2 --csv");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const Csv csv = readCsvText(r.out);
    ASSERT_EQ(csv.rows.size(), 1u);
    double mean = 0, p95 = 0, delivered = 0;
    for (int seed : {3, 4}) {
        const std::string path = (tempDir() / ("seed" + std::to_string(seed) + ".json")).string();
        ASSERT_EQ(cli("run --quiet --seed " + std::to_string(seed) + " --summary " + path + " " + testData("rush_hour.yaml"))
                      .exitCode,
                  0);
        std::ifstream in(path);
        const auto j = nlohmann::json::parse(in);
        mean += j["latency_s"]["mean"].get<double>() / 2;
        p95 += j["latency_s"]["p95"].get<double>() / 2;
        delivered += j["messages"]["delivered"].get<double>() / 2;
    }
    EXPECT_NEAR(std::stod(csv.rows[0].at("mean_s")), mean, 0.0005);
    EXPECT_NEAR(std::stod(csv.rows[0].at("p95_s")), p95, 0.0005);
    EXPECT_NEAR(std::stod(csv.rows[0].at("delivered")), delivered, 0.05);
}

TEST(PostieCli, SweepOutputDoesNotDependOnTheNumberOfJobs)
{
    const std::string args = "sweep " + testData("rush_hour.yaml") +
                             " --set smtp.sender.test.workers=1,2,3 --set seed=1,9 --runs 3";
    const Result one = cli(args + " --jobs 1");
    const Result two = cli(args + " --jobs 2");
    const Result many = cli(args + " --jobs 5");
    ASSERT_EQ(one.exitCode, 0) << one.out;
    EXPECT_EQ(lines(one.out).size(), 7u);
    EXPECT_EQ(one.out, two.out);
    EXPECT_EQ(one.out, many.out);
}

TEST(PostieCli, SweepRefusesAnUnknownStationOrKeyAsAUsageError)
{
    const Result station = cli("sweep " + testData("rush_hour.yaml") + " --set smtp.sender.tst.workers=1,2");
    EXPECT_EQ(station.exitCode, 2);
    EXPECT_NE(station.out.find("no station \"smtp.sender.tst\"; did you mean \"smtp.sender.test\"?"), std::string::npos)
        << station.out;
    const Result key = cli("sweep " + testData("rush_hour.yaml") + " --set smtp.sender.test.wrkers=1,2");
    EXPECT_EQ(key.exitCode, 2);
    EXPECT_NE(key.out.find("has no key \"wrkers\"; did you mean \"workers\"?"), std::string::npos) << key.out;
    EXPECT_EQ(cli("sweep " + testData("rush_hour.yaml") + " --set workers").exitCode, 2);
    EXPECT_EQ(cli("sweep " + testData("rush_hour.yaml")).exitCode, 2);  // --set is required
    EXPECT_EQ(cli("sweep " + testData("rush_hour.yaml") + " --set seed=1 --runs 0").exitCode, 2);
    const Result huge = cli("sweep " + testData("rush_hour.yaml") + " --set seed=1,2,3,4 --runs 999999");
    EXPECT_EQ(huge.exitCode, 2);
    EXPECT_NE(huge.out.find("3999996 runs"), std::string::npos) << huge.out;
}

TEST(PostieCli, SweepReportsABadValueWhereItStandsInTheFile)
{
    const Result r = cli("sweep " + testData("rush_hour.yaml") + " --set smtp.sender.test.workers=2,lots");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("with smtp.sender.test.workers=lots"), std::string::npos) << r.out;
    // The line of smtp.sender.test in the file, and the column where its workers value stands.
    std::ifstream in(testData("rush_hour.yaml"));
    std::string line;
    int number = 0, column = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.find("id: smtp.sender.test") != std::string::npos) {
            column = int(line.find("workers: ") + 9 + 1);
            break;
        }
    }
    ASSERT_GT(column, 0);
    EXPECT_NE(r.out.find(testData("rush_hour.yaml") + ":" + std::to_string(number) + ":" + std::to_string(column) +
                         ": error:"),
              std::string::npos)
        << r.out;
}

TEST(PostieCli, SameSeedGivesAByteIdenticalTrace)
{
    const fs::path dir = tempDir();
    const std::string a = (dir / "a.jsonl").string(), b = (dir / "b.jsonl").string();
    ASSERT_EQ(cli("run --quiet --trace " + a + " " + lesson("01-first-email.yaml")).exitCode, 0);
    ASSERT_EQ(cli("run --quiet --trace " + b + " " + lesson("01-first-email.yaml")).exitCode, 0);
    std::ifstream fa(a), fb(b);
    std::stringstream sa, sb;
    sa << fa.rdbuf();
    sb << fb.rdbuf();
    EXPECT_FALSE(sa.str().empty());
    EXPECT_EQ(sa.str(), sb.str());
}

// A town where broken.test's servers fail and two sorting stations relay to each other. The
// relays have a directory of their own: the sender's, behind its post office, is out of
// their reach (only routers pass traffic on).
const char* const kBrokenTown = R"~(format: postie/1
dns:
  - {name: broken.test, type: SERVFAIL}
  - {name: loop.test, type: MX, preference: 10, host: mx1.loop.test}
  - {name: mx1.loop.test, type: A, address: 192.0.2.1}
  - {name: mx2.loop.test, type: A, address: 192.0.2.2}
  - {name: sender.test, type: MX, preference: 10, host: mx.sender.test}
  - {name: mx.sender.test, type: A, address: 192.0.2.3}
stations:
  - {id: alice, kind: client, user: alice@sender.test, submit_to: smtp.sender.test}
  - {id: smtp.sender.test, kind: outgoing}
  - {id: dns.sender.test, kind: resolver}
  - {id: mx1.loop.test, kind: incoming, accepts: [loop.test], relay_to: mx2.loop.test}
  - {id: mx2.loop.test, kind: incoming, accepts: [loop.test], relay_to: mx1.loop.test}
  - {id: dns.loop.test, kind: resolver}
  - {id: mx.sender.test, kind: incoming, accepts: [sender.test], deliver_to: box.sender.test}
  - {id: box.sender.test, kind: mailbox, users: [alice@sender.test]}
roads:
  - {between: [alice, smtp.sender.test], latency: 10ms}
  - {between: [smtp.sender.test, dns.sender.test], latency: 1ms}
  - {between: [smtp.sender.test, mx1.loop.test], latency: 10ms}
  - {between: [mx1.loop.test, mx2.loop.test], latency: 10ms}
  - {between: [mx1.loop.test, dns.loop.test], latency: 1ms}
  - {between: [mx2.loop.test, dns.loop.test], latency: 1ms}
  - {between: [smtp.sender.test, mx.sender.test], latency: 10ms}
  - {between: [mx.sender.test, box.sender.test], latency: 1ms}
mail:
  - {at: 0s, from: alice@sender.test, to: [bob@broken.test], subject: "Broken"}
  - {at: 0s, from: alice@sender.test, to: [bob@loop.test], subject: "Loop"}
)~";

TEST(PostieCli, RunTellsOfABrokenDirectoryAndOfAMailLoopStoppedAtTheHopLimit)
{
    const fs::path dir = tempDir();
    const std::string town = writeFile(dir / "broken-town.yaml", kBrokenTown);
    ASSERT_EQ(cli("check " + town).exitCode, 0) << cli("check " + town).out;
    const std::string tracePath = (dir / "broken-town.jsonl").string();
    const Result r = cli("run --until 11m --trace " + tracePath + " " + town);
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("answers: the office for broken.test does not reply, try again later (SERVFAIL)"),
              std::string::npos) << r.out;
    EXPECT_NE(r.out.find("554 5.4.6 Too many hops: 50 Received lines"), std::string::npos);
    std::ifstream in(tracePath);
    std::string line;
    int servfails = 0, hopRefusals = 0;
    while (std::getline(in, line)) {
        const auto j = nlohmann::json::parse(line);
        if (j["type"] == "dns.answer" && j.value("rcode", "") == "SERVFAIL") ++servfails;
        if (j["type"] == "smtp.reply" && j.value("code", 0) == 554 && j.value("enhanced", "") == "5.4.6") ++hopRefusals;
    }
    // The first attempt, and the retry due 300 s later, just after the queue scan at 300 s:
    // it goes at the scan at 600 s (Postfix's queue_run_delay).
    EXPECT_EQ(servfails, 2);
    EXPECT_EQ(hopRefusals, 1);
}

} // namespace

namespace {

// Lesson 3's town with a lesson: the only sorting station is closed for 40 minutes.
std::string closedStationLesson()
{
    std::ifstream in(lesson("03-server-down-retries.yaml"));
    std::stringstream text;
    text << in.rdbuf();
    std::string yaml = text.str();
    // The bundled lesson may carry a lesson of its own: keep the town, put this one instead.
    if (auto at = yaml.find("\nlesson:"); at != std::string::npos) yaml.resize(at + 1);
    return yaml + R"(lesson:
  goals: ["A closed station costs time, not the letter."]
  stops:
    - when: {event: connect.failed, message: m1}
      say: Nobody opens the door.
      ask: How long until the post office knocks again?
      answer: wait
      reveal: {event: smtp.connect, message: m1, station: smtp.sender.test}
      choices: [1m, 5m, 10m, 1h]
      why: Postfix waits at least 5 minutes and looks through its depot every 5 minutes.
    - when: {event: smtp.reply, code: 421}
  recap: [The letter waited in the depot.]
)";
}

TEST(PostieCliLesson, RunTellsTheGoalsEachStopWithItsQuestionAndTheRecapButNotTheAnswers)
{
    const std::string file = writeFile(tempDir() / "lesson.yaml", closedStationLesson());
    const Result r = cli("run " + file);
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("Lesson goals\n  - A closed station costs time, not the letter.\n"), std::string::npos) << r.out;
    const auto stop = r.out.find(">> Stop 1 of 2: Nobody opens the door.");
    ASSERT_NE(stop, std::string::npos) << r.out;
    // The stop follows the line of its event: the refused knock.
    const auto lineStart = r.out.rfind('\n', r.out.rfind('\n', stop) - 1);
    EXPECT_NE(r.out.substr(lineStart, stop - lineStart).find("connection refused"), std::string::npos)
        << r.out.substr(lineStart, stop - lineStart);
    EXPECT_NE(r.out.find("Question: How long until the post office knocks again?\n"), std::string::npos);
    EXPECT_NE(r.out.find("c) 10 min\n"), std::string::npos);
    EXPECT_NE(r.out.find("d) 1 h\n"), std::string::npos);
    EXPECT_EQ(r.out.find("<< Answer"), std::string::npos) << "the answers wait for --answers";
    EXPECT_NE(r.out.find("Stop 2 never came in this run: no smtp.reply"), std::string::npos);
    EXPECT_NE(r.out.find("Recap\n  - The letter waited in the depot.\n"), std::string::npos);
}

TEST(PostieCliLesson, AnswersTellsTheRevealedAnswerWhereTheRunRevealsItAndWhy)
{
    const std::string file = writeFile(tempDir() / "lesson.yaml", closedStationLesson());
    const Result r = cli("run " + file + " --answers");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const auto answer = r.out.find("<< Answer to stop 1: 10 min, so c) is right.");
    ASSERT_NE(answer, std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Why: Postfix waits at least 5 minutes", answer), std::string::npos);
    // Revealed at the second knock, at 09:10, not before.
    const auto lineStart = r.out.rfind('\n', r.out.rfind('\n', answer) - 1);
    EXPECT_EQ(r.out.substr(lineStart + 1, 5), "09:10") << r.out.substr(lineStart, answer - lineStart);
}

TEST(PostieCliLesson, QuietTellsNoLesson)
{
    const std::string file = writeFile(tempDir() / "lesson.yaml", closedStationLesson());
    const Result r = cli("run " + file + " --quiet --answers");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_EQ(r.out, "");
}

} // namespace
