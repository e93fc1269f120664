// Postal words or email words (View > Email words, E): the station cards, the caption and the
// event log switch, a scenario's own label stays with the email word beside it, and a
// station's tooltip always holds the other word.
#include "eventlog/event_log_model.h"
#include "gui_test_support.h"
#include "map/town_view.h"
#include "replay/vocabulary.h"
#include "shell/screenshot_job.h"
#include "trace/narrator.h"

#include <QAction>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

class EmailWords : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
        ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    }
    // Steps until the caption tells of a DNS MX question.
    void stepToTheMxQuestion()
    {
        PlaybackClock& clock = window.player().clock();
        for (int i = 0; i < 200 && !captionBarOf(window).caption().contains(QStringLiteral("which sorting station"));
             ++i)
            clock.step();
    }
    StationItem* postOffice() { return sceneOf(window).station(QStringLiteral("smtp.sender.test")); }

    MainWindow window;
};

TEST_F(EmailWords, EPutsTheEmailWordOnAStationAndItsTooltipKeepsThePostalOne)
{
    ASSERT_NE(postOffice(), nullptr);
    EXPECT_EQ(postOffice()->name(), QStringLiteral("Sender's post office"));
    EXPECT_TRUE(postOffice()->toolTip().contains(QStringLiteral("outgoing SMTP server (MSA)")))
        << postOffice()->toolTip().toStdString();

    QTest::keyClick(&viewOf(window), Qt::Key_E);
    EXPECT_TRUE(emailWordsActionOf(window)->isChecked());
    EXPECT_EQ(postOffice()->name(), QStringLiteral("Sender's post office — outgoing SMTP server (MSA)"))
        << "the scenario's own label stays, the kind in email words beside it";
    const QString tip = postOffice()->toolTip();
    EXPECT_TRUE(tip.contains(QStringLiteral("post office"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Sender's post office"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("smtp.sender.test")));
    EXPECT_EQ(sceneOf(window).station(QStringLiteral("dns.sender.test"))->name(),
              QStringLiteral("Postal-code directory — DNS resolver"));
    EXPECT_EQ(sceneOf(window).station(QStringLiteral("alice"))->name(), QStringLiteral("Alice's laptop"))
        << "a writer's device has its own name in both";

    QTest::keyClick(&viewOf(window), Qt::Key_E);
    EXPECT_EQ(postOffice()->name(), QStringLiteral("Sender's post office"));
    EXPECT_TRUE(postOffice()->toolTip().contains(QStringLiteral("outgoing SMTP server (MSA)")));
}

TEST_F(EmailWords, TheCaptionLeadsWithTheProtocolWordsAndStillTellsThePostalPicture)
{
    stepToTheMxQuestion();
    const QString sentence = captionBarOf(window).caption();
    ASSERT_TRUE(sentence.endsWith(QStringLiteral("(DNS MX query)"))) << sentence.toStdString();
    EXPECT_TRUE(captionBarOf(window).headline().isEmpty());
    EXPECT_TRUE(captionBarOf(window).tally().contains(QStringLiteral("Returned to sender")));

    QTest::keyClick(&viewOf(window), Qt::Key_E);
    EXPECT_EQ(captionBarOf(window).headline(), QStringLiteral("DNS MX query"));
    // At the story pace the other sentences of the same moment come before it.
    EXPECT_TRUE(captionBarOf(window).caption().endsWith(
        QStringLiteral("The outgoing SMTP server (MSA) smtp.sender.test asks the DNS resolver dns.sender.test "
                       "which incoming MX server serves example.org")))
        << "the caption speaks email words too: " << captionBarOf(window).caption().toStdString();
    EXPECT_TRUE(QString::fromStdString(window.player().frame().caption)
                    .endsWith(captionBarOf(window).caption().section(QStringLiteral(". "), -1) + QStringLiteral(" (DNS MX query)")))
        << "the Narrator's sentence, not another one";
    EXPECT_TRUE(captionBarOf(window).tally().contains(QStringLiteral("Bounced")));
    window.player().clock().seekTime(45'000);
    EXPECT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("email-words-01-first-email.png"))));

    QTest::keyClick(&viewOf(window), Qt::Key_E);
    EXPECT_TRUE(captionBarOf(window).headline().isEmpty());
    EXPECT_FALSE(captionBarOf(window).caption().contains(QStringLiteral("SMTP server"))) << "back in postal words";
}

TEST_F(EmailWords, TheEventLogTellsTheRunInTheSameWordsAsTheCaption)
{
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);  // View > Event log
    ASSERT_TRUE(QTest::qWaitFor([&] { return eventLogOf(window).isVisible(); }, 2000));
    const auto story = [&](int row) {
        return eventLogOf(window).filter().index(row, EventLogModel::Story).data().toString();
    };
    const int rows = eventLogOf(window).filter().rowCount();
    const auto anyHas = [&](const QString& words) {
        for (int row = 0; row < rows; ++row)
            if (story(row).contains(words)) return true;
        return false;
    };
    EXPECT_TRUE(anyHas(QStringLiteral("the PO boxes at box.example.org")));
    QTest::keyClick(&viewOf(window), Qt::Key_E);
    EXPECT_FALSE(anyHas(QStringLiteral("the PO boxes at box.example.org")));
    EXPECT_TRUE(anyHas(QStringLiteral("the mailbox store (IMAP/POP3) box.example.org")));
    EXPECT_TRUE(anyHas(QStringLiteral("Message m1 to bob@example.org has arrived (delivered)")));
    EXPECT_TRUE(anyHas(QStringLiteral("(LMTP LHLO)"))) << "the last hop is named LMTP in both";
    QTest::keyClick(&viewOf(window), Qt::Key_E);
    EXPECT_TRUE(anyHas(QStringLiteral("Letter m1 to bob@example.org has arrived (delivered)")));
}

