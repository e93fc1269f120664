// The Inspector, driven like a person: click a truck or a station on the map, step the
// playback, and read what the inspector shows at that moment.
#include "gui_test_support.h"
#include "inspector/inspector_dock.h"
#include "inspector/journey_timeline.h"
#include "inspector/message_inspector.h"
#include "inspector/station_inspector.h"
#include "map/town_view.h"
#include "replay/record_index.h"
#include "shell/screenshot_job.h"

#include <QFile>
#include <QTemporaryDir>
#include <QGraphicsView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

int count(const QString& text, const QString& what) { return int(text.count(what)); }
// The letter's text with its folded header lines joined again (RFC 5322 §2.2.3: a line break
// followed by white space is part of the field).
QString unfolded(QString text) { return text.replace(QRegularExpression(QStringLiteral("\\n\\s+")), QStringLiteral(" ")); }

class Inspector : public ::testing::Test {
protected:
    void SetUp() override
    {
        window.resize(1600, 900);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
    // The Lesson panel closed: its reveals ring stations on the map too.
    void open(const QString& lesson) { ASSERT_NO_FATAL_FAILURE(openLesson(window, lesson)); }
    // A left click where the item is drawn, as a person would do it.
    void click(const QGraphicsItem* item)
    {
        QGraphicsView& view = viewOf(window);
        const QPoint at = view.mapFromScene(item->mapToScene(item->shape().boundingRect().center()));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    }
    TruckItem* truckOf(const QString& message)
    {
        for (TruckItem* t : sceneOf(window).trucks())
            if (t->message() == message) return t;
        return nullptr;
    }
    InspectorDock& dock() { return inspectorOf(window); }
    MessageInspector& letter() { return dock().messageInspector(); }
    StationInspector& station() { return dock().stationInspector(); }

    MainWindow window;
};

TEST_F(Inspector, ClickingATruckShowsItsEnvelopeApartFromItsLetter)
{
    open(QStringLiteral("01-first-email.yaml"));
    window.player().clock().seekTime(750'000);  // on the road from the Internet to the sorting station
    TruckItem* truck = truckOf(QStringLiteral("m1"));
    ASSERT_NE(truck, nullptr);
    EXPECT_TRUE(dock().isHidden());
    click(truck);
    EXPECT_FALSE(dock().isHidden());
    ASSERT_EQ(dock().target(), InspectorDock::Target::Message);
    EXPECT_EQ(dock().targetId(), QStringLiteral("m1"));
    EXPECT_TRUE(letter().title().contains(QStringLiteral("Lunch?")));
    const QString envelope = letter().envelopeText();
    EXPECT_TRUE(envelope.contains(QStringLiteral("MAIL FROM:<alice@sender.test>"))) << envelope.toStdString();
    EXPECT_TRUE(envelope.contains(QStringLiteral("RCPT TO:<bob@example.org>"))) << envelope.toStdString();
    const QString letterText = letter().letterText();
    EXPECT_EQ(count(letterText, QStringLiteral("Received: ")), 1) << letterText.toStdString();  // the post office's
    EXPECT_TRUE(letterText.contains(QStringLiteral("Subject: Lunch?")));
    EXPECT_TRUE(letterText.contains(QStringLiteral("Message-ID: <")));
    EXPECT_FALSE(letterText.contains(QStringLiteral("Return-Path:")));  // not delivered yet
    EXPECT_TRUE(letterText.contains(QStringLiteral("4 KB"))) << letterText.toStdString();
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("inspector-letter-on-the-road.png"))));
}

