// Charts a class can read at every window size: time axes that say the town's clock as the
// caption does, whole-number ticks for counts, latency spans that are never cut short, and
// lesson 9's time split that shows the delivery (the queue at rush hour), not the mailbox.
#include "gui_test_support.h"

#include "charts/axis_ticks.h"
#include "charts/latency_chart.h"
#include "charts/time_series_chart.h"
#include "charts/time_split_chart.h"
#include "replay/chart_feed.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "trace/trace_sink.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QRegularExpression>
#include <QValueAxis>

#include <cmath>
#include <map>
#include <set>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

class ChartReadabilityTest : public ::testing::Test {
protected:
    void openAndShowCharts(const QString& lesson, QSize size)
    {
        window.resize(size);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(window.openScenario(lessonPath(lesson)));
        ASSERT_TRUE(waitForRun(window.player()));
        ASSERT_TRUE(QTest::qWaitFor([&] {
            const auto s = window.player().session()->charts().snapshot();
            return s && s->complete;
        }, 60000));
        if (!chartsOf(window) || !dock().isVisible()) QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
        ASSERT_NE(chartsOf(window), nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dock().isVisible(); }, 2000));
        window.player().clock().seekTime(snapshot()->endUs());
        settle();
    }
    // Lets the charts lay themselves out (their ticks follow the plot's size a moment later).
    void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    }
    ChartsDock& dock() { return *chartsOf(window); }
    std::shared_ptr<const ChartSnapshot> snapshot() { return window.player().session()->charts().snapshot(); }

    MainWindow window;
};

// The text of every label the chart has drawn.
QStringList drawnTexts(ChartPanel& panel)
{
    QStringList out;
    for (QGraphicsItem* item : panel.scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible()) out << text->toPlainText();
    return out;
}

bool elided(const QString& text) { return text.contains(QStringLiteral("...")) || text.contains(QChar(0x2026)); }

TEST(AxisTicks, CountsGetWholeNumberTicksChosenFromTheRange)
{
    for (const double highest : {1.0, 2.0, 3.0, 4.0, 7.0, 13.0, 99.0, 1234.0}) {
        for (const int most : {3, 5, 6}) {
            QValueAxis axis;
            setWholeNumberTicks(axis, highest, most);
            SCOPED_TRACE(::testing::Message() << "highest " << highest << ", at most " << most << " ticks");
            EXPECT_EQ(axis.min(), 0);
            EXPECT_GE(axis.max(), highest);
            EXPECT_LE(axis.tickCount(), most);
            EXPECT_GE(axis.tickCount(), 2);
            const double step = (axis.max() - axis.min()) / (axis.tickCount() - 1);
            EXPECT_GE(step, 1);  // never 0, 0.5, 1 nor 0, 1, 1, 2
            EXPECT_EQ(step, std::round(step));
            EXPECT_LT(axis.max() - step, highest);  // no empty band at the top
        }
    }
    QValueAxis two;
    setWholeNumberTicks(two, 2, 6);
    EXPECT_EQ(two.max(), 2);
    EXPECT_EQ(two.tickCount(), 3);  // 0, 1, 2
}

