// DMARC aggregate reports (RFC 7489 §7.2): a receiver with dmarc_reports counts each checked
// letter of a domain that asks for reports and sends the day's counts at midnight, as a letter
// to the rua address, with the subject §7.2.1.1 prescribes and the XML of Appendix C.
#include "scenario/scenario_loader.h"
#include "support/recorded_run.h"
#include "trust/dmarc_report.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

using namespace postie::testing;

TEST(DmarcReport, RuaListsOnlyMailtoAddressesWithoutTheirSizeLimit)
{
    EXPECT_EQ(ruaAddresses("mailto:a@b.test, mailto:c@d.test!10m,https://x.test/r"),
              (std::vector<std::string>{"a@b.test", "c@d.test"}));
    EXPECT_TRUE(ruaAddresses("").empty());
}

// bank.test asks for reports; mallory forges the director twice, the director writes once.
const char* kTown = R"(format: postie/1
start: 2010-07-14T09:00:00Z
dns:
  - {name: bank.test, type: MX, preference: 10, host: mx.bank.test}
  - {name: bank.test, type: TXT, text: "v=spf1 ip4:198.51.100.10 -all"}
  - {name: _dmarc.bank.test, type: TXT, text: "v=DMARC1; p=reject; rua=mailto:dmarc@bank.test"}
  - {name: smtp.bank.test, type: A, address: 198.51.100.10}
  - {name: mx.bank.test, type: A, address: 198.51.100.25}
  - {name: smtp.evil.test, type: A, address: 203.0.113.66}
  - {name: school.test, type: MX, preference: 10, host: mx.school.test}
  - {name: mx.school.test, type: A, address: 192.0.2.25}
stations:
  - {id: director, kind: client, user: director@bank.test, submit_to: smtp.bank.test}
  - {id: smtp.bank.test, kind: outgoing}
  - {id: mx.bank.test, kind: incoming, accepts: [bank.test], deliver_to: box.bank.test}
  - {id: box.bank.test, kind: mailbox, users: [director@bank.test, dmarc@bank.test]}
  - {id: mallory, kind: client, user: mallory@evil.test, submit_to: smtp.evil.test}
  - {id: smtp.evil.test, kind: outgoing}
  - {id: dns.test, kind: resolver}
  - {id: hub, kind: router}
  - {id: mx.school.test, kind: incoming, accepts: [school.test], deliver_to: box.school.test, authenticate: true, dmarc_reports: true}
  - {id: box.school.test, kind: mailbox, users: [teacher@school.test]}
roads:
  - {between: [director, hub], latency: 5ms}
  - {between: [smtp.bank.test, hub], latency: 5ms}
  - {between: [mx.bank.test, hub], latency: 5ms}
  - {between: [box.bank.test, hub], latency: 5ms}
  - {between: [mallory, hub], latency: 5ms}
  - {between: [smtp.evil.test, hub], latency: 5ms}
  - {between: [dns.test, hub], latency: 5ms}
  - {between: [mx.school.test, hub], latency: 5ms}
  - {between: [box.school.test, hub], latency: 5ms}
mail:
  - {at: 0s, from: director@bank.test, to: [teacher@school.test], subject: "Trip"}
  - {at: 1m, from: mallory@evil.test, header_from: director@bank.test, to: [teacher@school.test], subject: "Gift cards"}
  - {at: 2m, from: mallory@evil.test, header_from: director@bank.test, to: [teacher@school.test], subject: "Gift cards again"}
)";

TEST(DmarcReport, AtMidnightTheReceiverSendsTheDaysCountsToTheRuaAddress)
{
    const LoadResult loaded = loadScenarioText(kTown, "report.yaml");
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format();
    const RecordedRun r = runRecorded(*loaded.spec);
    const TraceRecord* report = nullptr;
    for (const auto& x : r.records)
        if (x.type == EventType::MessageCreated && x.station == "mx.school.test") report = &x;
    ASSERT_NE(report, nullptr) << "no report written";
    EXPECT_EQ(report->time, SimTime::fromSeconds(15 * 3600));  // 09:00 + 15 h: midnight UTC
    EXPECT_EQ(report->from, "dmarc-noreply@school.test");
    EXPECT_EQ(report->to, "dmarc@bank.test");
    EXPECT_EQ(report->subject, "Report Domain: bank.test Submitter: mx.school.test Report-ID: <mx.school.test.bank.test.1279065600>");
    const TraceRecord* stored = nullptr;
    for (const auto& x : r.records)
        if (x.type == EventType::MailboxStored && x.message == report->message) stored = &x;
    ASSERT_NE(stored, nullptr) << "the report reaches the bank";
    EXPECT_EQ(stored->mailbox, "dmarc@bank.test");
}

TEST(DmarcReport, LettersAlikeShareOneRowAndTheXmlFollowsAppendixC)
{
    DmarcReportBook book;
    DmarcCheck forged;
    forged.result = DmarcResult::Fail;
    forged.fromDomain = "bank.test";
    forged.policyDomain = "bank.test";
    forged.record = "v=DMARC1; p=reject; rua=mailto:dmarc@bank.test";
    forged.policy = DmarcPolicy::Reject;
    forged.applied = DmarcPolicy::Reject;
    SpfCheck spf;
    spf.result = SpfResult::None;
    spf.domain = "evil.test";
    book.note(forged, spf, {}, "203.0.113.66");
    book.note(forged, spf, {}, "203.0.113.66");
    DmarcCheck noRua = forged;
    noRua.record = "v=DMARC1; p=reject";
    book.note(noRua, spf, {}, "203.0.113.66");  // asks for no report
    const auto reports = book.take();
    ASSERT_EQ(reports.size(), 1u);
    ASSERT_EQ(reports[0].rows.size(), 1u);
    EXPECT_EQ(reports[0].rows[0].count, 2u);
    EXPECT_TRUE(book.empty());
    const std::string xml = aggregateReportXml(reports[0], {"mx.school.test", "dmarc-noreply@school.test", "r1", 0, 86400});
    for (const char* part : {"<feedback>", "<policy_published><domain>bank.test</domain><adkim>r</adkim><aspf>r</aspf><p>reject</p>",
                             "<source_ip>203.0.113.66</source_ip><count>2</count>",
                             "<disposition>reject</disposition><dkim>fail</dkim><spf>fail</spf>",
                             "<header_from>bank.test</header_from>", "<date_range><begin>0</begin><end>86400</end>"})
        EXPECT_NE(xml.find(part), std::string::npos) << part << "\n" << xml;
}

} // namespace
} // namespace postie
