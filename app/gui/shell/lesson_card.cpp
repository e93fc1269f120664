#include "shell/lesson_card.h"

#include "shell/classroom_style.h"

#include <QFileInfo>
#include <QKeyEvent>
#include <QPainter>
#include <QSvgRenderer>

namespace postie::gui {
namespace {

constexpr int kPad = 12;
constexpr int kIconWidth = 48;
constexpr int kIconHeight = 33;
constexpr int kGap = 4;  // between title and summary

} // namespace

LessonCard::LessonCard(const Lesson& lesson, QWidget* parent)
    : QAbstractButton(parent), m_lesson(lesson), m_envelope(QStringLiteral(":/art/envelope.svg"))
{
    setText(lesson.title);  // also its accessible name
    setAccessibleDescription(lesson.summary);
    setToolTip(QFileInfo(lesson.path).fileName());
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QFont LessonCard::titleFont() const
{
    return scaledFont(font(), 1.2, true);
}

QFont LessonCard::summaryFont() const
{
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * 1.0);
    return f;
}

QRect LessonCard::textRect(int width) const
{
    const int left = kPad + kIconWidth + kPad;
    return QRect(left, kPad, std::max(40, width - left - kPad), 0);
}

int LessonCard::heightForWidth(int width) const
{
    const QRect text = textRect(width);
    const int title = QFontMetrics(titleFont()).boundingRect(text.adjusted(0, 0, 0, 10000), Qt::TextWordWrap, m_lesson.title).height();
    const int summary =
        QFontMetrics(summaryFont()).boundingRect(text.adjusted(0, 0, 0, 10000), Qt::TextWordWrap, m_lesson.summary).height();
    return std::max(kPad + title + kGap + summary + kPad, 2 * kPad + kIconHeight);
}

QSize LessonCard::sizeHint() const { return QSize(480, heightForWidth(480)); }

void LessonCard::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);
    const bool lit = m_hovered || hasFocus();
    // The palette's page colours, so the card reads in the dark theme too.
    const QColor page = palette().color(QPalette::Base);
    const QColor ink = palette().color(QPalette::Text);
    const bool dark = page.lightness() < 128;
    const QColor border = dark ? palette().color(QPalette::Light) : QColor(0xC8, 0xC2, 0xB4);
    p.setPen(QPen(lit ? accent : border, lit ? 3 : 1.5));
    p.setBrush(isDown() ? (dark ? page.lighter(160) : page.darker(108)) : page);
    p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 10, 10);

    m_envelope.render(&p, QRectF(kPad, kPad + 2, kIconWidth, kIconHeight));

    const QRect text = textRect(width());
    p.setPen(ink);
    p.setFont(titleFont());
    const QRect title = p.boundingRect(text.adjusted(0, 0, 0, 10000), Qt::TextWordWrap, m_lesson.title);
    p.drawText(title, Qt::TextWordWrap, m_lesson.title);
    p.setFont(summaryFont());
    const QColor problem = dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x1E, 0x1E);
    p.setPen(m_lesson.valid ? ink : problem);
    p.drawText(text.adjusted(0, title.height() + kGap, 0, 10000), Qt::TextWordWrap, m_lesson.summary);
}

void LessonCard::keyPressEvent(QKeyEvent* event)
{
    // Enter opens the focused lesson, as Space does (a button of its own only knows Space).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        animateClick();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void LessonCard::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void LessonCard::leaveEvent(QEvent* event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace postie::gui
