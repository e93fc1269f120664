// The charts dashboard: it follows the playback clock, exports exactly what it shows, agrees
// with `postie-cli run --series` (the same SeriesRecorder), and a click moves the app there.
#include "gui_test_support.h"

#include "charts/charts_dock.h"
#include "charts/latency_chart.h"
#include "charts/series_thinning.h"
#include "charts/time_series_chart.h"
#include "charts/time_split_chart.h"
#include "replay/chart_feed.h"

#include <QAction>
#include <QBarSet>
#include <QDockWidget>
#include <QFile>
#include <QLineSeries>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QValueAxis>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// A CSV as columns by header name; an empty cell is NaN.
std::map<QString, std::vector<double>> columns(const QString& csv)
{
    QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::map<QString, std::vector<double>> out;
    if (lines.isEmpty()) return out;
    const QStringList header = lines.takeFirst().split(QLatin1Char(','));
    for (const QString& line : lines) {
        const QStringList cells = line.split(QLatin1Char(','));
        for (int i = 0; i < header.size(); ++i) {
            bool ok = false;
            const double v = i < cells.size() ? cells[i].toDouble(&ok) : 0;
            out[header[i]].push_back(ok ? v : std::nan(""));
        }
    }
    return out;
}

class ChartsDockTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        window.resize(1600, 1000);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
    ChartsDock& dock() { return *chartsOf(window); }
    void openAndShowCharts(const QString& lesson)
    {
        ASSERT_TRUE(window.openScenario(lessonPath(lesson)));
        ASSERT_TRUE(waitForRun(window.player()));
        ASSERT_TRUE(QTest::qWaitFor([&] {
            const auto s = window.player().session()->charts().snapshot();
            return s && s->complete;
        }, 30000));
        if (!chartsOf(window) || !dock().isVisible()) QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
        ASSERT_NE(chartsOf(window), nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dock().isVisible(); }, 2000));
    }
    std::shared_ptr<const ChartSnapshot> snapshot() { return window.player().session()->charts().snapshot(); }

    MainWindow window;
};

TEST_F(ChartsDockTest, CtrlDAndTheViewMenuShowAndHideTheDashboard)
{
    EXPECT_EQ(chartsOf(window), nullptr);  // made when first asked for
    QAction* toggle = nullptr;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D)) toggle = a;
    ASSERT_NE(toggle, nullptr);
    EXPECT_EQ(toggle->text().remove(QLatin1Char('&')), QStringLiteral("Charts"));
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    ASSERT_NE(chartsOf(window), nullptr);
    EXPECT_TRUE(dock().isVisible());
    EXPECT_TRUE(toggle->isChecked());
    EXPECT_EQ(dock().panels().size(), 6u);
    toggle->trigger();
    EXPECT_FALSE(dock().isVisible());
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    EXPECT_TRUE(dock().isVisible());
    dock().close();  // its own close button: the menu item follows
    EXPECT_FALSE(toggle->isChecked());
}

TEST_F(ChartsDockTest, TheChartsShowTheRunUpToThePlaybackTimeAndFollowAStepBack)
{
    openAndShowCharts(QStringLiteral("09-rush-hour-at-school.yaml"));
    const auto s = snapshot();
    ASSERT_GT(s->series.size(), 1000u);  // a run gets about 1,000 to 3,000 samples
    ASSERT_LE(s->series.size(), ChartFeed::kMaxSamples + 1);
    PlaybackClock& clock = window.player().clock();
    const std::int64_t half = s->endUs() / 2;
    clock.seekTime(half);
    auto samplesUpTo = [&](std::int64_t t) {
        return std::size_t(std::count_if(s->series.begin(), s->series.end(), [t](const SeriesSample& x) { return x.time.micros() <= t; }));
    };
    EXPECT_EQ(dock().queues().table().rows.size(), samplesUpTo(half));
    EXPECT_NEAR(dock().inFlight().nowLineX() * dock().inFlight().unitSeconds(), double(half) / 1e6, 1e-6);
    clock.stepBack();
    const std::int64_t back = clock.timeUs();
    EXPECT_LT(back, half);
    EXPECT_NEAR(dock().outcomes().nowLineX() * dock().outcomes().unitSeconds(), double(back) / 1e6, 1e-6);
    EXPECT_EQ(dock().outcomes().table().rows.size(), samplesUpTo(back));
    clock.seekTime(s->endUs());
    EXPECT_EQ(dock().queues().table().rows.size(), s->series.size());
}

