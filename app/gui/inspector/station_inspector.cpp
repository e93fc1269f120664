#include "inspector/station_inspector.h"

#include "shell/classroom_style.h"

#include "replay/device_kind.h"
#include "replay/station_labels.h"

#include "trace/narrator.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>

namespace postie::gui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
// A host name may break after its dots ("mx1.<break>example.org"): in a narrow dock in
// presentation mode a whole one is wider than the dock. The break is invisible (U+200B).
const QChar kMayBreak(0x200B);
QString breakable(QString text) { return text.replace(QLatin1Char('.'), QStringLiteral(".") + kMayBreak); }
QString esc(const std::string& s) { return breakable(qs(s).toHtmlEscaped()); }
QString unbroken(QString text) { return text.remove(kMayBreak); }
QString plain(const QLabel* label) { return unbroken(QTextDocumentFragment::fromHtml(label->text()).toPlainText()); }

QLabel* heading(const QString& text, QVBoxLayout* layout, ScaledLabels& scaled)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    scaled.add(label, 1.1);
    layout->addWidget(label);
    return label;
}

QLabel* body(QVBoxLayout* layout, const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    return label;
}

// "59 min 12 s", "3 h 5 min", "0.4 s" (its numbers as the language writes them: "0,4 s")
QString duration(std::int64_t us)
{
    const QLocale locale;
    const auto n = [&locale](std::int64_t value) { return locale.toString(qlonglong(value)); };
    const std::int64_t s = us / 1000000;
    if (s < 1) return StationInspector::tr("%1 s").arg(locale.toString(double(us) / 1e6, 'f', 1));
    if (s < 60) return StationInspector::tr("%1 s").arg(n(s));
    if (s < 3600) return StationInspector::tr("%1 min %2 s").arg(n(s / 60), n(s % 60));
    if (s < 86400) return StationInspector::tr("%1 h %2 min").arg(n(s / 3600), n((s / 60) % 60));
    return StationInspector::tr("%1 d %2 h").arg(n(s / 86400), n((s / 3600) % 24));
}

QString more(std::size_t total)
{
    if (total <= std::size_t(StationInspector::kListed)) return {};
    return QStringLiteral("<br><i>") +
           StationInspector::tr("… and %1 more").arg(QLocale().toString(qulonglong(total - StationInspector::kListed))) +
           QStringLiteral("</i>");
}

// The PO boxes to list: a newsletter fills thousands, and a page of thousands takes seconds to
// lay out at every frame. The kListed boxes that got a letter last, newest first (what a
// class looks for is what just came in); boxes without a letter after them.
using Boxes = std::map<std::string, std::vector<BoxLetter>>;
std::vector<const Boxes::value_type*> newestBoxes(const Boxes& boxes)
{
    std::vector<const Boxes::value_type*> listed;
    listed.reserve(boxes.size());
    for (const auto& box : boxes) listed.push_back(&box);
    if (listed.size() <= std::size_t(StationInspector::kListed)) return listed;
    const auto newest = [](const Boxes::value_type* box) {
        return box->second.empty() ? std::int64_t(-1) : box->second.back().storedUs;
    };
    std::partial_sort(listed.begin(), listed.begin() + StationInspector::kListed, listed.end(),
                      [&](const auto* a, const auto* b) { return newest(a) > newest(b) || (newest(a) == newest(b) && a->first < b->first); });
    listed.resize(StationInspector::kListed);
    return listed;
}