TEST(AxisTicks, ClockTicksFallOnRoundTimesOfTheTownsClockWithDayMarks)
{
    const std::int64_t hour = 3600'000'000, minute = 60'000'000;
    // Lesson 9: 07:00 to 11:00.
    const ClockTicks rush = clockTicks(7 * hour, 4 * hour, 6);
    QStringList labels;
    for (const ClockTick& t : rush.ticks) labels << t.label;
    EXPECT_EQ(labels, (QStringList{"07:00", "08:00", "09:00", "10:00", "11:00"}));
    EXPECT_EQ(rush.axisEndUs, 4 * hour);
    // 09:00 plus 40 minutes, a few labels: on round ten minutes.
    const ClockTicks short_ = clockTicks(9 * hour, 40 * minute, 5);
    EXPECT_EQ(short_.stepUs, 10 * minute);
    EXPECT_EQ(short_.ticks.front().label, "09:00");
    EXPECT_EQ(short_.ticks.back().label, "09:40");
    // Five days from 09:00: the days are marked.
    const ClockTicks days = clockTicks(9 * hour, 5 * 24 * hour, 6);
    ASSERT_GE(days.ticks.size(), 3u);
    EXPECT_EQ(days.ticks.front().label, "day 2");
    EXPECT_EQ(clockTicks(9 * hour, 5 * 24 * hour, 6, 14804).ticks.front().label, "Thu 15");  // from Wed 14 Jul 2010
    EXPECT_EQ(days.ticks.front().us, 15 * hour);
    EXPECT_LE(int(days.ticks.size()), 6);
    // A day from 08:00: midnight says the day, a time of day comes back only on another day.
    const ClockTicks day = clockTicks(8 * hour, 24 * hour, 7);
    QStringList dayLabels;
    for (const ClockTick& t : day.ticks) dayLabels << t.label;
    EXPECT_TRUE(dayLabels.contains("day 2")) << dayLabels.join(' ').toStdString();
    EXPECT_EQ(clockLabel(0, 30'000'000, true, false), "00:00:30");
}

TEST_F(ChartReadabilityTest, TimeAxisLabelsAreTheCaptionsClockAtThatMoment)
{
    // "07:00", "07:00:30", or a day mark as the caption writes the date ("Thu 15", "Thu 15 06:00").
    const QRegularExpression clockLike(QStringLiteral("^(?:([A-Z][a-z][a-z] \\d+)(?: |$))?(\\d\\d:\\d\\d(?::\\d\\d)?)?$"));
    for (const QString& lesson : {QStringLiteral("09-rush-hour-at-school.yaml"), QStringLiteral("08-expired-after-five-days.yaml"),
                                  QStringLiteral("10-newsletter-meets-a-limit.yaml")}) {
        SCOPED_TRACE(lesson.toStdString());
        openAndShowCharts(lesson, QSize(1280, 800));
        for (TimeSeriesChart* chart : {&dock().queues(), &dock().inFlight(), &dock().outcomes(), &dock().dnsHitRate()}) {
            const QStringList labels = chart->xLabels();
            const std::vector<double> at = chart->xTickSeconds();
            ASSERT_GE(labels.size(), 3) << chart->title().toStdString();
            ASSERT_EQ(std::size_t(labels.size()), at.size());
            for (qsizetype i = 0; i < labels.size(); ++i) {
                const QRegularExpressionMatch m = clockLike.match(labels[i]);
                ASSERT_TRUE(m.hasMatch() && !labels[i].isEmpty()) << labels[i].toStdString();
                const auto us = std::int64_t(std::llround(at[std::size_t(i)] * 1e6));
                if (us > snapshot()->endUs()) continue;  // the axis's round end, after the run
                window.player().clock().seekTime(us);
                QCoreApplication::processEvents();
                const QString caption = captionBarOf(window).clock();
                // The caption: "Mon 6 Sep 2010, 07:00:00.000".
                const QString time = m.captured(2).isEmpty() ? QStringLiteral("00:00") : m.captured(2);
                EXPECT_TRUE(caption.contains(QStringLiteral(", ") + time + QLatin1Char(':')))
                    << labels[i].toStdString() << " vs caption " << caption.toStdString();
                if (!m.captured(1).isEmpty())
                    EXPECT_TRUE(caption.startsWith(m.captured(1) + QLatin1Char(' ')))
                        << labels[i].toStdString() << " vs caption " << caption.toStdString();
            }
        }
        const QStringList windows = dock().timeSplit().windowLabels();
        ASSERT_FALSE(windows.isEmpty());
        window.player().clock().seekTime(0);
        QCoreApplication::processEvents();
        EXPECT_TRUE(captionBarOf(window).clock().contains(QStringLiteral(", ") + windows.front() + QLatin1Char(':')))
            << windows.front().toStdString() << " vs " << captionBarOf(window).clock().toStdString();
    }
}

