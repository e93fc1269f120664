#include "trust/mta_sts.h"

#include "mail/address.h"

#include <cctype>

namespace postie {
namespace {

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

} // namespace

const char* stsModeName(StsMode mode)
{
    switch (mode) {
    case StsMode::Enforce: return "enforce";
    case StsMode::Testing: return "testing";
    case StsMode::None: return "none";
    }
    return "none";
}

std::optional<RecordSyntaxError> stsRecordSyntaxError(std::string_view text)
{
    auto parsed = parseTagList(text);
    if (auto* err = std::get_if<RecordSyntaxError>(&parsed)) return *err;
    const auto& tags = std::get<std::vector<RecordTag>>(parsed);
    if (tags.empty() || tags.front().name != "v" || tags.front().value != "STSv1")
        return RecordSyntaxError{0, "an MTA-STS record starts with v=STSv1 (RFC 8461 §3.1)"};
    for (const auto& t : tags) {
        if (t.name != "id") continue;
        if (t.value.empty() || t.value.size() > 32)
            return RecordSyntaxError{t.valueColumn, "the id is 1 to 32 letters and digits (RFC 8461 §3.1)"};
        for (std::size_t i = 0; i < t.value.size(); ++i)
            if (!alnum(t.value[i]))
                return RecordSyntaxError{t.valueColumn + i, "the id is letters and digits only (RFC 8461 §3.1)"};
        return std::nullopt;
    }
    return RecordSyntaxError{text.size(), "an MTA-STS record needs an id=, which changes with each new policy "
                                          "(RFC 8461 §3.1)"};
}

std::variant<StsPolicy, RecordSyntaxError> parseStsPolicy(std::string_view text)
{
    StsPolicy policy;
    bool version = false;
    bool mode = false;
    bool maxAge = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = trimFws(text.substr(start, end - start));
        const std::size_t column = start + std::size_t(line.data() - (text.data() + start));
        if (!line.empty()) {
            const auto colon = line.find(':');
            if (colon == std::string_view::npos)
                return RecordSyntaxError{column, "each line of a policy is \"key: value\", like \"mode: enforce\""};
            const std::string key = toLower(trimFws(line.substr(0, colon)));
            const std::string_view value = trimFws(line.substr(colon + 1));
            const std::size_t valueColumn = column + std::size_t(value.data() - line.data());
            if (key == "version") {
                if (value != "STSv1") return RecordSyntaxError{valueColumn, "the version is STSv1 (RFC 8461 §3.2)"};
                version = true;
            } else if (key == "mode") {
                if (value == "enforce") policy.mode = StsMode::Enforce;
                else if (value == "testing") policy.mode = StsMode::Testing;
                else if (value == "none") policy.mode = StsMode::None;
                else return RecordSyntaxError{valueColumn, "the mode is enforce, testing or none (RFC 8461 §3.2)"};
                mode = true;
            } else if (key == "mx") {
                std::string host = toLower(value);
                const std::string_view rest = std::string_view(host).starts_with("*.") ? std::string_view(host).substr(2)
                                                                                      : std::string_view(host);
                if (rest.empty() || rest.find('*') != std::string_view::npos || rest.find('.') == std::string_view::npos)
                    return RecordSyntaxError{valueColumn, "an mx line names a mail host, like mx.example.org or "
                                                          "*.example.org (RFC 8461 §3.2)"};
                policy.mx.push_back(std::move(host));
            } else if (key == "max_age") {
                // Digits only, and stop counting once past the limit: a long number must not overflow.
                long long seconds = 0;
                bool digits = !value.empty();
                for (char c : value) {
                    if (!std::isdigit(static_cast<unsigned char>(c)) || seconds > 31557600) {
                        digits = false;
                        break;
                    }
                    seconds = seconds * 10 + (c - '0');
                }
                if (!digits || seconds > 31557600)
                    return RecordSyntaxError{valueColumn, "max_age is a number of seconds up to 31557600, a year "
                                                          "(RFC 8461 §3.2)"};
                policy.maxAgeSeconds = seconds;
                maxAge = true;
            }
            // Other keys are ignored (§3.2: "additional key/value pairs ... MUST be ignored").
        }
        start = end + 1;
    }
    if (!version) return RecordSyntaxError{kWholePolicy, "a policy needs the line \"version: STSv1\" (RFC 8461 §3.2)"};
    if (!mode) return RecordSyntaxError{kWholePolicy, "a policy needs a mode line: \"mode: enforce\", testing or none"};
    if (!maxAge) return RecordSyntaxError{kWholePolicy, "a policy needs a max_age line, like \"max_age: 604800\" (one week)"};
    if (policy.mx.empty() && policy.mode != StsMode::None)
        return RecordSyntaxError{kWholePolicy, "a policy in enforce or testing mode needs at least one mx line (RFC 8461 §3.2)"};
    return policy;
}

bool stsMxMatches(const StsPolicy& policy, std::string_view mxHost)
{
    const std::string host = toLower(mxHost);
    for (const auto& pattern : policy.mx) {
        if (pattern == host) return true;
        if (pattern.starts_with("*.")) {
            const auto dot = host.find('.');
            if (dot != std::string::npos && host.substr(dot + 1) == pattern.substr(2)) return true;
        }
    }
    return false;
}

std::optional<StsPolicy> findStsPolicy(const DnsZone& zone, std::string_view domain)
{
    const std::string name(domain);
    const DnsAnswer txt = zone.lookup("_mta-sts." + name, DnsType::TXT);
    bool announced = false;
    for (const auto& r : txt.records)
        if (r.text.starts_with("v=STSv1") && !stsRecordSyntaxError(r.text)) announced = true;
    if (!announced) return std::nullopt;
    for (const auto& r : zone.policies())
        if (r.name == "mta-sts." + name)
            if (auto parsed = parseStsPolicy(r.text); auto* policy = std::get_if<StsPolicy>(&parsed)) return *policy;
    return std::nullopt;
}

} // namespace postie
