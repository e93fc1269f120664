#include "replay/message_story.h"

#include "mail/smtp_reply.h"

#include <algorithm>
#include <cctype>

namespace postie::gui {
namespace {

std::string trim(std::string s)
{
    const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::vector<std::string> splitList(const std::string& list)
{
    std::vector<std::string> out;
    std::size_t from = 0;
    while (from <= list.size()) {
        const std::size_t comma = std::min(list.find(',', from), list.size());
        std::string part = trim(list.substr(from, comma - from));
        if (!part.empty()) out.push_back(std::move(part));
        from = comma + 1;
    }
    return out;
}

// "RCPT TO:<bob@example.org>" and "<bob@example.org> Ok" -> "bob@example.org"
std::string bracketed(const std::string& text)
{
    const auto open = text.find('<');
    const auto close = text.find('>', open == std::string::npos ? 0 : open);
    if (open == std::string::npos || close == std::string::npos) return {};
    return text.substr(open + 1, close - open - 1);
}

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

std::string fieldValue(const std::vector<std::string>& lines, const std::string& name)
{
    for (const auto& line : lines)
        if (startsWith(line, name + ": ")) return line.substr(name.size() + 2);
    return {};
}

} // namespace

std::string SmtpHop::protocol() const
{
    if (port == 24) return "LMTP";
    if (tls) return authenticated ? "ESMTPSA" : "ESMTPS";
    return authenticated ? "ESMTPA" : "ESMTP";
}

SmtpHop* MessageStory::hop(std::int64_t session)
{
    for (auto& h : m_hops)
        if (h.session == session) return &h;
    return nullptr;
}

void MessageStory::apply(const TraceRecord& r)
{
    if (r.message != m_id) {
        // A notice about this letter: "return to sender" or "still trying".
        if (r.type == EventType::BounceCreated && r.original == m_id)
            m_marks.push_back({JourneyMark::Kind::Returned, r.station, r.time.micros(), r.message,
                               traceWord(r.noticeAction) + (" " + r.status)});
        return;
    }
    const std::int64_t t = r.time.micros();
    switch (r.type) {
    case EventType::MessageCreated:
        m_written = true;
        m_writtenUs = t;
        m_writer = r.station;
        m_mailFrom = r.from == "<>" ? std::string() : r.from;
        m_rcptTo = splitList(r.to);
        m_subject = r.subject;
        m_size = r.sizeBytes;
        m_original = r.original;
        m_headerFrom = r.headers.empty() ? std::string() : fieldValue(r.headers, "From");
        m_writerLines.clear();
        for (const auto& line : r.headers)
            if (!startsWith(line, "From:")) m_writerLines.push_back(line);
        m_marks.push_back({JourneyMark::Kind::Written, r.station, t, {}, {}});
        break;
    case EventType::SmtpConnect: {
        SmtpHop h;
        h.session = r.session;
        h.client = r.station;
        h.server = r.peer;
        h.port = r.port;
        h.startUs = t;
        h.lines.push_back({TranscriptLine::Side::Connect, std::to_string(r.port), t});
        m_hops.push_back(std::move(h));
        break;
    }
    case EventType::ConnectFailed:
        if (SmtpHop* h = hop(r.session)) {
            h->failed = true;
            h->lines.push_back({TranscriptLine::Side::Note, r.reason, t});
        }
        break;
    case EventType::SmtpCommand:
        if (SmtpHop* h = hop(r.session)) {
            h->awaitingLetterReply = false;
            h->lastCommand = r.command;
            h->lines.push_back({TranscriptLine::Side::Client, r.command, t});
        }
        break;
    case EventType::SmtpReply:
        if (SmtpHop* h = hop(r.session)) onReply(*h, r);
        break;
    case EventType::TlsStarted:
        if (SmtpHop* h = hop(r.session)) {
            h->tls = true;
            h->lines.push_back({TranscriptLine::Side::Tls, std::to_string(r.port), t});
        }
        break;
    case EventType::RoadDepart: {
        m_legs.push_back({r.from, r.to, t, r.arriveUs});
        // After 354 the letter itself crosses the road: that is the DATA of this hop.
        for (auto& h : m_hops)
            if (h.dataStarted && !h.letterSent && h.client == r.station) {
                h.letterSent = true;
                h.awaitingLetterReply = true;
                h.seal = r.seal;
                h.lines.push_back({TranscriptLine::Side::Letter, std::to_string(m_size), t});
                break;
            }
        break;
    }
    case EventType::DeliveryDeferred:
        m_marks.push_back({JourneyMark::Kind::Deferred, r.station, t, r.recipient, r.reason, r.retryUs});
        break;
    case EventType::MailboxStored:
        m_copies.push_back({r.station, r.mailbox, t, r.headers});
        m_marks.push_back({JourneyMark::Kind::Stored, r.station, t, r.mailbox, {}});
        break;
    case EventType::MailboxFetched:
        m_marks.push_back({JourneyMark::Kind::Fetched, r.station, t, r.mailbox, {}});
        break;
    case EventType::AuthChecked:
        m_checks.push_back({r.station, r.peer, t, r.spf, r.dkim, r.dmarc, r.action.value_or(AuthAction::Deliver), r.checks,
                            r.headers.empty() ? std::string() : r.headers.front(), r.removed});
        break;
    case EventType::MessageFinal:
        if (!r.outcome) break;
        m_outcomes.push_back({r.recipient, *r.outcome, r.status, t});
        m_marks.push_back({JourneyMark::Kind::Final, r.station, t, r.recipient, outcomeName(*r.outcome)});
        break;
    default:
        break;
    }
}

void MessageStory::onReply(SmtpHop& h, const TraceRecord& r)
{
    const std::int64_t t = r.time.micros();
    // One line per line of the reply, as the server writes it ("250-mx.example.org", "250 STARTTLS").
    const std::string lines = smtpReplyLines(r.code, r.enhanced, r.replyText, "\n");
    for (std::size_t at = 0; at <= lines.size();) {
        const std::size_t end = std::min(lines.find('\n', at), lines.size());
        h.lines.push_back({TranscriptLine::Side::Server, lines.substr(at, end - at), t});
        at = end + 1;
    }
    if (r.code == 235) h.authenticated = true;  // AUTH accepted (RFC 4954)

    if (r.code == 221 || (r.code == 421 && h.lastCommand.empty())) h.closed = true;
    if (h.awaitingLetterReply) {
        // The reply to the letter: a server that takes it adds its Received line (RFC 5321
        // §4.4); LMTP answers once per recipient, each copy with its own line.
        if (r.code / 100 != 2) return;
        const std::size_t index = std::size_t(&h - m_hops.data());
        if (h.port == 24) {
            m_stamps.push_back({index, bracketed(r.replyText), t});
        } else {
            const std::string marker = "queued as ";
            const auto at = r.replyText.find(marker);
            if (at != std::string::npos) h.queueId = r.replyText.substr(at + marker.size());
            m_stamps.push_back({index, h.rcptAccepted.size() == 1 ? h.rcptAccepted.front() : std::string(), t});
        }
        h.accepted = true;
        return;
    }
    if (r.code == 354) h.dataStarted = true;
    if (r.code / 100 == 2 && startsWith(h.lastCommand, "RCPT TO:")) h.rcptAccepted.push_back(lower(bracketed(h.lastCommand)));
}

void MessageStory::learnWording(const TraceRecord& stored)
{
    if (stored.type == EventType::MailboxStored && stored.message == m_id) m_wording.push_back(stored.headers);
}

// The first line of the known copies that starts with `prefix` and contains every needle.
std::string MessageStory::wordingOf(const std::string& prefix, const std::vector<std::string>& needles) const
{
    for (const auto& copy : m_wording)
        for (const auto& line : copy) {
            if (!startsWith(line, prefix)) continue;
            if (std::all_of(needles.begin(), needles.end(),
                            [&](const std::string& n) { return line.find(n) != std::string::npos; }))
                return line;
        }
    return {};
}

std::string MessageStory::receivedLine(const Stamp& s) const
{
    const SmtpHop& h = m_hops[s.hop];
    std::vector<std::string> needles{" by " + h.server + " with " + h.protocol() + " "};
    if (!h.queueId.empty()) needles.push_back(" id " + h.queueId);
    if (!s.recipient.empty()) needles.push_back("for <" + s.recipient + ">");
    std::string line = wordingOf("Received: from " + h.client + " ", needles);
    if (!line.empty()) return line;
    // No copy in the trace carries it (the letter is still travelling, or came back): the
    // same fields, less the client's address, which the trace does not say.
    line = "Received: from " + h.client + " by " + h.server + " with " + h.protocol();
    if (!h.queueId.empty()) line += " id " + h.queueId;
    if (!s.recipient.empty()) line += " for <" + s.recipient + ">";
    return line + "; " + m_narrator->rfc5322Date(SimTime::fromMicros(s.timeUs));
}

bool MessageStory::submitted() const
{
    if (!m_original.empty()) return true;  // a notice is written whole by the server
    return std::any_of(m_hops.begin(), m_hops.end(), [](const SmtpHop& h) { return h.accepted && h.submission(); });
}

std::vector<std::string> MessageStory::headers() const
{
    std::vector<std::string> out;
    if (!m_written) return out;
    if (!m_copies.empty()) out.push_back(fieldValue(m_copies.front().headers, "Return-Path").empty()
                                             ? "Return-Path: <" + m_mailFrom + ">"
                                             : "Return-Path: " + fieldValue(m_copies.front().headers, "Return-Path"));
    // Each hop's Received line, with the fields that hop wrote above it: the receiving server's
    // Authentication-Results (RFC 8601), the signing post office's DKIM-Signature.
    for (auto it = m_stamps.rbegin(); it != m_stamps.rend(); ++it) {
        const SmtpHop& h = m_hops[it->hop];
        for (const auto& c : m_checks)
            if (c.station == h.server && !c.authenticationResults.empty() && c.action != AuthAction::Reject &&
                c.action != AuthAction::Defer)
                out.push_back(c.authenticationResults);
        if (h.submission())
            if (const std::string signature = wordingOf("DKIM-Signature:", {}); !signature.empty()) out.push_back(signature);
        out.push_back(receivedLine(*it));
    }
    // The writer's own added lines sit above From:, until a sorting station tears a forged
    // check result in its name off (RFC 8601 §5).
    const auto tornOff = [&](const std::string& line) {
        return std::any_of(m_checks.begin(), m_checks.end(), [&](const AuthCheck& c) {
            return std::find(c.removed.begin(), c.removed.end(), line) != c.removed.end();
        });
    };
    for (const auto& line : m_writerLines)
        if (!tornOff(line)) out.push_back(line);
    const auto isWriterLine = [&](const std::string& line) {
        return std::find(m_writerLines.begin(), m_writerLines.end(), line) != m_writerLines.end();
    };
    if (!headersKnown()) {
        out.push_back("From: " + (!m_headerFrom.empty() ? m_headerFrom
                                  : m_mailFrom.empty()   ? std::string("MAILER-DAEMON")
                                                         : m_mailFrom));
        std::string to;
        for (const auto& r : m_rcptTo) to += (to.empty() ? "" : ", ") + r;
        out.push_back("To: " + to);
        out.push_back("Subject: " + m_subject);
        return out;
    }
    // The letter's own fields, as the stored copy has them; Date and Message-ID only once the
    // submission server has added them (RFC 6409 §8).
    const auto& own = m_wording.front();
    for (const auto& line : own) {
        if (startsWith(line, "Return-Path:") || startsWith(line, "Received:") ||
            startsWith(line, "Authentication-Results:") || startsWith(line, "DKIM-Signature:") || isWriterLine(line))
            continue;
        if ((startsWith(line, "Date:") || startsWith(line, "Message-ID:")) && !submitted()) continue;
        out.push_back(line);
    }
    return out;
}

std::vector<std::string> MessageStory::envelopeOnly() const
{
    std::vector<std::string> out;
    if (!headersKnown()) return out;
    std::vector<std::string> named;
    for (const char* field : {"To", "Cc"})
        for (const auto& a : splitList(fieldValue(m_wording.front(), field))) {
            const std::string inside = bracketed(a);
            named.push_back(lower(inside.empty() ? a : inside));
        }
    for (const auto& r : m_rcptTo)
        if (std::find(named.begin(), named.end(), lower(r)) == named.end()) out.push_back(r);
    return out;
}

} // namespace postie::gui
