#include "trace/trace_store.h"

#include <algorithm>

namespace postie {
namespace {

// Distinct strings per record, at most, before the store counts as full. Measured on the
// lessons: well under 2 (most strings are ids and protocol words that repeat).
constexpr std::size_t kStringsPerRecord = 8;

} // namespace

TraceStore::TraceStore(std::size_t maxRecords)
    : m_maxRecords(maxRecords),
      m_records(maxRecords),
      m_strings(kStringsPerRecord * maxRecords + 1),
      m_lists(maxRecords + 1)
{
    m_strings.append();  // id 0: the empty string
    m_lists.append();    // index 0: no lists
}

bool TraceStore::full() const { return m_records.size() >= m_maxRecords || m_records.full(); }

bool TraceStore::intern(const std::string& s, StringId& id)
{
    if (s.empty()) {
        id = 0;
        return true;
    }
    if (auto it = m_ids.find(s); it != m_ids.end()) {
        id = it->second;
        return true;
    }
    if (m_strings.full()) return false;
    id = static_cast<StringId>(m_strings.size());
    std::string& kept = m_strings.append();
    kept = s;
    m_ids.emplace(std::string_view(kept), id);
    return true;
}

template <std::size_t I>
bool TraceStore::keep(const TraceRecord& r, compact::Record& c, compact::Lists& lists)
{
    using T = compact::FieldType<I>;
    constexpr std::size_t slot = compact::slotOf<I>();
    const T& v = r.*std::get<I>(kTraceFields).member;
    if constexpr (compact::keptAs<T>() == compact::Kept::Wide) c.wide[slot] = compact::toWide(v);
    else if constexpr (compact::keptAs<T>() == compact::Kept::Int) c.ints[slot] = v;
    else if constexpr (compact::keptAs<T>() == compact::Kept::Byte) c.bytes[slot] = compact::toByte(v);
    else if constexpr (compact::keptAs<T>() == compact::Kept::Text) return intern(v, c.text[slot]);
    else lists[slot] = v;
    return true;
}

template <std::size_t I>
void TraceStore::restore(const compact::Record& c, TraceRecord& r) const
{
    using T = compact::FieldType<I>;
    constexpr std::size_t slot = compact::slotOf<I>();
    T& v = r.*std::get<I>(kTraceFields).member;
    if constexpr (compact::keptAs<T>() == compact::Kept::Wide) v = compact::fromWide<T>(c.wide[slot]);
    else if constexpr (compact::keptAs<T>() == compact::Kept::Int) v = c.ints[slot];
    else if constexpr (compact::keptAs<T>() == compact::Kept::Byte) v = compact::fromByte<T>(c.bytes[slot]);
    else if constexpr (compact::keptAs<T>() == compact::Kept::Text) v = m_strings[c.text[slot]];
    else if (c.lists != 0) v = m_lists[c.lists][slot];
}

bool TraceStore::append(const TraceRecord& r)
{
    if (full()) return false;
    compact::Record c;
    compact::Lists lists;
    const bool kept = [&]<std::size_t... I>(std::index_sequence<I...>) {
        return (keep<I>(r, c, lists) && ...);
    }(std::make_index_sequence<compact::kFieldCount>{});
    if (!kept) return false;  // strings added so far stay unused: harmless
    const bool hasLists = std::any_of(lists.begin(), lists.end(), [](const auto& l) { return !l.empty(); });
    if (hasLists) {
        if (m_lists.full()) return false;
        c.lists = static_cast<std::uint32_t>(m_lists.size());
        m_lists.append() = std::move(lists);
    }
    m_records.append() = c;
    m_published.store(m_records.size(), std::memory_order_release);
    return true;
}

TraceRecord TraceStore::operator[](std::size_t i) const
{
    const compact::Record& c = m_records[i];
    TraceRecord r;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (restore<I>(c, r), ...);
    }(std::make_index_sequence<compact::kFieldCount>{});
    return r;
}

} // namespace postie
