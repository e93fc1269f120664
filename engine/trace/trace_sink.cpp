#include "trace/trace_sink.h"

#include "sim/random.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ostream>

namespace postie {
namespace {

using Json = nlohmann::ordered_json;

void putIf(Json& j, const char* key, const std::string& v)
{
    if (!v.empty()) j[key] = v;
}
void putIf(Json& j, const char* key, std::int64_t v)
{
    if (v >= 0) j[key] = v;
}

} // namespace

std::string toJsonLine(const TraceRecord& r)
{
    Json j;
    j["t_us"] = r.time.micros();
    j["seq"] = r.seq;
    j["type"] = std::string(eventTypeName(r.type));
    putIf(j, "station", r.station);
    putIf(j, "message", r.message);
    putIf(j, "peer", r.peer);
    putIf(j, "session", r.session);
    putIf(j, "from", r.from);
    putIf(j, "to", r.to);
    putIf(j, "depart_us", r.departUs);
    putIf(j, "arrive_us", r.arriveUs);
    if (!r.path.empty()) j["path"] = pathStations(r.path);
    if (r.port > 0) j["port"] = r.port;
    putIf(j, "command", r.command);
    if (r.code > 0) j["code"] = r.code;
    putIf(j, "enhanced", r.enhanced);
    if (r.type == EventType::SmtpReply || !r.text.empty()) putIf(j, "text", r.text);
    putIf(j, "name", r.name);
    putIf(j, "qtype", r.qtype);
    putIf(j, "rcode", r.rcode);
    if (r.type == EventType::DnsAnswer) {
        j["records"] = r.records;
        j["cached"] = r.cached;
    }
    putIf(j, "queue", r.queueLength);
    putIf(j, "reason", r.reason);
    putIf(j, "retry_us", r.retryUs);
    putIf(j, "mailbox", r.mailbox);
    if (!r.headers.empty()) j["headers"] = r.headers;
    if (!r.report.empty()) j["report"] = r.report;
    putIf(j, "original", r.original);
    putIf(j, "status", r.status);
    putIf(j, "outcome", r.outcome);
    putIf(j, "recipient", r.recipient);
    putIf(j, "size", r.sizeBytes);
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
