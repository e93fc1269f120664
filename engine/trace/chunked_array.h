#pragma once
// Append-only storage for one writer thread and readers on others: elements never move, as
// storage grows in fixed chunks of 2^12 from a directory sized at construction. The writer
// publishes how far readers may read (for example with a release store of the size, read
// with an acquire load); the array itself keeps no atomic.
#include <cstddef>
#include <memory>
#include <vector>

namespace postie {

template <class T>
class ChunkedArray {
public:
    static constexpr std::size_t kChunkBits = 12;
    static constexpr std::size_t kChunk = std::size_t{1} << kChunkBits;

    explicit ChunkedArray(std::size_t capacity) : m_chunks((capacity + kChunk - 1) / kChunk) {}

    std::size_t capacity() const { return m_chunks.size() * kChunk; }
    std::size_t size() const { return m_size; }  // writer thread only
    bool full() const { return m_size == capacity(); }

    // Writer thread. The caller checks full() first.
    T& append()
    {
        auto& chunk = m_chunks[m_size >> kChunkBits];
        if (!chunk) chunk = std::make_unique<T[]>(kChunk);  // value-initialised: pages touched here
        return chunk[m_size++ & (kChunk - 1)];
    }

    const T& operator[](std::size_t i) const { return m_chunks[i >> kChunkBits][i & (kChunk - 1)]; }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;  // never resized after construction
    std::size_t m_size = 0;
};

} // namespace postie
