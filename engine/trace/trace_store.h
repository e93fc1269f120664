#pragma once
// A run's trace kept in memory, compactly, for a viewer that reads it while the run goes on.
//
// A TraceRecord is about 700 bytes plus its strings' heap blocks; a run of the classroom app
// keeps hundreds of thousands of them. Here a record is 160 bytes (compact_record.h): numbers
// as they are, each string as an index into a pool that keeps every distinct string once
// (station and message ids, commands and replies repeat endlessly), and the rare lists (DNS
// answers, headers, a bounce's report) in a side table. operator[] gives back the full TraceRecord.
//
// One writer thread appends; any number of reader threads read records below the size they
// were handed (TraceStore::size() is an acquire load, append() ends with a release store).
// Nothing ever moves: storage grows in fixed chunks from a directory sized at construction,
// so appending never copies what is there and a reader never waits on the writer.
#include "trace/chunked_array.h"
#include "trace/compact_record.h"
#include "trace/trace_record.h"

#include <atomic>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace postie {

class TraceView;

class TraceStore {
public:
    // At most `maxRecords` records are kept; append() refuses the rest.
    explicit TraceStore(std::size_t maxRecords);
    TraceStore(const TraceStore&) = delete;
    TraceStore& operator=(const TraceStore&) = delete;

    // Writer thread. False when the store is full: the record is not kept.
    bool append(const TraceRecord& record);
    bool full() const;  // writer thread

    // Any thread: the records kept so far (each complete, never changed again).
    std::size_t size() const { return m_published.load(std::memory_order_acquire); }
    std::size_t maxRecords() const { return m_maxRecords; }
    // A view of the first `count` records (count <= size()).
    TraceView view(std::size_t count) const;

    // Readers, i < a size they loaded. The full record, and cheap reads of single fields.
    TraceRecord operator[](std::size_t i) const;
    std::int64_t timeUs(std::size_t i) const { return m_records[i].wide[slot<&TraceRecord::time>()]; }
    EventType type(std::size_t i) const
    {
        return static_cast<EventType>(m_records[i].bytes[slot<&TraceRecord::type>()]);
    }
    const std::string& station(std::size_t i) const { return text<&TraceRecord::station>(i); }
    const std::string& message(std::size_t i) const { return text<&TraceRecord::message>(i); }
    const std::string& peer(std::size_t i) const { return text<&TraceRecord::peer>(i); }
    const std::string& original(std::size_t i) const { return text<&TraceRecord::original>(i); }

private:
    using StringId = compact::StringId;

    template <auto Member>
    static constexpr std::size_t slot()
    {
        return compact::slotOf<compact::fieldIndexOf<Member>()>();
    }
    template <auto Member>
    const std::string& text(std::size_t i) const
    {
        return m_strings[m_records[i].text[slot<Member>()]];
    }

    // Writer thread: the id of `s`, adding it to the pool if new; false when the pool is full.
    bool intern(const std::string& s, StringId& id);
    // Writer thread: field I of `r` into `c` (a list into `lists`); false when the pool is full.
    template <std::size_t I>
    bool keep(const TraceRecord& r, compact::Record& c, compact::Lists& lists);
    // Field I of `c` back into `r`.
    template <std::size_t I>
    void restore(const compact::Record& c, TraceRecord& r) const;

    std::size_t m_maxRecords;
    ChunkedArray<compact::Record> m_records;
    ChunkedArray<std::string> m_strings;
    ChunkedArray<compact::Lists> m_lists;
    std::unordered_map<std::string_view, StringId> m_ids;  // writer thread; views into m_strings
    std::atomic<std::size_t> m_published{0};
};

// The first `size()` records of a store: what a reader has been handed so far. Indexing gives
// full records by value, so `const auto& r = view[i]` and range-for work as over a vector.
class TraceView {
public:
    TraceView() = default;
    TraceView(const TraceStore* store, std::size_t count) : m_store(store), m_count(count) {}

    std::size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }
    TraceRecord operator[](std::size_t i) const { return (*m_store)[i]; }
    TraceRecord back() const { return (*m_store)[m_count - 1]; }
    // Single fields, without building the whole record.
    std::int64_t timeUs(std::size_t i) const { return m_store->timeUs(i); }
    EventType type(std::size_t i) const { return m_store->type(i); }
    const std::string& station(std::size_t i) const { return m_store->station(i); }
    const std::string& message(std::size_t i) const { return m_store->message(i); }
    const std::string& peer(std::size_t i) const { return m_store->peer(i); }
    const std::string& original(std::size_t i) const { return m_store->original(i); }
    const TraceStore& store() const { return *m_store; }

    class iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = TraceRecord;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = TraceRecord;
        iterator(const TraceStore* store, std::size_t i) : m_store(store), m_i(i) {}
        TraceRecord operator*() const { return (*m_store)[m_i]; }
        iterator& operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const iterator& other) const { return m_i == other.m_i; }

    private:
        const TraceStore* m_store;
        std::size_t m_i;
    };
    iterator begin() const { return {m_store, 0}; }
    iterator end() const { return {m_store, m_count}; }

private:
    const TraceStore* m_store = nullptr;
    std::size_t m_count = 0;
};

inline TraceView TraceStore::view(std::size_t count) const { return TraceView(this, count); }

} // namespace postie
