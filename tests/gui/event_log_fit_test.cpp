// The event log cuts no words at 1024x700: the kind of event fits its column in each language
// (the widest kind, not one guessed to be), and the sentence of every row in view fits its
// column, before and after scrolling, rather than being cut to "The so…" by a narrow dock.
#include "eventlog/event_log_dock.h"
#include "eventlog/event_log_model.h"
#include "gui_test_support.h"
#include "replay/event_words.h"

#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// What a cell's words need: their width in the cell's font and the margins the style keeps.
int needed(const QTableView& table, const QModelIndex& index)
{
    const QVariant font = index.data(Qt::FontRole);
    const QFontMetrics fm(font.isValid() ? font.value<QFont>() : table.font());
    const int margin = table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &table) + 1;
    return fm.horizontalAdvance(index.data().toString()) + 2 * margin;
}

// The cells of `column` in view whose words are wider than the column, as sentences.
QStringList cutCells(const QTableView& table, int column)
{
    QStringList cut;
    const int width = table.horizontalHeader()->sectionSize(column);
    const int first = table.rowAt(0);
    const int last = table.rowAt(table.viewport()->height() - 1);
    for (int row = first; row >= 0 && row <= (last < 0 ? table.model()->rowCount() - 1 : last); ++row) {
        const QModelIndex index = table.model()->index(row, column);
        if (needed(table, index) > width)
            cut << QStringLiteral("row %1: \"%2\" needs %3 pixels, has %4").arg(row).arg(index.data().toString()).arg(needed(table, index)).arg(width);
    }
    return cut;
}

class EventLogFit : public ::testing::TestWithParam<const char*> {
protected:
    void open(const QString& lesson)
    {
        ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1024, 700)));
        ASSERT_NO_FATAL_FAILURE(openLesson(window, lesson));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);  // View > Event log
        ASSERT_TRUE(QTest::qWaitFor([&] { return eventLogOf(window).isVisible(); }, 2000));
        QTest::qWait(30);
    }
    QTableView& table() { return *eventLogOf(window).table(); }
    Speaking speaking{QString::fromLatin1(GetParam())};  // before the window: it is built in the language
    MainWindow window;
};

TEST_P(EventLogFit, EveryKindOfEventFitsItsColumn)
{
    ASSERT_NO_FATAL_FAILURE(open(QStringLiteral("14-the-from-line-lies.yaml")));
    const QFontMetrics fm(table().font());
    const int margin = table().style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &table()) + 1;
    const int width = table().horizontalHeader()->sectionSize(EventLogModel::Type);
    for (int t = 0; t < kEventTypeCount; ++t) {
        const QString words = EventWords::plain(EventType(t));
        EXPECT_LE(fm.horizontalAdvance(words) + 2 * margin, width) << words.toStdString();
    }
}

TEST_P(EventLogFit, TheSentencesInViewAreNotCut)
{
    ASSERT_NO_FATAL_FAILURE(open(QStringLiteral("14-the-from-line-lies.yaml")));
    // The school's checks of who sent each letter (auth.checked).
    QComboBox* kinds = eventLogOf(window).typeBox();
    kinds->setCurrentIndex(kinds->findData(int(EventType::AuthChecked)));
    QTest::qWait(30);
    ASSERT_GT(table().model()->rowCount(), 0);
    QStringList cut = cutCells(table(), EventLogModel::Story);
    EXPECT_TRUE(cut.isEmpty()) << cut.join(QLatin1Char('\n')).toStdString();
    // Every event, scrolled from the top to the end: the rows that come into view too.
    kinds->setCurrentIndex(0);
    QScrollBar* bar = table().verticalScrollBar();
    for (int step = 0; step <= 4; ++step) {
        bar->setValue(bar->maximum() * step / 4);
        QTest::qWait(10);
        cut = cutCells(table(), EventLogModel::Story);
        EXPECT_TRUE(cut.isEmpty()) << "scrolled to " << bar->value() << ":\n" << cut.join(QLatin1Char('\n')).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(EachLanguage, EventLogFit, ::testing::Values("en", "de", "fr"),
                         [](const ::testing::TestParamInfo<const char*>& info) { return std::string(info.param); });

} // namespace
} // namespace postie::gui
