#pragma once
// How TraceStore packs a record, worked out from the field list (kTraceFields) at compile
// time: numbers in arrays by width, each string as an id into the store's string pool, and
// the rare lists in a side table. A field's place is its rank among the earlier fields kept
// the same way, so a new field in kTraceFields finds its place here by itself.
#include "trace/trace_record.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace postie::compact {

enum class Kept : std::uint8_t {
    Wide,  // std::int64_t: times, counts, sizes (SimTime as its microseconds)
    Int,   // std::int32_t: reply codes, ports
    Byte,  // std::uint8_t: flags, event types and the trace's words (0: no word)
    Text,  // an id into the store's string pool (0: the empty string)
    List,  // in the side table
};

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};

template <class T>
constexpr Kept keptAs()
{
    if constexpr (std::is_same_v<T, std::string>) return Kept::Text;
    else if constexpr (std::is_same_v<T, std::vector<std::string>>) return Kept::List;
    else if constexpr (std::is_same_v<T, bool> || std::is_enum_v<T>) {
        static_assert(sizeof(T) == 1, "an enum field needs an underlying type of one byte");
        return Kept::Byte;
    } else if constexpr (IsOptional<T>::value) {
        static_assert(std::is_enum_v<typename T::value_type> && sizeof(T) == 2, "an optional field is a one-byte enum");
        return Kept::Byte;
    } else if constexpr (std::is_same_v<T, int>) return Kept::Int;
    else {
        static_assert(std::is_same_v<T, SimTime> || std::is_same_v<T, std::int64_t> ||
                          std::is_same_v<T, std::uint64_t>,
                      "TraceStore does not know how to keep this field's type");
        return Kept::Wide;
    }
}

using Fields = decltype(kTraceFields);
template <std::size_t I>
using FieldType = typename std::tuple_element_t<I, Fields>::Type;
inline constexpr std::size_t kFieldCount = std::tuple_size_v<Fields>;

// Field I's index in the array of its kind.
template <std::size_t I>
constexpr std::size_t slotOf()
{
    return [&]<std::size_t... J>(std::index_sequence<J...>) {
        return ((keptAs<FieldType<J>>() == keptAs<FieldType<I>>() ? 1 : 0) + ... + std::size_t{0});
    }(std::make_index_sequence<I>{});
}

template <Kept K>
constexpr std::size_t countOf()
{
    return [&]<std::size_t... J>(std::index_sequence<J...>) {
        return ((keptAs<FieldType<J>>() == K ? 1 : 0) + ... + std::size_t{0});
    }(std::make_index_sequence<kFieldCount>{});
}

// The index in kTraceFields of the entry for `member`.
template <auto Member>
constexpr std::size_t fieldIndexOf()
{
    std::size_t found = kFieldCount;
    [&]<std::size_t... J>(std::index_sequence<J...>) {
        ((void)([&] {
             if constexpr (std::is_same_v<decltype(std::get<J>(kTraceFields).member), decltype(Member)>)
                 if (std::get<J>(kTraceFields).member == Member) found = J;
         }()),
         ...);
    }(std::make_index_sequence<kFieldCount>{});
    return found;
}

using StringId = std::uint32_t;

// Members grouped by width, widest first, so the struct has no padding inside.
struct Record {
    std::array<std::int64_t, countOf<Kept::Wide>()> wide{};
    std::array<StringId, countOf<Kept::Text>()> text{};
    std::array<std::int32_t, countOf<Kept::Int>()> ints{};
    std::uint32_t lists = 0;  // index into the side table; 0: every list empty
    std::array<std::uint8_t, countOf<Kept::Byte>()> bytes{};
};

using Lists = std::array<std::vector<std::string>, countOf<Kept::List>()>;

// Numbers to and from their kept form.
template <class T>
constexpr std::int64_t toWide(const T& v)
{
    if constexpr (std::is_same_v<T, SimTime>) return v.micros();
    else return static_cast<std::int64_t>(v);
}
template <class T>
constexpr T fromWide(std::int64_t v)
{
    if constexpr (std::is_same_v<T, SimTime>) return SimTime::fromMicros(v);
    else return static_cast<T>(v);
}
template <class T>
constexpr std::uint8_t toByte(const T& v)
{
    if constexpr (IsOptional<T>::value) return v ? std::uint8_t(std::uint8_t(*v) + 1) : std::uint8_t(0);
    else return static_cast<std::uint8_t>(v);
}
template <class T>
constexpr T fromByte(std::uint8_t v)
{
    if constexpr (IsOptional<T>::value) {
        if (v == 0) return std::nullopt;
        return static_cast<typename T::value_type>(v - 1);
    } else {
        return static_cast<T>(v);
    }
}

} // namespace postie::compact