TEST_F(Inspector, ReceivedLinesGrowAsThePlaybackMovesAndShrinkWhenItStepsBack)
{
    open(QStringLiteral("01-first-email.yaml"));
    window.player().clock().seekTime(750'000);
    click(truckOf(QStringLiteral("m1")));
    ASSERT_EQ(dock().targetId(), QStringLiteral("m1"));
    EXPECT_EQ(count(letter().letterText(), QStringLiteral("Received: ")), 1);

    PlaybackClock& clock = window.player().clock();
    clock.seekRecord(window.player().recordCount());  // the end: delivered to Bob's PO box
    const QString delivered = letter().letterText();
    EXPECT_EQ(count(delivered, QStringLiteral("Received: ")), 3) << delivered.toStdString();
    EXPECT_TRUE(delivered.contains(QStringLiteral("Return-Path: <alice@sender.test>")));
    EXPECT_TRUE(unfolded(delivered).contains(QStringLiteral("by box.example.org with LMTP"))) << delivered.toStdString();

    // Step back one record at a time: the lines come off one by one, newest first.
    std::vector<int> seen{3};
    while (clock.cursor() > 0) {
        clock.stepBack();
        const int n = count(letter().letterText(), QStringLiteral("Received: "));
        if (n != seen.back()) seen.push_back(n);
    }
    EXPECT_EQ(seen, (std::vector<int>{3, 2, 1, 0}));
    EXPECT_TRUE(letter().title().contains(QStringLiteral("not been written yet")));
}

TEST_F(Inspector, EachHopShowsItsTranscriptWithTheRealReplyCodes)
{
    open(QStringLiteral("01-first-email.yaml"));
    window.player().clock().seekTime(750'000);
    click(truckOf(QStringLiteral("m1")));
    const QString onTheRoad = letter().transcriptText();
    EXPECT_TRUE(onTheRoad.contains(QStringLiteral("Hop 1: from alice to smtp.sender.test, port 587"))) << onTheRoad.toStdString();
    EXPECT_TRUE(onTheRoad.contains(QStringLiteral("Hop 2: from smtp.sender.test to mx1.example.org, port 25")));
    EXPECT_FALSE(onTheRoad.contains(QStringLiteral("Hop 3")));
    EXPECT_EQ(count(onTheRoad, QStringLiteral("S: 221")), 1);  // the post office's session is over

    window.player().clock().seekRecord(window.player().recordCount());
    const QString all = letter().transcriptText();
    EXPECT_TRUE(all.contains(QStringLiteral("Hop 3: from mx1.example.org to box.example.org, LMTP")));
    EXPECT_TRUE(all.contains(QStringLiteral("knocks at port 24 (LMTP)"))) << all.toStdString();
    for (const char* line : {"S: 220 mx1.example.org ESMTP ready", "C: EHLO smtp.sender.test", "C: MAIL FROM:<alice@sender.test>",
                             "S: 250 2.1.0 Ok", "C: RCPT TO:<bob@example.org>", "S: 250 2.1.5 Ok", "C: DATA",
                             "S: 354 End data with <CR><LF>.<CR><LF>", "S: 250 2.0.0 Ok: queued as 500001",
                             "C: QUIT", "S: 221 2.0.0 Bye", "C: LHLO mx1.example.org", "C: AUTH PLAIN"})
        EXPECT_TRUE(all.contains(QString::fromUtf8(line))) << line;
    EXPECT_EQ(count(all, QStringLiteral("S: 221")), 3);
    EXPECT_EQ(count(all, QStringLiteral("S: 220")), 3);
    EXPECT_EQ(count(all, QStringLiteral("S: 354")), 3);
    EXPECT_EQ(letter().journey().stops().size(), 6);  // laptop, post office, Internet, sorting station, PO box, phone
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("inspector-letter-delivered.png"))));
}

TEST_F(Inspector, ABccRecipientIsShownOnTheEnvelopeOnly)
{
    open(QStringLiteral("07-several-recipients.yaml"));
    window.player().clock().seekRecord(window.player().recordCount());
    dock().inspectMessage(QStringLiteral("m1"));  // no truck on the road at the end
    const QString envelope = letter().envelopeText();
    const QStringList lines = envelope.split(QLatin1Char('\n'));
    const auto dave = std::find_if(lines.begin(), lines.end(), [](const QString& l) { return l.contains(QStringLiteral("dave@")); });
    ASSERT_NE(dave, lines.end());
    EXPECT_TRUE(dave->contains(QStringLiteral("on the envelope only"))) << envelope.toStdString();
    const auto bob = std::find_if(lines.begin(), lines.end(), [](const QString& l) { return l.contains(QStringLiteral("bob@")); });
    ASSERT_NE(bob, lines.end());
    EXPECT_FALSE(bob->contains(QStringLiteral("on the envelope only")));
    EXPECT_TRUE(letter().transcriptText().contains(QStringLiteral("S: 550 5.1.1")));
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("inspector-bcc.png"))));

    dock().inspectMessage(QStringLiteral("m2"));  // the notice for the unknown user
    EXPECT_TRUE(letter().title().contains(QStringLiteral("return to sender"))) << letter().title().toStdString();
    EXPECT_TRUE(letter().envelopeText().contains(QStringLiteral("MAIL FROM:<>")));
    EXPECT_TRUE(letter().transcriptText().contains(QStringLiteral("C: MAIL FROM:<>")));
}

