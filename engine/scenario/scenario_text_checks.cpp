#include "scenario/scenario_text_checks.h"

#include "sim/calendar.h"

#include <algorithm>

namespace postie::scenario_reading {

std::string inQuotes(std::string_view s)
{
    constexpr std::size_t kMax = 60;
    if (s.size() > kMax) return "'" + std::string(s.substr(0, kMax)) + "...'";
    return "'" + std::string(s) + "'";
}

std::string toLowerCopy(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

std::string trimCopy(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return std::string(s);
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlnum(char c) { return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "a, b or c"
std::string joinOr(const std::vector<std::string>& items, std::string_view last)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += (i + 1 == items.size()) ? " " + std::string(last) + " " : ", ";
        out += items[i];
    }
    return out;
}

std::vector<std::string> splitChoices(std::string_view choices)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto bar = choices.find('|', start);
        out.emplace_back(choices.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    return out;
}

SourceMark markOf(const YAML::Node& node, SourceMark fallback)
{
    if (!node.IsDefined()) return fallback;
    const YAML::Mark m = node.Mark();
    if (m.line < 0 || m.column < 0) return fallback;
    return {m.line + 1, m.column + 1};
}

std::string describeNode(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null: return "empty";
    case YAML::NodeType::Scalar: return "the text " + inQuotes(node.Scalar());
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Undefined: break;
    }
    return "missing";
}

std::string stationKindArticle(StationKind kind)
{
    switch (kind) {
    case StationKind::Client: return "a client";
    case StationKind::Outgoing: return "an outgoing server";
    case StationKind::Resolver: return "a resolver";
    case StationKind::Incoming: return "an incoming server";
    case StationKind::Mailbox: return "a mailbox";
    case StationKind::Router: return "a router";
    case StationKind::Snooper: return "a snooper";
    }
    return "a station";
}

std::optional<StationKind> stationKindFromName(std::string_view name)
{
    for (StationKind k : kStationKinds)
        if (name == stationKindName(k)) return k;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Validators for names, addresses and times. Each returns an error text, or empty when fine.

std::string checkDomain(std::string_view text, bool needDot, std::string& out, bool underscores)
{
    std::string d = toLowerCopy(text);
    if (!d.empty() && d.back() == '.') d.pop_back();
    if (d.empty()) return "the domain is empty; write for example example.org";
    if (d.size() > 253) return "domain " + inQuotes(text) + " is longer than 253 characters";
    std::size_t start = 0;
    while (true) {
        const auto dot = d.find('.', start);
        const std::string_view label =
            std::string_view(d).substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (label.empty()) return "domain " + inQuotes(text) + " has an empty part between dots";
        if (label.size() > 63) return "domain " + inQuotes(text) + " has a part longer than 63 characters";
        for (char c : label)
            if (!isAlnum(c) && c != '-' && !(underscores && c == '_'))
                return "domain " + inQuotes(text) + (underscores ? " may only use letters, digits, '-', '_' and dots"
                                                                 : " may only use letters, digits, '-' and dots");
        if (label.front() == '-' || label.back() == '-')
            return "domain " + inQuotes(text) + " has a part that starts or ends with '-'";
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    if (needDot && d.find('.') == std::string::npos)
        return "the domain " + inQuotes(d) + " needs at least one dot, like example.org";
    out = d;
    return {};
}

std::string checkAddress(std::string_view text, std::string& out)
{
    const std::string_view example = "alice@example.org";
    if (text.find('<') != std::string_view::npos || text.find(' ') != std::string_view::npos)
        return inQuotes(text) + " is not a plain email address; write only the address, like " + std::string(example) +
               ", without a name, spaces or <>";
    const auto at = text.find('@');
    if (at == std::string_view::npos)
        return inQuotes(text) + " is not an email address; write it as name@domain, like " + std::string(example);
    if (text.find('@', at + 1) != std::string_view::npos)
        return inQuotes(text) + " has more than one @; write it as name@domain, like " + std::string(example);
    const std::string_view local = text.substr(0, at);
    const std::string_view domain = text.substr(at + 1);
    if (local.empty()) return inQuotes(text) + " has nothing before the @; write it like " + std::string(example);
    if (local.size() > 64) return "in " + inQuotes(text) + ", the part before @ is longer than 64 characters";
    constexpr std::string_view kSpecials = "!#$%&'*+-/=?^_`{|}~.";
    bool okLocal = local.front() != '.' && local.back() != '.' && local.find("..") == std::string_view::npos;
    for (char c : local)
        if (!isAlnum(c) && kSpecials.find(c) == std::string_view::npos) okLocal = false;
    if (!okLocal)
        return inQuotes(text) + " is not a valid email address: the part before @ may use letters, digits and . _ - +, "
                              "with no dot at either end and no two dots together";
    if (domain.empty()) return inQuotes(text) + " has nothing after the @; write it like " + std::string(example);
    std::string d;
    if (auto err = checkDomain(domain, true, d); !err.empty()) return "in " + inQuotes(text) + ": " + err;
    out = toLowerCopy(local) + "@" + d;
    return {};
}

std::string checkHeaderLine(std::string_view text, HeaderField& out)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) > 126 || (static_cast<unsigned char>(c) < 32 && c != '\t'))
            return "header lines are ASCII (RFC 5322 §2.2); " + inQuotes(text) + " has other characters";
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return inQuotes(text) + " is not a header line; write the field's name, a colon and its value, like "
                                "\"X-Mailer: Postie Mail 1.0\"";
    const std::string name = trimCopy(text.substr(0, colon));
    // A field name is printable ASCII other than the colon (RFC 5322 §3.6.8: ftext).
    const bool nameOk = !name.empty() && name.size() <= 76 &&
                        std::all_of(name.begin(), name.end(), [](char c) { return c > 32 && c < 127; });
    if (!nameOk)
        return inQuotes(name) + " is not a header field name: a name is printable ASCII without spaces or colons "
                                "(RFC 5322 §3.6.8), like X-Mailer";
    const std::string lower = toLowerCopy(name);
    // The fields the letter writes from its own keys, and those the servers write.
    struct Reserved {
        std::string_view lower, name, key;
    };
    static constexpr Reserved kReserved[] = {
        {"from", "From", "header_from"}, {"to", "To", "to"}, {"cc", "Cc", "cc"}, {"bcc", "Bcc", "bcc"},
        {"subject", "Subject", "subject"}, {"received", "Received", ""}, {"return-path", "Return-Path", ""},
        {"date", "Date", ""}, {"message-id", "Message-ID", ""}};
    for (const auto& r : kReserved) {
        if (lower != r.lower) continue;
        const std::string field(r.name);
        if (!r.key.empty()) return "the letter writes its own " + field + ": line; use " + std::string(r.key) + ": instead";
        if (lower == "received" || lower == "return-path")
            return "the servers write the " + field + ": lines; a letter cannot bring its own";
        return "the post office writes the letter's " + field + ": line when it takes the letter (RFC 6409 §8)";
    }
    const std::string value = trimCopy(text.substr(colon + 1));
    if (value.empty()) return "the header line " + inQuotes(text) + " has no value after the colon";
    // 998 characters at most on a line (RFC 5322 §2.1.1).
    if (name.size() + 2 + value.size() > 998)
        return "a header line may be at most 998 characters long (RFC 5322 §2.1.1)";
    out = {name, value};
    return {};
}

