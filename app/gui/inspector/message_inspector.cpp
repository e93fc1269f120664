#include "inspector/message_inspector.h"

#include "shell/classroom_style.h"

#include "inspector/journey_timeline.h"
#include "replay/message_story.h"
#include "replay/seal_words.h"
#include "trace/narrator.h"

#include <QFontDatabase>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString esc(const std::string& s) { return qs(s).toHtmlEscaped(); }

QString plain(const QLabel* label) { return QTextDocumentFragment::fromHtml(label->text()).toPlainText(); }

QLabel* section(const QString& heading, QVBoxLayout* layout, QWidget* parent, ScaledLabels& scaled)
{
    auto* title = new QLabel(heading, parent);
    title->setWordWrap(true);
    scaled.add(title, 1.1);
    layout->addWidget(title);
    auto* body = new QLabel(parent);
    body->setTextFormat(Qt::RichText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(body);
    return body;
}

// "4 KB", "1.5 MB", as scenario files write sizes (1 KB = 1024 bytes).
QString sizeText(std::int64_t bytes)
{
    if (bytes < 1024) return MessageInspector::tr("%Ln byte(s)", nullptr, int(bytes));
    const bool mega = bytes >= 1024 * 1024;
    const double value = double(bytes) / (mega ? 1024.0 * 1024.0 : 1024.0);
    const QString number = QLocale().toString(value, 'f', value == double(std::int64_t(value)) ? 0 : 1);
    return mega ? MessageInspector::tr("%1 MB").arg(number) : MessageInspector::tr("%1 KB").arg(number);
}

QString hopHeading(const SmtpHop& hop, int number)
{
    QString how;
    if (hop.port == 587) how = MessageInspector::tr("port 587 (submission)");
    else if (hop.port == 465) how = MessageInspector::tr("port 465 (submission, in TLS from the start)");
    else if (hop.port == 24) how = MessageInspector::tr("LMTP (port 24)");
    else how = MessageInspector::tr("port %1 (relay)").arg(hop.port);
    return MessageInspector::tr("Hop %1: from %2 to %3, %4").arg(number).arg(qs(hop.client), qs(hop.server), how);
}

// What became of a copy, in the words of the trace ("delivered", "bounced"), translated.
QString outcomeWord(Outcome outcome)
{
    switch (outcome) {
    //: What became of a copy of a letter, as the trace says it: it reached the PO box.
    case Outcome::Delivered: return MessageInspector::tr("delivered");
    //: What became of a copy of a letter, as the trace says it: returned to sender.
    case Outcome::Bounced: return MessageInspector::tr("bounced");
    //: What became of a copy of a letter, as the trace says it: thrown away without a word.
    case Outcome::Discarded: return MessageInspector::tr("discarded");
    //: What became of a copy of a letter, as the trace says it: given up after waiting too long.
    case Outcome::Expired: return MessageInspector::tr("expired");
    }
    return QString::fromLatin1(outcomeName(outcome));
}

// A header line as a mail program shows it (RFC 5322 §2.2.3): folded before 78 characters at
// a space, continued on lines that start with white space; a run with no space (a DKIM
// signature's base64) is folded inside, as signers do. So a long line never widens the page.
QString foldedHeader(const std::string& line)
{
    constexpr std::size_t kWidth = 76;
    const QString indent = QStringLiteral("<br>&nbsp;&nbsp;&nbsp;&nbsp;");
    QString out;
    std::string rest = line;
    bool first = true;
    while (!rest.empty()) {
        const std::size_t width = first ? kWidth : kWidth - 4;
        if (rest.size() <= width) {
            out += (first ? QString() : indent) + esc(rest);
            break;
        }
        std::size_t cut = rest.rfind(' ', width);
        if (cut == std::string::npos || cut == 0) cut = width;  // no space: fold inside the run
        out += (first ? QString() : indent) + esc(rest.substr(0, cut));
        rest = rest.substr(cut);
        if (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
        first = false;
    }
    return out;
}

// Who could read the letter on one hop's roads, by how it travelled them.
QString readersLine(const SmtpHop& hop)
{
    const QString a = qs(hop.client);
    const QString b = qs(hop.server);
    switch (*hop.seal) {
    case Seal::Postcard: return MessageInspector::tr("anyone on the road between %1 and %2").arg(a, b);
    case Seal::Envelope: return MessageInspector::tr("only %1 and %2 (TLS)").arg(a, b);
    case Seal::LockedBox:
        return MessageInspector::tr("only the recipient; the post offices read the envelope and the header lines");
    }
    return {};
}

// A line of the checks: a record term such as "-all" or "include:_spf.example.net" is never
// broken at its hyphen.
QString checkLine(const std::string& line)
{
    QStringList words = qs(line).split(QLatin1Char(' '));
    for (QString& w : words) {
        const bool keep = w.contains(QLatin1Char('-'));
        w = w.toHtmlEscaped();
        if (keep) w = QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(w);
    }
    return words.join(QLatin1Char(' '));
}

// One line of a transcript: who says it, and what.
QString transcriptLine(const TranscriptLine& line, std::int64_t sizeBytes)
{
    switch (line.side) {
    case TranscriptLine::Side::Client: return QStringLiteral("C: ") + qs(line.text).toHtmlEscaped();
    case TranscriptLine::Side::Server: return QStringLiteral("S: ") + qs(line.text).toHtmlEscaped();
    case TranscriptLine::Side::Letter:
        return QStringLiteral("<i>C: ") +
               MessageInspector::tr("(the letter: header lines and body, %1, then a line with only \".\")")
                   .arg(sizeText(sizeBytes))
                   .toHtmlEscaped() +
               QStringLiteral("</i>");
    case TranscriptLine::Side::Connect:
        return QStringLiteral("<span style=\"color:#6B6B6B\">— ") +
               (line.text == "24" ? MessageInspector::tr("knocks at port 24 (LMTP)")
                                  : MessageInspector::tr("knocks at port %1").arg(qs(line.text)))
                   .toHtmlEscaped() +
               QStringLiteral(" —</span>");
    case TranscriptLine::Side::Tls:
        return QStringLiteral("<span style=\"color:#006B8F\">— ") +
               (line.text == "465" ? MessageInspector::tr("TLS from the first word (port 465): the rest is sealed")
                                   : MessageInspector::tr("TLS starts (STARTTLS): the rest is sealed"))
                   .toHtmlEscaped() +
               QStringLiteral(" —</span>");
    case TranscriptLine::Side::Note:
        return QStringLiteral("<span style=\"color:#6B6B6B\">— ") + qs(line.text).toHtmlEscaped() +
               QStringLiteral(" —</span>");
    }
    return {};
}

} // namespace

MessageInspector::MessageInspector(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_journey(new JourneyTimeline)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // text wraps; the journey scrolls alone
    outer->addWidget(scroll);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 12, 12);
    m_scaled.add(m_title, 1.35);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("messageTitle"));
    layout->addWidget(m_title);

    m_envelope = section(tr("The envelope: what the servers read (SMTP)"), layout, page, m_scaled);
    m_envelope->setObjectName(QStringLiteral("envelope"));
    m_letter = section(tr("The letter: its header lines, newest on top"), layout, page, m_scaled);
    m_letter->setObjectName(QStringLiteral("letter"));
    m_scaled.addMono(m_letter);  // as large as the rest: read from the back row

    auto* journeyTitle = new QLabel(tr("The journey"), page);
    journeyTitle->setWordWrap(true);
    m_scaled.add(journeyTitle, 1.1);
    layout->addWidget(journeyTitle);
    auto* journeyScroll = new QScrollArea(page);
    journeyScroll->setWidget(m_journey);
    journeyScroll->setWidgetResizable(true);  // as wide as its stops need, scrolled when wider
    journeyScroll->setFrameShape(QFrame::NoFrame);
    journeyScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    journeyScroll->setFixedHeight(m_journey->sizeHint().height() + 24);
    layout->addWidget(journeyScroll);

    m_checks = section(tr("Who sent it? The receiving server's checks (SPF, DKIM, DMARC)"), layout, page, m_scaled);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_scaled.addMono(m_checks);

    m_readers = section(tr("Who can read it?"), layout, page, m_scaled);
    m_readers->setObjectName(QStringLiteral("readers"));

    m_transcript = section(tr("What was said on each hop (C: client, S: server)"), layout, page, m_scaled);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_scaled.addMono(m_transcript);
    layout->addStretch(1);
    scroll->setWidget(page);
    m_scaled.apply(font());
}

