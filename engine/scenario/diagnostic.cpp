#include "scenario/diagnostic.h"

namespace postie {

std::string Diagnostic::format() const
{
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": error: " + text;
}

} // namespace postie
