// The PO box's clerks: a mailbox store's workers and service time are real. Each LMTP delivery
// waits for a free clerk, is filed for a service time, and only then gets its replies
// (RFC 2033 §4.2), as the sorting stations' depots work.
#include "mail/world.h"
#include "support/recorded_run.h"
#include "support/spec_builder.h"
#include "support/trace_query.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace postie {
namespace {

using namespace postie::testing;

const auto ms = [](std::int64_t n) { return SimTime::fromMillis(n); };

// Two letters for bob at the same moment through the simple chain; the box's clerks as given.
ScenarioSpec twoLetters(int workers, Distribution service)
{
    ScenarioSpec spec = simpleChain(ms(10));
    for (auto& st : spec.stations)
        if (st.kind == StationKind::Mailbox) {
            st.workers = workers;
            st.service = service;
        }
    spec.letters = {letter(SimTime::zero(), {"bob@example.org"}), letter(SimTime::zero(), {"bob@example.org"})};
    return spec;
}

std::vector<SimTime> storedTimes(const Records& records)
{
    std::vector<SimTime> out;
    for (const auto* r : ofType(records, EventType::MailboxStored)) out.push_back(r->time);
    return out;
}

TEST(MailboxClerks, FilingALetterTakesTheStoresServiceTime)
{
    const auto instant = runRecorded(twoLetters(2, Distribution::constant(SimTime::zero())));
    const auto slow = runRecorded(twoLetters(2, Distribution::constant(ms(50))));
    const auto before = storedTimes(instant.records), after = storedTimes(slow.records);
    ASSERT_EQ(before.size(), 2u);
    ASSERT_EQ(after.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) EXPECT_EQ(after[i] - before[i], ms(50)) << i;
    EXPECT_EQ(slow.summary.delivered, 2u);
}

TEST(MailboxClerks, OneClerkFilesOneLetterAtATime)
{
    const auto one = runRecorded(twoLetters(1, Distribution::constant(ms(50))));
    const auto two = runRecorded(twoLetters(2, Distribution::constant(ms(50))));
    const auto byOne = storedTimes(one.records), byTwo = storedTimes(two.records);
    ASSERT_EQ(byOne.size(), 2u);
    ASSERT_EQ(byTwo.size(), 2u);
    EXPECT_GE(byOne[1] - byOne[0], ms(50));  // the second letter waited for the only clerk
    EXPECT_LT(byTwo[1] - byTwo[0], ms(50));  // two clerks file side by side
    // The wait shows in the depot: queue records at the store, and in its summary.
    const auto queued = select(one.records, [](const TraceRecord& r) {
        return r.type == EventType::QueueEnter && r.station == "box.example.org";
    });
    EXPECT_EQ(queued.size(), 2u);
    const StationSummary box = one.summary.stations.at("box.example.org");
    EXPECT_EQ(box.served, 2u);
    EXPECT_GE(box.maxQueue, 1u);
}

TEST(MailboxClerks, TheLmtpRepliesComeOnlyWhenTheLetterIsFiled)
{
    const auto run = runRecorded(twoLetters(1, Distribution::constant(ms(50))));
    SimTime firstStored = SimTime::max();
    for (const auto* r : ofType(run.records, EventType::MailboxStored)) firstStored = std::min(firstStored, r->time);
    for (const auto& r : run.records) {
        if (r.type != EventType::SmtpReply || r.station != "box.example.org" || r.code != 250) continue;
        if (r.replyText.find("Ok") == std::string::npos || r.replyText.find('<') == std::string::npos) continue;  // per-recipient
        EXPECT_GE(r.time, firstStored);
    }
}

TEST(MailboxClerks, AStoreThatClosesDropsTheDeliveriesWaitingForAClerkAndTheyComeAgain)
{
    ScenarioSpec spec = twoLetters(1, Distribution::constant(SimTime::fromSeconds(5)));
    IncidentSpec down;
    down.at = SimTime::fromSeconds(1);
    down.station = "box.example.org";
    down.duration = SimTime::fromSeconds(10);
    spec.incidents = {down};
    const auto run = runRecorded(spec);
    const auto lost = select(run.records, [](const TraceRecord& r) {
        return r.type == EventType::SmtpReply && r.station == "box.example.org" && r.code == 451;
    });
    EXPECT_EQ(lost.size(), 2u);  // the one being filed and the one waiting
    EXPECT_EQ(run.summary.delivered, 2u);  // both filed after a retry
}

} // namespace
} // namespace postie