TEST_F(Inspector, AForgedLetterShowsItsTwoSendersAndTheSortingStationsChecksStepByStep)
{
    open(QStringLiteral("13-a-forged-sender.yaml"));
    window.player().clock().seekRecord(window.player().recordCount());
    dock().inspectMessage(QStringLiteral("m2"));  // Mallory's
    const QString envelope = letter().envelopeText();
    EXPECT_TRUE(envelope.contains(QStringLiteral("MAIL FROM:<director@bank.test>"))) << envelope.toStdString();
    EXPECT_FALSE(envelope.contains(QStringLiteral("SMTP never compares")));  // the same address twice: nothing to compare
    const QString checks = letter().checksText();
    EXPECT_TRUE(checks.contains(QStringLiteral("mx.school.test checks the letter from smtp.evil.test"))) << checks.toStdString();
    EXPECT_TRUE(checks.contains(QStringLiteral("SPF record of bank.test: v=spf1 ip4:198.51.100.10 -all")));
    EXPECT_TRUE(checks.contains(QStringLiteral("-all: match")));
    EXPECT_TRUE(checks.contains(QStringLiteral("550 5.7.23")));
    EXPECT_FALSE(letter().letterText().contains(QStringLiteral("Authentication-Results")));  // refused: nobody wrote it
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("inspector-forged-sender.png"))));

    dock().inspectMessage(QStringLiteral("m1"));  // the director's own: results and signature above their hops
    // The fields, each with its folded continuation lines (RFC 5322 §2.2.3) joined back.
    QStringList fields;
    for (const QString& line : letter().letterText().split(QLatin1Char('\n'))) {
        if (line.isEmpty()) break;  // the blank line before the body
        if (line.front().isSpace() && !fields.isEmpty()) fields.back() += QLatin1Char(' ') + line.trimmed();
        else fields.append(line);
    }
    const auto at = [&](const QString& start) {
        return int(std::find_if(fields.begin(), fields.end(), [&](const QString& l) { return l.startsWith(start); }) -
                   fields.begin());
    };
    const int results = at(QStringLiteral("Authentication-Results: mx.school.test; spf=pass"));
    const int signature = at(QStringLiteral("DKIM-Signature: v=1; a=rsa-sha256"));
    const int fromBank = at(QStringLiteral("Received: from smtp.bank.test"));
    const int fromDesk = at(QStringLiteral("Received: from director"));
    ASSERT_LT(results, int(fields.size())) << letter().letterText().toStdString();
    ASSERT_LT(signature, int(fields.size()));
    EXPECT_EQ(results + 1, fromBank);   // the sorting station wrote it above its own Received line
    EXPECT_EQ(signature + 1, fromDesk);  // the post office signed above its own
    for (const QString& line : letter().letterText().split(QLatin1Char('\n')))
        EXPECT_LE(line.size(), 78) << "a header line is folded before 78 characters: " << line.toStdString();
    EXPECT_TRUE(letter().checksText().contains(QStringLiteral("DKIM signature d=bank.test s=s1: pass")));

    // Earlier, before the sorting station has the letter, neither its line nor its results are there.
    window.player().clock().seekRecord(1);
    dock().inspectMessage(QStringLiteral("m1"));
    EXPECT_FALSE(letter().letterText().contains(QStringLiteral("Authentication-Results")));
    EXPECT_TRUE(letter().checksText().contains(QStringLiteral("No receiving server has checked")));
}

TEST_F(Inspector, ALetterWhoseFromIsNotItsEnvelopeSenderShowsTheTwoSideBySide)
{
    open(QStringLiteral("14-the-from-line-lies.yaml"));
    window.player().clock().seekRecord(window.player().recordCount());
    dock().inspectMessage(QStringLiteral("m2"));  // refused, so never stored: its From: comes from its writing
    const QString envelope = letter().envelopeText();
    EXPECT_TRUE(envelope.contains(QStringLiteral("MAIL FROM:<mallory@evil.test>"))) << envelope.toStdString();
    EXPECT_TRUE(envelope.contains(QStringLiteral("On the envelope (MAIL FROM): mallory@evil.test"))) << envelope.toStdString();
    EXPECT_TRUE(envelope.contains(QStringLiteral("In the letter (From:): director@bank.test")));
    EXPECT_TRUE(envelope.contains(QStringLiteral("SMTP never compares the two")));
    EXPECT_TRUE(letter().letterText().contains(QStringLiteral("From: director@bank.test")));
    const QString checks = letter().checksText();
    EXPECT_TRUE(checks.contains(QStringLiteral("DMARC record of bank.test: v=DMARC1; p=reject"))) << checks.toStdString();
    EXPECT_TRUE(checks.contains(QStringLiteral("Alignment, SPF: MAIL FROM evil.test with From: bank.test, spf=pass: not aligned")));
    EXPECT_TRUE(checks.contains(QStringLiteral("550 5.7.26")));
}

