#pragma once
// What the playback clock needs to know about a run: when each record happens, whether more
// will come, and whether anything is on its way (to skip idle time). Tests give it a fake.
#include <cstddef>
#include <cstdint>

namespace postie::gui {

class PlaybackSource {
public:
    virtual ~PlaybackSource() = default;
    virtual std::size_t recordCount() const = 0;
    virtual std::int64_t recordTimeUs(std::size_t index) const = 0;
    virtual bool complete() const = 0;       // no more records will come
    virtual std::int64_t endUs() const = 0;  // when the run ends, once complete
    virtual bool movingAt(std::size_t cursor, std::int64_t timeUs) = 0;
    // Whether the record has a sentence of its own in the caption (the story pace holds each
    // one long enough to read); a record that only moves things on the map has none.
    virtual bool told(std::size_t /*index*/) { return true; }
    // Whether the story pace gives the record a caption of its own even when others happen at
    // the same moment: a sentence too long to read beside them (a sorting station's checks).
    virtual bool toldAlone(std::size_t /*index*/) { return false; }
};

} // namespace postie::gui