TEST_F(ChartReadabilityTest, CountAxesHaveWholeNumberTicksForSmallCounts)
{
    openAndShowCharts(QStringLiteral("01-first-email.yaml"), QSize(1280, 800));
    std::vector<QValueAxis*> axes{&dock().queues().yAxis(), &dock().inFlight().yAxis(), &dock().outcomes().yAxis(),
                                  &dock().latency().countAxis()};
    for (QValueAxis* axis : axes) {
        SCOPED_TRACE(axis->titleText().toStdString());
        ASSERT_GE(axis->tickCount(), 2);
        const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
        EXPECT_EQ(axis->min(), 0);
        EXPECT_GE(step, 1);
        EXPECT_EQ(step, std::round(step));
        EXPECT_EQ(axis->max(), std::round(axis->max()));
        EXPECT_LE(axis->max(), 5);  // a lesson of one letter: a small axis, not 0 to 4 in halves
    }
}

TEST_F(ChartReadabilityTest, LatencySpansAndClockLabelsFitWithoutElisionAt1024x700)
{
    for (const QString& lesson : {QStringLiteral("09-rush-hour-at-school.yaml"), QStringLiteral("12-how-many-servers.yaml")}) {
        SCOPED_TRACE(lesson.toStdString());
        openAndShowCharts(lesson, QSize(1024, 700));
        ASSERT_LE(window.width(), 1024);
        LatencyChart& latency = dock().latency();
        const QStringList bins = latency.binAxis().categories();
        ASSERT_GE(bins.size(), 1);
        // Measured: each span is narrower than the room left of the plot.
        const QFontMetricsF metrics(latency.binAxis().labelsFont());
        const double room = latency.chart()->plotArea().left();
        for (const QString& bin : bins) EXPECT_LT(metrics.horizontalAdvance(bin), room) << bin.toStdString();
        // Drawn: every label is there whole, none cut short with an ellipsis.
        for (ChartPanel* panel : dock().panels()) {
            const QStringList texts = drawnTexts(*panel);
            for (const QString& t : texts) EXPECT_FALSE(elided(t)) << panel->objectName().toStdString() << ": " << t.toStdString();
            if (panel == &latency) {
                for (const QString& bin : bins) EXPECT_TRUE(texts.contains(bin)) << bin.toStdString();
            }
        }
        for (const QString& label : dock().inFlight().xLabels())
            EXPECT_TRUE(drawnTexts(dock().inFlight()).contains(label)) << label.toStdString();
    }
}

// Letter-time of the delivery, read straight off the trace: each recipient's copy from writing
// to its outcome (or to the end), and apart from it the copies' time in a mailbox.
class DeliveryTime : public TraceSink {
public:
    void record(const TraceRecord& r) override
    {
        switch (r.type) {
        case EventType::MessageCreated: {
            std::int64_t n = r.to.empty() ? 0 : 1;
            for (std::size_t at = r.to.find(", "); at != std::string::npos; at = r.to.find(", ", at + 2)) ++n;
            created[r.message] = {r.time.micros(), n};
            break;
        }
        case EventType::MessageFinal:
            if (auto it = created.find(r.message); it != created.end()) {
                deliveryUs += double(r.time.micros() - it->second.first);
                --it->second.second;
            }
            break;
        case EventType::MailboxStored: storedAt.push_back(r.time.micros()); break;
        case EventType::MailboxFetched: ++fetched, mailboxUs += double(r.time.micros()); break;
        default: break;
        }
    }
    EventTypeSet wants() const override
    {
        return {EventType::MessageCreated, EventType::MessageFinal, EventType::MailboxStored, EventType::MailboxFetched};
    }
    double deliverySeconds(std::int64_t endUs) const
    {
        double us = deliveryUs;
        for (const auto& [id, c] : created) us += double(c.second) * double(endUs - c.first);
        return us / 1e6;
    }
    // Stored copies wait from storing to fetching (the fetched ones, first stored first fetched,
    // sum the same) or to the end.
    double mailboxSeconds(std::int64_t endUs) const
    {
        double us = mailboxUs + double(std::int64_t(storedAt.size()) - fetched) * double(endUs);
        for (const std::int64_t t : storedAt) us -= double(t);
        return us / 1e6;
    }

