#pragma once
// Where trace records go. The world builds a record only when at least one sink listens, and
// only for the event types some sink wants.
#include "trace/trace_record.h"

#include <iosfwd>
#include <memory>
#include <vector>

namespace postie {

class TraceSink {
public:
    virtual ~TraceSink() = default;
    virtual void record(const TraceRecord& record) = 0;
    virtual void finish() {}
    // The event types this sink reads; the world sends it no others. Fixed for the sink's life.
    virtual EventTypeSet wants() const { return EventTypeSet::all(); }
};

// Writes one JSON object per line (Contract 3).
class JsonLinesSink : public TraceSink {
public:
    explicit JsonLinesSink(std::ostream& out) : m_out(out) {}
    void record(const TraceRecord& record) override;
    void finish() override;

private:
    std::ostream& m_out;
};

// Keeps every record in memory, for tests and the app.
class MemoryRecorder : public TraceSink {
public:
    void record(const TraceRecord& record) override { m_records.push_back(record); }
    const std::vector<TraceRecord>& records() const { return m_records; }
    void clear() { m_records.clear(); }

private:
    std::vector<TraceRecord> m_records;
};

// Hash of (event number, time, station, type) over the whole run: equal fingerprints mean
// the same run, a cheap guard for determinism.
class FingerprintSink : public TraceSink {
public:
    void record(const TraceRecord& record) override;
    std::uint64_t value() const { return m_hash; }
    std::string hex() const;

private:
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
};

std::string toJsonLine(const TraceRecord& record);

} // namespace postie
