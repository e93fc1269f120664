#include "playback/caption_bar.h"

#include "shell/classroom_style.h"

#include "replay/town_frame.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace postie::gui {
namespace {

constexpr QChar kNoBreak(0x00A0);
constexpr int kCountsSpacing = 24;  // between the clock and the counts beside it
constexpr int kCaptionLines = 3;     // the most a caption takes, however many sentences it joins

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

    m_clock->setObjectName(QStringLiteral("captionClock"));
    m_clock->setAccessibleName(tr("Clock"));
    m_tally->setObjectName(QStringLiteral("captionTally"));
    m_tally->setAccessibleName(tr("Letters so far"));
    m_tally->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // In large type on a narrow window the counts go on two lines rather than past the edge.
    m_tally->setWordWrap(true);
    m_caption->setObjectName(QStringLiteral("captionText"));
    m_caption->setAccessibleName(tr("What happens"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->hide();
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_caption->setTextFormat(Qt::PlainText);
    for (QLabel* label : {m_clock, m_tally, m_headline, m_caption}) label->setForegroundRole(QPalette::Text);
    applyFonts();

    auto* top = new QGridLayout;
    m_top = top;
    top->setHorizontalSpacing(kCountsSpacing);
    top->setVerticalSpacing(0);
    top->addWidget(m_clock, 0, 0);
    top->setColumnStretch(1, 1);
    top->addWidget(m_tally, 0, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 10, 18, 12);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(m_caption);
}

void CaptionBar::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    placeTally();
    if (event->size().height() > event->oldSize().height()) m_shortLines = 0;  // more room: try all lines again
    if (event->oldSize() != size()) showText();  // the caption's lines are the width's and the height's
}

// The lines the caption may take: kCaptionLines, or fewer once the window has given the bar
// less than that (presentation type in a small window), so that no line is cut off unseen.
int CaptionBar::captionLines() const { return m_shortLines > 0 ? m_shortLines : kCaptionLines; }

QString CaptionBar::withMore(const QString& sentences, int more)
{
    if (more <= 0) return sentences;
    //: Before the latest sentences of one moment of the run when there were more of it than are
    //: shown: "(2 more at this moment) The post office …".
    return tr("(%n more at this moment) %1", nullptr, more).arg(sentences);
}

// At most captionLines() lines, so the map keeps its room: the sentences of one moment go from
// the oldest while they do not fit, and the caption says how many more there were. A sentence
// too long on its own is set a little smaller first (the back row still reads 80 %); if it is
// still too long it loses words before its protocol words, which stay: "The post office asks
// the postal-code directory… (DNS MX query)". Never silently.
QString CaptionBar::fitted(const QString& sentences)
{
    m_caption->setFont(m_captionFont);
    const QString text = withMore(sentences, m_more);
    // Not shown yet: no width to fit to (showing it lays it out and fits again).
    if (!m_caption->isVisible()) return text;
    const int width = std::max(100, m_caption->width() > 0 ? m_caption->width() : this->width() - 24);
    const int lines = captionLines();
    // The room is the caption's lines at its own type: a smaller type fits more lines into it.
    const QFontMetrics full(m_captionFont);
    const int room = std::max(full.lineSpacing(), full.height()) * lines + 2;  // some fonts have a negative leading
    const auto fitsIn = [&](const QFont& font, const QString& t) {
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, t).height() <= room;
    };
    const auto fits = [&](const QString& t) { return fitsIn(m_captionFont, t); };
    if (fits(text)) return text;
    // "First. Second. Third", as TownTimeline joins them.
    QStringList shown = sentences.split(QStringLiteral(". "));
    int hidden = m_more;
    QString candidate = text;
    while (shown.size() > 1) {
        shown.removeFirst();
        ++hidden;
        candidate = withMore(shown.join(QStringLiteral(". ")), hidden);
        if (fits(candidate)) return candidate;
    }
    // The newest sentence alone is too long: smaller type, down to 80 %, but never so small
    // that it is smaller than the window's own type.
    QFont smaller = m_captionFont;
    for (const double scale : {0.9, 0.8}) {
        smaller.setPointSizeF(std::max(font().pointSizeF(), m_captionFont.pointSizeF() * scale));
        if (fitsIn(smaller, candidate)) {
            m_caption->setFont(smaller);
            return candidate;
        }
    }
    // Still too long: whole words up to "…", keeping the protocol words at the end.
    m_caption->setFont(smaller);
    const Parts parts = split(candidate);
    const QString tail = parts.protocol.isEmpty() ? QString() : QStringLiteral(" (") + parts.protocol + QLatin1Char(')');
    QStringList words = parts.story.split(QLatin1Char(' '));
    while (words.size() > 1) {
        words.removeLast();
        const QString cut = words.join(QLatin1Char(' ')) + QStringLiteral("…") + tail;
        if (fitsIn(smaller, cut)) return cut;
    }
    return words.join(QLatin1Char(' ')) + QStringLiteral("…") + tail;
}

