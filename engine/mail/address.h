#pragma once
#include <string>
#include <string_view>

namespace postie {

// "bob@example.org" -> "example.org" (lower case); empty when there is no '@'.
std::string domainOf(std::string_view address);
std::string toLower(std::string_view text);

} // namespace postie
