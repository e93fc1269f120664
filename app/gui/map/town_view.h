#pragma once
// Looks at the town. Owns the zoom, as the view of Qt's 40000 Chips does: one setupMatrix()
// sets the transform from the fit scale and the user's zoom. Until the user zooms, the town
// stays fitted to the window as it resizes.
#include <QGraphicsView>

namespace postie::gui {

class TownScene;

class TownView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TownView(TownScene* scene, QWidget* parent = nullptr);

    double zoom() const { return m_zoom; }  // 1 = the whole town fits
    void zoomIn();
    void zoomOut();
    void fitTown();
    void setZoom(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void changeEvent(QEvent* event) override;

private:
    void setupMatrix();
    double fitScale() const;

    double m_zoom = 1;
};

} // namespace postie::gui