// A snooper's notes, the newest first: what it could read of each letter, and where it tore
// the offer to seal off.
template <class Clock>
QString overheardHtml(const std::vector<Overheard>& notes, const Clock& clock)
{
    if (notes.empty()) return StationInspector::tr("Nothing yet.").toHtmlEscaped();
    QString out;
    int shown = 0;
    for (auto it = notes.rbegin(); it != notes.rend() && shown < StationInspector::kListed; ++it, ++shown) {
        const SnooperRemark& r = it->remark;
        const QString at = clock(it->timeUs);
        QString line;
        if (r.kind == SnooperRemark::Kind::Stripped)
            //: A snooper's note: "09:00:00.265: tore STARTTLS off the answer of mx.school.test to smtp.sender.test".
            line = StationInspector::tr("%1: tore STARTTLS off the answer of %2 to %3").arg(at, esc(it->from), esc(it->to));
        else if (r.seal == Seal::Envelope)
            //: A snooper's note: "09:00:00.415: m1 from … to …, a sealed envelope: could not read it (TLS)".
            line = StationInspector::tr("%1: %2 from %3 to %4, a sealed envelope: could not read it (TLS)")
                       .arg(at, esc(r.message), esc(it->from), esc(it->to));
        else if (r.seal == Seal::LockedBox)
            line = StationInspector::tr("%1: %2 from %3 to %4, a locked box: read who writes to whom and “%5”, not the text")
                       .arg(at, esc(r.message), esc(it->from), esc(it->to), esc(r.subject));
        else
            line = StationInspector::tr("%1: %2 from %3 to %4, a postcard: read “%5”: “%6”")
                       .arg(at, esc(r.message), esc(it->from), esc(it->to), esc(r.subject), esc(r.text));
        out += (out.isEmpty() ? QString() : QStringLiteral("<br>")) + line;
    }
    return out + more(notes.size());
}

QString row(const QString& label, std::uint64_t value)
{
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;<b>%2</b></td></tr>")
        .arg(label.toHtmlEscaped(), QLocale().toString(qulonglong(value)));
}

} // namespace

StationInspector::StationInspector(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The bar stays: one that comes and goes rewraps the words beside it, and with some texts
    // (a depot of thousands in lesson 10) the layout then shows and hides it for ever.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    outer->addWidget(scroll);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 12, 12);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("stationTitle"));
    m_scaled.add(m_title, 1.35);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_status = body(layout, QStringLiteral("stationStatus"));
    m_queueTitle = heading(tr("The depot (queue)"), layout, m_scaled);
    m_queue = body(layout, QStringLiteral("queue"));
    m_dnsTitle = heading(tr("The directory's memory (DNS cache)"), layout, m_scaled);
    m_dns = body(layout, QStringLiteral("dnsCache"));
    m_boxTitle = heading(tr("The PO boxes (mailboxes)"), layout, m_scaled);
    m_boxes = body(layout, QStringLiteral("mailboxes"));
    m_overheardTitle = heading(tr("What it read on the road"), layout, m_scaled);
    m_overheard = body(layout, QStringLiteral("overheard"));
    heading(tr("Counters so far"), layout, m_scaled);
    m_counters = body(layout, QStringLiteral("counters"));
    layout->addStretch(1);
    scroll->setWidget(page);
    m_scaled.apply(font());
}

void StationInspector::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) m_scaled.apply(font());  // presentation mode's type
}

