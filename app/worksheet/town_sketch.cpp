#include "worksheet/town_sketch.h"

#include <algorithm>
#include <map>

namespace postie {
namespace {

// The column of a station in the fallback layout: the way a letter travels, left to right.
int columnOf(const StationSpec& s)
{
    switch (s.kind) {
    case StationKind::Client: return s.submitTo.empty() ? 5 : 0;  // a device that only reads sits at the end
    case StationKind::Outgoing:
    case StationKind::Resolver: return 1;
    case StationKind::Router:
    case StationKind::Snooper: return 2;
    case StationKind::Incoming: return 3;
    case StationKind::Mailbox: return 4;
    }
    return 2;
}

} // namespace

TownSketch sketchTown(const ScenarioSpec& spec, std::string_view language)
{
    TownSketch t;
    std::map<std::string, std::size_t> index;
    const bool placed = !spec.stations.empty() &&
                        std::all_of(spec.stations.begin(), spec.stations.end(), [](const StationSpec& s) { return s.position.has_value(); });
    std::map<int, int> rows;  // column -> stations in it so far
    for (const auto& s : spec.stations) {
        SketchStation st{s.id, s.label.empty() ? s.id : s.labelIn(language), s.kind, 0, 0};
        if (placed) {
            st.x = s.position->first;
            st.y = s.position->second;
        } else {
            const int column = columnOf(s);
            st.x = column * 200.0;
            st.y = rows[column]++ * 110.0;
        }
        index[s.id] = t.stations.size();
        t.stations.push_back(std::move(st));
    }
    for (const auto& r : spec.roads) {
        auto a = index.find(r.a), b = index.find(r.b);
        if (a != index.end() && b != index.end()) t.roads.push_back({a->second, b->second});
    }
    return t;
}

std::vector<std::pair<double, double>> TownSketch::fitted(double left, double top, double width, double height,
                                                          double margin) const
{
    std::vector<std::pair<double, double>> out;
    if (stations.empty()) return out;
    double minX = stations[0].x, maxX = minX, minY = stations[0].y, maxY = minY;
    for (const auto& s : stations) {
        minX = std::min(minX, s.x);
        maxX = std::max(maxX, s.x);
        minY = std::min(minY, s.y);
        maxY = std::max(maxY, s.y);
    }
    const double innerW = std::max(1.0, width - 2 * margin), innerH = std::max(1.0, height - 2 * margin);
    const double spanX = maxX - minX, spanY = maxY - minY;
    double scale = 1;
    if (spanX > 0 && spanY > 0) scale = std::min(innerW / spanX, innerH / spanY);
    else if (spanX > 0) scale = innerW / spanX;
    else if (spanY > 0) scale = innerH / spanY;
    const double offsetX = left + margin + (innerW - spanX * scale) / 2;
    const double offsetY = top + margin + (innerH - spanY * scale) / 2;
    for (const auto& s : stations) out.emplace_back(offsetX + (s.x - minX) * scale, offsetY + (s.y - minY) * scale);
    return out;
}

std::vector<std::string> sketchLabelLines(const std::string& label, std::size_t perLine, std::size_t lines)
{
    std::vector<std::string> out;
    std::string line;
    std::size_t at = 0;
    while (at < label.size()) {
        std::size_t space = label.find(' ', at);
        if (space == std::string::npos) space = label.size();
        const std::string word = label.substr(at, space - at);
        at = space + 1;
        if (!line.empty() && line.size() + 1 + word.size() > perLine) {
            out.push_back(line);
            line.clear();
            if (out.size() == lines) {
                out.back() += "…";
                return out;
            }
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty()) out.push_back(line);
    return out;
}

} // namespace postie
