#include "imap/imap_command_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace postie::imap {
namespace {

constexpr char kLiteralMark = '\x01';  // stands for a literal in a command's text; refused on the wire

bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u != 0x7f && c != '(' && c != ')' && c != '"' && c != kLiteralMark;
}

// A tag: atom characters other than '+' (RFC 3501 §9, tag).
bool isTag(std::string_view tag)
{
    return !tag.empty() && std::all_of(tag.begin(), tag.end(), [](char c) { return isAtomChar(c) && c != '+' && c != '{'; });
}

class Parser {
public:
    Parser(const std::string& text, const std::vector<std::string>& literals, const Limits& limits)
        : m_text(text), m_literals(literals), m_limits(limits)
    {
    }

    std::optional<std::string> command(Command& out)
    {
        Value tag;
        if (auto e = atom(tag)) return "no tag: " + *e;
        if (!isTag(tag.text)) return "\"" + tag.text + "\" is not a tag";
        out.tag = tag.text;
        if (!space()) return "a command name must follow the tag";
        Value name;
        if (auto e = atom(name)) return "no command name: " + *e;
        if (!std::all_of(name.text.begin(), name.text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
            return "\"" + name.text + "\" is not a command name";
        out.name = name.text;
        std::transform(out.name.begin(), out.name.end(), out.name.begin(), [](char c) { return char(std::toupper(static_cast<unsigned char>(c))); });
        while (m_at < m_text.size()) {
            if (!space()) return "arguments are separated by one space";
            if (m_at >= m_text.size()) break;  // a space at the end: taken as nothing
            Value v;
            if (auto e = value(v, 0)) return e;
            out.args.push_back(std::move(v));
        }
        return std::nullopt;
    }

private:
    bool space()
    {
        if (m_at >= m_text.size() || m_text[m_at] != ' ') return false;
        while (m_at < m_text.size() && m_text[m_at] == ' ') ++m_at;
        return true;
    }

    std::optional<std::string> value(Value& out, int depth)
    {
        if (m_at >= m_text.size()) return "an argument is missing";
        const char c = m_text[m_at];
        if (c == '(') return list(out, depth + 1);
        if (c == '"') return quoted(out);
        if (c == kLiteralMark) return literal(out);
        if (c == ')') return "a ')' closes no list";
        return atom(out);
    }

    std::optional<std::string> list(Value& out, int depth)
    {
        if (depth > m_limits.depth) return "lists nest too deep";
        out.kind = Value::Kind::List;
        ++m_at;  // (
        bool first = true;
        while (true) {
            if (m_at >= m_text.size()) return "a list is not closed with ')'";
            if (m_text[m_at] == ')') {
                ++m_at;
                return std::nullopt;
            }
            if (!first && !space()) return "a list's items are separated by one space";
            if (m_at < m_text.size() && m_text[m_at] == ')') continue;
            Value item;
            if (auto e = value(item, depth)) return e;
            out.items.push_back(std::move(item));
            first = false;
        }
    }

    std::optional<std::string> quoted(Value& out)
    {
        out.kind = Value::Kind::String;
        for (++m_at; m_at < m_text.size(); ++m_at) {
            const char c = m_text[m_at];
            if (c == '"') {
                ++m_at;
                return std::nullopt;
            }
            if (c == '\\') {
                if (++m_at >= m_text.size()) break;
                if (m_text[m_at] != '"' && m_text[m_at] != '\\') return "only \\\" and \\\\ may be escaped in a quoted string";
            }
            out.text += m_text[m_at];
        }
        return "a quoted string is not closed with '\"'";
    }

    std::optional<std::string> literal(Value& out)
    {
        const std::size_t end = m_text.find(kLiteralMark, m_at + 1);
        std::size_t index = 0;
        const auto [p, ec] = std::from_chars(m_text.data() + m_at + 1, m_text.data() + end, index);
        if (end == std::string::npos || ec != std::errc() || index >= m_literals.size()) return "a literal is broken";
        out.kind = Value::Kind::String;
        out.text = m_literals[index];
        m_at = end + 1;
        return std::nullopt;
    }

    // An atom, with a bracketed section in it where it has one: BODY[HEADER.FIELDS (FROM)]<0.9>.
    std::optional<std::string> atom(Value& out)
    {
        out.kind = Value::Kind::Atom;
        const std::size_t start = m_at;
        int brackets = 0;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == '[') ++brackets;
            else if (c == ']' && brackets > 0) --brackets;
            else if (brackets == 0 && !isAtomChar(c)) break;
            else if (brackets > 0 && (c == '"' || c == kLiteralMark || static_cast<unsigned char>(c) < 0x20)) break;
            ++m_at;
        }
        if (brackets > 0) return "a '[' is not closed with ']'";
        if (m_at == start) return "an atom is empty";
        out.text = m_text.substr(start, m_at - start);
        return std::nullopt;
    }

    const std::string& m_text;
    const std::vector<std::string>& m_literals;
    const Limits& m_limits;
    std::size_t m_at = 0;
};

// The tag a broken command's text starts with, where it has one (its BAD names it).
std::string tagOf(std::string_view text)
{
    const std::string_view first = text.substr(0, text.find(' '));
    return isTag(first) && first.size() < 64 ? std::string(first) : std::string();
}

