// The classroom app's speed budgets, on Qt's offscreen platform:
//   - one frame of a town with 2,000 trucks on its roads renders in under 16 ms (and how that
//     compares with the same town empty, rendered in the same process);
//   - opening the million-letter scenario shows its first frame in under 1 s;
//   - while the engine runs ahead on it, the event loop never stalls for more than 100 ms;
//   - with the charts dashboard open, a frame (the clock moves, the map and all six charts
//     redraw) stays under 16 ms, reported beside the map-only frame of the same run;
//   - the million-letter day in the app: the whole run in the session's worker (kept to its
//     first ScenarioSession::kMaxRecords records, charted to its end), closing it in the
//     middle, and the Inspector's frames on a run kept at that cap.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/gui_bench
#include "charts/charts_action.h"
#include "charts/charts_dock.h"
#include "inspector/inspector_dock.h"
#include "inspector/station_inspector.h"
#include "map/town_scene.h"
#include "map/town_view.h"
#include "map/truck_item.h"
#include "replay/chart_feed.h"
#include "replay/playback_clock.h"
#include "replay/record_index.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"
#include "replay/town_frame.h"
#include "replay/town_timeline.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTimer>
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace postie::gui {
namespace {

// The window's parts, found by the object names the app gives them (as the GUI tests do).
TownScene& sceneOf(const MainWindow& window) { return *window.findChild<TownScene*>(QStringLiteral("townScene")); }
TownView& viewOf(const MainWindow& window) { return *window.findChild<TownView*>(QStringLiteral("townView")); }
InspectorDock& inspectorOf(const MainWindow& window) { return *window.findChild<InspectorDock*>(QStringLiteral("inspectorDock")); }

const QString kMillion = QStringLiteral(POSTIE_SOURCE_DIR "/scenarios/90-a-million-letters.yaml");
constexpr int kTrucks = 2000;
const QSize kWindowSize(1280, 800);

// The window as a class sees it: the million-letter town, opened and fitted to 1280x800.
struct OpenTown {
    MainWindow window;

    explicit OpenTown(const QString& path = kMillion)
    {
        window.resize(kWindowSize);
        window.show();
        window.openScenario(path);
        window.player().clock().pause();
        // Let the engine's worker finish its share (the app keeps the first
        // ScenarioSession::kMaxRecords records), so that it does not share the cores with
        // the frames timed.
        QElapsedTimer timer;
        timer.start();
        while (!window.player().complete() && timer.elapsed() < 60'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
};

// A moment of that town with `count` letters on its roads, spread evenly over every road and
// along each road, in both directions. A real run of this town keeps at most
// ScenarioSession::kMaxRecords records, which end long before 2,000 letters are out at once,
// so the moment is composed from the town's own roads rather than replayed.
TownFrame busyMoment(const ScenarioSpec& spec, int count, double later = 0)
{
    TownFrame frame;
    frame.timeUs = 1'000'000;
    const auto& roads = spec.roads;
    for (int i = 0; i < count; ++i) {
        const RoadSpec& road = roads[std::size_t(i) % roads.size()];
        const bool back = (i / int(roads.size())) % 2 == 1;
        TripView v;
        v.trip.kind = Trip::Kind::Truck;
        v.trip.id = std::uint64_t(i + 1);
        v.trip.message = "m" + std::to_string(i + 1);
        v.trip.from = back ? road.b : road.a;
        v.trip.to = back ? road.a : road.b;
        v.trip.departUs = 0;
        v.trip.arriveUs = 2'000'000;
        v.progress = std::fmod((i * 7919 % 1000 + 1) / 1002.0 + later, 1.0);  // scattered along the road
        frame.trips.push_back(std::move(v));
    }
    return frame;
}

// Renders what the view shows into an image of the window's size, as a repaint does.
void renderFrame(TownView& view, QImage& image)
{
    image.fill(Qt::white);
    QPainter painter(&image);
    view.render(&painter, QRectF(image.rect()), view.viewport()->rect());
}

// The same moment with every station marked: a failure's mark over it, an outline (closed
// every third one, busy or not answering the others), and a stamp at its foot: the most the
// failure marks can add to a frame.
void markEveryStation(const ScenarioSpec& spec, TownFrame& frame)
{
    const FailureMark::Kind kinds[] = {FailureMark::Kind::Refused, FailureMark::Kind::TryLater, FailureMark::Kind::Deferred};
    for (std::size_t i = 0; i < spec.stations.size(); ++i) {
        const std::string& id = spec.stations[i].id;
        frame.failures[id] = FailureMark{kinds[i % 3], i % 3 == 1 ? "421" : "", 0, 0.5};
        if (i % 3 == 0) frame.closedStations.insert(id);
        else frame.trouble[id] = i % 3 == 1 ? Trouble::Busy : Trouble::NoAnswer;
        frame.flashes[id] = StationFlash{StationFlash::Kind::Stored, "", 0.2};
    }
}

void renderBenchmark(benchmark::State& state, int trucks, bool marks = false)
{
    OpenTown town;
    TownScene& scene = sceneOf(town.window);
    TownFrame moment = busyMoment(town.window.player().session()->spec(), trucks);
    if (marks) markEveryStation(town.window.player().session()->spec(), moment);
    scene.showFrame(moment);
    if (int(scene.trucks().size()) < trucks) {
        state.SkipWithError("the scene does not show every truck of the moment");
        return;
    }
    QImage image(kWindowSize, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        renderFrame(viewOf(town.window), image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["trucks"] = double(scene.trucks().size());
}

// A frame as the window plays: the trucks move on (the scene places them and their tags), then
// the view renders. Each round times frames without label placement (the baseline, as the map
// drew before it had any) and with it, in the same process, alternately.
void movingFramesBenchmark(benchmark::State& state)
{
    OpenTown town;
    TownScene& scene = sceneOf(town.window);
    const ScenarioSpec& spec = town.window.player().session()->spec();
    std::vector<TownFrame> moments;
    for (int i = 0; i < 16; ++i) moments.push_back(busyMoment(spec, kTrucks, i / 160.0));
    QImage image(kWindowSize, QImage::Format_ARGB32_Premultiplied);
    const auto frames = [&](bool place) {
        scene.setLabelPlacement(place);
        QElapsedTimer timer;
        timer.start();
        for (const TownFrame& moment : moments) {
            scene.showFrame(moment);
            renderFrame(viewOf(town.window), image);
        }
        return double(timer.nsecsElapsed()) / 1e6 / double(moments.size());
    };
    frames(true);  // every truck made once
    double without = 0, with = 0;
    int rounds = 0;
    for (auto _ : state) {
        without += frames(false);
        const double ms = frames(true);
        with += ms;
        ++rounds;
        state.SetIterationTime(ms / 1000);
    }
    if (int(scene.trucks().size()) < kTrucks) state.SkipWithError("the scene does not show every truck of the moment");
    state.counters["without_placement_ms"] = without / rounds;
    state.counters["with_placement_ms"] = with / rounds;
    state.counters["ratio"] = with / without;
    state.counters["budget_ms"] = 16;
}
BENCHMARK(movingFramesBenchmark)->Name("TownWith2000MovingTrucksAndTheirLabelsPlaced")->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(10);

// From the open call to the first time the town is painted.
void BM_FirstFrameOfAMillionLetters(benchmark::State& state)
{
    for (auto _ : state) {
        MainWindow window;
        window.resize(kWindowSize);
        window.show();
        QCoreApplication::processEvents();

        // The first paint of the map once the scenario is open: the town at its first moment,
        // while the engine works out the rest of the run behind it.
        struct PaintWatch : QObject {
            QObject* map = nullptr;
            bool armed = false;
            bool painted = false;
            bool eventFilter(QObject* watched, QEvent* e) override
            {
                if (armed && watched == map && e->type() == QEvent::Paint) painted = true;
                return false;
            }
        } watch;
        watch.map = viewOf(window).viewport();
        watch.map->installEventFilter(&watch);
        QObject::connect(&window.player(), &ScenarioPlayer::opened, &watch, [&] { watch.armed = true; });

        QElapsedTimer timer;
        timer.start();
        window.openScenario(kMillion);
        while (!watch.painted && timer.elapsed() < 30'000) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        state.counters["records_by_then"] = double(window.player().recordCount());
        state.SetIterationTime(ms / 1000);
        state.counters["first_frame_ms"] = ms;
        state.counters["budget_ms"] = 1000;
    }
}

// Opens the million letters, plays, and for a few seconds measures the gaps between the ticks
// of a 1 ms timer: the longest gap is the longest the window would not answer input. The
// baseline is the same measurement in the same process with no scenario open.
double longestGapMs(MainWindow& window, int forMs)
{
    QElapsedTimer wall;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    double longest = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    wall.start();
    sinceTick.start();
    tick.start();
    while (wall.elapsed() < forMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        window.update();
    }
    tick.stop();
    return longest;
}

void BM_LongestStallWhileTheEngineRunsAhead(benchmark::State& state)
{
    constexpr int kSeconds = 4;
    for (auto _ : state) {
        MainWindow window;
        window.resize(kWindowSize);
        window.show();
        const double idle = longestGapMs(window, 500);
        window.openScenario(kMillion);
        window.player().clock().play();
        const double busy = longestGapMs(window, kSeconds * 1000);
        state.SetIterationTime(busy / 1000);
        state.counters["longest_stall_ms"] = busy;
        state.counters["idle_longest_gap_ms"] = idle;
        state.counters["records_received"] = double(window.player().recordCount());
        state.counters["budget_ms"] = 100;
    }
}

// Frames while playing through the run: each one moves the clock to the next of 600 moments
// spread over the run (so the charts take in new samples every frame), then the whole window
// (map, caption, toolbar and, when open, the dashboard) renders into an image of its size.
double meanFrameMs(MainWindow& window, QImage& image, int frames)
{
    PlaybackClock& clock = window.player().clock();
    const std::int64_t end = std::max<std::int64_t>(1, window.player().session()->charts().snapshot()->endUs());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i) {
        clock.seekTime(end * (i % 600) / 600);
        image.fill(Qt::white);
        QPainter painter(&image);
        window.render(&painter);
    }
    return double(timer.nsecsElapsed()) / 1e6 / frames;
}

void chartsBenchmark(benchmark::State& state, const QString& path)
{
    OpenTown town(path);
    MainWindow& window = town.window;
    QElapsedTimer wait;
    wait.start();
    while (!window.player().session()->charts().snapshot()->complete && wait.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QImage image(kWindowSize, QImage::Format_ARGB32_Premultiplied);
    constexpr int kFrames = 60;
    double mapMs = 0, chartsMs = 0;
    int rounds = 0;
    for (auto _ : state) {
        window.findChild<ChartsAction*>()->setChecked(false);
        QCoreApplication::processEvents();
        mapMs += meanFrameMs(window, image, kFrames);
        window.findChild<ChartsAction*>()->setChecked(true);
        QCoreApplication::processEvents();
        const double ms = meanFrameMs(window, image, kFrames);
        chartsMs += ms;
        ++rounds;
        state.SetIterationTime(ms / 1000);
    }
    state.counters["map_only_ms"] = mapMs / rounds;
    state.counters["with_charts_ms"] = chartsMs / rounds;
    state.counters["ratio"] = chartsMs / mapMs;
    state.counters["samples"] = double(window.player().session()->charts().snapshot()->series.size());
}

// Baseline: the same town with nothing on its roads; the budget: under 16 ms with 2,000 trucks.
BENCHMARK_CAPTURE(renderBenchmark, EmptyTown, 0)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK_CAPTURE(renderBenchmark, TownWith2000Trucks, kTrucks)->Unit(benchmark::kMillisecond)->MinTime(1.0);
// ... and with every station marked as failing: the failure marks' cost, within 1.2 times the above.
BENCHMARK_CAPTURE(renderBenchmark, TownWith2000TrucksAndEveryStationMarked, kTrucks, true)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(1.0);
// The first jump from the start to the last record kept (a scrubber dragged to the end): the
// longest single wait the window has, as the town must be worked out up to there. The
// baseline is a jump of kKeyframeEvery records in the same run.
void BM_FirstJumpToTheEndOfTheRun(benchmark::State& state)
{
    for (auto _ : state) {
        OpenTown town;
        ScenarioPlayer& player = town.window.player();
        QElapsedTimer timer;
        timer.start();
        player.clock().seekRecord(TownTimeline::kKeyframeEvery);
        const double shortMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        player.clock().seekRecord(player.recordCount());
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        state.SetIterationTime(ms / 1000);
        state.counters["jump_to_end_ms"] = ms;
        state.counters["jump_of_a_keyframe_ms"] = shortMs;
        state.counters["records"] = double(player.recordCount());
        state.counters["budget_ms"] = 100;
    }
}

BENCHMARK(BM_FirstJumpToTheEndOfTheRun)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);
BENCHMARK(BM_FirstFrameOfAMillionLetters)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(3);
BENCHMARK(BM_LongestStallWhileTheEngineRunsAhead)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);
// The million letters (its series ends where the app's records do, while the worker stops
// there) and the rush hour (about 1,800 samples, every chart busy).
BENCHMARK_CAPTURE(chartsBenchmark, MillionLetters, kMillion)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);
BENCHMARK_CAPTURE(chartsBenchmark, RushHour, QStringLiteral(POSTIE_SOURCE_DIR "/scenarios/09-rush-hour-at-school.yaml"))
    ->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

// The whole day in the app's session: kept up to the record cap, summed up and charted to its
// end. A wrong result is an error, not a figure.
void BM_AMillionLettersInTheSession(benchmark::State& state)
{
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        ScenarioSession session;
        session.open(kMillion);
        while (!session.complete() && timer.elapsed() < 600'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        const double s = double(timer.nsecsElapsed()) / 1e9;
        if (!session.complete() || !session.truncated() || session.records().size() != ScenarioSession::kMaxRecords ||
            !session.summary() || session.summary()->delivered < 1'000'000 ||
            session.endUs() != session.records().timeUs(session.records().size() - 1) ||
            session.charts().snapshot()->endUs() != session.summary()->simTimeUs) {
            state.SkipWithError("the session did not keep the first records and sum up the whole day");
            return;
        }
        state.SetIterationTime(s);
        state.counters["run_s"] = s;
        state.counters["delivered"] = double(session.summary()->delivered);
    }
}

// Closing the session while the engine is in the middle of the day: how long the window waits
// for the worker to stop.
void BM_ClosingInTheMiddleOfAMillionLetters(benchmark::State& state)
{
    for (auto _ : state) {
        auto session = std::make_unique<ScenarioSession>();
        session->open(kMillion);
        QElapsedTimer wait;
        wait.start();
        while (session->records().size() <= 1000 && wait.elapsed() < 60'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (session->complete()) {
            state.SkipWithError("the run was complete before it could be closed in the middle");
            return;
        }
        QElapsedTimer timer;
        timer.start();
        session.reset();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        state.SetIterationTime(ms / 1000);
        state.counters["close_ms"] = ms;
    }
}

// The Inspector indexes records once, as they arrive, and folds only the clicked thing's own
// records: on a run kept at its record cap a frame stays quick (each frame includes the
// town's own).
void BM_InspectorFramesAtTheRecordCap(benchmark::State& state)
{
    MainWindow window;
    window.resize(1600, 900);
    window.show();
    window.openScenario(kMillion);
    QElapsedTimer wait;
    wait.start();
    while (!window.player().complete() && wait.elapsed() < 600'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const std::size_t count = window.player().recordCount();
    if (count < ScenarioSession::kMaxRecords) {
        state.SkipWithError("the run did not reach the record cap");
        return;
    }
    PlaybackClock& clock = window.player().clock();
    clock.seekRecord(count / 2);
    const auto& records = window.player().session()->records();
    // The busiest station, the post office every letter goes through; a letter in the middle.
    const QString busy = QStringLiteral("smtp.sender.test");
    QString letter;
    for (std::size_t i = count / 2; letter.isEmpty() && i < count; ++i)
        if (const auto& r = records[i]; !r.message.empty()) letter = QString::fromStdString(r.message);
    const auto perFrame = [&](int frames, auto&& frame) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < frames; ++i) frame(i);
        return double(timer.nsecsElapsed()) / 1e6 / frames;
    };
    for (auto _ : state) {
        const double firstMs = perFrame(1, [&](int) { inspectorOf(window).inspectStation(busy); });  // indexes the run
        const double stationMs = perFrame(100, [&](int i) { clock.seekRecord(count / 2 + std::size_t(i) * 7); });
        const double stationBackMs = perFrame(20, [&](int) { clock.stepBack(); });  // folds the station again
        inspectorOf(window).inspectMessage(letter);
        const double letterMs = perFrame(100, [&](int i) { clock.seekRecord(count / 2 + std::size_t(i) * 7); });
        const double letterBackMs = perFrame(20, [&](int) { clock.stepBack(); });
        if (inspectorOf(window).index().indexed() != count ||
            inspectorOf(window).stationInspector().countersText().isEmpty()) {
            state.SkipWithError("the inspector did not index every record or show the station");
            return;
        }
        state.SetIterationTime(letterMs / 1000);
        state.counters["first_ms"] = firstMs;
        state.counters["station_frame_ms"] = stationMs;
        state.counters["station_step_back_ms"] = stationBackMs;
        state.counters["letter_frame_ms"] = letterMs;
        state.counters["letter_step_back_ms"] = letterBackMs;
        state.counters["budget_frame_ms"] = 50;
        state.counters["budget_step_back_ms"] = 500;
    }
}

BENCHMARK(BM_AMillionLettersInTheSession)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);
BENCHMARK(BM_ClosingInTheMiddleOfAMillionLetters)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(3);
BENCHMARK(BM_InspectorFramesAtTheRecordCap)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);

} // namespace
} // namespace postie::gui

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
