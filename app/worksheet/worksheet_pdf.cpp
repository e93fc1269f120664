#include "worksheet/worksheet_pdf.h"

#include "worksheet/sketch_style.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <fmt/format.h>

#include <memory>

namespace postie {
namespace {

constexpr double kPageWidth = 595.28;  // A4, in points
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56;
constexpr double kTextWidth = kPageWidth - 2 * kMargin;
constexpr double kLineGap = 22;  // the ruled lines to write on

char letterOf(std::size_t i) { return char('a' + i); }

// Paragraphs flowing down the pages, a new page when the next one does not fit.
class PageWriter {
public:
    explicit PageWriter(cairo_t* cr) : m_cr(cr), m_layout(pango_cairo_create_layout(cr), g_object_unref) {}

    // Text in `font` ("DejaVu Sans Bold 20"), `indent` points in, then `after` points of space.
    void paragraph(const std::string& text, const char* font, double indent = 0, double after = 6)
    {
        setText(text, font, kTextWidth - indent);
        const double height = layoutHeight();
        room(height);
        cairo_move_to(m_cr, kMargin + indent, m_y);
        pango_cairo_show_layout(m_cr, m_layout.get());
        m_y += height + after;
    }
    // A list item: a bullet, and the text's later lines under its first word.
    void bullet(const std::string& text, const char* font)
    {
        constexpr double kHang = 14;
        setText("•\t" + text, font, kTextWidth - 10);
        pango_layout_set_indent(m_layout.get(), int(-kHang * PANGO_SCALE));
        PangoTabArray* tabs = pango_tab_array_new_with_positions(1, TRUE, PANGO_TAB_LEFT, int(kHang));
        pango_layout_set_tabs(m_layout.get(), tabs);
        pango_tab_array_free(tabs);
        const double height = layoutHeight();
        room(height);
        cairo_move_to(m_cr, kMargin + 10 + kHang, m_y);
        pango_cairo_show_layout(m_cr, m_layout.get());
        pango_layout_set_indent(m_layout.get(), 0);
        pango_layout_set_tabs(m_layout.get(), nullptr);
        m_y += height + 3;
    }
    // Ruled lines to write on.
    void lines(int count)
    {
        room(count * kLineGap);
        cairo_set_source_rgb(m_cr, 0.55, 0.55, 0.55);
        cairo_set_line_width(m_cr, 0.6);
        for (int i = 0; i < count; ++i) {
            m_y += kLineGap;
            cairo_move_to(m_cr, kMargin, m_y);
            cairo_line_to(m_cr, kMargin + kTextWidth, m_y);
        }
        cairo_stroke(m_cr);
        cairo_set_source_rgb(m_cr, 0.1, 0.1, 0.1);
        m_y += 10;
    }
    // Room for `height` points, else a new page. True when a page was begun.
    bool room(double height)
    {
        if (m_y + height <= kPageHeight - kMargin || m_y == kMargin) return false;
        newPage();
        return true;
    }
    void newPage()
    {
        footer();
        cairo_show_page(m_cr);
        ++m_page;
        m_y = kMargin;
    }
    void finish() { footer(); }
    double y() const { return m_y; }
    void skip(double points) { m_y += points; }
    void setFooter(std::string text) { m_footer = std::move(text); }