void MessageInspector::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) m_scaled.apply(font());  // presentation mode's type
}

void MessageInspector::showStory(const MessageStory& story, std::int64_t timeUs, const Narrator& narrator)
{
    const QString id = qs(story.id());
    if (!story.written()) {
        m_title->setText(tr("Letter %1 has not been written yet at this moment.").arg(id));
        m_envelope->clear();
        m_letter->clear();
        m_checks->clear();
        m_readers->clear();
        m_transcript->clear();
        m_journey->setJourney({}, 0, -1);
        return;
    }
    m_title->setText(story.original().empty()
                         ? tr("Letter %1: “%2”").arg(id, qs(story.subject()))
                         : tr("Letter %1: a “return to sender” notice for %2").arg(id, qs(story.original())));

    QString env = QStringLiteral("<tt>MAIL FROM:&lt;%1&gt;</tt>").arg(esc(story.mailFrom()));
    const auto bcc = story.envelopeOnly();
    for (const auto& r : story.rcptTo()) {
        env += QStringLiteral("<br><tt>RCPT TO:&lt;%1&gt;</tt>").arg(esc(r));
        if (std::find(bcc.begin(), bcc.end(), r) != bcc.end())
            env += QStringLiteral(" <b>") + tr("on the envelope only (Bcc): the letter does not name them").toHtmlEscaped() +
                   QStringLiteral("</b>");
    }
    if (story.mailFrom().empty())
        env += QStringLiteral("<br>") + tr("An empty MAIL FROM: a notice is never returned to sender.").toHtmlEscaped();
    if (!story.headerFrom().empty()) {
        // The envelope sender and the letter's From: one under the other, when they differ.
        env += QStringLiteral("<br><br>") + tr("On the envelope (MAIL FROM): %1").arg(esc(story.mailFrom()));
        env += QStringLiteral("<br>") + tr("In the letter (From:): %1").arg(esc(story.headerFrom()));
        env += QStringLiteral("<br><i>") + tr("Not the same: SMTP never compares the two.").toHtmlEscaped() +
               QStringLiteral("</i>");
    }
    for (const auto& o : story.outcomes())
        //: What became of the letter for one recipient: "bob@example.org: delivered at 09:00:01".
        env += QStringLiteral("<br>") + tr("%1: %2 at %3").arg(esc(o.recipient), outcomeWord(o.outcome).toHtmlEscaped(),
                                                               qs(narrator.clock(SimTime::fromMicros(o.timeUs))));
    m_envelope->setText(env);

    QString letter;
    for (const auto& h : story.headers()) letter += foldedHeader(h) + QStringLiteral("<br>");
    letter += QStringLiteral("<br><i>") +
              tr("(a blank line, then the body: %1 in all)").arg(sizeText(story.sizeBytes())).toHtmlEscaped() +
              QStringLiteral("</i>");
    if (!story.headersKnown())
        letter += QStringLiteral("<br><span style=\"font-family:sans-serif;color:#6B6B6B\">") +
                  tr("The letter's own header lines are in the trace once a copy reaches a PO box; until then "
                     "To: shows the envelope's recipients.")
                      .toHtmlEscaped() +
                  QStringLiteral("</span>");
    m_letter->setText(letter);

    QString checks;
    for (const auto& c : story.checks()) {
        checks += QStringLiteral("<p style=\"font-family:sans-serif\"><b>%1</b></p>")
                      .arg(tr("%1 checks the letter from %2").arg(qs(c.station), qs(c.peer)).toHtmlEscaped());
        for (const auto& step : c.steps) checks += checkLine(step) + QStringLiteral("<br>");
        if (!c.authenticationResults.empty())
            checks += QStringLiteral("<br>") + foldedHeader(c.authenticationResults) + QStringLiteral("<br>");
    }
    if (story.checks().empty())
        checks = tr("No receiving server has checked who sent it (a server checks with authenticate: true).").toHtmlEscaped();
    m_checks->setText(checks);

    QString readers;
    int hopNumber = 0;
    for (const auto& hop : story.hops()) {
        ++hopNumber;
        if (!hop.seal) continue;  // the letter has not crossed this hop's roads (yet)
        //: Who could read the letter on one hop: "Hop 1 (Postcard): anyone on the road between A and B".
        readers += tr("Hop %1 (%2): %3").arg(hopNumber).arg(SealWords::name(*hop.seal), readersLine(hop)).toHtmlEscaped() +
                   QStringLiteral("<br>");
    }
    if (readers.isEmpty()) readers = tr("The letter has not been on the road between two servers yet.").toHtmlEscaped();
    m_readers->setText(readers);

    QString transcript;
    int number = 0;
    for (const auto& hop : story.hops()) {
        transcript += QStringLiteral("<p style=\"font-family:sans-serif\"><b>%1</b></p>").arg(hopHeading(hop, ++number).toHtmlEscaped());
        for (const auto& line : hop.lines) transcript += transcriptLine(line, story.sizeBytes()) + QStringLiteral("<br>");
    }
    if (story.hops().empty()) transcript = tr("No SMTP session yet.").toHtmlEscaped();
    m_transcript->setText(transcript);
    showTime(story, timeUs, narrator);
}

