#include "realmail/received_chain.h"

#include "mail/address.h"
#include "realmail/header_block.h"
#include "sim/calendar.h"

#include <algorithm>
#include <cctype>

namespace postie {
namespace {

struct Token {
    enum class Kind { Word, Comment, Semicolon } kind;
    std::string text;       // a comment's inside, without its outer parentheses
    std::size_t start = 0;  // offsets in the value
    std::size_t end = 0;
};

bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::vector<Token> tokensOf(std::string_view v)
{
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < v.size()) {
        if (space(v[i])) {
            ++i;
        } else if (v[i] == ';') {
            out.push_back({Token::Kind::Semicolon, ";", i, i + 1});
            ++i;
        } else if (v[i] == '(') {
            // A comment, nested, with \( and \) quoted (RFC 5322 §3.2.2); an unclosed one runs to the end.
            const std::size_t start = i;
            int depth = 0;
            std::string inside;
            for (; i < v.size(); ++i) {
                const char c = v[i];
                if (c == '\\' && i + 1 < v.size()) {
                    inside += v[++i];
                    continue;
                }
                if (c == '(' && depth++ == 0) continue;
                if (c == ')' && --depth == 0) {
                    ++i;
                    break;
                }
                inside += c;
            }
            out.push_back({Token::Kind::Comment, inside, start, i});
        } else {
            const std::size_t start = i;
            bool quoted = false;
            int angle = 0;
            for (; i < v.size(); ++i) {
                const char c = v[i];
                if (c == '"') quoted = !quoted;
                if (!quoted && c == '<') ++angle;
                if (!quoted && c == '>' && angle > 0) --angle;
                if (!quoted && angle == 0 && (space(c) || c == ';' || c == '(')) break;
            }
            out.push_back({Token::Kind::Word, std::string(v.substr(start, i - start)), start, i});
        }
    }
    return out;
}

std::string collapsed(std::string_view text)
{
    std::string out;
    bool gap = false;
    for (const char c : text) {
        if (space(c)) {
            gap = !out.empty();
            continue;
        }
        if (gap) out += ' ';
        gap = false;
        out += c;
    }
    return out;
}

bool isIpAddress(std::string_view s)
{
    if (s.empty()) return false;
    if (s.find(':') != std::string_view::npos)
        return std::all_of(s.begin(), s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.'; });
    int dots = 0;
    for (const char c : s) {
        if (c == '.') ++dots;
        else if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    return dots == 3;
}

// "[192.0.2.1]" or "[IPv6:2001:db8::1]" to the address; nothing for anything else.
std::optional<std::string> literalAddress(std::string_view text)
{
    const auto open = text.find('[');
    const auto close = text.find(']', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos) return std::nullopt;
    std::string_view inside = text.substr(open + 1, close - open - 1);
    if (toLower(inside.substr(0, 5)) == "ipv6:") inside.remove_prefix(5);
    if (!isIpAddress(inside)) return std::nullopt;
    return std::string(inside);
}

std::string withoutAngles(std::string word)
{
    while (!word.empty() && (word.back() == ';' || word.back() == ',')) word.pop_back();
    if (word.size() >= 2 && word.front() == '<' && word.back() == '>') word = word.substr(1, word.size() - 2);
    return word;
}

bool keyword(const std::string& lower)
{
    return lower == "from" || lower == "by" || lower == "via" || lower == "with" || lower == "id" || lower == "for";
}

// What a from clause's comments tell: the HELO name ("helo=x", "HELO x", "EHLO x") and the
// address the server saw (a bracketed literal, or a comment that is only an address).
void readFromComment(const std::string& comment, ReceivedHop& hop)
{
    const std::string lower = toLower(comment);
    if (const auto at = lower.find("helo="); at != std::string::npos && !hop.from.has_value()) {
        std::string name = comment.substr(at + 5);
        name = name.substr(0, name.find_first_of(" \t)"));
        if (!name.empty()) hop.from = name;
    }
    const std::string trimmed = collapsed(comment);
    if ((toLower(trimmed.substr(0, 5)) == "helo " || toLower(trimmed.substr(0, 5)) == "ehlo ")) {
        std::string name = trimmed.substr(5);
        hop.from = name.substr(0, name.find(' '));
    }
    if (!hop.fromIp) {
        if (auto literal = literalAddress(comment)) hop.fromIp = literal;
        else if (isIpAddress(trimmed)) hop.fromIp = trimmed;
    }
}

// The registrable-looking domain of a host name: its last two labels.
std::string registrableDomain(const std::string& host)
{
    const auto last = host.rfind('.');
    if (last == std::string::npos || last == 0) return toLower(host);
    const auto before = host.rfind('.', last - 1);
    return toLower(before == std::string::npos ? host : host.substr(before + 1));
}

bool withinDomain(const std::string& host, const std::string& domain)
{
    const std::string h = toLower(host);
    return h == domain || (h.size() > domain.size() && h.ends_with("." + domain));
}

} // namespace

ReceivedHop parseReceived(std::string_view value)
{
    ReceivedHop hop;
    hop.text = collapsed(value);
    const std::vector<Token> tokens = tokensOf(value);

    // The date: after the last ";" outside comments; without one, the first word from which the
    // rest reads as a date (a server that forgot the ";").
    std::size_t clauseEnd = tokens.size();
    for (std::size_t k = tokens.size(); k-- > 0;)
        if (tokens[k].kind == Token::Kind::Semicolon) {
            clauseEnd = k;
            const std::string date = collapsed(value.substr(tokens[k].end));
            if (!date.empty()) hop.date = date;
            break;
        }
    if (clauseEnd == tokens.size())
        for (std::size_t k = 1; k < tokens.size(); ++k) {
            if (tokens[k].kind != Token::Kind::Word) continue;
            const std::string_view rest = value.substr(tokens[k].start);
            if (parseRfc5322Date(rest)) {
                clauseEnd = k;
                hop.date = collapsed(rest);
                break;
            }
        }
    if (hop.date) hop.utc = parseRfc5322Date(*hop.date);

    std::string clause;  // the keyword whose value is being read
    bool fromHelo = false;
    for (std::size_t k = 0; k < clauseEnd; ++k) {
        const Token& t = tokens[k];
        if (t.kind == Token::Kind::Comment) {
            if (clause == "from") {
                const bool hadFrom = hop.from.has_value();
                if (hadFrom && !fromHelo) {
                    // A HELO name in a comment wins over the first word ("unknown", a literal).
                    ReceivedHop said;
                    readFromComment(t.text, said);
                    if (said.from) {
                        hop.from = said.from;
                        fromHelo = true;
                    }
                    if (!hop.fromIp) hop.fromIp = said.fromIp;
                } else {
                    readFromComment(t.text, hop);
                }
            }
            if (clause == "with") clause.clear();  // "with" takes the words before its comment
            continue;
        }
        if (t.kind != Token::Kind::Word) continue;
        const std::string lower = toLower(t.text);
        if (keyword(lower)) {
            clause = lower;
            continue;
        }
        if (clause == "from" && !hop.from) {
            hop.from = t.text;
            if (auto literal = literalAddress(t.text)) hop.fromIp = literal;
        } else if (clause == "by" && !hop.by) {
            hop.by = t.text;
        } else if (clause == "with") {
            hop.with = hop.with ? *hop.with + " " + t.text : t.text;
            continue;
        } else if (clause == "id" && !hop.id) {
            hop.id = withoutAngles(t.text);
        } else if (clause == "for" && !hop.forAddress) {
            hop.forAddress = withoutAngles(t.text);
        }
        if (clause != "with") clause = clause == "from" ? clause : std::string();
    }
    return hop;
}

std::string ReceivedHop::sender() const
{
    std::string text = from.value_or("");
    if (fromIp && text.find(*fromIp) == std::string::npos) text += (text.empty() ? "[" : " [") + *fromIp + "]";
    return text;
}

std::string hopTime(std::int64_t seconds)
{
    const std::int64_t s = seconds < 0 ? -seconds : seconds;
    std::string text;
    if (s < 120) text = std::to_string(s) + " s";
    else if (s < 7200) text = std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
    else if (s < 172800) text = std::to_string(s / 3600) + " h " + std::to_string(s / 60 % 60) + " min";
    else text = std::to_string(s / 86400) + " d " + std::to_string(s / 3600 % 24) + " h";
    return (seconds < 0 ? "-" : "+") + text;
}

ReceivedChain readReceivedChain(std::string_view message)
{
    ReceivedChain chain;
    const HeaderBlock block = readHeaderBlock(message);
    for (const HeaderFieldLine& f : block.fields) {
        const std::string name = toLower(f.name);
        if (name == "received") {
            ReceivedHop hop = parseReceived(f.value);
            hop.line = f.line;
            chain.hops.push_back(std::move(hop));
        } else if (name == "from" && chain.from.empty()) {
            chain.from = collapsed(f.value);
        } else if (name == "to" && chain.to.empty()) {
            chain.to = collapsed(f.value);
        } else if (name == "subject" && chain.subject.empty()) {
            chain.subject = collapsed(f.value);
        } else if (name == "date" && chain.date.empty()) {
            chain.date = collapsed(f.value);
        } else if (name == "message-id" && chain.messageId.empty()) {
            chain.messageId = collapsed(f.value);
        }
    }
    // Newest first in the message: the receiver's lines are on top.
    for (const ReceivedHop& hop : chain.hops)
        if (hop.by && !isIpAddress(*hop.by)) {
            chain.receiverDomain = registrableDomain(*hop.by);
            break;
        }
    // The newest line is the receiver's own, whatever its server is called.
    bool stillOwn = true;
    for (std::size_t i = 0; i < chain.hops.size(); ++i) {
        const ReceivedHop& hop = chain.hops[i];
        stillOwn = stillOwn && (i == 0 || !hop.by || isIpAddress(*hop.by) || withinDomain(*hop.by, chain.receiverDomain));
        chain.hops[i].trusted = stillOwn;
    }
    std::reverse(chain.hops.begin(), chain.hops.end());
    for (std::size_t i = 1; i < chain.hops.size(); ++i)
        if (chain.hops[i].utc && chain.hops[i - 1].utc) chain.hops[i].delaySeconds = *chain.hops[i].utc - *chain.hops[i - 1].utc;
    return chain;
}

} // namespace postie
