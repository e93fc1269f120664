// StationStory folds one station's records up to a moment: depot, retries, DNS cache with its
// TTLs, PO boxes and counters.
#include "replay/replay_test_support.h"
#include "replay/record_index.h"
#include "replay/station_story.h"

#include "mail/resolver_station.h"

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

StationStory stationAt(const HeadlessRun& run, const ScenarioSpec&, const std::string& id, std::size_t cursor)
{
    RecordIndex index;
    index.update(run.records);
    StationStory story(id);
    for (std::uint32_t p : index.station(id)) {
        if (p >= cursor) break;
        const auto& record = run.records[p];
        story.apply(record);
    }
    return story;
}

ScenarioSpec specOf(const QString& lesson)
{
    const LoadResult loaded = loadScenarioFile(lessonPath(lesson).toStdString());
    EXPECT_TRUE(loaded.ok());
    return *loaded.spec;
}

TEST(StationStory, TheResolverCachesEachAnswerForItsTtl)
{
    const QString lesson = QStringLiteral("01-first-email.yaml");
    const HeadlessRun run = runHeadless(lessonPath(lesson));
    const ScenarioSpec spec = specOf(lesson);
    const StationStory start = stationAt(run, spec, "dns.sender.test", 0);
    EXPECT_TRUE(start.cache().empty());
    const StationStory end = stationAt(run, spec, "dns.sender.test", run.records.size());
    ASSERT_EQ(end.cache().size(), 2u);
    const CacheEntry& mx = end.cache().at({"example.org", DnsType::MX});
    EXPECT_EQ(mx.records, std::vector<std::string>{"example.org MX 10 mx1.example.org"});
    EXPECT_EQ(mx.expiresUs - mx.storedUs, 3600'000'000);  // ttl: 1h in the lesson
    EXPECT_EQ(end.counters().cacheMisses, 2u);
    EXPECT_EQ(end.counters().dnsAnswered, 2u);
}

TEST(StationStory, TheCacheShowsTheExpiryTheResolverItselfKeeps)
{
    // A short TTL on the MX record: the story shows the expiry the engine's cache holds for
    // each answer (none of its own TTL rules), 42 s after the MX answer and 1 h after the A one.
    ScenarioSpec spec = specOf(QStringLiteral("01-first-email.yaml"));
    for (auto& record : spec.dns)
        if (record.type == DnsRecordSpec::Type::MX) record.ttl = SimTime::fromSeconds(42);
    ScenarioRun run(spec);
    MemoryRecorder trace;
    run.world().addSink(&trace);
    run.start();
    run.runToEnd();
    const auto* resolver = dynamic_cast<const ResolverStation*>(run.world().findStation("dns.sender.test"));
    ASSERT_NE(resolver, nullptr);

    StationStory story("dns.sender.test");
    for (const auto& record : trace.records()) story.apply(record);
    ASSERT_EQ(story.cache().size(), resolver->cache().size());
    for (const auto& [key, kept] : resolver->cache()) {
        const CacheEntry& shown = story.cache().at(key);
        EXPECT_EQ(shown.expiresUs, kept.expires.micros()) << key.first;
    }
    const CacheEntry& mx = story.cache().at({"example.org", DnsType::MX});
    EXPECT_EQ(mx.expiresUs - mx.storedUs, 42'000'000);
    const CacheEntry& a = story.cache().at({"mx1.example.org", DnsType::A});
    EXPECT_EQ(a.expiresUs - a.storedUs, 3600'000'000);
}

TEST(StationStory, ThePoBoxHoldsTheLetterFromTheMomentItIsStored)
{
    const QString lesson = QStringLiteral("07-several-recipients.yaml");
    const HeadlessRun run = runHeadless(lessonPath(lesson));
    const ScenarioSpec spec = specOf(lesson);
    std::size_t stored = 0;
    while (stored < run.records.size() && run.records[stored].type != EventType::MailboxStored) ++stored;
    ASSERT_LT(stored, run.records.size());
    EXPECT_TRUE(stationAt(run, spec, "box.example.org", stored).mailboxes().empty());
    const StationStory end = stationAt(run, spec, "box.example.org", run.records.size());
    ASSERT_EQ(end.mailboxes().size(), 3u);  // bob, carol, dave; carl does not live there
    const auto& bob = end.mailboxes().at("bob@example.org");
    ASSERT_EQ(bob.size(), 1u);
    EXPECT_EQ(bob[0].message, "m1");
    EXPECT_EQ(bob[0].subject, "Lunch on Friday?");
    EXPECT_EQ(end.counters().stored, 3u);
}

TEST(StationStory, ALetterAPop3DeviceTookHomeLeavesThePoBoxAndAnImapReadOneStays)
{
    const QString lesson = QStringLiteral("06-pop3-versus-imap.yaml");
    const HeadlessRun run = runHeadless(lessonPath(lesson));
    const ScenarioSpec spec = specOf(lesson);
    std::size_t removal = 0;
    while (removal < run.records.size() && run.records[removal].type != EventType::MailboxRemoved) ++removal;
    ASSERT_LT(removal, run.records.size());
    const StationStory before = stationAt(run, spec, "box.example.org", removal);
    const auto& letters = before.mailboxes().at("bob@example.org");
    ASSERT_EQ(letters.size(), 2u);
    EXPECT_EQ(letters[0].fetchedBy, "bob-phone");  // read by IMAP at 09:04, still there
    EXPECT_EQ(letters[0].fetchedHow, MailAccess::Imap);
    const StationStory end = stationAt(run, spec, "box.example.org", run.records.size());
    EXPECT_TRUE(end.mailboxes().at("bob@example.org").empty());
    EXPECT_EQ(end.counters().stored, 2u);
    EXPECT_EQ(end.counters().removed, 2u);
}

TEST(StationStory, TheDepotShowsTheLettersWaitingAtThatMoment)
{
    const QString lesson = QStringLiteral("01-first-email.yaml");
    const HeadlessRun run = runHeadless(lessonPath(lesson));
    const ScenarioSpec spec = specOf(lesson);
    std::size_t enter = 0;
    while (run.records[enter].type != EventType::QueueEnter) ++enter;
    const std::string at = run.records[enter].station;
    const StationStory waiting = stationAt(run, spec, at, enter + 1);
    ASSERT_EQ(waiting.depot().size(), 1u);
    EXPECT_EQ(waiting.depot().begin()->second.message, "m1");
    EXPECT_TRUE(stationAt(run, spec, at, enter + 2).depot().empty());  // a clerk took it
    EXPECT_EQ(stationAt(run, spec, at, enter + 2).counters().served, 1u);
}

TEST(StationStory, ADeferredLetterWaitsForItsNextRoundUntilTheRetryTime)
{
    const QString lesson = QStringLiteral("03-server-down-retries.yaml");
    const HeadlessRun run = runHeadless(lessonPath(lesson));
    const ScenarioSpec spec = specOf(lesson);
    std::size_t deferred = 0;
    while (deferred < run.records.size() && run.records[deferred].type != EventType::DeliveryDeferred) ++deferred;
    ASSERT_LT(deferred, run.records.size());
    const auto& record = run.records[deferred];
    const StationStory story = stationAt(run, spec, record.station, deferred + 1);
    ASSERT_EQ(story.waitingAt(record.time.micros()).size(), 1u);
    EXPECT_EQ(story.waitingAt(record.time.micros())[0].retryUs, record.retryUs);
    EXPECT_TRUE(story.waitingAt(record.retryUs).empty());
    EXPECT_EQ(story.counters().deferrals, 1u);
}

} // namespace
} // namespace postie::gui