void MessageInspector::showTime(const MessageStory& story, std::int64_t timeUs, const Narrator& narrator)
{
    QVector<JourneyTimeline::Stop> stops;
    if (!story.written()) return;
    const auto clock = [&](std::int64_t us) { return qs(narrator.clock(SimTime::fromMicros(us))); };
    stops.append({qs(story.writer()), clock(story.writtenUs()), tr("written")});
    int reached = 1;
    double progress = -1;
    for (const auto& leg : story.legs()) {
        stops.append({qs(leg.to), clock(leg.arriveUs), {}});
        if (leg.arriveUs <= timeUs) reached = int(stops.size());
        else if (leg.arriveUs > leg.departUs)
            progress = double(timeUs - leg.departUs) / double(leg.arriveUs - leg.departUs);
    }
    // A word under the stops where something happened to it besides the road.
    for (const auto& mark : story.marks()) {
        QString word;
        if (mark.kind == JourneyMark::Kind::Deferred) word = tr("waits: retry %1").arg(clock(mark.untilUs));
        else if (mark.kind == JourneyMark::Kind::Stored) word = tr("in the PO box");
        else if (mark.kind == JourneyMark::Kind::Returned) word = tr("returned (%1)").arg(qs(mark.text));
        else continue;
        for (auto it = stops.rbegin(); it != stops.rend(); ++it)
            if (it->station == qs(mark.station)) {
                it->mark = word;
                break;
            }
    }
    m_journey->setJourney(stops, reached, progress);
}

QString MessageInspector::title() const { return m_title->text(); }
QString MessageInspector::envelopeText() const { return plain(m_envelope); }
QString MessageInspector::letterText() const { return plain(m_letter); }
QString MessageInspector::transcriptText() const { return plain(m_transcript); }
QString MessageInspector::checksText() const { return plain(m_checks); }
QString MessageInspector::readersText() const { return plain(m_readers); }

} // namespace postie::gui
