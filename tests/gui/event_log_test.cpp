// The event log: one row per record, filters that narrow it to the right rows, the playback's
// row highlighted and in view, and a click that moves the whole app to that moment.
#include "eventlog/event_log_dock.h"
#include "eventlog/event_log_model.h"
#include "gui_test_support.h"
#include "playback/playback_toolbar.h"
#include "replay/event_words.h"
#include "replay/intervention.h"
#include "shell/screenshot_job.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QTableView>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

QString cell(EventLogDock& log, int row, int column)
{
    return log.filter().index(row, column).data().toString();
}

int sourceRow(EventLogDock& log, int row) { return log.filter().mapToSource(log.filter().index(row, 0)).row(); }

void chooseByData(QComboBox* box, const QVariant& data)
{
    const int i = box->findData(data);
    ASSERT_GE(i, 0) << data.toString().toStdString();
    box->setCurrentIndex(i);
}

class EventLog : public ::testing::Test {
protected:
    void open(const QString& lesson)
    {
        ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 900)));
        ASSERT_NO_FATAL_FAILURE(openLesson(window, lesson));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);  // View > Event log
        ASSERT_TRUE(QTest::qWaitFor([&] { return log().isVisible(); }, 2000));
    }
    EventLogDock& log() { return eventLogOf(window); }
    TraceView records() { return window.player().session()->records(); }

    MainWindow window;
};

TEST_F(EventLog, CtrlLShowsTheLogWithOneRowPerRecordTimedAndToldLikeTheApp)
{
    open(QStringLiteral("01-first-email.yaml"));
    const ScenarioSession& session = *window.player().session();
    ASSERT_GT(records().size(), 20u);
    ASSERT_EQ(log().filter().rowCount(), int(records().size()));
    for (int row : {0, 7, int(records().size()) - 1}) {
        const auto& r = records()[std::size_t(row)];
        EXPECT_EQ(cell(log(), row, EventLogModel::Time).toStdString(), session.narrator().clock(r.time));
        EXPECT_EQ(cell(log(), row, EventLogModel::Type), EventWords::plain(r.type));
        EXPECT_EQ(cell(log(), row, EventLogModel::Station).toStdString(), r.station);
        EXPECT_EQ(cell(log(), row, EventLogModel::Message).toStdString(), r.message);
        EXPECT_EQ(cell(log(), row, EventLogModel::Story).toStdString(), session.narrator().tell(r));
    }
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    EXPECT_FALSE(log().isVisible()) << "Ctrl+L again hides it";
}

TEST_F(EventLog, TheFilterOffersEveryKindOfEventInPlainWordsWithTheTraceNameAsItsTooltip)
{
    open(QStringLiteral("01-first-email.yaml"));
    QComboBox* box = log().typeBox();
    ASSERT_EQ(box->count(), kEventTypeCount + 1);  // and "All events"
    for (int i = 1; i < box->count(); ++i) {
        const auto type = EventType(box->itemData(i).toInt());
        const QString dotted = QString::fromStdString(std::string(eventTypeName(type)));
        EXPECT_FALSE(box->itemText(i).contains(QLatin1Char('.'))) << box->itemText(i).toStdString();
        EXPECT_FALSE(box->itemText(i).contains(dotted));
        EXPECT_EQ(box->itemData(i, Qt::ToolTipRole).toString(), dotted);
    }
    EXPECT_GE(box->findText(QStringLiteral("Truck leaves")), 1);
    EXPECT_GE(box->findText(QStringLiteral("Waits in the depot")), 1);
    const QModelIndex type = log().filter().index(0, EventLogModel::Type);
    EXPECT_EQ(type.data().toString(), QStringLiteral("Letter written"));
    EXPECT_EQ(type.data(Qt::ToolTipRole).toString(), QStringLiteral("Letter written (message.created)"));
}

