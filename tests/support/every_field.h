#pragma once
// A trace record with every field of kTraceFields set away from its blank value, each to a
// value of its own (the i-th field: the string "field i ...", the number 1000 + i, ...), so a
// test that copies, stores or clears records notices a field lost, swapped or left behind.
// New fields are covered as soon as they are in the field list.
#include "trace/trace_record.h"

#include <string>
#include <type_traits>
#include <vector>

namespace postie::testing {

inline TraceRecord everyFieldSet()
{
    TraceRecord r;
    int i = 0;
    forEachTraceField([&](const auto& field) {
        ++i;
        auto& v = r.*field.member;
        using T = std::remove_cvref_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::string>)
            v = "field " + std::to_string(i) + ", long enough to leave the small-string buffer";
        else if constexpr (std::is_same_v<T, std::vector<std::string>>) v = {"field " + std::to_string(i), "and more"};
        else if constexpr (std::is_same_v<T, SimTime>) v = SimTime::fromMicros(1000 + i);
        else if constexpr (std::is_same_v<T, bool>) v = true;
        else if constexpr (std::is_enum_v<T>) v = T(1);
        else if constexpr (requires { typename T::value_type; }) v = typename T::value_type(1);  // an optional word
        else v = T(1000 + i);
    });
    return r;
}

} // namespace postie::testing
