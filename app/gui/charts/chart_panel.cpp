#include "charts/chart_panel.h"

#include "replay/chart_feed.h"
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMouseEvent>
#include <QRegularExpression>

namespace postie::gui {

ChartPanel::ChartPanel(const QString& title, QWidget* parent) : QChartView(new QChart, parent), m_title(title)
{
    QChart* c = chart();
    c->setTitle(title);
    QFont titleFont = font();
    titleFont.setPointSizeF(15);
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->setAnimationOptions(QChart::NoAnimation);  // the playback clock is the only animation
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = font();
    legendFont.setPointSizeF(11);
    c->legend()->setFont(legendFont);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 300);  // one column of them fits the dock column beside the map
    setToolTip(tr("Click: go to that moment. Right-click: save as a picture or as data."));
}

std::int64_t ChartPanel::timeAt(QPointF) const { return -1; }

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