// Mallory's letter carries a line of results in the school's name: the Inspector shows it on
// the letter on the way, and the sorting station's first step tears it off.
TEST_F(Inspector, AForgedResultsLineIsOnTheLetterUntilTheSortingStationTearsItOff)
{
    open(QStringLiteral("14-the-from-line-lies.yaml"));
    const auto& records = window.player().session()->records();
    std::size_t checked = 0;
    for (std::size_t i = 0; i < records.size(); ++i)
        if (records.type(i) == EventType::AuthChecked && records[i].message == "m2") checked = i;
    ASSERT_GT(checked, 0u);
    const QString forged = QStringLiteral("Authentication-Results: mx.school.test; spf=pass smtp.mailfrom=bank.test;");
    window.player().clock().seekRecord(checked);
    dock().inspectMessage(QStringLiteral("m2"));
    EXPECT_TRUE(letter().letterText().contains(forged)) << letter().letterText().toStdString();
    window.player().clock().seekRecord(checked + 1);
    dock().inspectMessage(QStringLiteral("m2"));
    EXPECT_FALSE(letter().letterText().contains(forged)) << letter().letterText().toStdString();
    const QString checks = letter().checksText();
    EXPECT_TRUE(checks.contains(QStringLiteral("Removed a forged Authentication-Results carrying this server's name (RFC 8601 §5)")))
        << checks.toStdString();
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("inspector-forged-results.png"))));
}

TEST_F(Inspector, ClickingTheDirectoryShowsItsCacheWithTtls)
{
    open(QStringLiteral("01-first-email.yaml"));
    window.player().clock().seekTime(250'000);  // before the first question
    click(sceneOf(window).station(QStringLiteral("dns.sender.test")));
    ASSERT_EQ(dock().target(), InspectorDock::Target::Station);
    EXPECT_EQ(dock().targetId(), QStringLiteral("dns.sender.test"));
    EXPECT_TRUE(station().dnsText().contains(QStringLiteral("Nothing remembered yet")));

    window.player().clock().seekTime(900'000);
    const QString cache = station().dnsText();
    EXPECT_TRUE(cache.contains(QStringLiteral("example.org MX"))) << cache.toStdString();
    EXPECT_TRUE(cache.contains(QStringLiteral("example.org MX 10 mx1.example.org")));
    EXPECT_TRUE(cache.contains(QStringLiteral("mx1.example.org A 203.0.113.25")));
    EXPECT_TRUE(cache.contains(QStringLiteral("TTL 1 h 0 min"))) << cache.toStdString();
    EXPECT_TRUE(cache.contains(QStringLiteral("kept 59 min"))) << cache.toStdString();
    EXPECT_TRUE(station().countersText().contains(QStringLiteral("cache misses")));
    EXPECT_TRUE(station().mailboxText().isEmpty());
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("inspector-dns-cache.png"))));

    window.player().clock().seekRecord(window.player().recordCount());  // ten minutes on: the TTLs count down
    EXPECT_TRUE(station().dnsText().contains(QStringLiteral("kept 50 min"))) << station().dnsText().toStdString();
}

