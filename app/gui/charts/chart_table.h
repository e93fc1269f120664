#pragma once
// What one chart shows, as a table: the rows its series are drawn from and its CSV export.
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace postie::gui {

struct ChartTable {
    QStringList header;
    std::vector<std::vector<std::optional<double>>> rows;  // an empty cell: no value there

    // The header, then one line per row; numbers in C locale with up to 15 significant digits (exact for microseconds of a run of years).
    QString csv() const;
};

} // namespace postie::gui
