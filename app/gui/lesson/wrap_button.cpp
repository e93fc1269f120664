#include "lesson/wrap_button.h"

#include "lesson/line_breaks.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace postie::gui {
namespace {

constexpr int kMargin = 10;  // between the button's edge and its words

} // namespace

WrapButton::WrapButton(QWidget* parent) : QPushButton(parent), m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setForegroundRole(QPalette::ButtonText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kMargin, kMargin / 2, kMargin, kMargin / 2);
    layout->addWidget(m_label);
    // As wide as its column, never wider: a word longer than the line must not widen the panel.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void WrapButton::setWords(const QString& words)
{
    m_label->setText(withLineBreaks(words));
    setAccessibleName(words);
    updateGeometry();
}

QString WrapButton::words() const { return withoutLineBreaks(m_label->text()); }

QSize WrapButton::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * 8 + 2 * kMargin, heightForWidth(fm.averageCharWidth() * 16)};
}

// As narrow as its longest word: the words wrap, but no word is cut.
QSize WrapButton::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    int widest = fm.averageCharWidth() * 4;
    for (const QString& word : QString(m_label->text()).replace(kLineBreak, QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, fm.horizontalAdvance(word));
    return {widest + 2 * kMargin + 4, fm.height() * 2};
}

int WrapButton::heightForWidth(int width) const
{
    const QFontMetrics fm(font());
    return std::max(fm.height() * 2, m_label->heightForWidth(width - 2 * kMargin) + kMargin);
}

void WrapButton::changeEvent(QEvent* event)
{
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_label->setFont(font());
        updateGeometry();
    }
}

} // namespace postie::gui