void StationInspector::showStory(const StationStory& story, const StationSpec* spec, std::int64_t timeUs,
                                 const Narrator& narrator)
{
    const auto clock = [&](std::int64_t us) { return qs(narrator.clock(SimTime::fromMicros(us))); };
    const StationKind kind = spec ? spec->kind : StationKind::Router;
    const QString label = spec ? stationName(*spec) : qs(story.id());  // in the app's language
    m_title->setText(breakable(label == qs(story.id()) ? label : QStringLiteral("%1 (%2)").arg(label, qs(story.id()))));
    QString status = story.closed() ? tr("<b>Closed</b>: connections are refused.") : tr("Open.");
    if (kind == StationKind::Client && spec)  // a writer's device, in words
        status += QLatin1Char(' ') + tr("Device: %1.").arg(Devices::words(Devices::fromKey(spec->device)).toHtmlEscaped());
    m_status->setText(status);

    // A PO box has a depot of its own when filing a letter takes its clerks time.
    const bool hasDepot = kind == StationKind::Outgoing || kind == StationKind::Incoming ||
                          (kind == StationKind::Mailbox && spec && !spec->service.isZero());
    m_queueTitle->setVisible(hasDepot);
    m_queue->setVisible(hasDepot);
    if (hasDepot) {
        QString q;
        const auto& depot = story.depot();
        q += tr("%Ln letter(s) waiting for a clerk or a free lane.", nullptr, int(depot.size())).toHtmlEscaped();
        int shown = 0;
        for (const auto& [seq, letter] : depot) {
            if (shown++ == kListed) break;
            //: A letter in the depot: its id and since when it waits ("m3, since 09:00:02").
            const QString since = tr("%1, since %2").arg(esc(letter.message), clock(letter.sinceUs));
            //: A letter in the depot, with why it waits there: "m3, since 09:00:02 (…)".
            q += QStringLiteral("<br>") + (letter.reason.empty() ? since : tr("%1 (%2)").arg(since, esc(letter.reason)));
        }
        q += more(depot.size());
        const auto waiting = story.waitingAt(timeUs);
        q += QStringLiteral("<br><br>") +
             tr("%Ln letter(s) waiting for the next round (deferred, to be tried again).", nullptr, int(waiting.size()))
                 .toHtmlEscaped();
        for (std::size_t i = 0; i < waiting.size() && i < std::size_t(kListed); ++i) {
            const auto& w = waiting[i];
            q += QStringLiteral("<br>") + tr("%1 to %2: next try at %3 (%4)")
                                              .arg(esc(w.message), esc(w.recipient), clock(w.retryUs), esc(w.reason));
        }
        q += more(waiting.size());
        m_queue->setText(q);
    }

    const bool resolver = kind == StationKind::Resolver;
    m_dnsTitle->setVisible(resolver);
    m_dns->setVisible(resolver);
    if (resolver) {
        QString d;
        if (story.cache().empty()) d = tr("Nothing remembered yet.").toHtmlEscaped();
        // One paragraph per entry, not a table: it wraps to the dock, however narrow.
        int shown = 0;
        for (const auto& [key, e] : story.cache()) {
            if (shown++ == kListed) break;
            QString answer;
            for (const auto& r : e.records) answer += (answer.isEmpty() ? QString() : QStringLiteral("<br>")) + esc(r);
            //: A DNS answer without records (NOERROR): the name is there, but not a record of that type.
            if (answer.isEmpty())
                answer = e.rcode == DnsRcode::NoError ? tr("no such record").toHtmlEscaped() : esc(dnsRcodeName(e.rcode));
            const QString kept = e.expiresUs > timeUs
                                     ? tr("kept %1 more (TTL %2)").arg(duration(e.expiresUs - timeUs), duration(e.expiresUs - e.storedUs))
                                     : tr("expired: asked again next time");
            d += QStringLiteral("<p><b>%1 %2</b><br>%3<br><i>%4</i></p>")
                     .arg(esc(e.name), esc(dnsTypeName(e.qtype)), answer, kept.toHtmlEscaped());
        }
        d += more(story.cache().size());
        m_dns->setText(d);
    }

    const bool store = kind == StationKind::Mailbox;
    m_boxTitle->setVisible(store);
    m_boxes->setVisible(store);
    if (store) {
        QString b;
        if (story.mailboxes().empty()) b = tr("No letters yet.").toHtmlEscaped();
        for (const auto* box : newestBoxes(story.mailboxes())) {
            const auto& [user, letters] = *box;
            //: A PO box with no letters in it.
            const QString count = letters.empty() ? tr("empty") : tr("%Ln letter(s)", nullptr, int(letters.size()));
            b += QStringLiteral("<p><b>%1</b>: %2").arg(esc(user), count);
            // The newest first: what a class looks for is what just came in.
            int shown = 0;
            for (auto it = letters.rbegin(); it != letters.rend() && shown < kListed; ++it, ++shown) {
                b += QStringLiteral("<br>") +
                     tr("%1 from %2, “%3”, stored %4").arg(esc(it->message), esc(it->from), esc(it->subject), clock(it->storedUs));
                //: After a letter in a PO box: it was filed in the Junk folder, which mail programs do not fetch.
                if (it->junk) b += QStringLiteral(", <b>") + tr("in the Junk folder").toHtmlEscaped() + QStringLiteral("</b>");
                if (it->fetchedUs < 0) continue;
                const QString by = esc(it->fetchedBy);
                const QString at = clock(it->fetchedUs);
                //: After a letter in a PO box ("m1 from …, stored 09:00"): who fetched it, when and how.
                if (it->fetchedHow == MailAccess::Imap)
                    b += QStringLiteral(", ") + tr("read by %1 at %2, still here (IMAP, \\Seen)").arg(by, at);
                else if (it->fetchedHow == MailAccess::Pop3)
                    b += QStringLiteral(", ") + tr("downloaded by %1 at %2 (POP3 RETR)").arg(by, at);
                else
                    b += QStringLiteral(", ") + tr("fetched by %1 at %2").arg(by, at);
            }
            b += more(letters.size()) + QStringLiteral("</p>");
        }
        if (story.mailboxes().size() > std::size_t(kListed))
            b += QStringLiteral("<p><i>") +
                 tr("… and %Ln more PO box(es)", nullptr, int(story.mailboxes().size() - kListed)).toHtmlEscaped() +
                 QStringLiteral("</i></p>");
        m_boxes->setText(b);
    }

    const bool snooper = kind == StationKind::Snooper;
    m_overheardTitle->setVisible(snooper);
    m_overheard->setVisible(snooper);
    if (snooper) m_overheard->setText(overheardHtml(story.overheard(), clock));

    const auto& c = story.counters();
    QString t = QStringLiteral("<table>");
    if (c.trucksIn || c.trucksOut) {
        t += row(tr("Letters arrived by road"), c.trucksIn);
        t += row(tr("Letters sent on by road"), c.trucksOut);
    }
    if (hasDepot) t += row(tr("Letters a clerk took from the depot"), c.served);
    if (c.sessionsIn) t += row(tr("SMTP sessions it answered"), c.sessionsIn);
    if (c.sessionsOut) t += row(tr("SMTP sessions it opened"), c.sessionsOut);
    if (c.lmtpSessionsIn) t += row(tr("LMTP sessions it answered"), c.lmtpSessionsIn);
    if (c.lmtpSessionsOut) t += row(tr("LMTP sessions it opened"), c.lmtpSessionsOut);
    if (c.replies2xx + c.replies4xx + c.replies5xx) {
        t += row(tr("Replies it gave: 2xx (yes)"), c.replies2xx);
        t += row(tr("Replies it gave: 4xx (later)"), c.replies4xx);
        t += row(tr("Replies it gave: 5xx (no)"), c.replies5xx);
    }
    if (c.refusedConnections) t += row(tr("Doors that stayed shut to it"), c.refusedConnections);
    if (hasDepot) t += row(tr("Deferrals (letters held for the next round)"), c.deferrals);
    if (c.notices) t += row(tr("Notices written (return to sender, still trying)"), c.notices);
    if (store) {
        t += row(tr("Letters stored"), c.stored);
        t += row(tr("Letters fetched"), c.fetched);
        t += row(tr("Letters taken home and removed (POP3)"), c.removed);
    }
    if (c.delivered) t += row(tr("Copies delivered here"), c.delivered);
    if (c.bounced) t += row(tr("Copies returned to sender here"), c.bounced);
    if (c.expired) t += row(tr("Copies given up here (expired)"), c.expired);
    if (c.discarded) t += row(tr("Copies discarded here"), c.discarded);
    if (resolver) {
        t += row(tr("Questions answered (DNS)"), c.dnsAnswered);
        t += row(tr("… from memory (cache hits)"), c.cacheHits);
        t += row(tr("… looked up (cache misses)"), c.cacheMisses);
    }
    if (c.dnsAsked) t += row(tr("Questions it asked the directory (DNS)"), c.dnsAsked);
    t += QStringLiteral("</table>");
    m_counters->setText(t);
}

QString StationInspector::title() const { return unbroken(m_title->text()); }
QString StationInspector::queueText() const { return m_queue->isHidden() ? QString() : plain(m_queue); }
QString StationInspector::dnsText() const { return m_dns->isHidden() ? QString() : plain(m_dns); }
QString StationInspector::mailboxText() const { return m_boxes->isHidden() ? QString() : plain(m_boxes); }
QString StationInspector::countersText() const { return plain(m_counters); }
QString StationInspector::overheardText() const { return m_overheard->isHidden() ? QString() : plain(m_overheard); }

} // namespace postie::gui
