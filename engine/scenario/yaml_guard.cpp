#include "scenario/yaml_guard.h"

#include "scenario/scenario_loader.h"

#include <cstddef>
#include <cstdio>
#include <sstream>

namespace postie::scenario_reading {
namespace {

std::string mebibytes(std::uintmax_t bytes)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f MiB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}

} // namespace

std::string tooLarge(std::uintmax_t bytes)
{
    return "the file is " + std::to_string(bytes) + " bytes (" + mebibytes(bytes) + "); a scenario may be at most " +
           std::to_string(kMaxScenarioBytes) + " bytes (16 MiB)";
}


YamlReading readScenarioYaml(std::string_view text)
{
    YamlReading out;
    const auto fail = [&](int line, int column, std::string why) {
        out.error = SourceMark{line, column};
        out.errorText = std::move(why);
        return std::move(out);
    };
    if (text.size() > kMaxScenarioBytes) return fail(1, 1, tooLarge(text.size()));
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
        return fail(1, 1, "the file is saved as UTF-16; save it as UTF-8 text");
    if (auto nul = text.find('\0'); nul != std::string_view::npos)
        return fail(1, 1, "this is not a text file (it holds a NUL byte at byte " + std::to_string(nul) +
                              "); a scenario must be plain UTF-8 text");
    if (auto bad = firstInvalidUtf8(text); bad != std::string_view::npos)
        return fail(1, 1, "this is not a text file (byte " + std::to_string(bad) +
                              " is not valid UTF-8); a scenario must be plain UTF-8 text");
    if (auto deep = findDeepNesting(text))
        return fail(deep->line, deep->column,
                    "lists and maps are nested more than " + std::to_string(kMaxNesting) +
                        " deep here; a scenario never needs that many levels");
    // The document structure is probed with the event parser, asking for at most two
    // documents, and only then is the first document loaded into nodes.
    try {
        std::istringstream in{std::string(text)};
        YAML::Parser parser(in);
        DocumentProbe first;
        const bool any = parser.HandleNextDocument(first);
        if (any && first.onlyNull && first.first) {
            const char c = charAt(text, *first.first);
            if (c == ',' || c == ']' || c == '}') return fail(first.first->line + 1, first.first->column + 1, strayTokenMessage(c));
        }
        DocumentProbe second;
        if (any && parser.HandleNextDocument(second)) {
            const YAML::Mark m = second.first.value_or(YAML::Mark());
            const char c = charAt(text, m);
            if (c == ',' || c == ']' || c == '}') return fail(m.line + 1, m.column + 1, strayTokenMessage(c));
            if (!second.onlyNull || second.nodes > 1) {
                out.secondDocument = SourceMark{m.line >= 0 ? m.line + 1 : 1, m.column >= 0 ? m.column + 1 : 1};
                out.secondText = "a second YAML document starts here (after ---); put the whole scenario in one document";
            }
        }
        out.root = YAML::Load(std::string(text));
    } catch (const YAML::DeepRecursion& e) {
        return fail(e.mark.line + 1, e.mark.column + 1,
                    "lists and maps are nested too deeply here; a scenario never needs that many levels");
    } catch (const YAML::Exception& e) {
        const int line = e.mark.line >= 0 ? e.mark.line + 1 : 1;
        const int column = e.mark.column >= 0 ? e.mark.column + 1 : 1;
        return fail(line, column, friendlyYamlMessage(e.msg, text, e.mark.line));
    }
    return out;
}

// Byte offset of the first byte that is not valid UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view s)
{
    std::size_t i = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;  // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else return i;
        if (i + len > n) return i;
        if (p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
        i += len;
    }
    return std::string_view::npos;
}

// Finds flow collections ([ and {) nested deeper than kMaxNesting, which would make the YAML
// reader recurse deeply. A rough scan: it skips comments and quoted text.
std::optional<SourceMark> findDeepNesting(std::string_view s)
{
    int depth = 0, line = 1, column = 0;
    char quote = 0;
    bool comment = false;
    char prev = '\n';  // the last character that was not a space
    char last = '\n';  // the last character
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        ++column;
        if (c == '\n') {
            ++line;
            column = 0;
            comment = false;
            if (quote == 0) prev = '\n';
            last = c;
            continue;
        }
        if (comment) continue;
        if (quote != 0) {
            if (quote == '"' && c == '\\') { ++i; ++column; continue; }
            if (c == quote) quote = 0;
            last = c;
            continue;
        }
        if (c == '#' && (last == ' ' || last == '\t' || last == '\n')) { comment = true; continue; }
        if ((c == '"' || c == '\'') &&
            (prev == '\n' || prev == '[' || prev == '{' || prev == ',' || prev == ':' || prev == '-' || prev == '?'))
            quote = c;
        else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting) return SourceMark{line, column};
        } else if ((c == ']' || c == '}') && depth > 0) --depth;
        if (c != ' ' && c != '\t') prev = c;
        last = c;
    }
    return std::nullopt;
}

std::string friendlyYamlMessage(const std::string& msg, std::string_view text, int line0)
{
    // A tab in the indentation is the most common cause of puzzling YAML errors.
    std::size_t pos = 0;
    for (int l = 0; l < line0 && pos != std::string_view::npos; ++l) {
        pos = text.find('\n', pos);
        if (pos != std::string_view::npos) ++pos;
    }
    for (int k = 0; k < 2 && pos != std::string_view::npos && pos < text.size(); ++k) {
        std::size_t i = pos;
        while (i < text.size() && text[i] == ' ') ++i;
        if (i < text.size() && text[i] == '\t')
            return "YAML syntax: a tab character indents a line near here; indent with spaces only";
        pos = text.find('\n', pos);
        if (pos != std::string_view::npos) ++pos;
    }
    if (msg == YAML::ErrorMsg::END_OF_SEQ_FLOW) return "YAML syntax: a list opened with '[' is not closed with ']'";
    if (msg == YAML::ErrorMsg::END_OF_MAP_FLOW) return "YAML syntax: a map opened with '{' is not closed with '}'";
    if (msg == YAML::ErrorMsg::MAP_VALUE)
        return "YAML syntax: a ':' where none can be; put text that holds ': ' in quotes, and check the indentation";
    if (msg == YAML::ErrorMsg::END_OF_MAP || msg == YAML::ErrorMsg::END_OF_SEQ || msg == YAML::ErrorMsg::BLOCK_ENTRY)
        return "YAML syntax: " + msg + "; check the indentation of this line and the one before";
    if (msg == YAML::ErrorMsg::UNKNOWN_ANCHOR)
        return "YAML syntax: this alias (*name) refers to an anchor (&name) that is not defined before it";
    if (msg == YAML::ErrorMsg::FLOW_END)
        return "YAML syntax: this ']' or '}' does not match the bracket it should close; check that every [ has its ] "
               "and every { its }";
    return "YAML syntax: " + msg;
}

// The character at a parser mark, or 0.
char charAt(std::string_view text, const YAML::Mark& m)
{
    if (m.pos < 0 || std::size_t(m.pos) >= text.size()) return 0;
    return text[std::size_t(m.pos)];
}

std::string strayTokenMessage(char c)
{
    return std::string("YAML syntax: a value cannot start with '") + c +
           "' here; put text that starts with it in quotes, or check the brackets and indentation";
}

} // namespace postie::scenario_reading
