#include "mail/message_text.h"

#include "mail/headers.h"
#include "mail/world.h"

#include <algorithm>
#include <string_view>

namespace postie {
namespace {

// Fields a hop adds on the way, not the writer: they are not part of the letter as submitted.
bool addedOnTheWay(std::string_view name)
{
    return name == "Return-Path" || name == "Received" || name == "DKIM-Signature" || name == "Authentication-Results" ||
           name == "X-Spam-Status" || name == "X-Spam-Flag" || name == "Received-SPF";
}

// The generated text of a letter without one: plain lines of at most 72 characters, so that the
// body takes `bytes` on the wire (each line's CRLF counted).
std::string fillerText(const Message& m, std::uint64_t bytes)
{
    const std::string opening = "This is letter " + m.id() + ", written by Postie to the size its scenario gives.";
    static constexpr std::string_view kLine =
        "A letter travels from post office to sorting station to PO box.";  // 65 with CRLF
    std::string out;
    out.reserve(std::size_t(bytes));
    std::uint64_t left = bytes;
    const auto add = [&](std::string_view line) {
        out.append(line);
        out.push_back('\n');
        left -= line.size() + 2;
    };
    if (left >= opening.size() + 2) add(opening);
    while (left >= kLine.size() + 2) add(kLine);
    if (left >= 3) {
        add(kLine.substr(0, std::size_t(left - 2)));
    } else if (left > 0 && !out.empty()) {
        out.insert(out.size() - 1, std::size_t(left), '.');  // too little for a line of its own: "PO box..."
    }
    return out;
}

std::uint64_t headerBlockLength(const std::vector<HeaderField>& fields, bool submittedOnly)
{
    std::uint64_t n = 2;  // the blank line after the fields
    for (const auto& f : fields)
        if (!submittedOnly || !addedOnTheWay(f.name)) n += foldedField(f).size();
    return n;
}

} // namespace

std::uint64_t wireLength(const std::string& text)
{
    return text.size() + std::uint64_t(std::count(text.begin(), text.end(), '\n'));
}

std::string letterBody(const Message& m, const World& world)
{
    if (!m.body.empty() || m.isBounce) return m.body;
    const std::uint64_t header = headerBlockLength(headerFields(m, world), true);
    return fillerText(m, m.sizeBytes > header ? m.sizeBytes - header : 0);
}

std::string headerBlock(const Message& m, const World& world, LineEnds ends)
{
    const std::string_view eol = ends == LineEnds::Crlf ? "\r\n" : "\n";
    std::string out;
    for (const auto& f : headerFields(m, world)) out += foldedField(f, eol);
    out += eol;
    return out;
}

std::string messageText(const Message& m, const World& world, LineEnds ends)
{
    std::string out = headerBlock(m, world, ends);
    const std::string body = letterBody(m, world);
    if (ends == LineEnds::Lf) {
        out += body;
        if (!body.empty() && body.back() != '\n') out += '\n';
        return out;
    }
    out.reserve(out.size() + body.size() + body.size() / 32);
    for (const char c : body) {
        if (c == '\n') out += "\r\n";
        else if (c != '\r') out += c;
    }
    if (!body.empty() && body.back() != '\n') out += "\r\n";
    return out;
}

} // namespace postie
