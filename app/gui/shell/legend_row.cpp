#include "shell/legend_row.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPixmap>
#include <QRegularExpression>

#include <algorithm>

namespace postie::gui {

LegendRow::LegendRow(const QPixmap& picture, const QString& text, int column, QWidget* parent)
    : QWidget(parent), m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this)), m_image(new QLabel(this)),
      m_words(new QLabel(text, this)), m_column(std::max(column, picture.width())), m_picture(!picture.isNull())
{
    m_layout->setContentsMargins(0, 2, 0, 2);
    m_image->setPixmap(picture);
    m_image->setFixedWidth(m_column);
    m_image->setAlignment(Qt::AlignCenter);
    m_words->setWordWrap(true);
    m_words->setAccessibleName(text);
    m_layout->addWidget(m_image);
    m_layout->addWidget(m_words, 1);
}

bool LegendRow::stacked() const { return m_layout->direction() == QBoxLayout::TopToBottom; }

int LegendRow::longestWord() const
{
    int longest = 0;
    const QFontMetrics metrics = m_words->fontMetrics();
    for (const QString& word : m_words->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}

void LegendRow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fit();
}

void LegendRow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Presentation mode's larger type makes the words longer at the same width.
    if (event->type() == QEvent::FontChange) fit();
}

void LegendRow::fit()
{
    // Room for the picture, the longest word and a little more beside it: else one under the other.
    const int beside = m_image->width() + m_layout->spacing() + longestWord() * 3 / 2;
    const auto direction = width() >= beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (direction == m_layout->direction()) return;
    m_layout->setDirection(direction);
    const bool stack = direction == QBoxLayout::TopToBottom;
    if (stack) {
        m_image->setMinimumWidth(0);
        m_image->setMaximumWidth(QWIDGETSIZE_MAX);
    } else {
        m_image->setFixedWidth(m_column);
    }
    m_image->setAlignment(stack ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
    m_image->setVisible(!stack || m_picture);  // an empty picture only lines the words up
    // Lay the row out again now: the words take the new width before anyone reads it.
    m_layout->invalidate();
    m_layout->activate();
    updateGeometry();
}

} // namespace postie::gui
