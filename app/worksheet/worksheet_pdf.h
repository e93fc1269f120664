#pragma once
// The worksheet as a PDF on A4 paper, laid out with Pango and drawn with cairo: the pupils'
// pages, then the answer key on a page of its own. Fonts come from fontconfig (DejaVu Sans).
#include "worksheet/worksheet.h"

#include <string>

namespace postie {

// Writes the PDF; false, with the reason in `error`, when the file cannot be written.
bool writeWorksheetPdf(const Worksheet& worksheet, const std::string& path, std::string& error);

} // namespace postie
