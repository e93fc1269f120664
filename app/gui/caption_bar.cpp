#include "caption_bar.h"

#include "town_frame.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

QFont sized(const QFont& base, double scale, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * scale);
    f.setBold(bold);
    return f;
}

} // namespace

CaptionBar::CaptionBar(QWidget* parent)
    : QFrame(parent), m_clock(new QLabel(this)), m_tally(new QLabel(this)), m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("captionBar"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x1A, 0x1A, 0x1A));
    setPalette(p);

    m_clock->setFont(sized(font(), 1.5, true));
    m_tally->setFont(sized(font(), 1.1, false));
    m_tally->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_caption->setFont(sized(font(), 1.45, false));
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_caption->setTextFormat(Qt::PlainText);
    // Two lines of caption always fit, so the map does not jump as sentences change length.
    m_caption->setMinimumHeight(QFontMetrics(m_caption->font()).lineSpacing() * 2 + 4);

    auto* top = new QHBoxLayout;
    top->addWidget(m_clock);
    top->addStretch(1);
    top->addWidget(m_tally);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 10, 18, 12);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_caption);
}

void CaptionBar::showFrame(const TownFrame& frame)
{
    m_clock->setText(QString::fromStdString(frame.dateAndTime));
    m_caption->setText(QString::fromStdString(frame.caption));
    QString tally = tr("Delivered: %1   Returned to sender: %2   Expired: %3")
                        .arg(frame.tally.delivered)
                        .arg(frame.tally.bounced)
                        .arg(frame.tally.expired);
    if (frame.tally.discarded > 0) tally += tr("   Discarded: %1").arg(frame.tally.discarded);
    m_tally->setText(tally);
}

QString CaptionBar::caption() const { return m_caption->text(); }
QString CaptionBar::clock() const { return m_clock->text(); }
QString CaptionBar::tally() const { return m_tally->text(); }

} // namespace postie::gui
