#pragma once
// The start of a real message's file, enough for its header block: a header block is a few
// kilobytes, so at most kMaxHeadBytes are read and a file of gigabytes costs no more than that.
#include <cstddef>
#include <string>

namespace postie {

inline constexpr std::size_t kMaxHeadBytes = 1024 * 1024;  // 1 MiB

struct MessageHead {
    std::string text;   // the file's first bytes, up to kMaxHeadBytes
    std::string error;  // why it could not be read; empty when it was
};

// `path` "-" reads standard input (headers pasted into a terminal).
MessageHead readMessageHead(const std::string& path);

} // namespace postie