// Every label of the station's page fits the dock's width at the small window sizes (the
// directory's memory was a table cut at "mx1.examp"), and in presentation mode its headings
// are at least as large as the text under them.
TEST_F(Inspector, ItsContentWrapsToTheDockAndItsHeadingsAreNoSmallerThanItsText)
{
    open(QStringLiteral("01-first-email.yaml"));
    window.player().clock().seekTime(900'000);
    click(sceneOf(window).station(QStringLiteral("dns.sender.test")));
    ASSERT_EQ(dock().target(), InspectorDock::Target::Station);
    for (const bool presentation : {false, true}) {
        window.setLook(false, presentation);
        for (const QSize size : {QSize(1024, 700), QSize(1280, 800)}) {
            window.setWindowState(Qt::WindowNoState);
            window.resize(size);
            QTest::qWait(100);
            const auto* scroll = station().findChild<QScrollArea*>();
            ASSERT_TRUE(scroll);
            const int room = scroll->viewport()->width();
            for (const QLabel* label : station().findChildren<QLabel*>()) {
                if (!label->isVisible() || label->text().isEmpty()) continue;
                const int right = label->mapTo(scroll->viewport(), QPoint(label->width(), 0)).x();
                EXPECT_LE(right, room + 1) << size.width() << "x" << size.height() << (presentation ? " presentation" : "")
                                           << ": cut at the dock's edge: " << label->text().left(60).toStdString();
                EXPECT_LE(label->minimumSizeHint().width(), label->width())
                    << size.width() << "x" << size.height() << ": does not wrap: " << label->text().left(60).toStdString();
            }
            const QLabel* body = station().findChild<QLabel*>(QStringLiteral("dnsCache"));
            ASSERT_TRUE(body);
            for (const QLabel* label : station().findChildren<QLabel*>())
                if (label->font().bold() && label->isVisible())
                    EXPECT_GE(QFontInfo(label->font()).pixelSize(), QFontInfo(body->font()).pixelSize())
                        << (presentation ? "presentation: " : "") << "heading smaller than its text: " << label->text().toStdString();
        }
    }
    window.setLook(false, false);
}

TEST_F(Inspector, AnAnswerPastItsTtlIsShownAsExpiredAndAskedAgain)
{
    open(QStringLiteral("08-expired-after-five-days.yaml"));
    const auto& records = window.player().session()->records();
    // The first answer, then a moment 61 minutes later when it is past its 1 h TTL.
    std::size_t first = 0;
    while (first < records.size() && records[first].type != EventType::DnsAnswer) ++first;
    ASSERT_LT(first, records.size());
    const std::int64_t answeredUs = records[first].time.micros();
    window.player().clock().seekRecord(first + 1);
    click(sceneOf(window).station(QStringLiteral("dns.sender.test")));
    EXPECT_TRUE(station().dnsText().contains(QStringLiteral("kept 1 h 0 min more"))) << station().dnsText().toStdString();
    window.player().clock().seekTime(answeredUs + 61 * 60'000'000LL);
    bool askedAgain = false;
    for (std::size_t i = 0; i < window.player().clock().cursor(); ++i) {
        const auto& r = records[i];
        askedAgain = askedAgain || (r.type == EventType::DnsAnswer && r.time.micros() > answeredUs + 3600'000'000LL);
    }
    ASSERT_FALSE(askedAgain);  // the lesson's retries come at 40 and 80 minutes
    EXPECT_TRUE(station().dnsText().contains(QStringLiteral("expired"))) << station().dnsText().toStdString();
    EXPECT_FALSE(station().dnsText().contains(QStringLiteral("kept")));
}

TEST_F(Inspector, ClickingThePoBoxShowsWhatIsInItAtThatMoment)
{
    open(QStringLiteral("01-first-email.yaml"));
    window.player().clock().seekTime(770'000);
    click(sceneOf(window).station(QStringLiteral("box.example.org")));
    EXPECT_TRUE(station().mailboxText().contains(QStringLiteral("No letters yet")));
    // Bob's POP3 poll at 09:10: the letter has reached him (600.06 s), his QUIT has not yet
    // reached the box (600.09 s), so the letter is still in it.
    window.player().clock().seekTime(600'070'000);
    const QString boxes = station().mailboxText();
    EXPECT_TRUE(boxes.contains(QStringLiteral("bob@example.org: 1 letter"))) << boxes.toStdString();
    EXPECT_TRUE(boxes.contains(QStringLiteral("m1 from alice@sender.test, “Lunch?”"))) << boxes.toStdString();
    EXPECT_TRUE(boxes.contains(QStringLiteral("downloaded by bob"))) << boxes.toStdString();
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("inspector-po-box.png"))));
    window.player().clock().seekRecord(window.player().recordCount());  // after the QUIT: taken home
    EXPECT_TRUE(station().mailboxText().contains(QStringLiteral("bob@example.org: empty"))) << station().mailboxText().toStdString();
    window.player().clock().seekTime(770'000);  // back again: empty again
    EXPECT_TRUE(station().mailboxText().contains(QStringLiteral("No letters yet")));
}

