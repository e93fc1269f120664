// The dns: section: the records of the scenario's name system.
#include "scenario/scenario_reader.h"

#include <map>

namespace postie::scenario_reading {

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
            if (auto v = readDomainValue(*e, false)) r.name = *v;
            else ok = false;
        } else ok = false;
        std::optional<std::string> type;
        if (const Entry* e = map->find("type")) type = readChoice(*e);
        if (!type) ok = false;
        const bool mx = type && *type == "MX";
        const bool a = type && *type == "A";
        const bool servFail = type && *type == "SERVFAIL";
        r.type = mx ? DnsRecordSpec::Type::MX : servFail ? DnsRecordSpec::Type::ServFail : DnsRecordSpec::Type::A;
        const std::string what = mx ? "an MX record" : servFail ? "a SERVFAIL entry" : "an A record";
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
            for (std::string_view key : {"preference", "host", "address"}) notHere(key, why);
            notHere("ttl", "a resolver keeps a failed answer only 1s, so there is no ttl to set");
        } else if (a) {
            notHere("preference", "preference and host belong to MX records");
            notHere("host", "preference and host belong to MX records");
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
        const std::string identity =
            r.name + (mx ? " MX " + r.host : servFail ? std::string(" SERVFAIL") : " A " + r.address);
        if (auto it = seen.find(identity); it != seen.end()) {
            error(r.mark, "this DNS record repeats the one on line " + std::to_string(it->second) + "; keep one");
            continue;
        }
        seen.emplace(identity, r.mark.line);
        if (servFail) broken.emplace(r.name, r.mark);
        else withRecords.emplace(r.name, r.mark.line);
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