// "{123}" or "{123+}" at the end of a line: the literal's size and whether it comes at once.
std::optional<std::pair<std::size_t, bool>> literalAtEnd(std::string_view line)
{
    if (line.size() < 3 || line.back() != '}') return std::nullopt;
    const std::size_t open = line.rfind('{');
    if (open == std::string_view::npos) return std::nullopt;
    std::string_view digits = line.substr(open + 1, line.size() - open - 2);
    const bool plus = !digits.empty() && digits.back() == '+';
    if (plus) digits.remove_suffix(1);
    if (digits.empty() || digits.size() > 18 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    std::size_t n = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), n);
    return std::make_pair(n, plus);
}

} // namespace

std::optional<std::string> parseCommand(const std::string& text, const std::vector<std::string>& literals,
                                        const Limits& limits, Command& out)
{
    return Parser(text, literals, limits).command(out);
}

void CommandReader::feed(std::string_view bytes)
{
    m_buffer.append(bytes);
    readLines();
}

std::optional<Reading> CommandReader::next()
{
    if (m_out.empty()) return std::nullopt;
    Reading r = std::move(m_out.front());
    m_out.pop_front();
    return r;
}

void CommandReader::fail(const std::string& error)
{
    Reading r;
    r.kind = Reading::Kind::Bad;
    r.tag = tagOf(m_text);
    r.error = error;
    m_out.push_back(std::move(r));
    m_text.clear();
    m_literals.clear();
    m_commandBytes = 0;
    m_inLiteral = false;
    m_literalLeft = 0;
}

void CommandReader::finishCommand()
{
    Reading r;
    if (auto error = parseCommand(m_text, m_literals, m_limits, r.command)) {
        r.kind = Reading::Kind::Bad;
        r.tag = tagOf(m_text);
        r.error = *error;
    } else {
        r.kind = Reading::Kind::Command;
        r.tag = r.command.tag;
    }
    m_out.push_back(std::move(r));
    m_text.clear();
    m_literals.clear();
    m_commandBytes = 0;
}

void CommandReader::readLines()
{
    std::size_t at = 0;  // bytes of m_buffer used
    while (at < m_buffer.size()) {
        if (m_skip > 0) {  // a refused literal that comes anyway ({n+}): thrown away
            const std::size_t n = std::min(m_skip, m_buffer.size() - at);
            m_skip -= n;
            at += n;
            continue;
        }
        if (m_inLiteral) {
            const std::size_t n = std::min(m_literalLeft, m_buffer.size() - at);
            m_literals.back().append(m_buffer, at, n);
            m_literalLeft -= n;
            at += n;
            if (m_literalLeft == 0) m_inLiteral = false;  // the command's line goes on after it
            continue;
        }
        const std::size_t newline = m_buffer.find('\n', at);
        if (newline == std::string::npos) {
            if (m_buffer.size() - at > m_limits.line) {  // a line too long: refused, the rest thrown away
                if (!m_skipLine) {
                    m_text.append(m_buffer, at, std::min<std::size_t>(64, m_buffer.size() - at));
                    fail("a line is longer than " + std::to_string(m_limits.line) + " bytes");
                }
                m_skipLine = true;
                at = m_buffer.size();
            }
            break;
        }
        std::string_view line(m_buffer.data() + at, newline - at);
        at = newline + 1;
        if (m_skipLine) {  // the end of the line too long
            m_skipLine = false;
            continue;
        }
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.size() > m_limits.line) {
            m_text.append(line.substr(0, 64));
            fail("a line is longer than " + std::to_string(m_limits.line) + " bytes");
            continue;
        }
        if (line.find(kLiteralMark) != std::string_view::npos || line.find('\0') != std::string_view::npos) {
            m_text.append(line.substr(0, 64));
            fail("a command holds a control character");
            continue;
        }
        m_commandBytes += line.size();
        const auto literal = literalAtEnd(line);
        if (literal && (literal->first > m_limits.literal || m_commandBytes + literal->first > m_limits.command)) {
            m_text.append(line.substr(0, 64));
            fail("a literal of " + std::to_string(literal->first) + " bytes is more than " +
                 std::to_string(m_limits.literal) + " allowed");
            // {n+}: its bytes come all the same, and the rest of that command's line after them.
            if (literal->second) {
                m_skip = literal->first;
                m_skipLine = true;
            }
            continue;
        }
        if (m_commandBytes > m_limits.command) {
            m_text.append(line.substr(0, 64));
            fail("a command is longer than " + std::to_string(m_limits.command) + " bytes");
            continue;
        }
        if (!literal) {
            m_text.append(line);
            finishCommand();
            continue;
        }
        m_text.append(line.substr(0, line.rfind('{')));
        m_text += kLiteralMark + std::to_string(m_literals.size()) + kLiteralMark;
        m_literals.emplace_back();
        m_commandBytes += literal->first;
        m_literalLeft = literal->first;
        m_inLiteral = m_literalLeft > 0;
        if (!literal->second) {  // {n}: the client waits for "+" before it sends the bytes
            Reading r;
            r.kind = Reading::Kind::GoAhead;
            r.tag = tagOf(m_text);
            m_out.push_back(std::move(r));
        }
    }
    m_buffer.erase(0, at);
}

} // namespace postie::imap