TEST_F(Inspector, ALetterQuarantinedByDmarcIsShownInTheJunkFolderNeverFetched)
{
    // Lesson 14 as its Try says: the bank's p=quarantine instead of p=reject.
    QFile lesson(lessonPath(QStringLiteral("14-the-from-line-lies.yaml")));
    ASSERT_TRUE(lesson.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(lesson.readAll());
    const int record = int(text.indexOf(QStringLiteral("{name: _dmarc.bank.test")));
    ASSERT_GT(record, 0);
    text.replace(int(text.indexOf(QStringLiteral("p=reject"), record)), 8, QStringLiteral("p=quarantine"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("14-quarantine.yaml"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    ASSERT_TRUE(window.openScenario(path));
    ASSERT_TRUE(waitForRun(window.player()));
    window.player().clock().seekRecord(window.player().recordCount());
    dock().inspectStation(QStringLiteral("box.school.test"));
    const QString boxes = station().mailboxText();
    EXPECT_TRUE(boxes.contains(QStringLiteral("m2 from director@bank.test, “New bank details”"))) << boxes.toStdString();
    const QStringList lines = boxes.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("m2 "))) {
            EXPECT_TRUE(line.contains(QStringLiteral("in the Junk folder"))) << line.toStdString();
            EXPECT_FALSE(line.contains(QStringLiteral("read by")));
        }
        if (line.startsWith(QStringLiteral("m1 "))) EXPECT_FALSE(line.contains(QStringLiteral("Junk")));
    }
}

// Lesson 10's newsletter fills thousands of PO boxes: the Inspector lists the newest few and
// counts the rest, so the page stays one a person reads and the window lays out at once.
TEST_F(Inspector, ThousandsOfPoBoxesAreListedAsTheNewestFewAndACount)
{
    open(QStringLiteral("10-newsletter-meets-a-limit.yaml"));
    window.player().clock().seekRecord(window.player().recordCount());
    click(sceneOf(window).station(QStringLiteral("box.bigmail.test")));
    ASSERT_EQ(dock().targetId(), QStringLiteral("box.bigmail.test"));
    const QString boxes = station().mailboxText();
    EXPECT_EQ(count(boxes, QStringLiteral("@bigmail.test: ")), StationInspector::kListed) << boxes.left(2000).toStdString();
    const QRegularExpression more(QStringLiteral("… and ([\\d,]+) more PO boxes"));
    const QRegularExpressionMatch match = more.match(boxes);
    ASSERT_TRUE(match.hasMatch()) << boxes.right(500).toStdString();
}

TEST_F(Inspector, ThePoBoxIsEmptyOnTheMapAndInTheInspectorAfterThePop3DesktopTakesTheLettersHome)
{
    open(QStringLiteral("06-pop3-versus-imap.yaml"));
    ScenarioPlayer& player = window.player();
    StationItem* box = sceneOf(window).station(QStringLiteral("box.example.org"));
    ASSERT_TRUE(box);
    player.clock().seekTime(570'000'000);  // 09:09:30: both letters in, the phone has read m1
    click(box);
    ASSERT_EQ(dock().targetId(), QStringLiteral("box.example.org"));
    EXPECT_EQ(box->inBoxes(), 2);
    QString boxes = station().mailboxText();
    EXPECT_TRUE(boxes.contains(QStringLiteral("bob@example.org: 2 letters"))) << boxes.toStdString();
    EXPECT_TRUE(boxes.contains(QStringLiteral("read by bob-phone"))) << boxes.toStdString();

    player.clock().seekTime(660'000'000);  // 09:11: the desktop has said QUIT
    EXPECT_EQ(box->inBoxes(), 0);
    boxes = station().mailboxText();
    EXPECT_TRUE(boxes.contains(QStringLiteral("bob@example.org: empty"))) << boxes.toStdString();
    EXPECT_FALSE(boxes.contains(QStringLiteral("m1"))) << boxes.toStdString();
    EXPECT_TRUE(station().countersText().contains(QStringLiteral("taken home and removed (POP3)")));
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("inspector-po-box-after-pop3.png"))));

    // Step back over the two removals: the letters come back one by one.
    const auto& records = player.session()->records();
    std::size_t removal = 0;
    while (removal < records.size() && records[removal].type != EventType::MailboxRemoved) ++removal;
    ASSERT_LT(removal + 1, records.size());
    ASSERT_EQ(records[removal + 1].type, EventType::MailboxRemoved);
    player.clock().seekRecord(removal + 2);
    EXPECT_EQ(box->inBoxes(), 0);
    player.clock().stepBack();
    EXPECT_EQ(box->inBoxes(), 1);
    EXPECT_TRUE(station().mailboxText().contains(QStringLiteral("bob@example.org: 1 letter"))) << station().mailboxText().toStdString();
    player.clock().stepBack();
    EXPECT_EQ(box->inBoxes(), 2);
    EXPECT_TRUE(station().mailboxText().contains(QStringLiteral("bob@example.org: 2 letters")));
}

