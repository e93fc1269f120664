// The dns: section: the records of the scenario's name system.
#include "scenario/scenario_reader.h"
#include "trust/dkim.h"
#include "trust/dmarc.h"
#include "trust/mta_sts.h"
#include "trust/spf.h"

#include <algorithm>
#include <map>

namespace postie::scenario_reading {

std::optional<std::string> ScenarioReader::readTxtText(const Entry& e, const std::string& name)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    (void)name;
    constexpr std::size_t kMost = 4000;  // a DNS answer over UDP carries about 4,000 bytes (EDNS0)
    if (text->size() > kMost) {
        error(e.valueMark(), "the TXT text is " + std::to_string(text->size()) + " characters long; keep it to " +
                                 std::to_string(kMost));
        return std::nullopt;
    }
    for (std::size_t i = 0; i < text->size(); ++i) {
        const auto c = static_cast<unsigned char>((*text)[i]);
        if (c < 0x20 || c > 0x7e) {
            error(e.valueMark(), "the TXT text has a character that is not printable ASCII at position " +
                                     std::to_string(i + 1) + "; write the record in plain ASCII");
            return std::nullopt;
        }
    }
    // The records the mail checks read are checked as their standards read them, so a typo is
    // found here with its column, not later as a permerror in the run.
    std::optional<RecordSyntaxError> bad;
    std::string kind;
    if (auto spf = spfSyntaxError(*text)) {
        bad = RecordSyntaxError{spf->column, spf->message};
        kind = "SPF record";
    } else if (name.find("._domainkey.") != std::string::npos) {
        bad = dkimKeySyntaxError(*text);
        kind = "DKIM key record";
    } else if (name.starts_with("_mta-sts.")) {
        bad = stsRecordSyntaxError(*text);
        kind = "MTA-STS record";
    } else if (name.starts_with("_dmarc.") && toLowerCopy(*text).starts_with("v=dmarc1")) {
        if (auto parsed = parseDmarcRecord(*text); auto* err = std::get_if<RecordSyntaxError>(&parsed)) bad = *err;
        kind = "DMARC record";
    }
    if (bad) {
        SourceMark at = e.valueMark();
        const bool quoted = e.value.Tag() == "!";  // yaml-cpp tags a quoted scalar "!"
        at.column += int(bad->column) + (quoted ? 1 : 0);
        error(at, "this " + kind + " has an error: " + bad->message);
        return std::nullopt;
    }
    return text;
}

std::optional<std::string> ScenarioReader::readPolicyText(const Entry& e)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    constexpr std::size_t kMost = 64 * 1024;  // RFC 8461 §3.3: senders may refuse a larger policy
    if (text->size() > kMost) {
        error(e.valueMark(), "the policy is " + std::to_string(text->size()) + " characters long; a sender reads "
                                 "at most 64 KB (RFC 8461 §3.3)");
        return std::nullopt;
    }
    auto parsed = parseStsPolicy(*text);
    if (auto* bad = std::get_if<RecordSyntaxError>(&parsed)) {
        // Name the policy's own line: a block scalar (text: |) starts on the file's next line.
        const std::string_view all(*text);
        const std::size_t at = std::min(bad->column, all.size());
        const auto from = all.rfind('\n', at == 0 ? 0 : at - 1);
        const std::size_t lineStart = at == 0 || from == std::string_view::npos ? 0 : from + 1;
        const std::size_t lineEnd = std::min(all.find('\n', lineStart), all.size());
        const int policyLine = int(std::count(all.begin(), all.begin() + std::ptrdiff_t(lineStart), '\n')) + 1;
        SourceMark mark = e.valueMark();
        // A block scalar (text: |) keeps its last line break and starts on the next line, indented
        // (two spaces past its key, as written here and in the docs); a quoted string stays on one.
        if (bad->column != kWholePolicy && all.ends_with('\n')) {
            mark.line += policyLine;
            mark.column = e.keyMark().column + 2 + int(bad->column - lineStart);
        }
        const std::string_view shown = all.substr(lineStart, lineEnd - lineStart);
        error(mark, "this MTA-STS policy has an error" +
                        (bad->column == kWholePolicy ? std::string()
                                                                             : " on its line " + std::to_string(policyLine) +
                                                                                   " (\"" + std::string(shown) + "\")") +
                        ": " + bad->message);
        return std::nullopt;
    }
    return text;
}

