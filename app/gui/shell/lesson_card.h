#pragma once
// One lesson on the welcome page: a large card with the lesson's title and summary that
// opens it with one click (or Space/Enter when focused). Its height follows its width, so a
// long summary wraps rather than being cut.
#include "shell/lesson_catalog.h"

#include <QAbstractButton>
#include <QSvgRenderer>

namespace postie::gui {

class LessonCard : public QAbstractButton {
    Q_OBJECT
public:
    explicit LessonCard(const Lesson& lesson, QWidget* parent = nullptr);

    const Lesson& lesson() const { return m_lesson; }
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QFont titleFont() const;
    QFont summaryFont() const;
    QRect textRect(int width) const;

    Lesson m_lesson;
    QSvgRenderer m_envelope;
    bool m_hovered = false;
};

} // namespace postie::gui
