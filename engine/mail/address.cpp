#include "mail/address.h"

#include <cctype>

namespace postie {

std::string toLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string domainOf(std::string_view address)
{
    const auto at = address.rfind('@');
    if (at == std::string_view::npos) return {};
    return toLower(address.substr(at + 1));
}

} // namespace postie