void ScenarioReader::readDns(const Entry& list)
{
    const KeyPlaces D = placeBit(KeyPlace::DnsRecord);
    std::map<std::string, int> seen;                    // record identity -> line
    std::map<std::string, std::pair<SourceMark, bool>> nullMx;  // domain -> (null MX mark, has other MX)
    std::map<std::string, SourceMark> broken;                   // SERVFAIL name -> its entry
    std::map<std::string, int> withRecords;                     // name -> line of its first record
    for (const auto& node : readList(list)) {
        auto map = openMap(node, KeyPlace::DnsRecord, D, D, 0, list.valueMark(),
                           "{name: example.org, type: MX, preference: 10, host: mx1.example.org}");
        if (!map) continue;
        DnsRecordSpec r;
        r.mark = map->mark();
        bool ok = true;
        if (const Entry* e = map->find("name")) {
            if (auto v = readDomainValue(*e, false, true)) r.name = *v;
            else ok = false;
        } else ok = false;
        std::optional<std::string> type;
        if (const Entry* e = map->find("type")) type = readChoice(*e);
        if (!type) ok = false;
        const bool mx = type && *type == "MX";
        const bool a = type && *type == "A";
        const bool servFail = type && *type == "SERVFAIL";
        const bool txt = type && *type == "TXT";
        const bool sts = type && *type == "MTA-STS";
        r.type = mx         ? DnsRecordSpec::Type::MX
                 : servFail ? DnsRecordSpec::Type::ServFail
                 : txt      ? DnsRecordSpec::Type::TXT
                 : sts      ? DnsRecordSpec::Type::MtaStsPolicy
                            : DnsRecordSpec::Type::A;
        const std::string what = mx         ? "an MX record"
                                 : servFail ? "a SERVFAIL entry"
                                 : txt      ? "a TXT record"
                                 : sts      ? "an MTA-STS policy"
                                            : "an A record";
        auto notHere = [&](std::string_view key, std::string_view why) {
            if (const Entry* e = map->find(key)) {
                error(e->keyMark(), what + " has no '" + std::string(key) + "'; " + std::string(why));
                ok = false;
            }
        };
        auto need = [&](std::string_view key) -> const Entry* {
            const Entry* e = map->find(key);
            if (!e) {
                const ScenarioKey* k = findScenarioKey(D, key);
                error(map->mark(), what + " needs '" + std::string(key) + "', like " + std::string(key) + ": " +
                                       std::string(k->example));
                ok = false;
            }
            return e;
        };
        if (mx) {
            notHere("address", "addresses belong in an A record for the mail host");
            notHere("text", "text belongs in a TXT record");
            if (const Entry* e = need("preference")) {
                if (auto v = readInteger(*e)) r.preference = int(*v);
                else ok = false;
            }
            if (const Entry* e = need("host")) {
                if (auto v = scalar(*e)) {
                    const std::string h = trimCopy(*v);
                    if (h == ".") r.host.clear();
                    else if (auto err = checkDomain(h, false, r.host); !err.empty()) {
                        error(e->valueMark(), err);
                        ok = false;
                    }
                } else ok = false;
            }
        } else if (servFail) {
            // A broken name has no records to give: every question about it fails (RFC 2308 §7.1
            // lets the resolver keep that failure only briefly, so there is no ttl either).
            const std::string_view why = "a SERVFAIL entry names a domain whose servers are broken, nothing more";
            for (std::string_view key : {"preference", "host", "address", "text"}) notHere(key, why);
            notHere("ttl", "a resolver keeps a failed answer only 1s, so there is no ttl to set");
        } else if (txt) {
            notHere("preference", "preference and host belong to MX records");
            notHere("host", "preference and host belong to MX records");
            notHere("address", "addresses belong in A records");
            if (const Entry* e = need("text")) {
                if (auto v = readTxtText(*e, r.name)) r.text = *v;
                else ok = false;
            }
        } else if (sts) {
            const std::string_view why = "an MTA-STS policy has only its text, the lines of the policy file";
            for (std::string_view key : {"preference", "host", "address", "ttl"}) notHere(key, why);
            // Without a name the entry has its error already: nothing to point at here.
            if (const Entry* name = map->find("name"); name && r.name.rfind("mta-sts.", 0) != 0) {
                error(name->valueMark(), "an MTA-STS policy is served by the host mta-sts.<domain> "
                                                      "(RFC 8461 §3.2); name it mta-sts." + r.name);
                ok = false;
            }
            if (const Entry* e = need("text")) {
                if (auto v = readPolicyText(*e)) r.text = *v;
                else ok = false;
            }
        } else if (a) {
            notHere("preference", "preference and host belong to MX records");
            notHere("host", "preference and host belong to MX records");
            notHere("text", "text belongs in a TXT record");
            if (const Entry* e = need("address")) {
                if (auto v = scalar(*e)) {
                    const std::string addr = trimCopy(*v);
                    if (auto err = checkIpv4(addr); !err.empty()) {
                        error(e->valueMark(), err);
                        ok = false;
                    } else r.address = addr;
                } else ok = false;
            }
        }
        if (!readMembers(*map, r)) ok = false;  // ttl
        if (!ok) continue;
        const std::string identity = r.name + (mx         ? " MX " + r.host
                                               : servFail ? std::string(" SERVFAIL")
                                               : txt      ? " TXT " + r.text
                                               : sts      ? std::string(" MTA-STS")
                                                          : " A " + r.address);
        if (auto it = seen.find(identity); it != seen.end()) {
            error(r.mark, "this DNS record repeats the one on line " + std::to_string(it->second) + "; keep one");
            continue;
        }
        seen.emplace(identity, r.mark.line);
        if (servFail) broken.emplace(r.name, r.mark);
        else if (!sts) withRecords.emplace(r.name, r.mark.line);
        if (mx) {
            auto& entry = nullMx[r.name];
            if (r.host.empty()) entry.first = r.mark;
            else entry.second = true;
        }
        m_spec.dns.push_back(std::move(r));
    }
    for (const auto& [name, info] : nullMx)
        if (info.first.line > 0 && info.second)
            error(info.first, "the domain " + inQuotes(name) +
                                  " has a null MX (host: .) and other MX records; a null MX, which says the domain "
                                  "takes no mail, must be its only MX record");
    for (const auto& [name, mark] : broken)
        if (auto it = withRecords.find(name); it != withRecords.end())
            error(mark, "the name " + inQuotes(name) + " is SERVFAIL (its servers are broken) but has a record on line " +
                            std::to_string(it->second) + "; a broken name answers nothing, so keep either the "
                            "SERVFAIL entry or the records");
}

} // namespace postie::scenario_reading
