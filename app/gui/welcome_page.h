#pragma once
// The first page: what Postie is, and the bundled lessons as large buttons (one click opens
// one), plus a way to open any scenario file.
#include "lesson_catalog.h"

#include <QWidget>

class QGridLayout;

namespace postie::gui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setLessons(const QList<Lesson>& lessons);
    int lessonCount() const { return m_lessons.size(); }

signals:
    void lessonChosen(const QString& path);
    void openFileRequested();

private:
    QList<Lesson> m_lessons;
    QGridLayout* m_grid;
};

} // namespace postie::gui