    // The height `text` takes in `font` across `width`.
    double measure(const std::string& text, const char* font, double width)
    {
        setText(text, font, width);
        return layoutHeight();
    }
    // `text` centred on (x, y) within `width`, at most two lines.
    void centred(const std::string& text, const char* font, double x, double y, double width)
    {
        setText(text, font, width);
        pango_layout_set_alignment(m_layout.get(), PANGO_ALIGN_CENTER);
        const double height = layoutHeight();
        cairo_move_to(m_cr, x - width / 2, y - height / 2);
        pango_cairo_show_layout(m_cr, m_layout.get());
        pango_layout_set_alignment(m_layout.get(), PANGO_ALIGN_LEFT);
    }

private:
    void setText(const std::string& text, const char* font, double width)
    {
        PangoFontDescription* desc = pango_font_description_from_string(font);
        pango_layout_set_font_description(m_layout.get(), desc);
        pango_font_description_free(desc);
        pango_layout_set_width(m_layout.get(), int(width * PANGO_SCALE));
        pango_layout_set_wrap(m_layout.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_text(m_layout.get(), text.c_str(), int(text.size()));
    }
    double layoutHeight()
    {
        int w = 0, h = 0;
        pango_layout_get_size(m_layout.get(), &w, &h);
        return double(h) / PANGO_SCALE;
    }
    void footer()
    {
        if (m_footer.empty()) return;
        setText(worksheetWord(m_footer, "page", std::to_string(m_page)), "DejaVu Sans 8", kTextWidth);
        cairo_set_source_rgb(m_cr, 0.4, 0.4, 0.4);
        cairo_move_to(m_cr, kMargin, kPageHeight - kMargin + 16);
        pango_cairo_show_layout(m_cr, m_layout.get());
        cairo_set_source_rgb(m_cr, 0.1, 0.1, 0.1);
    }

    cairo_t* m_cr;
    std::unique_ptr<PangoLayout, decltype(&g_object_unref)> m_layout;
    double m_y = kMargin;
    int m_page = 1;
    std::string m_footer;
};

void drawTown(cairo_t* cr, PageWriter& page, const TownSketch& town)
{
    page.room(kSketchHeight + 10);
    const double left = kMargin + (kTextWidth - kSketchWidth) / 2, top = page.y();
    cairo_set_source_rgb(cr, 0.97, 0.96, 0.94);
    cairo_rectangle(cr, left, top, kSketchWidth, kSketchHeight);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0.8, 0.8, 0.8);
    cairo_set_line_width(cr, 0.8);
    cairo_stroke(cr);
    const auto at = town.fitted(left, top, kSketchWidth, kSketchHeight, kSketchMargin);
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
    cairo_set_line_width(cr, 2.5);
    for (const auto& r : town.roads) {
        cairo_move_to(cr, at[r.a].first, at[r.a].second);
        cairo_line_to(cr, at[r.b].first, at[r.b].second);
    }
    cairo_stroke(cr);
    for (std::size_t i = 0; i < town.stations.size(); ++i) {
        const SketchStation& s = town.stations[i];
        const auto [x, y] = at[i];
        const SketchColour fill = sketchFill(s.kind);
        cairo_new_path(cr);  // the label before left a current point: no line from there
        if (sketchedAsCircle(s.kind)) {
            cairo_arc(cr, x, y, kSketchRouterRadius, 0, 6.2832);
        } else {
            const double w = kSketchBoxWidth, h = kSketchBoxHeight, r = 5, x0 = x - w / 2, y0 = y - h / 2;
            cairo_new_sub_path(cr);
            cairo_arc(cr, x0 + w - r, y0 + r, r, -1.5708, 0);
            cairo_arc(cr, x0 + w - r, y0 + h - r, r, 0, 1.5708);
            cairo_arc(cr, x0 + r, y0 + h - r, r, 1.5708, 3.1416);
            cairo_arc(cr, x0 + r, y0 + r, r, 3.1416, 4.7124);
            cairo_close_path(cr);
        }
        cairo_set_source_rgb(cr, fill.r / 255.0, fill.g / 255.0, fill.b / 255.0);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, 0.33, 0.33, 0.33);
        cairo_set_line_width(cr, 0.8);
        cairo_stroke(cr);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        std::string label;
        for (const auto& line : sketchLabelLines(s.label, kSketchCharsPerLine, 2)) label += (label.empty() ? "" : "\n") + line;
        // A junction's name goes under its circle; a building's inside its box.
        const double labelY = sketchedAsCircle(s.kind) ? y + kSketchRouterRadius + 7 : y;
        page.centred(label, fmt::format("DejaVu Sans {}", kSketchFontSize).c_str(), x, labelY, kSketchBoxWidth + 8);
    }
    page.skip(kSketchHeight + 10);
}

} // namespace

