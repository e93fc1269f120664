#include "charts/chart_panel.h"

#include "replay/chart_feed.h"
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QMenu>
#include <QMouseEvent>
#include <QRegularExpression>

#include <algorithm>

namespace postie::gui {

ChartPanel::ChartPanel(const QString& title, const QString& explanation, QWidget* parent)
    : QChartView(new QChart, parent), m_title(title), m_explanation(explanation)
{
    QChart* c = chart();
    setTitleWith();
    c->setAnimationOptions(QChart::NoAnimation);  // the playback clock is the only animation
    c->setLocalizeNumbers(true);  // the axes' numbers as the UI language writes them ("1.000" in German)
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = font();
    legendFont.setPointSizeF(11);
    c->legend()->setFont(legendFont);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 300);  // one column of them fits the dock column beside the map
    setToolTip(tr("Click: go to that moment. Right-click: save as a picture or as data."));
    // The ticks follow the plot's width once the chart has laid itself out.
    connect(c, &QChart::plotAreaChanged, this, [this] { fitToSize(); }, Qt::QueuedConnection);
}

std::int64_t ChartPanel::timeAt(QPointF) const { return -1; }

namespace {

// Words (or legend keys) joined into lines no wider than `width`, each line as HTML.
QStringList wrapped(const QStringList& pieces, const QStringList& htmlPieces, const QFont& font, double width,
                    const QString& separator)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    QString line, lineHtml;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QString candidate = line.isEmpty() ? pieces[i] : line + separator + pieces[i];
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines << lineHtml;
            line = pieces[i];
            lineHtml = htmlPieces[i];
        } else {
            lineHtml = line.isEmpty() ? htmlPieces[i] : lineHtml + separator.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")) + htmlPieces[i];
            line = candidate;
        }
    }
    if (!line.isEmpty()) lines << lineHtml;
    return lines;
}

QStringList words(const QString& text) { return text.split(QLatin1Char(' '), Qt::SkipEmptyParts); }
QStringList escaped(const QStringList& list)
{
    QStringList out;
    for (const QString& s : list) out << s.toHtmlEscaped();
    return out;
}

} // namespace

void ChartPanel::setTitleWith(const std::vector<std::pair<QColor, QString>>& keys)
{
    if (&keys != &m_keys) m_keys = keys;
    m_titleWidth = width();
    QFont titleFont = font();
    titleFont.setPointSizeF(m_compact ? 13 : 15);
    titleFont.setBold(true);
    chart()->setTitleFont(titleFont);
    QFont smallFont = font();
    smallFont.setPointSizeF(m_compact ? 10 : 11);
    const double room = std::max(80, width() - 30);
    QStringList lines = wrapped(words(m_title), escaped(words(m_title)), titleFont, room, QStringLiteral(" "));
    const QString small = QStringLiteral("<span style='font-size:%1pt; font-weight:normal'>%2</span>").arg(m_compact ? 10 : 11);
    for (const QString& l : wrapped(words(m_explanation), escaped(words(m_explanation)), smallFont, room, QStringLiteral(" ")))
        lines << small.arg(l);
    QStringList plainKeys, htmlKeys;
    for (const auto& [colour, label] : m_keys) {
        plainKeys << QStringLiteral("\u25A0 ") + label;
        htmlKeys << QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2").arg(colour.name(), label.toHtmlEscaped());
    }
    for (const QString& l : wrapped(plainKeys, htmlKeys, smallFont, room, QStringLiteral("   "))) lines << small.arg(l);
    chart()->setTitle(lines.join(QStringLiteral("<br>")));
}

QFont ChartPanel::axisFont() const
{
    QFont f = font();
    f.setPointSizeF(m_compact ? 10 : 12);
    return f;
}

double ChartPanel::plotWidth() const
{
    const double w = chart()->plotArea().width();
    return w > 10 ? w : std::max(10, width() - 80);
}

double ChartPanel::plotHeight() const
{
    const double h = chart()->plotArea().height();
    return h > 10 ? h : std::max(10, height() - 140);
}

void ChartPanel::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    const bool compact = width() < kCompactWidth;
    if (compact != m_compact || width() != m_titleWidth) {
        m_compact = compact;
        setTitleWith();
    }
    fitToSize();
}

QString ChartPanel::fileStem() const
{
    return title().toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
}

bool ChartPanel::savePng(const QString& path) { return grab().save(path, "PNG"); }

bool ChartPanel::saveCsv(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    return file.write(m_table.csv().toUtf8()) >= 0;
}

void ChartPanel::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const std::int64_t t = timeAt(event->position());
        if (t >= 0) {
            emit seekRequested(t);
            event->accept();
            return;
        }
    }
    QChartView::mousePressEvent(event);
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Save the chart as a picture (PNG)…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"), fileStem() + QStringLiteral(".png"),
                                                          tr("PNG pictures (*.png)"));
        if (!path.isEmpty()) savePng(path);
    });
    menu.addAction(tr("Save the chart's data (CSV)…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the data"), fileStem() + QStringLiteral(".csv"),
                                                          tr("CSV tables (*.csv)"));
        if (!path.isEmpty()) saveCsv(path);
    });
    menu.exec(event->globalPos());
}

} // namespace postie::gui
