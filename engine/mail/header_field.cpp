#include "mail/header_field.h"

namespace postie {
namespace {

// RFC 5322 §2.1.1: a line SHOULD be at most 78 characters, not counting its line end.
constexpr std::size_t kLineLimit = 78;

bool isWsp(char c) { return c == ' ' || c == '\t'; }

// One line of the field (between the folds it already has), folded at the last white space that
// keeps it within the limit, or, for a word longer than that, at the first one after it. A fold
// never leaves a line of white space only (§3.2.2), and never splits the field's name from its
// first word.
void foldInto(std::string& out, std::string_view line, std::string_view eol, std::size_t firstBreak)
{
    std::size_t start = 0;
    while (line.size() - start > kLineLimit) {
        // The breaks that leave something on both sides: after a non-space, before a space with
        // something that is not space after it.
        const auto usable = [&](std::size_t at) {
            if (at <= start || at < firstBreak || !isWsp(line[at]) || isWsp(line[at - 1])) return false;
            return line.find_first_not_of(" \t", at) != std::string_view::npos;
        };
        std::size_t cut = std::string_view::npos;
        for (std::size_t at = start + kLineLimit; at > start; --at)
            if (usable(at)) {
                cut = at;
                break;
            }
        if (cut == std::string_view::npos)
            for (std::size_t at = start + kLineLimit + 1; at < line.size(); ++at)
                if (usable(at)) {
                    cut = at;
                    break;
                }
        if (cut == std::string_view::npos) break;
        out.append(line.substr(start, cut - start));
        out.append(eol);
        start = cut;
    }
    out.append(line.substr(start));
    out.append(eol);
}

// A long Received line breaks before its "by" and "for" clauses first, as Postfix writes it, so
// each line tells one thing: where the letter came from, who took it, for whom and when.
std::string withClauseBreaks(std::string_view line)
{
    std::string out(line);
    if (!line.starts_with("Received: ") || line.size() <= kLineLimit) return out;
    for (const std::string_view clause : {" for ", " by "}) {
        const std::size_t at = out.find(clause);
        if (at != std::string::npos && at > 10) out.insert(at, "\r\n");
    }
    return out;
}

} // namespace

std::string foldedLine(std::string_view text, std::string_view eol)
{
    const std::string withBreaks = withClauseBreaks(text);
    const std::string_view line = withBreaks;
    const std::size_t colon = line.find(':');
    const std::size_t firstBreak = colon == std::string_view::npos ? 0 : colon + 2;  // after "Name: "
    std::string out;
    out.reserve(line.size() + line.size() / 32 + eol.size());
    std::string piece;  // one line between the folds the value holds
    for (std::size_t at = 0; at < line.size(); ++at) {
        const char c = line[at];
        if (c != '\r' && c != '\n') {
            piece.push_back(c);
            continue;
        }
        // A line break: CRLF, LF or CR. Followed by white space it is a fold; otherwise a space.
        std::size_t next = at + 1;
        if (c == '\r' && next < line.size() && line[next] == '\n') ++next;
        if (next < line.size() && isWsp(line[next]) && !piece.empty()) {
            foldInto(out, piece, eol, out.empty() ? firstBreak : 0);
            piece.clear();
        } else {
            piece.push_back(' ');
        }
        at = next - 1;
    }
    foldInto(out, piece, eol, out.empty() ? firstBreak : 0);
    return out;
}

std::string foldedField(const HeaderField& field, std::string_view eol)
{
    return foldedLine(field.name + ": " + field.value, eol);
}

} // namespace postie
