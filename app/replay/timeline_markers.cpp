#include "replay/timeline_markers.h"

#include "replay/scenario_session.h"

#include <QCoreApplication>

#include <optional>

namespace postie::gui {
namespace {

std::optional<TimelineMarker::Kind> kindOf(EventType type)
{
    switch (type) {
    case EventType::StationDown: return TimelineMarker::Kind::StationDown;
    case EventType::StationUp: return TimelineMarker::Kind::StationUp;
    case EventType::RoadDown: return TimelineMarker::Kind::RoadCut;
    case EventType::RoadUp: return TimelineMarker::Kind::RoadMended;
    case EventType::DeliveryDeferred: return TimelineMarker::Kind::Deferred;
    case EventType::BounceCreated: return TimelineMarker::Kind::Bounced;
    default: return std::nullopt;
    }
}

QString qs(const std::string& s) { return QString::fromStdString(s); }

} // namespace

bool TimelineMarkers::update(const ScenarioSession* session, const std::vector<Intervention>& interventions)
{
    bool changed = false;
    // A new run, or the same one told in other words (View > Email words): read it again.
    if (session != m_session || (session && session->narrator().words() != m_words)) {
        m_session = session;
        if (session) m_words = session->narrator().words();
        m_scanned = 0;
        m_fromRecords.clear();
        changed = true;
    }
    if (session) {
        const auto& records = session->records();
        const Narrator& narrator = session->narrator();
        for (; m_scanned < records.size(); ++m_scanned) {
            const auto kind = kindOf(records.type(m_scanned));  // the type alone, for most records
            if (!kind) continue;
            const auto& record = records[m_scanned];
            std::string said = narrator.tell(record);
            if (said.empty()) said = std::string(eventTypeName(record.type)) + " " + record.station;
            m_fromRecords.push_back({*kind, m_scanned + 1, record.time.micros(),
                                     qs(narrator.clock(record.time) + "  " + said)});
            changed = true;
        }
    }
    changed = changed || interventions.size() != m_interventionCount;
    if (!changed) return false;

    m_markers = m_fromRecords;
    m_interventionCount = interventions.size();
    if (session) {
        const auto& records = session->records();
        for (const Intervention& change : interventions) {
            const std::int64_t at = change.at().micros();
            // Where the scrubber is once the clock has passed it: after every record up to then.
            std::size_t lo = 0, hi = records.size();
            while (lo < hi) {
                const std::size_t mid = lo + (hi - lo) / 2;
                if (records.timeUs(mid) <= at) lo = mid + 1;
                else hi = mid;
            }
            m_markers.push_back({TimelineMarker::Kind::Intervention, lo, at,
                                 QCoreApplication::translate("TimelineMarkers", "Your change: %1").arg(change.describe())});
        }
    }
    return true;
}

} // namespace postie::gui