bool writeWorksheetPdf(const Worksheet& w, const std::string& path, std::string& error)
{
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_pdf_surface_create(path.c_str(), kPageWidth, kPageHeight), cairo_surface_destroy);
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        error = cairo_status_to_string(cairo_surface_status(surface.get()));
        return false;
    }
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, worksheetWord(w.words.worksheet, "title", w.title).c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Postie");
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
    cairo_set_source_rgb(cr.get(), 0.1, 0.1, 0.1);
    PageWriter page(cr.get());
    page.setFooter(worksheetWord(w.words.page, "title", w.title));

    page.paragraph(w.title, "DejaVu Sans Bold 20", 0, 4);
    page.paragraph(w.words.nameLine, "DejaVu Sans 10", 0, 12);
    if (!w.summary.empty()) page.paragraph(w.summary, "DejaVu Sans 11", 0, 10);
    if (!w.goals.empty()) {
        page.paragraph(w.words.inThisLesson, "DejaVu Sans Bold 13", 0, 4);
        for (const auto& g : w.goals) page.bullet(g, "DejaVu Sans 11");
        page.skip(8);
    }
    page.paragraph(w.words.town, "DejaVu Sans Bold 13", 0, 6);
    drawTown(cr.get(), page, w.town);
    for (std::size_t i = 0; i < w.questions.size(); ++i) {
        const WorksheetQuestion& q = w.questions[i];
        // Keep a question together: its words, the choices and the lines to write on (and the
        // heading with the first question).
        double need = page.measure(q.ask, "DejaVu Sans Bold 12", kTextWidth) + 3 * kLineGap + 40;
        if (!q.context.empty()) need += page.measure(q.context, "DejaVu Sans Italic 11", kTextWidth);
        for (const auto& c : q.choices) need += page.measure(c, "DejaVu Sans 11", kTextWidth - 16) + 3;
        if (i == 0) need += 30;
        page.room(need);
        if (i == 0) page.paragraph(w.words.predict, "DejaVu Sans Bold 13", 0, 6);
        if (!q.context.empty()) page.paragraph(q.context, "DejaVu Sans Italic 11", 0, 3);
        page.paragraph(fmt::format("{}. {}", i + 1, q.ask), "DejaVu Sans Bold 12", 0, 4);
        for (std::size_t c = 0; c < q.choices.size(); ++c)
            page.paragraph(fmt::format("☐  {})  {}", letterOf(c), q.choices[c]), "DejaVu Sans 11", 16, 3);
        page.paragraph(w.words.whyThink, "DejaVu Sans 10", 0, 0);
        page.lines(2);
        page.skip(8);
    }

    // The answer key, on a page of its own so it can stay with the teacher.
    page.newPage();
    page.paragraph(w.words.answerKey, "DejaVu Sans Bold 18", 0, 4);
    page.paragraph(w.title, "DejaVu Sans 11", 0, 12);
    for (std::size_t i = 0; i < w.questions.size(); ++i) {
        const WorksheetQuestion& q = w.questions[i];
        page.paragraph(fmt::format("{}. {}", i + 1, q.ask), "DejaVu Sans Bold 12", 0, 3);
        if (!q.reached) page.paragraph(w.words.neverReached, "DejaVu Sans 11", 16, 3);
        else if (q.right < 0) page.paragraph(worksheetWord(w.words.revealedNone, "answer", q.revealed), "DejaVu Sans 11", 16, 3);
        else {
            page.paragraph(fmt::format("{} {})  {}", w.words.right, letterOf(std::size_t(q.right)), q.choices[std::size_t(q.right)]),
                           "DejaVu Sans Bold 11", 16, 3);
            page.paragraph(worksheetWord(q.nearest ? w.words.revealedNearest : w.words.revealed, "answer", q.revealed),
                           "DejaVu Sans 11", 16, 3);
        }
        if (!q.why.empty()) page.paragraph(worksheetWord(w.words.why, "why", q.why), "DejaVu Sans 11", 16, 10);
    }
    if (!w.recap.empty()) {
        page.paragraph(w.words.remember, "DejaVu Sans Bold 13", 0, 4);
        for (const auto& r : w.recap) page.bullet(r, "DejaVu Sans 11");
    }
    page.finish();
    cr.reset();
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        error = cairo_status_to_string(cairo_surface_status(surface.get()));
        return false;
    }
    return true;
}

} // namespace postie
