#pragma once
// View > Legend (L): what the pictures on the map mean, in plain words: the buildings and the
// writers' devices, the badges, the stamps, the failures' marks, the signs of a station in
// trouble, the roads and trucks, and the colours. A tab of the dock column beside the map, so
// it never widens the window; it follows the app's type (presentation mode) and theme. Its
// pictures are drawn by the map's own items (map/legend_pictures.h).
#include <QDockWidget>

class QVBoxLayout;
class QPixmap;

namespace postie::gui {

class LegendDock : public QDockWidget {
    Q_OBJECT
public:
    explicit LegendDock(QWidget* parent = nullptr);

    QStringList lines() const;  // every line of the legend, top to bottom, headings included

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void build();
    void addHeading(const QString& text);
    void addRow(const QPixmap& picture, const QString& text);

    QWidget* m_page;
    QVBoxLayout* m_rows;
    QStringList m_lines;
    bool m_stale = true;  // pictures to draw again for the type size in use
};

} // namespace postie::gui
