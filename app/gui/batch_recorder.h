#pragma once
// A trace sink for the worker thread: it collects records in a batch that the worker hands
// over to the GUI thread in one move, so the GUI never waits on the engine record by record.
#include "trace/trace_sink.h"

#include <utility>
#include <vector>

namespace postie::gui {

class BatchRecorder : public TraceSink {
public:
    void record(const TraceRecord& record) override { m_batch.push_back(record); }
    std::size_t size() const { return m_batch.size(); }
    // Gives the records collected since the last call and starts a new batch.
    std::vector<TraceRecord> take() { return std::exchange(m_batch, {}); }

private:
    std::vector<TraceRecord> m_batch;
};

} // namespace postie::gui
