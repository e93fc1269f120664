// The IMAP command reader over any bytes from a connection, fed in pieces whose sizes the
// input's first byte chooses: every reading is used (a command's arguments walked), and what
// the reader keeps stays within its limits.
#include "imap/imap_command_reader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

std::size_t walk(const postie::imap::Value& v)
{
    std::size_t n = v.text.size();
    for (const auto& item : v.items) n += walk(item);
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) return 0;
    const std::size_t piece = std::size_t(data[0] % 17) + 1;
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    postie::imap::Limits limits;
    limits.line = 256;
    limits.literal = 64;
    limits.command = 1024;
    limits.depth = 4;
    postie::imap::CommandReader reader(limits);
    std::size_t used = 0;
    for (std::size_t at = 0; at < bytes.size(); at += piece) {
        reader.feed(bytes.substr(at, piece));
        while (auto r = reader.next()) {
            used += r->tag.size() + r->error.size() + r->command.name.size();
            for (const auto& a : r->command.args) used += walk(a);
            if (r->kind == postie::imap::Reading::Kind::Command && r->command.tag.empty()) std::abort();
        }
        // An unfinished line is kept up to its limit, a literal up to its own.
        if (reader.pending() > limits.line + piece + limits.literal) std::abort();
    }
    return used == std::size_t(-1);
}
