#pragma once
// The worksheet as one HTML page that prints as the PDF does: the pupils' pages, then (after a
// page break) the answer key for the teacher. The town is an inline SVG, or an image the caller
// names (the app puts its own map there).
#include "worksheet/worksheet.h"

#include <string>

namespace postie {

struct WorksheetHtmlOptions {
    std::string townImage;  // when set, <img src=...> instead of the SVG sketch
    int townImageWidth = 640;
};

std::string worksheetHtml(const Worksheet& worksheet, const WorksheetHtmlOptions& options = {});
// The sketch as SVG, `width` by `height` pixels.
std::string townSketchSvg(const TownSketch& town, double width, double height);

} // namespace postie
