// The PO boxes hand letters to devices as the protocols say: POP3 downloads (RETR), marks
// for deletion (DELE) and removes at QUIT (RFC 1939 §6); POP3 with leave_on_server and IMAP
// leave the letter in the box, IMAP marking it \Seen (RFC 9051 §6.4.5).
#include "mail/mailbox_store.h"
#include "scenario/scenario_run.h"
#include "support/spec_builder.h"
#include "support/trace_query.h"
#include "trace/narrator.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

using namespace postie::testing;

SimTime s(double seconds) { return SimTime::fromMicros(std::int64_t(seconds * 1e6)); }

// bob's device reads box.example.org over a 30 ms road and checks every 10 minutes.
ScenarioSpec bobReads(CheckSpec::Protocol protocol, bool leaveOnServer = false)
{
    ScenarioSpec spec = twoMxTown();
    for (auto& st : spec.stations)
        if (st.id == "bob") {
            st.check.protocol = protocol;
            st.check.leaveOnServer = leaveOnServer;
        }
    spec.letters = {letter(s(0), {"bob@example.org"}), letter(s(1), {"bob@example.org"})};
    return spec;
}

struct BoxRun {
    Records records;
    std::size_t lettersInBox = 0;
    std::uint64_t held = 0;
    bool allSeen = true;
    std::uint64_t changes = 0;
};

BoxRun runBox(const ScenarioSpec& spec, std::optional<SimTime> until = std::nullopt)
{
    ScenarioRun run(spec);
    MemoryRecorder recorder;
    run.world().addSink(&recorder);
    run.start();
    run.runToEnd(until);
    BoxRun out{recorder.records()};
    auto* store = dynamic_cast<MailboxStore*>(run.world().findStation("box.example.org"));
    const auto& box = store->boxes().at("bob@example.org");
    out.lettersInBox = box.letters.size();
    out.held = box.held();
    for (const auto& l : box.letters) out.allSeen = out.allSeen && l.seen;
    out.changes = store->changes();
    return out;
}

// What a live IMAP view watches to know the boxes moved on: each letter filed, first seen or
// removed counts once; a device reading a letter again changes nothing.
TEST(MailboxStore, CountsEveryChangeAMailProgramWouldSee)
{
    EXPECT_EQ(runBox(bobReads(CheckSpec::Protocol::Imap)).changes, 4u);         // 2 filed, 2 seen
    EXPECT_EQ(runBox(bobReads(CheckSpec::Protocol::Pop3)).changes, 6u);         // and 2 removed at QUIT
    EXPECT_EQ(runBox(bobReads(CheckSpec::Protocol::Pop3, true)).changes, 4u);   // left on the server
    EXPECT_EQ(runBox(bobReads(CheckSpec::Protocol::Imap), s(1)).changes, 1u);   // the first one filed
    EXPECT_EQ(runBox(bobReads(CheckSpec::Protocol::Imap), s(60)).changes, 2u);  // both, not yet read
}

TEST(MailboxStore, APop3DeviceTakesTheLettersHomeAndTheBoxIsEmptyAfterQuit)
{
    const BoxRun r = runBox(bobReads(CheckSpec::Protocol::Pop3));
    EXPECT_EQ(r.lettersInBox, 0u);
    EXPECT_EQ(r.held, 0u);
    const auto fetched = ofType(r.records, EventType::MailboxFetched);
    ASSERT_EQ(fetched.size(), 2u);
    for (const auto* f : fetched) EXPECT_EQ(f->access, MailAccess::Pop3);
    const auto removed = ofType(r.records, EventType::MailboxRemoved);
    ASSERT_EQ(removed.size(), 2u);
    EXPECT_EQ(removed[0]->message, "m1");
    EXPECT_EQ(removed[1]->message, "m2");
    for (const auto* x : removed) {
        EXPECT_EQ(x->station, "box.example.org");
        EXPECT_EQ(x->peer, "bob");
        EXPECT_EQ(x->mailbox, "bob@example.org");
        EXPECT_EQ(x->access, MailAccess::Pop3);
        // The poll at 600 s reaches the store at 600.03 s; the letters reach bob at 600.06 s and
        // his QUIT comes back at 600.09 s: only then are they deleted (UPDATE state).
        EXPECT_EQ(x->time, s(600.09));
        EXPECT_GT(x->time, fetched[1]->time);
    }
    EXPECT_EQ(removed[0]->queueLength, 1);  // m2 still there
    EXPECT_EQ(removed[1]->queueLength, 0);
}

TEST(MailboxStore, APop3LetterStaysInTheBoxUntilTheDeviceSaysQuit)
{
    const BoxRun r = runBox(bobReads(CheckSpec::Protocol::Pop3), s(600.08));  // downloaded, no QUIT yet
    EXPECT_EQ(ofType(r.records, EventType::MailboxFetched).size(), 2u);
    EXPECT_TRUE(ofType(r.records, EventType::MailboxRemoved).empty());
    EXPECT_EQ(r.lettersInBox, 2u);
}

