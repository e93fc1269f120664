// The servers' part in telling a forgery: the outgoing server signs with DKIM (RFC 6376), the
// incoming server checks SPF, DKIM and DMARC and writes Authentication-Results (RFC 8601).
#include "mail/address.h"
#include "mail/headers.h"
#include "mail/message_text.h"
#include "mail/mail_server.h"
#include "mail/smtp_session.h"
#include "mail/world.h"
#include "sim/calendar.h"
#include "trust/authentication_results.h"
#include "trust/receiver_checks.h"

#include <algorithm>
#include <fmt/format.h>
#include <variant>

namespace postie {

void MailServer::findSigningKey()
{
    if (m_config.dkimDomain.empty() || !m_config.dkimKey.empty()) return;
    // The server holds the private half of the key its domain publishes (RFC 6376 §3.6.2.1).
    const DnsAnswer answer = world().dns().lookup(m_config.dkimSelector + "._domainkey." + m_config.dkimDomain,
                                                  DnsType::TXT);
    for (const auto& r : answer.records) {
        const auto tags = parseTagList(r.text);
        if (const auto* list = std::get_if<std::vector<RecordTag>>(&tags))
            for (const auto& t : *list)
                if (t.name == "p") m_config.dkimKey = t.value;
    }
}

void MailServer::signWithDkim(Message& letter, ReceivedStamp& stamp) const
{
    if (m_config.dkimDomain.empty()) return;
    const std::string value = dkimSign({m_config.dkimDomain, m_config.dkimSelector, m_config.dkimKey, true},
                                       headerFields(letter, world()), letterBody(letter, world()));
    if (!value.empty()) stamp.above.push_back({"DKIM-Signature", value});
}

std::optional<SmtpReply> MailServer::checkAuthenticity(const SmtpSession& s, Message& letter, ReceivedStamp& stamp)
{
    // Anyone can write an Authentication-Results header with this server's name: remove those
    // before checking (RFC 8601 §5).
    LetterToCheck l;
    const auto forgedHere = [&](const HeaderField& f) {
        if (!(toLower(f.name) == "authentication-results" && carriesAuthservId(f.value, id()))) return false;
        l.removedForgeries.push_back(f.value);
        return true;
    };
    for (auto& earlier : letter.received) std::erase_if(earlier.above, forgedHere);
    std::erase_if(letter.writerFields, forgedHere);
    l.authservId = id();
    l.clientIp = s.client->address();
    l.helo = s.client->id();
    l.mailFrom = letter.mailFrom;
    l.headerFrom = letter.headerFrom;
    l.headers = headerFields(letter, world());
    l.body = letterBody(letter, world());
    l.rejectSpfFail = m_config.rejectSpfFail;
    l.pctDraw = rng().uniform(0, 100);
    const ReceiverChecks c = checkLetter(world().dns(), l);
    if (m_config.dmarcReports) noteForDmarcReport(c, l.clientIp);

    if (auto* r = world().begin(EventType::AuthChecked, this)) {
        r->message = letter.id();
        r->peer = s.client->id();
        r->name = c.spf.domain;
        r->spf = authResultOf(c.spf.result);
        r->dkim = overallDkim(c.dkim);
        r->dmarc = authResultOf(c.dmarc.result);
        r->action = c.action;
        r->checks = c.steps;
        r->headers = {"Authentication-Results: " + c.authenticationResults};
        for (const auto& forged : l.removedForgeries) r->removed.push_back("Authentication-Results: " + forged);
        if (c.code != 0) {
            r->code = c.code;
            r->enhanced = c.enhanced;
        }
        world().commit();
    }
    if (c.action == AuthAction::Reject || c.action == AuthAction::Defer)
        return SmtpReply{c.code, c.enhanced, c.text};
    stamp.above.insert(stamp.above.begin(), {"Authentication-Results", c.authenticationResults});
    letter.junk = c.action == AuthAction::Junk;
    return std::nullopt;
}

void MailServer::noteForDmarcReport(const ReceiverChecks& c, const std::string& sourceIp)
{
    m_dmarcReports.note(c.dmarc, c.spf, c.dkim, sourceIp);
    if (m_dmarcReports.empty() || m_reportDayScheduled) return;
    // Reports cover whole UTC days (§7.2: ri=86400 by default); this one goes at the next midnight.
    const std::int64_t nowEpoch = wallClockSeconds(world().startEpoch(), world().now());
    const std::int64_t midnight = (nowEpoch / 86400 + 1) * 86400;
    const std::int64_t startEpoch = wallClockSeconds(world().startEpoch(), SimTime::zero());
    world().sim().schedule(SimTime::fromSeconds(midnight - startEpoch), handler(), kDmarcReportDay);
    world().sourceScheduled();  // a letter still to be written: the run waits for it
    m_reportDayScheduled = true;
}

void MailServer::sendDmarcReports()
{
    m_reportDayScheduled = false;
    world().sourceFired();
    const std::int64_t end = wallClockSeconds(world().startEpoch(), world().now());
    const std::string domain = m_config.accepts.empty() ? id() : m_config.accepts.front();
    const std::string reporter = "dmarc-noreply@" + domain;
    for (const auto& report : m_dmarcReports.take()) {
        const std::string reportId = id() + "." + report.domain + "." + std::to_string(end - 86400);
        MessagePtr letter = world().createMessage();
        letter->mailFrom = reporter;
        letter->headerFrom = reporter;
        letter->rcptTo = report.rua;
        letter->headerTo = report.rua;
        letter->subject = aggregateReportSubject(report.domain, id(), reportId);
        letter->body = aggregateReportXml(report, {id(), reporter, reportId, end - 86400, end});
        letter->sizeBytes = 1024 + letter->body.size();
        letter->completeIdAndDate(id(), world().now());
        world().announceCreated(*letter, *this);
        agent().deliverByMx(letter, letter->rcptTo, world().now());
    }
}

void MailServer::filterSpam(Message& letter, ReceivedStamp& stamp) const
{
    // SpamAssassin's required_score is 5.0; spamass-milter writes its verdict as these two
    // fields (X-Spam-Flag only on spam), and the mailbox store files a flagged letter in Junk.
    constexpr double kRequiredScore = 5.0;
    const bool spam = letter.spamScore >= kRequiredScore;
    stamp.above.push_back({"X-Spam-Status", fmt::format("{}, score={:.1f} required={:.1f} tests=POSTIE_SPAM_SCORE "
                                                        "autolearn=disabled version=4.0.0",
                                                        spam ? "Yes" : "No", letter.spamScore, kRequiredScore)});
    if (spam) {
        stamp.above.push_back({"X-Spam-Flag", "YES"});
        letter.junk = true;
    }
}

} // namespace postie