void CaptionBar::placeTally()
{
    if (!m_top) return;
    const QMargins margins = layout()->contentsMargins();
    const int room = width() - margins.left() - margins.right();
    const QFontMetrics tallyMetrics(m_tally->font());
    int widestCount = 0;
    for (const QString& count : m_tally->text().split(QStringLiteral("   ")))
        widestCount = std::max(widestCount, tallyMetrics.horizontalAdvance(count));
    setMinimumWidth(margins.left() + margins.right() + std::max(m_clock->sizeHint().width(), widestCount));
    const int oneRow = m_clock->sizeHint().width() + 2 * kCountsSpacing + tallyMetrics.horizontalAdvance(m_tally->text());
    const bool below = oneRow > room;
    // Beside the clock the counts keep one line: a wrapping label would ask for less.
    m_tally->setMinimumWidth(below ? 0 : tallyMetrics.horizontalAdvance(m_tally->text()) + 2);
    if (below == m_tallyBelow && m_top->indexOf(m_tally) >= 0) return;
    m_tallyBelow = below;
    m_top->removeWidget(m_tally);
    // Under the clock it has the whole width; no spacing then, which the clock would pay for.
    m_top->setHorizontalSpacing(below ? 0 : kCountsSpacing);
    if (below) m_top->addWidget(m_tally, 1, 0, 1, 3);
    else m_top->addWidget(m_tally, 0, 2);
    m_tally->setAlignment((below ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
}

void CaptionBar::applyFonts()
{
    const QFont base = font();
    m_clock->setFont(scaledFont(base, 1.5, true));
    m_tally->setFont(scaledFont(base, 1.1, false));
    m_headline->setFont(scaledFont(base, 1.45, true));
    m_captionFont = scaledFont(base, m_words == Words::Email ? 1.15 : 1.45, false);
    m_caption->setFont(m_captionFont);
    // Two lines of caption always fit, so the map does not jump as sentences change length.
    m_caption->setMinimumHeight(QFontMetrics(m_captionFont).lineSpacing() * 2 + 4);
    placeTally();
}

void CaptionBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) {  // presentation mode's larger type
        m_shortLines = 0;
        applyFonts();
    }
}

void CaptionBar::setWords(Words words)
{
    if (words == m_words) return;
    m_words = words;
    m_shortLines = 0;  // the headline comes or goes: the room is the layout's to say again
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
    m_more = frame.jump.empty() ? int(frame.captionMore) : 0;
    m_counts = {frame.tally.delivered, frame.tally.bounced, frame.tally.expired, frame.tally.discarded};
    showText();
}

void CaptionBar::showText()
{
    const Parts parts = split(m_sentence);
    const bool lead = m_words == Words::Email && !parts.protocol.isEmpty();
    m_headline->setVisible(lead);
    m_headline->setText(lead ? Vocabulary::headline(parts.protocol) : QString());
    m_caption->setText(fitted(lead ? parts.story : m_sentence));
    // The window lays the bar out after this: if it then has fewer lines than the text needs,
    // fit again to the lines it has.
    if (!m_checkPending) {
        m_checkPending = true;
        QTimer::singleShot(0, this, [this] {
            m_checkPending = false;
            const bool cut = m_caption->height() < m_caption->heightForWidth(m_caption->width());
            if (cut && m_caption->text() != m_refitted) {  // once a text: no loop if nothing fits
                m_refitted = m_caption->text();
                const int spacing = std::max(1, QFontMetrics(m_captionFont).lineSpacing());
                m_shortLines = std::clamp(m_caption->height() / spacing, 1, kCaptionLines);
                showText();
            }
        });
    }

    const QString returned = Vocabulary::headline(Vocabulary::word(Vocabulary::Term::ReturnToSender, m_words));
    const QLocale locale;
    //: The counts beside the clock; %2 is "Returned to sender" (or "Bounced (DSN)" in email words).
    //: Keep three spaces between two counts: a narrow bar wraps the line there.
    QString tally = tr("Delivered: %1   %2: %3   Expired: %4")
                        .arg(locale.toString(m_counts.delivered), returned, locale.toString(m_counts.bounced),
                             locale.toString(m_counts.expired));
    if (m_counts.discarded > 0) tally += tr("   Discarded: %1").arg(locale.toString(m_counts.discarded));
    // A narrow bar wraps the counts between them, never inside one ("Returned to sender: 3").
    tally.replace(QLatin1Char(' '), kNoBreak).replace(QString(3, kNoBreak), QStringLiteral("   "));
    m_tally->setText(tally);
    placeTally();
}

QString CaptionBar::caption() const { return m_caption->text(); }
QString CaptionBar::headline() const { return m_headline->text(); }
QString CaptionBar::clock() const { return m_clock->text(); }
QString CaptionBar::tally() const { return QString(m_tally->text()).replace(kNoBreak, QLatin1Char(' ')); }

} // namespace postie::gui
