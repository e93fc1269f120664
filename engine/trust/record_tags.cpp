#include "trust/record_tags.h"

#include <algorithm>
#include <utility>

namespace postie {
namespace {

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAlnum(char c) { return isAlpha(c) || (c >= '0' && c <= '9'); }

} // namespace

bool isFws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimFws(std::string_view s)
{
    while (!s.empty() && isFws(s.front())) s.remove_prefix(1);
    while (!s.empty() && isFws(s.back())) s.remove_suffix(1);
    return s;
}

const RecordTag* findTag(const std::vector<RecordTag>& tags, std::string_view name)
{
    for (const auto& t : tags)
        if (t.name == name) return &t;
    return nullptr;
}

std::variant<std::vector<RecordTag>, RecordSyntaxError> parseTagList(std::string_view text)
{
    std::vector<RecordTag> tags;
    std::size_t pos = 0;
    const auto skipFws = [&] { while (pos < text.size() && isFws(text[pos])) ++pos; };
    for (;;) {
        skipFws();
        if (pos == text.size()) return tags;  // empty, or after a trailing ';'
        RecordTag tag;
        tag.nameColumn = pos;
        if (!isAlpha(text[pos])) return RecordSyntaxError{pos, "expected a tag name"};
        while (pos < text.size() && (isAlnum(text[pos]) || text[pos] == '_')) ++pos;
        tag.name = text.substr(tag.nameColumn, pos - tag.nameColumn);
        skipFws();
        if (pos == text.size() || text[pos] != '=') return RecordSyntaxError{pos, "expected '=' after " + tag.name};
        ++pos;
        skipFws();
        tag.valueColumn = pos;
        const std::size_t end = std::min(text.find(';', pos), text.size());
        for (std::size_t i = pos; i < end; ++i)
            if (!isFws(text[i]) && (text[i] < 0x21 || text[i] > 0x7e))
                return RecordSyntaxError{i, "unexpected character in " + tag.name + "="};
        tag.value = trimFws(text.substr(pos, end - pos));
        const auto sameName = [&](const RecordTag& t) { return t.name == tag.name; };
        if (std::any_of(tags.begin(), tags.end(), sameName))
            return RecordSyntaxError{tag.nameColumn, tag.name + "= appears twice (RFC 6376 §3.2)"};
        tags.push_back(std::move(tag));
        if (end == text.size()) return tags;
        pos = end + 1;
    }
}

} // namespace postie