TEST_F(Inspector, APoBoxWhoseClerksTakeTimeShowsItsDepot)
{
    // Lesson 1 with a slow PO box: two letters, one clerk who files each for 2 s.
    QFile lesson(lessonPath(QStringLiteral("01-first-email.yaml")));
    ASSERT_TRUE(lesson.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(lesson.readAll());
    text.replace(QStringLiteral("kind: mailbox, users: [bob@example.org],"),
                 QStringLiteral("kind: mailbox, users: [bob@example.org], service: const(2s),"));
    text.replace(QStringLiteral("  - {at: 0s, from: alice@sender.test"), QStringLiteral("  - {at: 0s, from: alice@sender.test, to: [bob@example.org]}\n  - {at: 0s, from: alice@sender.test"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slow-box.yaml"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    ASSERT_TRUE(window.openScenario(path));
    ASSERT_TRUE(waitForRun(window.player()));
    const auto& records = window.player().session()->records();
    std::size_t waiting = records.size();
    for (std::size_t i = 0; i < records.size(); ++i)
        if (records[i].type == EventType::QueueEnter && records[i].station == "box.example.org" && records[i].queueLength == 1)
            waiting = i;
    ASSERT_LT(waiting, records.size()) << "the second letter waits for the PO box's only clerk";
    window.player().clock().seekRecord(waiting + 1);
    click(sceneOf(window).station(QStringLiteral("box.example.org")));
    const QString queue = station().queueText();
    EXPECT_TRUE(queue.contains(QStringLiteral("1 letter waiting for a clerk"))) << queue.toStdString();
}

TEST_F(Inspector, ThePoBoxCountsItsSessionsAsLmtpAndTheSortingStationBoth)
{
    open(QStringLiteral("01-first-email.yaml"));
    window.player().clock().seekRecord(window.player().recordCount());
    click(sceneOf(window).station(QStringLiteral("box.example.org")));
    const QString box = station().countersText();
    EXPECT_TRUE(box.contains(QStringLiteral("LMTP sessions it answered"))) << box.toStdString();
    EXPECT_FALSE(box.contains(QStringLiteral("SMTP sessions"))) << box.toStdString();
    click(sceneOf(window).station(QStringLiteral("mx1.example.org")));
    const QString mx = station().countersText();
    EXPECT_TRUE(mx.contains(QStringLiteral("SMTP sessions it answered"))) << mx.toStdString();
    EXPECT_TRUE(mx.contains(QStringLiteral("LMTP sessions it opened"))) << mx.toStdString();
}

TEST_F(Inspector, ClickingThePostOfficeShowsALetterWaitingForItsNextRound)
{
    open(QStringLiteral("03-server-down-retries.yaml"));
    const auto& records = window.player().session()->records();
    std::size_t deferred = 0;
    while (deferred < records.size() && records[deferred].type != EventType::DeliveryDeferred) ++deferred;
    ASSERT_LT(deferred, records.size());
    const std::string at = records[deferred].station;
    const std::string message = records[deferred].message;
    window.player().clock().seekRecord(deferred + 1);
    click(sceneOf(window).station(QString::fromStdString(at)));
    ASSERT_EQ(dock().targetId().toStdString(), at);
    const QString queue = station().queueText();
    EXPECT_TRUE(queue.contains(QStringLiteral("1 letter waiting for the next round"))) << queue.toStdString();
    EXPECT_TRUE(queue.contains(QString::fromStdString(message) + QStringLiteral(" to "))) << queue.toStdString();
    EXPECT_TRUE(station().countersText().contains(QStringLiteral("Deferrals")));
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("inspector-post-office-deferred.png"))));
    window.player().clock().stepBack();  // before the deferral
    EXPECT_TRUE(station().queueText().contains(QStringLiteral("0 letters waiting for the next round")))
        << station().queueText().toStdString();
}

