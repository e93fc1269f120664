// RecordIndex: positions of each message's and station's records, grown as records arrive.
#include "replay/record_index.h"
#include "replay/replay_test_support.h"

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

TEST(RecordIndex, GrowingInSlicesGivesTheSamePositionsAsOneGo)
{
    const HeadlessRun run = runHeadless(lessonPath(QStringLiteral("07-several-recipients.yaml")));
    RecordIndex whole;
    whole.update(run.records);
    RecordIndex sliced;
    std::vector<TraceRecord> arriving;
    for (const auto& record : run.records) {
        arriving.push_back(record);
        if (arriving.size() % 7 == 0) sliced.update(arriving);
    }
    sliced.update(arriving);
    EXPECT_EQ(sliced.indexed(), run.records.size());
    for (const char* id : {"m1", "m2"}) EXPECT_EQ(sliced.message(id), whole.message(id)) << id;
    for (const char* id : {"smtp.sender.test", "dns.sender.test", "box.example.org"})
        EXPECT_EQ(sliced.station(id), whole.station(id)) << id;
    for (std::uint32_t p : whole.message("m1")) {
        const auto& r = run.records[p];
        EXPECT_TRUE(r.message == "m1" || r.original == "m1") << p;
    }
    EXPECT_TRUE(whole.message("m99").empty());
}

TEST(RecordIndex, FewerRecordsThanBeforeMeanAnotherRunAndStartAfresh)
{
    const HeadlessRun run = runHeadless(lessonPath(QStringLiteral("01-first-email.yaml")));
    RecordIndex index;
    index.update(run.records);
    const std::vector<TraceRecord> shorter(run.records.begin(), run.records.begin() + 10);
    index.update(shorter);
    EXPECT_EQ(index.indexed(), 10u);
    for (std::uint32_t p : index.message("m1")) EXPECT_LT(p, 10u);
}

} // namespace
} // namespace postie::gui
