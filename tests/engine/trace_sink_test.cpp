// The JSON line of a record: each meaning of the trace's `text` key comes from its own field,
// typed words are spelled as docs/trace.md has them, and fields a type does not use stay out.
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

TraceRecord recordOf(EventType type)
{
    TraceRecord r;
    r.type = type;
    r.seq = 4;
    r.time = SimTime::fromMillis(2);
    r.station = "s";
    return r;
}

TEST(TraceJson, GivenEachMeaningOfTextThenItIsWrittenUnderTheKeyText)
{
    TraceRecord created = recordOf(EventType::MessageCreated);
    created.subject = "Lunch?";
    EXPECT_EQ(toJsonLine(created), R"({"t_us":2000,"seq":4,"type":"message.created","station":"s","text":"Lunch?"})");

    TraceRecord reply = recordOf(EventType::SmtpReply);
    reply.code = 250;
    reply.replyText = "Ok";
    EXPECT_EQ(toJsonLine(reply), R"({"t_us":2000,"seq":4,"type":"smtp.reply","station":"s","code":250,"text":"Ok"})");
    reply.replyText.clear();  // a reply without words still says so
    EXPECT_EQ(toJsonLine(reply), R"({"t_us":2000,"seq":4,"type":"smtp.reply","station":"s","code":250,"text":""})");

    TraceRecord check = recordOf(EventType::MailboxCheck);
    check.access = MailAccess::Imap;
    EXPECT_EQ(toJsonLine(check), R"({"t_us":2000,"seq":4,"type":"mailbox.check","station":"s","text":"IMAP"})");

    TraceRecord notice = recordOf(EventType::BounceCreated);
    notice.noticeAction = NoticeAction::Delayed;
    EXPECT_EQ(toJsonLine(notice), R"({"t_us":2000,"seq":4,"type":"bounce.created","station":"s","text":"delayed"})");
}

TEST(TraceJson, GivenADnsAnswerThenItsWordsItsRecordsAndItsCacheExpiryAreWritten)
{
    TraceRecord answer = recordOf(EventType::DnsAnswer);
    answer.name = "example.org";
    answer.qtype = DnsType::MX;
    answer.rcode = DnsRcode::NxDomain;
    answer.cacheExpiresUs = 3'600'002'000;
    EXPECT_EQ(toJsonLine(answer),
              R"({"t_us":2000,"seq":4,"type":"dns.answer","station":"s","name":"example.org","qtype":"MX",)"
              R"("rcode":"NXDOMAIN","records":[],"cached":false,"cache_expires_us":3600002000})");
}

TEST(TraceJson, GivenAFinalRecordThenItsOutcomeIsSpelledAsTheTraceHasIt)
{
    TraceRecord final = recordOf(EventType::MessageFinal);
    final.outcome = Outcome::Expired;
    final.recipient = "bob@example.org";
    final.path = "a,b";
    EXPECT_EQ(toJsonLine(final), R"({"t_us":2000,"seq":4,"type":"message.final","station":"s","path":["a","b"],)"
                                 R"("outcome":"expired","recipient":"bob@example.org"})");
}

} // namespace
} // namespace postie
