#include "trace/trace_sink.h"

#include "sim/random.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ostream>
#include <type_traits>

namespace postie {
namespace {

using Json = nlohmann::ordered_json;

// A field's value as the trace spells it.
template <class T>
Json jsonValue(const T& v)
{
    if constexpr (std::is_same_v<T, SimTime>) return v.micros();
    else if constexpr (std::is_same_v<T, EventType>) return std::string(eventTypeName(v));
    else if constexpr (requires { traceWord(*v); }) return traceWord(*v);  // set: the writer checked
    else return v;
}

} // namespace

std::string toJsonLine(const TraceRecord& r)
{
    static const TraceRecord blank;
    Json j;
    forEachTraceField([&](const auto& field) {
        const auto& v = r.*field.member;
        const bool written = field.written == Written::Always ||
                             (field.written == Written::ForItsType ? r.type == field.forType
                                                                   : v != blank.*field.member);
        if (!written) return;
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(v)>, std::string>)
            if (field.shape == JsonShape::StationList) {
                j[field.key] = pathStations(v);
                return;
            }
        j[field.key] = jsonValue(v);
    });
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void JsonLinesSink::record(const TraceRecord& record) { m_out << toJsonLine(record) << '\n'; }

void JsonLinesSink::finish() { m_out.flush(); }

void FingerprintSink::record(const TraceRecord& r)
{
    auto mix = [this](std::uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            m_hash ^= (v >> (8 * i)) & 0xff;
            m_hash *= 0x100000001b3ULL;
        }
    };
    mix(r.seq);
    mix(std::uint64_t(r.time.micros()));
    mix(stableHash(r.station));
    mix(std::uint64_t(r.type));
}

std::string FingerprintSink::hex() const
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(m_hash));
    return buf;
}

} // namespace postie
