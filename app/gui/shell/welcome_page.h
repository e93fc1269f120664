#pragma once
// The first page: what Postie is, the files opened lately (one click opens one again), the
// bundled lessons as large buttons (one click opens one), plus a way to open any scenario file.
#include "shell/lesson_catalog.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace postie::gui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setLessons(const QList<Lesson>& lessons);
    int lessonCount() const { return m_lessons.size(); }
    // Newest first; none hides the row.
    void setRecentFiles(const QStringList& files);
    QList<QPushButton*> recentButtons() const;
    // The keyboard starts on the first lesson: Enter opens it, Tab goes on to the next.
    void focusFirstLesson();

signals:
    void lessonChosen(const QString& path);
    void recentChosen(const QString& path);
    void openFileRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();

    QList<Lesson> m_lessons;
    QGridLayout* m_grid;
    QLabel* m_title;
    QLabel* m_subtitle;
    QPushButton* m_open;
    QWidget* m_recent;
    QGridLayout* m_recentGrid;
};

} // namespace postie::gui
