// Any bytes as the DNS records SPF, DKIM and DMARC read give a result, never a crash, a hang or
// undefined behaviour: the input's lines become TXT records at a.test, _spf.a.test,
// s1._domainkey.a.test and _dmarc.a.test (one line each, in that order), and every check runs
// over them, the syntax checks the loader uses too. A record may include or redirect to the
// others, so loops and lookup limits are exercised. The whole input is also read as an MTA-STS
// policy file and its first line as an MTA-STS TXT record.
#include "trust/authentication_results.h"
#include "trust/dkim.h"
#include "trust/dmarc.h"
#include "trust/mta_sts.h"
#include "trust/receiver_checks.h"
#include "trust/spf.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

postie::DnsRecord txt(const char* name, std::string text)
{
    postie::DnsRecord r;
    r.name = name;
    r.type = postie::DnsRecord::Type::TXT;
    r.text = std::move(text);
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> lines;
    for (std::size_t at = 0; at <= input.size() && lines.size() < 4;) {
        const std::size_t end = std::min(input.find('\n', at), input.size());
        lines.emplace_back(input.substr(at, end - at));
        at = end + 1;
    }
    lines.resize(4);
    (void)postie::spfSyntaxError(lines[0]);
    (void)postie::dkimKeySyntaxError(lines[2]);
    (void)postie::parseDmarcRecord(lines[3]);
    (void)postie::carriesAuthservId(lines[1], "mx.b.test");
    (void)postie::stsRecordSyntaxError(lines[0]);
    if (const auto parsed = postie::parseStsPolicy(input); const auto* policy = std::get_if<postie::StsPolicy>(&parsed))
        (void)postie::stsMxMatches(*policy, "mx.a.test");

    const postie::DnsZone zone({txt("a.test", lines[0]), txt("_spf.a.test", lines[1]),
                                txt("s1._domainkey.a.test", lines[2]), txt("_dmarc.a.test", lines[3])});
    postie::LetterToCheck letter;
    letter.authservId = "mx.b.test";
    letter.clientIp = "203.0.113.7";
    letter.helo = "mail.a.test";
    letter.mailFrom = "alice@a.test";
    letter.headerFrom = "alice@a.test";
    letter.body = lines[1];
    letter.headers = {{"From", "alice@a.test"}, {"Subject", "Hello"}};
    const std::string signature = postie::dkimSign({"a.test", "s1", "MIGfMA0GCSq", true}, letter.headers, letter.body);
    letter.headers.insert(letter.headers.begin(), {"DKIM-Signature", signature});
    letter.headers.push_back({"DKIM-Signature", lines[1]});  // a signature of any shape
    const postie::ReceiverChecks checks = postie::checkLetter(zone, letter);
    return checks.steps.empty() ? 1 : 0;
}
