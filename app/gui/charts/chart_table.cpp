#include "charts/chart_table.h"

namespace postie::gui {

QString ChartTable::csv() const
{
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const auto& row : rows) {
        QStringList cells;
        for (const auto& v : row) cells << (v ? QString::number(*v, 'g', 15) : QString());
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace postie::gui
