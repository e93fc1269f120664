#pragma once
// The lesson panel: a tab of the dock column beside the map that shows a LessonSheet: the
// goals, then at each stop its words, its question and the choices as large buttons (keys 1 to
// 6 choose too), Skip and Reveal, the revealed answer in big type with why, a change to try,
// Continue, and the recap with the class's answers beside the right ones. It only shows and
// tells: what a click means is the LessonController's.
#include "replay/lesson_sheet.h"

#include <QDockWidget>
#include <QFont>
#include <QHash>

class QLabel;
class QGridLayout;
class QScrollArea;

namespace postie::gui {

class WrapButton;

class LessonDock : public QDockWidget {
    Q_OBJECT
public:
    static constexpr int kMaxChoices = 6;  // as many as a question may have
    // Of the window's width: the caption's type needs more room than the other docks' (a
    // 1024-pixel projector in presentation mode still shows a question and its choices).
    static constexpr double kShare = 0.30;

    explicit LessonDock(QWidget* parent = nullptr);

    void showSheet(const LessonSheet& sheet);
    const LessonSheet& sheet() const { return m_sheet; }
    // Everything the panel says now, top to bottom, as the class reads it (for tests).
    QStringList lines() const;

signals:
    void choiceMade(int choice);
    void skipRequested();
    void revealRequested();
    void continueRequested();
    void tryRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFonts();
    void fitWords();
    QLabel* addLabel(const char* name);
    WrapButton* addButton(const char* name, QWidget* parent = nullptr);

    void scrollToNews(const LessonSheet& before);

    LessonSheet m_sheet;
    QScrollArea* m_scroll;
    QWidget* m_page;
    QLabel* m_heading;
    QLabel* m_items;
    QLabel* m_say;
    QLabel* m_question;
    QWidget* m_choiceBox;
    QGridLayout* m_choiceGrid;
    QList<WrapButton*> m_choices;
    QList<QAction*> m_choiceKeys;
    QWidget* m_voteRow;
    WrapButton* m_skip;
    WrapButton* m_reveal;
    QLabel* m_answer;
    QLabel* m_verdict;
    QLabel* m_why;
    WrapButton* m_try;
    WrapButton* m_continue;
    QLabel* m_results;
    QLabel* m_note;
    QHash<QLabel*, QFont> m_designed;  // each label's type before fitWords() makes room for a long word
};

} // namespace postie::gui
