// postie-cli as a teacher or a script uses it: exit codes, the error format, narration, and
// the trace and summary files (Contract 2 and 3).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace {

namespace fs = std::filesystem;

struct Result {
    int exitCode = -1;
    std::string out;  // stdout and stderr together
};

Result cli(const std::string& args)
{
    const std::string command = std::string(POSTIE_CLI_PATH) + " " + args + " 2>&1";
    Result r;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return r;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
    const int status = pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string lesson(const std::string& name) { return std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name; }

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
    EXPECT_NE(r.out.find("picks up letter m1"), std::string::npos);
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
        }
    }
    for (const char* t : {"message.created", "road.depart", "road.arrive", "queue.enter", "queue.leave", "dns.query",
                          "dns.answer", "smtp.command", "smtp.reply", "mailbox.stored", "mailbox.fetched",
                          "message.final"})
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

// A town where broken.test's servers fail and two sorting stations relay to each other.
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
  - {id: mx.sender.test, kind: incoming, accepts: [sender.test], deliver_to: box.sender.test}
  - {id: box.sender.test, kind: mailbox, users: [alice@sender.test]}
roads:
  - {between: [alice, smtp.sender.test], latency: 10ms}
  - {between: [smtp.sender.test, dns.sender.test], latency: 1ms}
  - {between: [smtp.sender.test, mx1.loop.test], latency: 10ms}
  - {between: [mx1.loop.test, mx2.loop.test], latency: 10ms}
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
    const Result r = cli("run --until 10m --trace " + tracePath + " " + town);
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
    EXPECT_EQ(servfails, 2);  // the first attempt and the retry 300 s later (Postfix)
    EXPECT_EQ(hopRefusals, 1);
}

} // namespace