TEST_F(EventLog, TheHopIntoThePoBoxIsToldAsLmtp)
{
    open(QStringLiteral("01-first-email.yaml"));
    int lmtp = 0;
    for (int row = 0; row < log().filter().rowCount(); ++row) {
        const QString story = cell(log(), row, EventLogModel::Story);
        if (!story.contains(QStringLiteral("box.example.org"))) continue;  // the POP3 check "asks"
        // The PO boxes are plural: they "answer" and "say".
        if (story.contains(QStringLiteral("knock")) || story.contains(QStringLiteral(" say")) ||
            story.contains(QStringLiteral(" answer"))) {
            ++lmtp;
            EXPECT_FALSE(story.contains(QStringLiteral("SMTP"))) << story.toStdString();
        }
    }
    EXPECT_GE(lmtp, 11);  // the knock, LHLO, MAIL, RCPT, DATA, QUIT and the replies
    bool lhlo = false, knock = false;
    for (int row = 0; row < log().filter().rowCount(); ++row) {
        const QString story = cell(log(), row, EventLogModel::Story);
        lhlo = lhlo || story.contains(QStringLiteral("(LMTP LHLO)"));
        knock = knock || story.contains(QStringLiteral("(LMTP connection, port 24)"));
    }
    EXPECT_TRUE(lhlo);
    EXPECT_TRUE(knock);
}

TEST_F(EventLog, TheFiltersNarrowItToTheRecordsOfThatTypeStationAndLetter)
{
    open(QStringLiteral("07-several-recipients.yaml"));
    const std::string type = "road.depart", station = "smtp.sender.test", letter = "m1";
    auto count = [&](bool byType, bool byStation, bool byLetter) {
        int n = 0;
        for (const auto& r : records())
            if ((!byType || eventTypeName(r.type) == type) && (!byStation || r.station == station) &&
                (!byLetter || r.message == letter || r.original == letter))
                ++n;
        return n;
    };
    auto expectRowsMatch = [&](bool byType, bool byStation, bool byLetter) {
        ASSERT_EQ(log().filter().rowCount(), count(byType, byStation, byLetter));
        for (int row = 0; row < log().filter().rowCount(); ++row) {
            const auto& r = records()[std::size_t(sourceRow(log(), row))];
            EXPECT_TRUE(!byType || eventTypeName(r.type) == type);
            EXPECT_TRUE(!byStation || r.station == station);
            EXPECT_TRUE(!byLetter || r.message == letter || r.original == letter);
            EXPECT_TRUE(row == 0 || sourceRow(log(), row - 1) < sourceRow(log(), row)) << "in the run's order";
        }
    };

    // Rebuilt in one pass, not removed range by range (which costs seconds over 200,000 rows).
    int removals = 0;
    QObject::connect(&log().filter(), &QAbstractItemModel::rowsRemoved, [&] { ++removals; });
    chooseByData(log().typeBox(), int(EventType::RoadDepart));
    EXPECT_EQ(removals, 0);
    expectRowsMatch(true, false, false);
    EXPECT_LT(log().filter().rowCount(), int(records().size()));
    chooseByData(log().stationBox(), QString::fromStdString(station));
    expectRowsMatch(true, true, false);
    EXPECT_GT(log().filter().rowCount(), 0);
    log().typeBox()->setCurrentIndex(0);  // all events
    expectRowsMatch(false, true, false);
    QTest::keyClicks(log().messageField(), QStringLiteral("M1"));  // ids match whatever the case
    expectRowsMatch(false, true, true);
    log().stationBox()->setCurrentIndex(0);
    expectRowsMatch(false, false, true);
    EXPECT_GT(log().filter().rowCount(), 10);
    log().messageField()->clear();
    EXPECT_EQ(log().filter().rowCount(), int(records().size()));
}