TEST_F(Inspector, ALetterTurnedAwayAtTheFirstMxShowsTheShutDoorAndTheHopToTheBackup)
{
    open(QStringLiteral("02-backup-mx.yaml"));
    const auto& records = window.player().session()->records();
    std::int64_t onTheRoad = -1;
    for (std::size_t i = 0; i < records.size() && onTheRoad < 0; ++i) {
        const auto& r = records[i];
        if (r.type == EventType::RoadDepart && r.message == "m2" && r.to == "mx2.example.org")
            onTheRoad = (r.time.micros() + r.arriveUs) / 2;
    }
    ASSERT_GE(onTheRoad, 0);
    window.player().clock().seekTime(onTheRoad);
    TruckItem* truck = truckOf(QStringLiteral("m2"));
    ASSERT_NE(truck, nullptr);
    click(truck);
    ASSERT_EQ(dock().targetId(), QStringLiteral("m2"));
    const QString transcript = letter().transcriptText();
    EXPECT_TRUE(transcript.contains(QStringLiteral("from smtp.sender.test to mx1.example.org, port 25"))) << transcript.toStdString();
    EXPECT_TRUE(transcript.contains(QStringLiteral("connection refused")));
    EXPECT_TRUE(transcript.contains(QStringLiteral("from smtp.sender.test to mx2.example.org, port 25")));
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("inspector-backup-mx.png"))));
}

TEST_F(Inspector, TheInspectorForgetsWhatWasClickedWhenAnotherLessonOpensAndIToggles)
{
    open(QStringLiteral("01-first-email.yaml"));
    window.player().clock().seekRecord(window.player().recordCount());
    click(sceneOf(window).station(QStringLiteral("dns.sender.test")));
    ASSERT_EQ(dock().target(), InspectorDock::Target::Station);
    open(QStringLiteral("02-backup-mx.yaml"));
    EXPECT_EQ(dock().target(), InspectorDock::Target::None);
    const bool hidden = dock().isHidden();
    QTest::keyClick(&viewOf(window), Qt::Key_I);
    EXPECT_NE(dock().isHidden(), hidden);
}

TEST_F(Inspector, ARingOnTheMapFollowsTheLetterBeingInspected)
{
    open(QStringLiteral("01-first-email.yaml"));
    window.player().clock().seekTime(745'000);
    EXPECT_TRUE(sceneOf(window).highlighted().isNull());
    click(truckOf(QStringLiteral("m1")));
    const QRectF ring = sceneOf(window).highlighted();
    ASSERT_FALSE(ring.isNull());
    EXPECT_TRUE(ring.contains(truckOf(QStringLiteral("m1"))->pos()));
    window.player().clock().seekTime(755'000);  // the truck drives on, the ring with it
    ASSERT_FALSE(sceneOf(window).highlighted().isNull());
    EXPECT_TRUE(sceneOf(window).highlighted().contains(truckOf(QStringLiteral("m1"))->pos()));
    EXPECT_NE(sceneOf(window).highlighted(), ring);
    window.player().clock().seekTime(300'000'000);  // in the PO box: no truck, no ring
    EXPECT_TRUE(sceneOf(window).highlighted().isNull());
    click(sceneOf(window).station(QStringLiteral("box.example.org")));
    EXPECT_TRUE(sceneOf(window).highlighted().contains(sceneOf(window).station(QStringLiteral("box.example.org"))->pos()));
    dock().close();
    EXPECT_TRUE(sceneOf(window).highlighted().isNull());
}

TEST_F(Inspector, AfterAnInterventionTheInspectorReadsTheNewRun)
{
    open(QStringLiteral("01-first-email.yaml"));
    ScenarioPlayer& player = window.player();
    player.clock().seekTime(300'000'000);  // 09:05: in the box, before bob's POP3 poll
    click(sceneOf(window).station(QStringLiteral("box.example.org")));
    ASSERT_TRUE(station().mailboxText().contains(QStringLiteral("bob@example.org: 1 letter")));
    player.clock().seekTime(20'000);  // the letter is still on its way to the post office
    player.intervene(Intervention::station(player.interventionTime(), "mx1.example.org", true));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !player.rerunning() && player.complete(); }, 30000));
    player.clock().seekRecord(player.recordCount());  // the sorting station stayed shut: nothing came
    EXPECT_TRUE(station().mailboxText().contains(QStringLiteral("No letters yet"))) << station().mailboxText().toStdString();
    EXPECT_EQ(dock().index().indexed(), player.recordCount());
}

TEST_F(Inspector, AClickThatPansTheMapIsNoClick)
{
    open(QStringLiteral("01-first-email.yaml"));
    QGraphicsView& view = viewOf(window);
    const QPoint at = view.mapFromScene(sceneOf(window).station(QStringLiteral("box.example.org"))->pos());
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, at);
    QTest::mouseMove(view.viewport(), at + QPoint(80, 40));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, at + QPoint(80, 40));
    EXPECT_EQ(dock().target(), InspectorDock::Target::None);
}

} // namespace
} // namespace postie::gui
