#include "realmail/message_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

namespace postie {

MessageHead readMessageHead(const std::string& path)
{
    MessageHead out;
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
            out.error = path + ": cannot read: " + std::strerror(errno);
            return out;
        }
        in = &file;
    }
    out.text.resize(kMaxHeadBytes);
    in->read(out.text.data(), std::streamsize(kMaxHeadBytes));
    out.text.resize(std::size_t(in->gcount()));
    if (in->bad()) out.error = path + ": cannot read: " + std::strerror(errno);
    return out;
}

} // namespace postie