    std::map<std::string, std::pair<std::int64_t, std::int64_t>> created;  // time, copies still on their way
    std::vector<std::int64_t> storedAt;
    std::int64_t fetched = 0;
    double deliveryUs = 0, mailboxUs = 0;
};

TEST_F(ChartReadabilityTest, Lesson9sTimeSplitIsTheDeliveryWithoutTheMailboxAndShowsTheRushHourQueue)
{
    const QString lesson = QStringLiteral("09-rush-hour-at-school.yaml");
    openAndShowCharts(lesson, QSize(1280, 800));
    const std::int64_t end = snapshot()->endUs();

    const LoadResult loaded = loadScenarioFile(lessonPath(lesson).toStdString());
    ASSERT_TRUE(loaded.ok());
    ScenarioRun run(*loaded.spec);
    DeliveryTime trace;
    run.world().addSink(&trace);
    run.start();
    run.runToEnd();
    ASSERT_EQ(run.world().now().micros(), end);

    TimeSplitChart& split = dock().timeSplit();
    const ChartTable& table = split.table();
    ASSERT_EQ(table.header, (QStringList{"from_s", "to_s", "waiting_s", "dns_s", "on_the_way_s"}));
    double shown = 0, waiting = 0;
    std::map<QString, double> waitingShare;
    const QStringList labels = split.windowLabels();
    ASSERT_EQ(std::size_t(labels.size()), table.rows.size());
    for (std::size_t w = 0; w < table.rows.size(); ++w) {
        const auto& row = table.rows[w];
        double all = 0;
        for (std::size_t c = 2; c < row.size(); ++c) all += row[c].value_or(0);
        shown += all;
        waiting += row[2].value_or(0);
        waitingShare[labels[int(w)]] = all > 0 ? row[2].value_or(0) / all : 0;
    }
    // The bars add up to the letters' time on their way, as the trace tells it ...
    const double delivery = trace.deliverySeconds(end);
    EXPECT_NEAR(shown, delivery, delivery * 0.01);
    // ... which leaves out a good deal of time in mailboxes.
    EXPECT_GT(trace.mailboxSeconds(end), 0.1 * delivery);
    // Rush hour: from 08:00 the queue takes most of the time, more than before it.
    ASSERT_TRUE(waitingShare.count("08:00") && waitingShare.count("07:00")) << labels.join(' ').toStdString();
    EXPECT_GT(waitingShare.at("08:00"), 0.5);
    EXPECT_GT(waitingShare.at("08:00"), waitingShare.at("07:00"));
    EXPECT_GT(waiting, 0.5 * shown);
}

TEST_F(ChartReadabilityTest, EachChartSaysWhatItShowsAndFlightIsDrawnUnlikeTheQueues)
{
    openAndShowCharts(QStringLiteral("09-rush-hour-at-school.yaml"), QSize(1280, 800));
    std::set<QString> titles;
    for (ChartPanel* panel : dock().panels()) {
        EXPECT_FALSE(panel->explanation().isEmpty()) << panel->title().toStdString();
        const QString shown = QString(panel->chart()->title()).replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" ")).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
        EXPECT_TRUE(shown.simplified().contains(panel->explanation().toHtmlEscaped())) << shown.toStdString();
        titles.insert(panel->title());
    }
    EXPECT_EQ(titles.size(), dock().panels().size());
    // Letters in flight is a filled area; the queues are lines.
    auto filled = [](TimeSeriesChart& chart) {
        for (QAbstractSeries* s : chart.chart()->series())
            if (s->type() == QAbstractSeries::SeriesTypeArea) return true;
        return false;
    };
    EXPECT_TRUE(filled(dock().inFlight()));
    EXPECT_FALSE(filled(dock().queues()));
}

} // namespace
} // namespace postie::gui
