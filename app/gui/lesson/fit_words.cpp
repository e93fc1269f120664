#include "lesson/fit_words.h"

#include "lesson/line_breaks.h"

#include <QFontMetricsF>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace postie::gui {
namespace {

// The pieces the line breaker cannot split: between spaces and invisible breaks, and after a
// hyphen.
QStringList words(const QLabel& label)
{
    QString text = label.textFormat() == Qt::RichText ? QTextDocumentFragment::fromHtml(label.text()).toPlainText() : label.text();
    text.replace(QLatin1Char('-'), QStringLiteral("- "));
    text.replace(kLineBreak, QLatin1Char(' '));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace

QFont fittedFont(const QLabel& label, const QFont& designed, int width)
{
    // Rich text has bold words in it (the recap's questions): measured bold, to be safe.
    QFont measured = designed;
    if (label.textFormat() == Qt::RichText) measured.setBold(true);
    const QFontMetricsF fm(measured);
    double widest = 0;
    for (const QString& word : words(label)) widest = std::max(widest, fm.horizontalAdvance(word));
    if (widest <= width || width <= 0) return designed;
    QFont font = designed;
    const double scale = width / widest * 0.97;  // a hair under: metrics round at the smaller size
    if (designed.pointSizeF() > 0) font.setPointSizeF(designed.pointSizeF() * scale);
    else font.setPixelSize(std::max(1, int(designed.pixelSize() * scale)));
    return font;
}

} // namespace postie::gui
