// The Lesson panel fits its column at 1024x700: at every stop of every bundled lesson, asked
// and revealed (a stop's change to try with it), and at the recap, in each language and in both
// looks, the page is no wider than the column (it never scrolls sideways) and no word is cut
// at its right edge: a long setting or address wraps at its joints.
#include "gui_test_support.h"
#include "lesson/lesson_controller.h"
#include "lesson/line_breaks.h"

#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocumentFragment>

#include <vector>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

struct Case {
    std::string lesson;
    const char* language;
    bool presentation;
};

// The pieces of a label's words that cannot wrap: between spaces, invisible breaks and after
// hyphens.
QStringList unbreakable(const QLabel& label)
{
    QString text = label.text();
    if (label.textFormat() == Qt::RichText) {
        text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    }
    text.replace(QLatin1Char('-'), QStringLiteral("- "));
    text.replace(kLineBreak, QLatin1Char(' '));
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

// Every way the panel is too wide at this moment, as sentences.
QStringList tooWide(const QScrollArea& scroll)
{
    QStringList problems;
    const int room = scroll.viewport()->width();
    if (scroll.widget()->width() > room)
        problems << QStringLiteral("the page is %1 pixels wide in a column of %2").arg(scroll.widget()->width()).arg(room);
    if (scroll.horizontalScrollBar()->maximum() > 0) problems << QStringLiteral("the page scrolls sideways");
    for (const QLabel* label : scroll.widget()->findChildren<QLabel*>()) {
        if (!label->isVisible()) continue;
        const QFontMetrics fm(label->font());
        const int width = std::min(label->contentsRect().width(), room);
        for (const QString& word : unbreakable(*label))
            if (fm.horizontalAdvance(word) > width)
                problems << QStringLiteral("\"%1\" in %2 is cut: %3 pixels in %4")
                                .arg(word, label->objectName())
                                .arg(fm.horizontalAdvance(word))
                                .arg(width);
    }
    return problems;
}

void PrintTo(const Case& c, std::ostream* out) { *out << c.lesson << ' ' << c.language << (c.presentation ? " presentation" : ""); }

class LessonPanelFit : public ::testing::TestWithParam<Case> {};

TEST_P(LessonPanelFit, NothingIsWiderThanTheColumn)
{
    const Case c = GetParam();
    Speaking speaking(QString::fromLatin1(c.language));
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1024, 700)));
    window.setLook(false, c.presentation);
    window.setWindowState(Qt::WindowNoState);  // presentation mode in a 1024x700 window, as a screenshot has it
    window.resize(1024, 700);
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QString::fromStdString(c.lesson), true));
    auto& lessons = partOf<LessonController>(window, "lessonController");
    ASSERT_TRUE(QTest::qWaitFor([&] { return lessons.run().known(); }, 30000));
    std::vector<std::size_t> moments{0};
    for (const LessonStopPlace& stop : lessons.run().stops())
        for (const auto& cursor : {stop.stopCursor, stop.revealCursor})
            if (cursor) moments.push_back(*cursor);
    moments.push_back(window.player().recordCount());  // the recap
    auto& scroll = partOf<QScrollArea>(window, "lessonScroll");
    for (std::size_t cursor : moments) {
        window.player().clock().seekRecord(cursor);
        QTest::qWait(30);  // the layout takes in the new words
        const QStringList problems = tooWide(scroll);
        EXPECT_TRUE(problems.isEmpty()) << "at record " << cursor << ":\n" << problems.join(QLatin1Char('\n')).toStdString();
    }
    window.setLook(false, false);
}

std::vector<Case> cases()
{
    std::vector<Case> out;
    for (const QString& f : QDir(sourcePath(QStringLiteral("scenarios"))).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        if (f.startsWith(QStringLiteral("90-"))) continue;  // a load lesson without a lesson section
        for (const char* language : {"en", "de", "fr"})
            for (bool presentation : {false, true}) out.push_back({f.toStdString(), language, presentation});
    }
    return out;
}

std::string caseName(const ::testing::TestParamInfo<Case>& info)
{
    const std::string name = "Lesson" + info.param.lesson.substr(0, 2) + "_" + info.param.language;
    return info.param.presentation ? name + "_Presentation" : name;
}

INSTANTIATE_TEST_SUITE_P(EveryLesson, LessonPanelFit, ::testing::ValuesIn(cases()), caseName);

} // namespace
} // namespace postie::gui