TEST_F(EmailWords, AScenariosOwnLabelKeepsItsReasonWithTheKindBesideIt)
{
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("09-rush-hour-at-school.yaml"))));
    StationItem* office = nullptr;
    for (StationItem* s : sceneOf(window).stations())
        if (s->name().startsWith(QStringLiteral("School post office"))) office = s;
    ASSERT_NE(office, nullptr);
    EXPECT_EQ(office->name(), QStringLiteral("School post office (virus check)"));
    QTest::keyClick(&viewOf(window), Qt::Key_E);
    EXPECT_EQ(office->name(), QStringLiteral("School post office (virus check) — outgoing SMTP server (MSA)"));
    QTest::keyClick(&viewOf(window), Qt::Key_E);
    EXPECT_EQ(office->name(), QStringLiteral("School post office (virus check)"));
}

TEST_F(EmailWords, ATrucksTooltipNamesTheLetterAMessageToo)
{
    window.player().clock().seekTime(750'000);  // the letter on the road to the sorting station
    ASSERT_EQ(sceneOf(window).trucks().size(), 1);
    TruckItem* truck = sceneOf(window).trucks().first();
    // Its second line says how it travels: the lesson's servers speak no TLS, a postcard.
    const QString postcard = QStringLiteral("\nPostcard: anyone on the road can read it (no TLS)");
    EXPECT_EQ(truck->toolTip(), QStringLiteral("Letter m1 (message)") + postcard);
    QTest::keyClick(&viewOf(window), Qt::Key_E);
    EXPECT_EQ(truck->toolTip(), QStringLiteral("Message m1 (letter)") + postcard);
    window.player().clock().stepBack();
    window.player().clock().step();
    ASSERT_EQ(sceneOf(window).trucks().size(), 1);
    EXPECT_EQ(sceneOf(window).trucks().first()->toolTip(), QStringLiteral("Message m1 (letter)") + postcard);
    QTest::keyClick(&viewOf(window), Qt::Key_E);
}

TEST_F(EmailWords, ATownOpenedWithEmailWordsOnShowsThemAtOnce)
{
    QTest::keyClick(&viewOf(window), Qt::Key_E);
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("02-backup-mx.yaml"))));
    EXPECT_EQ(sceneOf(window).station(QStringLiteral("mx2.example.org"))->name(),
              QStringLiteral("Backup sorting station — incoming MX server"));
    QTest::keyClick(&viewOf(window), Qt::Key_E);
}

