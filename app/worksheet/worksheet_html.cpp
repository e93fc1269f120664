#include "worksheet/worksheet_html.h"

#include "worksheet/sketch_style.h"

#include <fmt/format.h>

namespace postie {
namespace {

std::string esc(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

char letterOf(std::size_t i) { return char('a' + i); }

const char* kStyle = R"(<style>
  body { font-family: "DejaVu Sans", sans-serif; font-size: 12pt; color: #1a1a1a; max-width: 46em; margin: 2em auto; }
  h1 { font-size: 20pt; margin-bottom: 0.2em; }
  h2 { font-size: 14pt; margin-top: 1.4em; }
  .who { color: #444; margin-bottom: 1em; white-space: pre-wrap; }
  .question { margin: 1.2em 0; page-break-inside: avoid; }
  .context { font-style: italic; color: #333; }
  .ask { font-weight: bold; margin: 0.3em 0; }
  .choices { list-style: none; padding-left: 1em; }
  .choices li { margin: 0.2em 0; }
  .write { color: #888; margin: 0.8em 0 0 0; }
  .key { page-break-before: always; }
  .right { font-weight: bold; }
  .town { text-align: center; margin: 1em 0; }
</style>
)";

} // namespace

std::string townSketchSvg(const TownSketch& town, double width, double height)
{
    std::string svg = fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}">)",
                                  width, height);
    svg += fmt::format(R"(<rect x="0" y="0" width="{}" height="{}" fill="#f7f5f0" stroke="#ccc"/>)", width, height);
    const auto at = town.fitted(0, 0, width, height, kSketchMargin);
    for (const auto& r : town.roads)
        svg += fmt::format(R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="#9a9a9a" stroke-width="3"/>)",
                           at[r.a].first, at[r.a].second, at[r.b].first, at[r.b].second);
    for (std::size_t i = 0; i < town.stations.size(); ++i) {
        const SketchStation& s = town.stations[i];
        const auto [x, y] = at[i];
        const SketchColour fill = sketchFill(s.kind);
        const std::string colour = fmt::format("#{:02x}{:02x}{:02x}", fill.r, fill.g, fill.b);
        if (sketchedAsCircle(s.kind))
            svg += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="{}" fill="{}" stroke="#555"/>)", x, y,
                               kSketchRouterRadius, colour);
        else
            svg += fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{}" height="{}" rx="6" fill="{}" stroke="#555"/>)",
                               x - kSketchBoxWidth / 2, y - kSketchBoxHeight / 2, kSketchBoxWidth, kSketchBoxHeight, colour);
        const auto lines = sketchLabelLines(s.label, kSketchCharsPerLine, 2);
        // A junction's name goes under its circle; a building's inside its box.
        const double middle = sketchedAsCircle(s.kind) ? y + kSketchRouterRadius + 7 : y;
        const double first = middle - (double(lines.size()) - 1) * kSketchLineHeight / 2 + 2.5;
        for (std::size_t l = 0; l < lines.size(); ++l)
            svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" font-size="{}" text-anchor="middle" font-family="DejaVu Sans, sans-serif">{}</text>)",
                               x, first + double(l) * kSketchLineHeight, kSketchFontSize, esc(lines[l]));
    }
    return svg + "</svg>";
}

std::string worksheetHtml(const Worksheet& w, const WorksheetHtmlOptions& options)
{
    std::string h = "<!DOCTYPE html>\n<html lang=\"" + esc(w.words.language) + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    esc(worksheetWord(w.words.worksheet, "title", w.title)) + "</title>\n" + kStyle + "</head>\n<body>\n";
    h += "<h1>" + esc(w.title) + "</h1>\n";
    h += "<p class=\"who\">" + esc(w.words.nameLine) + "</p>\n";
    if (!w.summary.empty()) h += "<p>" + esc(w.summary) + "</p>\n";
    if (!w.goals.empty()) {
        h += "<h2>" + esc(w.words.inThisLesson) + "</h2>\n<ul>\n";
        for (const auto& g : w.goals) h += "<li>" + esc(g) + "</li>\n";
        h += "</ul>\n";
    }
    h += "<h2>" + esc(w.words.town) + "</h2>\n<div class=\"town\">";
    if (!options.townImage.empty())
        h += fmt::format(R"(<img src="{}" width="{}" alt="{}">)", esc(options.townImage), options.townImageWidth, esc(w.words.town));
    else h += townSketchSvg(w.town, kSketchWidth, kSketchHeight);
    h += "</div>\n";
    if (!w.questions.empty()) h += "<h2>" + esc(w.words.predict) + "</h2>\n";
    for (std::size_t i = 0; i < w.questions.size(); ++i) {
        const WorksheetQuestion& q = w.questions[i];
        h += "<div class=\"question\">\n";
        if (!q.context.empty()) h += "<p class=\"context\">" + esc(q.context) + "</p>\n";
        h += fmt::format("<p class=\"ask\">{}. {}</p>\n<ul class=\"choices\">\n", i + 1, esc(q.ask));
        for (std::size_t c = 0; c < q.choices.size(); ++c)
            h += fmt::format("<li>&#9744; {}) {}</li>\n", letterOf(c), esc(q.choices[c]));
        // Lines to write on, drawn as text so that every renderer (a browser, Qt's) shows them.
        const std::string line = "<p class=\"write\">" + std::string(60, '_') + "</p>\n";
        h += "</ul>\n<p>" + esc(w.words.whyThink) + "</p>\n" + line + line + "</div>\n";
    }
    h += "<div class=\"key\">\n<h1>" + esc(w.words.answerKey) + "</h1>\n<p>" + esc(w.title) + "</p>\n";
    for (std::size_t i = 0; i < w.questions.size(); ++i) {
        const WorksheetQuestion& q = w.questions[i];
        h += fmt::format("<div class=\"question\">\n<p class=\"ask\">{}. {}</p>\n", i + 1, esc(q.ask));
        if (!q.reached) h += "<p>" + esc(w.words.neverReached) + "</p>\n";
        else if (q.right < 0)
            h += "<p>" + worksheetWord(esc(w.words.revealedNone), "answer", "<b>" + esc(q.revealed) + "</b>") + "</p>\n";
        else
            h += fmt::format("<p class=\"right\">{}) {}</p>\n<p>{}</p>\n", letterOf(std::size_t(q.right)),
                             esc(q.choices[std::size_t(q.right)]),
                             esc(worksheetWord(q.nearest ? w.words.revealedNearest : w.words.revealed, "answer", q.revealed)));
        if (!q.why.empty()) h += "<p>" + esc(worksheetWord(w.words.why, "why", q.why)) + "</p>\n";
        h += "</div>\n";
    }
    if (!w.recap.empty()) {
        h += "<h2>" + esc(w.words.remember) + "</h2>\n<ul>\n";
        for (const auto& r : w.recap) h += "<li>" + esc(r) + "</li>\n";
        h += "</ul>\n";
    }
    h += "</div>\n</body>\n</html>\n";
    return h;
}

} // namespace postie