std::string checkStationId(std::string_view id)
{
    if (id.empty()) return "the station id is empty; give every station a name, like id: smtp.example.org";
    if (id.size() > 253) return "station id " + inQuotes(id) + " is longer than 253 characters";
    for (char c : id)
        if (!isAlnum(c) && c != '.' && c != '-' && c != '_')
            return "station id " + inQuotes(id) + " may only use letters, digits, '.', '-' and '_'";
    return {};
}

std::string checkIpv4(std::string_view text)
{
    const std::string bad = inQuotes(text) + " is not an IPv4 address; write four numbers from 0 to 255 with dots, "
                                           "like 203.0.113.25";
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t j = i;
        while (j < text.size() && isDigit(text[j])) ++j;
        const std::size_t len = j - i;
        if (len == 0 || len > 3) return bad;
        if (len > 1 && text[i] == '0') return bad;
        int v = 0;
        for (std::size_t k = i; k < j; ++k) v = v * 10 + (text[k] - '0');
        if (v > 255) return bad;
        ++parts;
        if (j == text.size()) break;
        if (text[j] != '.') return bad;
        i = j + 1;
    }
    return parts == 4 ? std::string() : bad;
}

std::string parseTimestamp(std::string_view text, std::int64_t& out)
{
    const std::string bad = "start " + inQuotes(text) + " is not a UTC time; write it like 2010-07-14T09:00:00Z";
    std::string_view t = text;
    if (t.size() == 25 && t.substr(19) == "+00:00") t = t.substr(0, 19);
    else if (t.size() == 20 && (t[19] == 'Z' || t[19] == 'z')) t = t.substr(0, 19);
    else if (t.size() == 25 && (t[19] == '+' || t[19] == '-'))
        return "start " + inQuotes(text) + " is not in UTC; write the time in UTC ending in Z, like 2010-07-14T09:00:00Z";
    else return bad;
    constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:dd";
    for (std::size_t i = 0; i < kShape.size(); ++i) {
        if (kShape[i] == 'd' ? !isDigit(t[i]) : (t[i] != kShape[i] && !(i == 10 && (t[i] == 't' || t[i] == ' '))))
            return bad;
    }
    auto num = [&](std::size_t pos, std::size_t len) {
        int v = 0;
        for (std::size_t i = pos; i < pos + len; ++i) v = v * 10 + (t[i] - '0');
        return v;
    };
    const int year = num(0, 4), month = num(5, 2), day = num(8, 2);
    const int hour = num(11, 2), minute = num(14, 2), second = num(17, 2);
    if (year < 1970) return "start " + inQuotes(text) + " is before 1970; use a year from 1970 to 9999";
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month < 1 || month > 12) return "start " + inQuotes(text) + " has no month " + std::to_string(month);
    const int monthDays = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    if (day < 1 || day > monthDays)
        return "start " + inQuotes(text) + " has no day " + std::to_string(day) + " in that month";
    if (hour > 23 || minute > 59 || second > 59)
        return "start " + inQuotes(text) + " has a time of day that does not exist; use 00:00:00 to 23:59:59";
    out = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second;
    return {};
}

} // namespace postie::scenario_reading