TEST(Vocabulary, ThePostalWordsAreTheOnesTheNarratorSays)
{
    const std::map<std::string, StationInfo> stations{{"o", {"outgoing", ""}}, {"r", {"resolver", ""}},
                                                       {"i", {"incoming", ""}}, {"m", {"mailbox", ""}},
                                                       {"j", {"router", ""}}, {"e", {"snooper", ""}}};
    const Narrator narrator(stations, std::nullopt);
    const std::map<std::string, StationKind> kinds{{"o", StationKind::Outgoing}, {"r", StationKind::Resolver},
                                                   {"i", StationKind::Incoming}, {"m", StationKind::Mailbox},
                                                   {"j", StationKind::Router},   {"e", StationKind::Snooper}};
    for (const auto& [id, kind] : kinds) {
        const QString place = QString::fromStdString(narrator.place(id));
        EXPECT_TRUE(place.contains(Vocabulary::word(kind, Words::Postal))) << place.toStdString();
        EXPECT_FALSE(place.contains(Vocabulary::word(kind, Words::Email))) << place.toStdString();
    }
}

TEST(Vocabulary, TheEmailWordsAreTheOnesTheNarratorSaysWithEmailWords)
{
    const std::map<std::string, StationInfo> stations{{"o", {"outgoing", ""}}, {"r", {"resolver", ""}},
                                                       {"i", {"incoming", ""}}, {"m", {"mailbox", ""}},
                                                       {"j", {"router", ""}}};
    Narrator narrator(stations, std::nullopt);
    narrator.setWords(NarrationWords::Email);
    const std::map<std::string, StationKind> kinds{{"o", StationKind::Outgoing}, {"r", StationKind::Resolver},
                                                   {"i", StationKind::Incoming}, {"m", StationKind::Mailbox},
                                                   {"j", StationKind::Router}};
    for (const auto& [id, kind] : kinds) {
        const QString place = QString::fromStdString(narrator.place(id));
        EXPECT_TRUE(place.contains(Vocabulary::word(kind, Words::Email))) << place.toStdString();
        EXPECT_FALSE(place.contains(Vocabulary::word(kind, Words::Postal))) << place.toStdString();
    }
}

TEST(Vocabulary, EveryTermHasTwoDifferentWords)
{
    for (int t = 0; t <= int(Vocabulary::Term::ReturnToSender); ++t) {
        const auto term = Vocabulary::Term(t);
        EXPECT_FALSE(Vocabulary::word(term, Words::Postal).isEmpty());
        EXPECT_NE(Vocabulary::word(term, Words::Postal), Vocabulary::word(term, Words::Email));
        EXPECT_EQ(Vocabulary::other(term, Words::Postal), Vocabulary::word(term, Words::Email));
    }
}

TEST(CaptionBar, SplitsTheNarratorsSentenceAtItsLastParenthesis)
{
    const auto parts = CaptionBar::split(QStringLiteral("Alice (home) says \"hi (there)\" to B (SMTP DATA (354))"));
    EXPECT_EQ(parts.story, QStringLiteral("Alice (home) says \"hi (there)\" to B"));
    EXPECT_EQ(parts.protocol, QStringLiteral("SMTP DATA (354)"));
    const auto none = CaptionBar::split(QStringLiteral("The truck with letter m1 reaches the junction Internet"));
    EXPECT_TRUE(none.protocol.isEmpty());
    EXPECT_EQ(none.story, QStringLiteral("The truck with letter m1 reaches the junction Internet"));
}

} // namespace
} // namespace postie::gui
