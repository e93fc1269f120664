#include "mail/address.h"

#include <cctype>

namespace postie {

std::string toLower(std::string_view text)
{
    // ASCII only, as host names and the addresses here are; independent of the C locale.
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

std::string domainOf(std::string_view address)
{
    const auto at = address.rfind('@');
    if (at == std::string_view::npos) return {};
    return toLower(address.substr(at + 1));
}

} // namespace postie
