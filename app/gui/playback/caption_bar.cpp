#include "playback/caption_bar.h"

#include "replay/town_frame.h"

#include <QEvent>
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
    : QFrame(parent),
      m_clock(new QLabel(this)),
      m_tally(new QLabel(this)),
      m_headline(new QLabel(this)),
      m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("captionBar"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    // The palette's page colours: white with ink in the light theme, the other way round in
    // the dark one.
    setBackgroundRole(QPalette::Base);
    setForegroundRole(QPalette::Text);

    m_tally->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->hide();
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_caption->setTextFormat(Qt::PlainText);
    for (QLabel* label : {m_clock, m_tally, m_headline, m_caption}) label->setForegroundRole(QPalette::Text);
    applyFonts();

    auto* top = new QHBoxLayout;
    top->addWidget(m_clock);
    top->addStretch(1);
    top->addWidget(m_tally);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 10, 18, 12);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(m_caption);
}

void CaptionBar::applyFonts()
{
    const QFont base = font();
    m_clock->setFont(sized(base, 1.5, true));
    m_tally->setFont(sized(base, 1.1, false));
    m_headline->setFont(sized(base, 1.45, true));
    m_caption->setFont(sized(base, m_words == Words::Email ? 1.15 : 1.45, false));
    // Two lines of caption always fit, so the map does not jump as sentences change length.
    m_caption->setMinimumHeight(QFontMetrics(m_caption->font()).lineSpacing() * 2 + 4);
}

void CaptionBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) applyFonts();  // presentation mode's larger type
}

void CaptionBar::setWords(Words words)
{
    if (words == m_words) return;
    m_words = words;
    applyFonts();
    showText();
}

CaptionBar::Parts CaptionBar::split(const QString& sentence)
{
    // The Narrator ends a sentence with its protocol words in parentheses; a quoted subject or
    // a label may hold parentheses too, so match the last one from the end.
    if (!sentence.endsWith(QLatin1Char(')'))) return {sentence, {}};
    int depth = 0;
    for (qsizetype i = sentence.size() - 1; i >= 0; --i) {
        if (sentence.at(i) == QLatin1Char(')')) ++depth;
        else if (sentence.at(i) == QLatin1Char('(') && --depth == 0)
            return {sentence.left(i).trimmed(), sentence.mid(i + 1, sentence.size() - i - 2).trimmed()};
    }
    return {sentence, {}};
}

void CaptionBar::showFrame(const TownFrame& frame)
{
    m_clock->setText(QString::fromStdString(frame.dateAndTime));
    // While the clock jumps over quiet time, the caption says so ("1 h later: the next try").
    m_sentence = QString::fromStdString(frame.jump.empty() ? frame.caption : "» " + frame.jump);
    m_counts = {frame.tally.delivered, frame.tally.bounced, frame.tally.expired, frame.tally.discarded};
    showText();
}

void CaptionBar::showText()
{
    const Parts parts = split(m_sentence);
    const bool lead = m_words == Words::Email && !parts.protocol.isEmpty();
    m_headline->setVisible(lead);
    m_headline->setText(lead ? Vocabulary::headline(parts.protocol) : QString());
    m_caption->setText(lead ? parts.story : m_sentence);

    const QString returned = Vocabulary::headline(Vocabulary::word(Vocabulary::Term::ReturnToSender, m_words));
    QString tally = tr("Delivered: %1   %2: %3   Expired: %4")
                        .arg(m_counts.delivered)
                        .arg(returned)
                        .arg(m_counts.bounced)
                        .arg(m_counts.expired);
    if (m_counts.discarded > 0) tally += tr("   Discarded: %1").arg(m_counts.discarded);
    m_tally->setText(tally);
}

QString CaptionBar::caption() const { return m_caption->text(); }
QString CaptionBar::headline() const { return m_headline->text(); }
QString CaptionBar::clock() const { return m_clock->text(); }
QString CaptionBar::tally() const { return m_tally->text(); }

} // namespace postie::gui
