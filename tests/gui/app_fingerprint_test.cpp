// Watching a run in the app never changes it: the records the window plays through hash to
// the same fingerprint as a headless run, and to the one pinned in tests/data/fingerprints.csv.
#include "gui_test_support.h"
#include "replay/playback_clock.h"

#include <QFile>
#include <QHash>

#include <iostream>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// lesson file -> fingerprint, as pinned for the engine's own fingerprint test.
QHash<QString, QString> pinnedFingerprints()
{
    QHash<QString, QString> pinned;
    QFile csv(QStringLiteral(POSTIE_TEST_DATA_DIR "/fingerprints.csv"));
    if (!csv.open(QIODevice::ReadOnly | QIODevice::Text)) return pinned;
    csv.readLine();  // header
    while (!csv.atEnd()) {
        const QStringList cells = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
        if (cells.size() >= 2) pinned.insert(cells[0], cells[1]);
    }
    return pinned;
}

struct HeadlessPrint {
    std::string hex;
    std::size_t records = 0;
};

HeadlessPrint headlessFingerprint(const QString& path)
{
    const LoadResult loaded = loadScenarioFile(path.toStdString());
    EXPECT_TRUE(loaded.ok()) << path.toStdString();
    if (!loaded.ok()) return {};
    ScenarioRun run(*loaded.spec);
    FingerprintSink print;
    struct Counter : TraceSink {
        std::size_t n = 0;
        void record(const TraceRecord&) override { ++n; }
    } counter;
    run.world().addSink(&print);
    run.world().addSink(&counter);
    run.start();
    run.runToEnd();
    return {print.hex(), counter.n};
}

// Plays the open lesson to its end at top speed, drawing every frame on the way, as a class
// would see it; returns the fingerprint of the records the playback went through.
std::string playToTheEnd(MainWindow& window)
{
    PlaybackClock& clock = window.player().clock();
    clock.setPace(Pace::Continuous);
    clock.setSpeed(PlaybackClock::kMaxSpeed);
    clock.play();
    for (int ticks = 0; !clock.atEnd() && ticks < 100000; ++ticks) {
        clock.advanceBy(100'000);  // 0.1 s of wall time: 1000 s simulated
        QCoreApplication::processEvents();
    }
    EXPECT_TRUE(clock.atEnd());
    const auto& records = window.player().session()->records();
    EXPECT_EQ(clock.cursor(), records.size()) << "the playback went through every record";
    FingerprintSink print;
    for (std::size_t i = 0; i < clock.cursor() && i < records.size(); ++i) print.record(records[i]);
    return print.hex();
}

TEST(AppFingerprint, ALessonPlayedInTheAppHasTheFingerprintOfAHeadlessRun)
{
    const QHash<QString, QString> pinned = pinnedFingerprints();
    ASSERT_FALSE(pinned.isEmpty());
    ASSERT_FALSE(lessons().isEmpty());
    for (const QString& lesson : lessons()) {
        SCOPED_TRACE(lesson.toStdString());
        const HeadlessPrint headless = headlessFingerprint(lessonPath(lesson));
        EXPECT_EQ(headless.hex, pinned.value(lesson).toStdString()) << "the headless run is the pinned one";
        if (headless.records > ScenarioSession::kMaxRecords) {
            // The app keeps only the first kMaxRecords of such a run, so its whole fingerprint
            // cannot be compared; the session test checks the records it does keep.
            std::cout << "[  SKIPPED ] " << lesson.toStdString() << ": " << headless.records
                      << " records, more than the app keeps\n";
            continue;
        }
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        // The lesson's stops closed: the run plays straight through, as the headless one does.
        ASSERT_TRUE(window.openScenario(lessonPath(lesson)));
        if (auto* panel = window.findChild<QDockWidget*>(QStringLiteral("lessonDock"))) panel->close();
        ASSERT_TRUE(waitForRun(window.player(), 300000));
        EXPECT_FALSE(window.player().session()->truncated());
        EXPECT_EQ(playToTheEnd(window), headless.hex);
    }
}

} // namespace
} // namespace postie::gui