TEST_F(EventLog, AClickOrEnterOnARowMovesTheWholeAppToThatEvent)
{
    open(QStringLiteral("03-server-down-retries.yaml"));
    chooseByData(log().typeBox(), int(EventType::DeliveryDeferred));
    ASSERT_GE(log().filter().rowCount(), 2);
    QTableView* table = log().table();
    // The time column: the first, in sight however narrow the dock column beside the map is.
    const QModelIndex second = log().filter().index(1, EventLogModel::Time);
    const QRect rect = table->visualRect(second);
    ASSERT_TRUE(table->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());

    const int row = sourceRow(log(), 1);
    const auto& r = records()[std::size_t(row)];
    PlaybackClock& clock = window.player().clock();
    EXPECT_EQ(clock.cursor(), std::size_t(row) + 1);
    EXPECT_EQ(clock.timeUs(), r.time.micros());
    EXPECT_EQ(captionBarOf(window).clock().toStdString(), window.player().session()->narrator().dateAndTime(r.time));
    EXPECT_EQ(toolbarOf(window).scrubber()->value(), row + 1);
    EXPECT_EQ(log().model().currentRow(), row);

    // Enter on the first row goes back there.
    table->setFocus();
    table->setCurrentIndex(log().filter().index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(clock.cursor(), std::size_t(sourceRow(log(), 0)) + 1);
}

TEST_F(EventLog, ThePlaybackRowIsHighlightedAndKeptInView)
{
    open(QStringLiteral("09-rush-hour-at-school.yaml"));
    ASSERT_GT(records().size(), 500u);
    PlaybackClock& clock = window.player().clock();
    for (std::size_t cursor : {records().size() - 5, records().size() / 2, std::size_t(3)}) {
        clock.seekRecord(cursor);
        const int row = int(cursor) - 1;
        EXPECT_EQ(log().model().currentRow(), row);
        const QModelIndex index = log().filter().index(row, 0);
        EXPECT_TRUE(index.data(Qt::BackgroundRole).isValid()) << "highlighted";
        EXPECT_FALSE(log().filter().index(row + 1, 0).data(Qt::BackgroundRole).isValid());
        const QRect rect = log().table()->visualRect(index);
        EXPECT_TRUE(log().table()->viewport()->rect().contains(rect.center())) << "in view at cursor " << cursor;
    }

    // While playing the highlight follows the clock.
    clock.seekRecord(10);
    clock.setPace(Pace::Continuous);
    clock.setSpeed(1000);
    clock.play();
    ASSERT_TRUE(QTest::qWaitFor([&] { return clock.cursor() > 200; }, 10000));
    clock.pause();
    EXPECT_EQ(log().model().currentRow(), int(clock.cursor()) - 1);
    const QRect rect = log().table()->visualRect(log().filter().index(int(clock.cursor()) - 1, 0));
    EXPECT_TRUE(log().table()->viewport()->rect().contains(rect.center()));
}

TEST_F(EventLog, TheLogGrowsAsTheRunStreamsInWithoutStartingOver)
{
    window.show();
    int inserts = 0, resets = 0;
    EventLogModel& model = eventLogOf(window).model();
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] { ++inserts; });
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("09-rush-hour-at-school.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    QTest::qWait(50);
    EXPECT_EQ(model.rowCount(), int(window.player().recordCount()));
    EXPECT_EQ(resets, 1) << "once, when the file opened";
    EXPECT_GE(inserts, 2) << "rows added slice by slice";
}

TEST_F(EventLog, AChangeMadeWhileWatchingShowsTheNewRunInTheLog)
{
    open(QStringLiteral("01-first-email.yaml"));
    const int before = log().filter().rowCount();
    window.player().intervene(Intervention::station(SimTime::fromMicros(30'000), "smtp.sender.test", true));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.player().rerunning() && window.player().complete(); }, 30000));
    QTest::qWait(20);
    ASSERT_EQ(log().filter().rowCount(), int(records().size()));
    EXPECT_NE(log().filter().rowCount(), before);
    int downs = 0;
    for (int row = 0; row < log().filter().rowCount(); ++row)
        if (cell(log(), row, EventLogModel::Type) == QStringLiteral("Station closes")) ++downs;
    EXPECT_EQ(downs, 1) << "the station taken down by hand is in the log";
}

TEST_F(EventLog, APictureOfTheLogBesideTheTownIsWrittenForAPersonToLookAt)
{
    open(QStringLiteral("03-server-down-retries.yaml"));
    window.player().clock().seekRecord(records().size() / 2);
    QTest::qWait(50);
    const QString path = QStringLiteral(POSTIE_SCREENSHOT_DIR "/event-log.png");
    ASSERT_TRUE(ScreenshotJob::save(window, path));
    EXPECT_EQ(QImage(path).size(), window.size());
    chooseByData(log().typeBox(), int(EventType::DeliveryDeferred));
    QTest::qWait(50);
    const QString filtered = QStringLiteral(POSTIE_SCREENSHOT_DIR "/event-log-deferrals.png");
    ASSERT_TRUE(ScreenshotJob::save(window, filtered));
    EXPECT_FALSE(QImage(filtered).isNull());
}

} // namespace
} // namespace postie::gui