TEST_F(ChartsDockTest, TheExportedCsvIsExactlyTheSeriesOnScreen)
{
    openAndShowCharts(QStringLiteral("09-rush-hour-at-school.yaml"));
    window.player().clock().seekTime(snapshot()->endUs() * 2 / 3);
    QTemporaryDir dir;
    for (TimeSeriesChart* chart : {&dock().queues(), &dock().inFlight(), &dock().outcomes(), &dock().dnsHitRate()}) {
        const QString path = dir.filePath(QStringLiteral("chart.csv"));
        ASSERT_TRUE(chart->saveCsv(path));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const auto csv = columns(QString::fromUtf8(file.readAll()));
        const std::vector<double>& t = csv.at(QStringLiteral("t_s"));
        ASSERT_FALSE(t.empty());
        const auto lines = chart->lines();
        ASSERT_EQ(lines.size() + 1, csv.size()) << chart->title().toStdString();
        for (std::size_t c = 0; c < lines.size(); ++c) {
            QLineSeries* line = lines[c];
            const QString key = chart->table().header[int(c) + 1];
            const std::vector<double>& values = csv.at(key);
            QList<QPointF> expected;
            for (std::size_t i = 0; i < t.size(); ++i)
                if (!std::isnan(values[i])) expected << QPointF(t[i] / chart->unitSeconds(), values[i]);
            const QList<QPointF> shown = line->points();
            ASSERT_EQ(shown.size(), expected.size()) << key.toStdString();
            for (qsizetype i = 0; i < shown.size(); ++i) {
                EXPECT_NEAR(shown[i].x(), expected[i].x(), 1e-9) << key.toStdString() << " row " << i;
                EXPECT_NEAR(shown[i].y(), expected[i].y(), 1e-9) << key.toStdString() << " row " << i;
            }
        }
    }
    // The bar charts: the CSV is the bars.
    const auto latency = columns(dock().latency().table().csv());
    const QBarSet* bars = dock().latency().bars();
    ASSERT_EQ(qsizetype(latency.at(QStringLiteral("delivered")).size()), bars->count());
    for (int i = 0; i < bars->count(); ++i) EXPECT_EQ(latency.at(QStringLiteral("delivered"))[std::size_t(i)], bars->at(i));
    const auto split = columns(dock().timeSplit().table().csv());
    const QString keys[TimeSplitChart::kParts] = {QStringLiteral("waiting_s"), QStringLiteral("dns_s"),
                                                  QStringLiteral("on_the_way_s")};
    ASSERT_FALSE(dock().timeSplit().windows().empty());
    for (int p = 0; p < TimeSplitChart::kParts; ++p)
        for (int w = 0; w < int(dock().timeSplit().windows().size()); ++w)
            EXPECT_NEAR(split.at(keys[p])[std::size_t(w)], dock().timeSplit().bars()[std::size_t(p)]->at(w), 1e-9);
}

