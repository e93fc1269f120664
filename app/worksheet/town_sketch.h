#pragma once
// A small picture of the town for paper: each station where the file places it (or, when
// some have no position, in columns by kind, the way a letter travels: writers, post offices
// and directories, junctions, sorting stations, PO boxes, readers), and the roads between.
// Coordinates are fitted into a box of the renderer's choosing.
#include "scenario/scenario_spec.h"

#include <string>
#include <string_view>
#include <vector>

namespace postie {

struct SketchStation {
    std::string id;
    std::string label;  // the file's label in the sheet's language, or the id
    StationKind kind = StationKind::Router;
    double x = 0;  // in the sketch's own units, top-left origin
    double y = 0;
};

struct SketchRoad {
    std::size_t a = 0;  // indices into stations
    std::size_t b = 0;
};

struct TownSketch {
    std::vector<SketchStation> stations;
    std::vector<SketchRoad> roads;

    // The stations' positions scaled and moved into the box (left, top, width, height),
    // keeping their proportions, centred; `margin` is kept free inside the box on every side.
    std::vector<std::pair<double, double>> fitted(double left, double top, double width, double height,
                                                  double margin) const;
};

// Each station named by its label in `language` ("de") where the file gives it.
TownSketch sketchTown(const ScenarioSpec& spec, std::string_view language = "en");

// A label broken into at most `lines` lines of about `perLine` characters, at spaces; the last
// line ends in "…" when the label is longer.
std::vector<std::string> sketchLabelLines(const std::string& label, std::size_t perLine, std::size_t lines);

} // namespace postie
