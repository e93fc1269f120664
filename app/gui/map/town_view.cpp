#include "map/town_view.h"

#include "map/town_scene.h"
#include "shell/classroom_style.h"

#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace postie::gui {
namespace {

constexpr double kStep = 1.25;
constexpr double kMinZoom = 0.5;
constexpr double kMaxZoom = 8;

} // namespace

TownView::TownView(TownScene* scene, QWidget* parent) : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("townView"));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &TownView::fitTown);
}

void TownView::zoomIn() { setZoom(m_zoom * kStep); }
void TownView::zoomOut() { setZoom(m_zoom / kStep); }
void TownView::fitTown() { setZoom(1); }

void TownView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    setupMatrix();
    if (m_zoom == 1) centerOn(sceneRect().center());
}

double TownView::fitScale() const
{
    const QRectF town = sceneRect();
    if (town.isEmpty() || viewport()->width() < 2) return 1;
    return std::min(viewport()->width() / town.width(), viewport()->height() / town.height());
}

void TownView::setupMatrix()
{
    const double s = fitScale() * m_zoom;
    setTransform(QTransform::fromScale(s, s));
}

void TownView::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) return;
    setZoom(m_zoom * std::pow(kStep, notches));
    event->accept();
}

void TownView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    setupMatrix();
    if (m_zoom == 1) centerOn(sceneRect().center());
}

void TownView::drawBackground(QPainter* painter, const QRectF& rect)
{
    // Warm paper in the light theme (dark ink on it reads from far away), a dark slate in
    // the dark one; the white name cards read on both.
    painter->fillRect(rect, ClassroomStyle::ground(palette()));
}

void TownView::changeEvent(QEvent* event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) viewport()->update();
}

} // namespace postie::gui