TEST(MailboxStore, ARunWithoutUntilGoesOnUntilThePop3QuitHasRemovedTheLetters)
{
    const BoxRun r = runBox(bobReads(CheckSpec::Protocol::Pop3));
    ASSERT_FALSE(r.records.empty());
    EXPECT_EQ(r.records.back().type, EventType::MailboxRemoved);
}

TEST(MailboxStore, APop3SessionWhoseRoadDropsBeforeQuitDeletesNothing)
{
    ScenarioSpec spec = bobReads(CheckSpec::Protocol::Pop3);
    IncidentSpec cut;
    cut.at = s(600.07);  // after the letters reached bob, before his QUIT reaches the store
    cut.road = {"box.example.org", "bob"};
    cut.duration = s(60);
    spec.incidents = {cut};
    const BoxRun r = runBox(spec, s(700));
    EXPECT_EQ(ofType(r.records, EventType::MailboxFetched).size(), 2u);
    EXPECT_TRUE(ofType(r.records, EventType::MailboxRemoved).empty());
    EXPECT_EQ(r.lettersInBox, 2u);
}

TEST(MailboxStore, Pop3WithLeaveOnServerDownloadsEachLetterOnceAndLeavesItInTheBox)
{
    const BoxRun r = runBox(bobReads(CheckSpec::Protocol::Pop3, true), s(1300));  // two polls
    EXPECT_EQ(ofType(r.records, EventType::MailboxFetched).size(), 2u);
    EXPECT_EQ(ofType(r.records, EventType::MailboxCheck).size(), 2u);
    EXPECT_TRUE(ofType(r.records, EventType::MailboxRemoved).empty());
    EXPECT_EQ(r.lettersInBox, 2u);
    EXPECT_EQ(r.held, 2u);
}

TEST(MailboxStore, AnImapDeviceReadsACopyMarksItSeenAndTheLetterStays)
{
    const BoxRun r = runBox(bobReads(CheckSpec::Protocol::Imap), s(1300));
    const auto fetched = ofType(r.records, EventType::MailboxFetched);
    ASSERT_EQ(fetched.size(), 2u);
    for (const auto* f : fetched) EXPECT_EQ(f->access, MailAccess::Imap);
    EXPECT_TRUE(ofType(r.records, EventType::MailboxRemoved).empty());
    EXPECT_EQ(r.lettersInBox, 2u);
    EXPECT_TRUE(r.allSeen);
}

TEST(MailboxStore, TheNarratorTellsTheRemovalInPostalWordsWithTheProtocolWord)
{
    const BoxRun r = runBox(bobReads(CheckSpec::Protocol::Pop3));
    const Narrator narrator({{"bob", {"client", "Bob's desktop"}}, {"box.example.org", {"mailbox", ""}}},
                            std::nullopt);
    const auto removed = ofType(r.records, EventType::MailboxRemoved);
    ASSERT_EQ(removed.size(), 2u);
    EXPECT_EQ(narrator.tell(*removed[1]),
              "Bob's desktop has taken letter m2 home: it is taken out of bob@example.org's PO box in the PO "
              "boxes at box.example.org, and the PO box is empty (POP3 DELE, removed at QUIT)");
    EXPECT_EQ(narrator.tell(*ofType(r.records, EventType::MailboxFetched)[0]),
              "Bob's desktop takes letter m1 home (POP3 RETR)");
}

// A long run's PO box remembers its newest 1,000 letters per user (the counts stay right); a run
// whose mailboxes are looked at (exported, served over IMAP) keeps every one, as a real one does.
TEST(MailboxStore, ABoxRemembersItsNewestThousandLettersUnlessEveryOneIsKept)
{
    ScenarioSpec spec = twoMxTown();
    for (auto& st : spec.stations)
        if (st.id == "bob") st.check.protocol = CheckSpec::Protocol::Imap;
    for (int i = 0; i < 1100; ++i) spec.letters.push_back(letter(s(i), {"bob@example.org"}));
    for (const bool keepAll : {false, true}) {
        ScenarioRun run(spec);
        if (keepAll) run.world().keepEveryLetter();
        run.runToEnd();
        auto* store = dynamic_cast<MailboxStore*>(run.world().findStation("box.example.org"));
        const auto& box = store->boxes().at("bob@example.org");
        EXPECT_EQ(box.held(), 1100u);
        EXPECT_EQ(box.letters.size(), keepAll ? 1100u : World::kKeepPerUser);
        EXPECT_EQ(box.letters.back().message->subject, spec.letters.back().subject);
    }
}

} // namespace
} // namespace postie
