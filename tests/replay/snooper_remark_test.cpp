// A snooper's remarks: what it read of a passing letter, or that it tore STARTTLS off an
// answer, for the speech bubble beside it on the map.
#include "replay/replay_test_support.h"
#include "replay/snooper_remark.h"

#include <QTest>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

QString dataPath(const char* file) { return QStringLiteral(POSTIE_TEST_DATA_DIR "/") + QLatin1String(file); }

// The first record of a type about `message` in the session's records, as its position.
std::size_t positionOf(const TraceView& records, EventType type, const std::string& message)
{
    for (std::size_t i = 0; i < records.size(); ++i)
        if (records.type(i) == type && records.message(i) == message) return i;
    return records.size();
}

TEST(SnooperRemark, APostcardGivesItsSubjectAndTextALockedBoxOnlyItsSubject)
{
    ScenarioSession session;
    ASSERT_TRUE(session.open(dataPath("tls_stripped.yaml")).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 30000));
    const TraceView records = session.records();

    const std::size_t postcard = positionOf(records, EventType::LetterRead, "m1");
    ASSERT_LT(postcard, records.size());
    const auto m1 = remarkOf(records[postcard]);
    ASSERT_TRUE(m1);
    EXPECT_EQ(m1->kind, SnooperRemark::Kind::Read);
    EXPECT_EQ(m1->seal, Seal::Postcard);
    EXPECT_EQ(m1->subject, "Hi");
    EXPECT_EQ(m1->text, "Secret plans");

    const std::size_t box = positionOf(records, EventType::LetterRead, "m2");
    ASSERT_LT(box, records.size());
    const auto m2 = remarkOf(records[box]);
    ASSERT_TRUE(m2);
    EXPECT_EQ(m2->seal, Seal::LockedBox);
    EXPECT_EQ(m2->subject, "Account");
    EXPECT_EQ(m2->text, "") << "the locked text is not the text";

    const std::size_t torn = positionOf(records, EventType::TlsStripped, "m1");
    ASSERT_LT(torn, records.size());
    EXPECT_EQ(remarkOf(records[torn])->kind, SnooperRemark::Kind::Stripped);
}

TEST(SnooperRemark, ShowsAtTheSnooperForItsWindowThenIsGone)
{
    ScenarioSession session;
    ASSERT_TRUE(session.open(dataPath("tls_stripped.yaml")).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 30000));
    const TraceView records = session.records();
    const std::size_t read = positionOf(records, EventType::LetterRead, "m1");
    ASSERT_LT(read, records.size());
    const std::int64_t at = records.timeUs(read);
    const std::int64_t window = 50'000;

    EXPECT_TRUE(remarksAt(records, read, at, window).empty()) << "not before it reads";

    const auto now = remarksAt(records, read + 1, at + window / 2, window);
    ASSERT_EQ(now.count("eve"), 1u);
    EXPECT_EQ(now.at("eve").kind, SnooperRemark::Kind::Read);
    EXPECT_EQ(now.at("eve").subject, "Hi");
    EXPECT_DOUBLE_EQ(now.at("eve").age, 0.5);

    EXPECT_TRUE(remarksAt(records, read + 1, at + window, window).empty());
}

TEST(SnooperRemark, ASealedEnvelopeIsSeenButNotRead)
{
    ScenarioSession session;
    ASSERT_TRUE(session.open(dataPath("tls_snooper.yaml")).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 30000));
    const TraceView records = session.records();
    for (const char* message : {"m1", "m2"}) {  // a postcard and a locked box, both in TLS
        const std::size_t read = positionOf(records, EventType::LetterRead, message);
        ASSERT_LT(read, records.size()) << message;
        const auto remark = remarkOf(records[read]);
        ASSERT_TRUE(remark);
        EXPECT_EQ(remark->seal, Seal::Envelope) << message;
        EXPECT_TRUE(remark->subject.empty()) << message;
        EXPECT_TRUE(remark->text.empty()) << message;
    }
}

} // namespace
} // namespace postie::gui