TEST_F(ChartsDockTest, AtTheEndTheDashboardEqualsTheCliSeriesAndSummary)
{
    for (const QString& lesson : {QStringLiteral("09-rush-hour-at-school.yaml"), QStringLiteral("03-server-down-retries.yaml")}) {
        SCOPED_TRACE(lesson.toStdString());
        openAndShowCharts(lesson);
        const auto s = snapshot();
        window.player().clock().seekTime(s->endUs());
        QTemporaryDir dir;
        const QString seriesPath = dir.filePath(QStringLiteral("series.csv"));
        const QString summaryPath = dir.filePath(QStringLiteral("summary.json"));
        QProcess cli;
        cli.start(QStringLiteral(POSTIE_CLI_PATH),
                  {QStringLiteral("run"), lessonPath(lesson), QStringLiteral("--quiet"), QStringLiteral("--series"), seriesPath,
                   QStringLiteral("--every"), QStringLiteral("%1ms").arg(s->every.micros() / 1000),
                   QStringLiteral("--summary"), summaryPath});
        ASSERT_TRUE(cli.waitForFinished(60000));
        ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
        QFile file(seriesPath);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const auto expected = columns(QString::fromUtf8(file.readAll()));
        ASSERT_EQ(expected.at(QStringLiteral("t_s")).size(), s->series.size());

        auto check = [&](const TimeSeriesChart& chart, const QString& key, const QString& cliKey, double scale) {
            const auto shown = columns(chart.table().csv());
            ASSERT_TRUE(shown.count(key)) << key.toStdString();
            const auto& a = shown.at(key);
            const auto& b = expected.at(cliKey);
            ASSERT_EQ(a.size(), b.size()) << key.toStdString();
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (std::isnan(b[i])) EXPECT_TRUE(std::isnan(a[i])) << key.toStdString() << " row " << i;
                else EXPECT_NEAR(a[i] / scale, b[i], 5e-5) << key.toStdString() << " row " << i;
            }
        };
        check(dock().inFlight(), QStringLiteral("t_s"), QStringLiteral("t_s"), 1);
        check(dock().inFlight(), QStringLiteral("in_flight"), QStringLiteral("in_flight"), 1);
        for (const char* k : {"delivered", "bounced", "deferred"}) check(dock().outcomes(), QString::fromLatin1(k), QString::fromLatin1(k), 1);
        for (const std::string& id : s->queueStations) {
            const QString key = QStringLiteral("queue:") + QString::fromStdString(id);
            check(dock().queues(), key, key, 1);
        }
        check(dock().dnsHitRate(), QStringLiteral("dns_hit_rate_total_pct"), QStringLiteral("dns_hit_rate_total"), 100);
        check(dock().dnsHitRate(), QStringLiteral("dns_hit_rate_pct"), QStringLiteral("dns_hit_rate"), 100);

        // Every delivered letter is in the latency histogram, as the summary counts them.
        QFile summaryFile(summaryPath);
        ASSERT_TRUE(summaryFile.open(QIODevice::ReadOnly));
        const auto summary = nlohmann::json::parse(summaryFile.readAll().toStdString());
        double histogram = 0;
        for (int i = 0; i < dock().latency().bars()->count(); ++i) histogram += dock().latency().bars()->at(i);
        EXPECT_EQ(histogram, summary["messages"]["delivered"].get<double>());
        EXPECT_GT(histogram, 0);
    }
}

TEST_F(ChartsDockTest, AClickOnAChartMovesThePlaybackToThatMoment)
{
    openAndShowCharts(QStringLiteral("03-server-down-retries.yaml"));  // 40 min from 09:00
    PlaybackClock& clock = window.player().clock();
    clock.seekTime(0);
    const double end = double(snapshot()->endUs());
    // The time charts' axis runs to a round number past the end; the bars' windows split the run.
    auto* x = qobject_cast<QValueAxis*>(dock().inFlight().chart()->axes(Qt::Horizontal).first());
    ASSERT_NE(x, nullptr);
    const double lineAxisEnd = x->max() * dock().inFlight().unitSeconds() * 1e6;
    EXPECT_GE(lineAxisEnd, end);
    {
        TimeSeriesChart* chart = &dock().inFlight();
        const QRectF plot = chart->chart()->plotArea();
        const QPoint at = chart->mapFromScene(chart->chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.6, plot.center().y())));
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
        const double pixel = lineAxisEnd / plot.width();
        EXPECT_NEAR(double(clock.timeUs()), 0.6 * lineAxisEnd, 2 * pixel);
        clock.seekTime(0);
    }
    // The bars' windows follow the clock: a click in a window goes as far into it as the mouse is.
    TimeSplitChart& split = dock().timeSplit();
    const auto& windows = split.windows();
    ASSERT_GE(windows.size(), 2u);
    const QRectF plot = split.chart()->plotArea();
    const double along = 0.6 * double(windows.size());
    const auto [from, to] = windows[std::size_t(along)];
    const double expected = double(from) + (along - std::floor(along)) * double(to - from);
    const QPoint at = split.mapFromScene(split.chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.6, plot.center().y())));
    QTest::mouseClick(split.viewport(), Qt::LeftButton, {}, at);
    EXPECT_NEAR(double(clock.timeUs()), expected, 2 * double(to - from) * double(windows.size()) / plot.width());
    EXPECT_EQ(windows.back().second, std::int64_t(end));
}

TEST(SeriesThinning, KeepsEveryPeakOfALongLineInAFewThousandPoints)
{
    QList<QPointF> line;
    for (int i = 0; i < 1'000'000; ++i) line << QPointF(i, (i % 1000 == 500) ? 100 : (i % 7));
    const QList<QPointF> thin = thinMinMax(line, 1000);
    EXPECT_LE(thin.size(), 2000);
    int peaks = 0;
    for (const QPointF& p : thin) peaks += p.y() == 100;
    EXPECT_EQ(peaks, 1000);  // one spike in each bucket of 1,000 points, every one kept
    for (qsizetype i = 1; i < thin.size(); ++i) EXPECT_LT(thin[i - 1].x(), thin[i].x());
    const QList<QPointF> shortLine{{0, 1}, {1, 2}};
    EXPECT_EQ(thinMinMax(shortLine, 1000), shortLine);
}

TEST_F(ChartsDockTest, ScreenshotsOfEachChartAreWritten)
{
    openAndShowCharts(QStringLiteral("09-rush-hour-at-school.yaml"));
    window.player().clock().seekTime(snapshot()->endUs() * 6 / 10);
    QDir().mkpath(QStringLiteral(POSTIE_SCREENSHOT_DIR));
    for (ChartPanel* chart : dock().panels()) {
        const QString path = shotPath(QStringLiteral("chart-") + chart->objectName() + QStringLiteral(".png"));
        ASSERT_TRUE(chart->savePng(path)) << path.toStdString();
        const QImage image(path);
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), chart->size() * chart->devicePixelRatio());
    }
    ASSERT_TRUE(window.grab().save(shotPath(QStringLiteral("charts-dock-09-rush-hour.png"))));

    // A letter that waits for a server to come back: a second hill far right in the histogram.
    openAndShowCharts(QStringLiteral("03-server-down-retries.yaml"));
    window.player().clock().seekTime(snapshot()->endUs());
    ASSERT_TRUE(window.grab().save(shotPath(QStringLiteral("charts-dock-03-server-down.png"))));
}

} // namespace
} // namespace postie::gui

namespace postie::gui {
namespace {

// A run without `until` (five days of retries before the letter expires): the interval starts
// at 1 ms and doubles as the run goes on, so the samples stay a few thousand.
TEST(ChartFeed, ARunOfUnknownLengthStillGetsAFewThousandSamples)
{
    const LoadResult loaded = loadScenarioFile(testing::lessonPath(QStringLiteral("08-expired-after-five-days.yaml")).toStdString());
    ASSERT_TRUE(loaded.ok());
    ASSERT_FALSE(loaded.spec->until);
    ScenarioRun run(*loaded.spec);
    ChartFeed feed;
    feed.attach(run.world(), *loaded.spec);
    run.start();
    run.runToEnd();
    feed.publish(run.world().now(), true);
    const auto s = feed.snapshot();
    ASSERT_TRUE(s->complete);
    EXPECT_GT(run.world().now(), SimTime::fromSeconds(4 * 86400));
    EXPECT_GE(s->series.size(), ChartFeed::kMaxSamples / 2);
    EXPECT_LE(s->series.size(), ChartFeed::kMaxSamples + 1);
    EXPECT_EQ(s->series.size(), s->letters.size());
    EXPECT_EQ(s->series.back().time, run.world().now());
    EXPECT_EQ(s->every.micros() % 1000, 0);  // 1 ms · 2^k, so `postie-cli --every` can repeat it
    EXPECT_EQ(ChartFeed::intervalFor(SimTime::fromSeconds(4 * 3600)), SimTime::fromMillis(8192));
}

} // namespace
} // namespace postie::gui
