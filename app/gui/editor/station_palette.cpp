#include "editor/station_palette.h"

#include "editor/map_editing.h"
#include "map/art_library.h"
#include "replay/vocabulary.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>

#include <cstdlib>

namespace postie::gui {
namespace {

constexpr int kIconPx = 32;

// A long name on two lines ("Postal-code" over "directory"), so that the palette stays narrow
// enough for a small window in every language: broken at the space or hyphen nearest its middle.
QString twoLines(const QString& name)
{
    constexpr int kLongName = 12;
    if (name.size() <= kLongName) return name;
    int best = -1;
    for (int i = 1; i + 1 < name.size(); ++i)
        if ((name[i] == QLatin1Char(' ') || name[i] == QLatin1Char('-')) &&
            (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2)))
            best = i;
    if (best < 0) return name;
    return name[best] == QLatin1Char(' ') ? name.left(best) + QLatin1Char('\n') + name.mid(best + 1)
                                          : name.left(best + 1) + QLatin1Char('\n') + name.mid(best + 1);
}

QIcon kindIcon(const ArtLibrary& art, StationKind kind)
{
    QPixmap pixmap(kIconPx, kIconPx);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    art.building(kind).render(&painter, QRectF(2, 2, kIconPx - 4, kIconPx - 4));
    return QIcon(pixmap);
}

// A kind's button: a click arms it, a drag carries it onto the map.
class KindButton : public QToolButton {
public:
    KindButton(StationKind kind, QWidget* parent) : QToolButton(parent), m_kind(kind) {}

protected:
    void mousePressEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton) m_pressAt = event->position().toPoint();
        QToolButton::mousePressEvent(event);
    }
    void mouseMoveEvent(QMouseEvent* event) override
    {
        if (!(event->buttons() & Qt::LeftButton) ||
            (event->position().toPoint() - m_pressAt).manhattanLength() < QApplication::startDragDistance()) {
            QToolButton::mouseMoveEvent(event);
            return;
        }
        setDown(false);
        auto* drag = new QDrag(this);
        auto* mime = new QMimeData;
        mime->setData(QString::fromLatin1(MapEditing::kKindMime), QByteArray(stationKindName(m_kind)));
        drag->setMimeData(mime);
        drag->setPixmap(icon().pixmap(kIconPx, kIconPx));
        drag->setHotSpot(QPoint(kIconPx / 2, kIconPx / 2));
        drag->exec(Qt::CopyAction);
    }

private:
    StationKind m_kind;
    QPoint m_pressAt;
};

} // namespace

StationPalette::StationPalette(QAction& play, QWidget* parent) : QToolBar(parent), m_tools(new QActionGroup(this))
{
    setObjectName(QStringLiteral("stationPalette"));
    //: The edit mode's palette: station kinds to drag onto the map, the road tool, the pointer.
    setWindowTitle(tr("Build"));
    setOrientation(Qt::Vertical);
    // Words beside the pictures: a column of eleven buttons fits the height of a small window.
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(kIconPx, kIconPx));
    setMovable(false);
    m_tools->setExclusive(true);

    //: The palette's first button: leave edit mode and run the town as it is now.
    QAction* playTown = addAction(tr("Play the town"));
    playTown->setObjectName(QStringLiteral("palettePlay"));
    playTown->setToolTip(play.toolTip());
    connect(playTown, &QAction::triggered, &play, [&play] {
        if (play.isChecked()) play.trigger();
    });
    addSeparator();

    //: Edit mode's pointer: click to select, drag to move.
    m_pointer = addAction(tr("Select"));
    m_pointer->setObjectName(QStringLiteral("paletteSelect"));
    m_pointer->setToolTip(tr("Click a station or a road to see its keys; drag a station to move it"));
    m_pointer->setCheckable(true);
    m_pointer->setChecked(true);
    m_tools->addAction(m_pointer);
    connect(m_pointer, &QAction::triggered, this, [this] {
        emit roadToolChosen(false);
        emit kindArmed(std::nullopt);
    });

    //: Edit mode's road tool: drag from one station to another to lay a road.
    QAction* road = addAction(tr("Road"));
    road->setObjectName(QStringLiteral("paletteRoad"));
    road->setToolTip(tr("Drag from one station to another to lay a road between them (or hold Shift and drag)"));
    road->setCheckable(true);
    m_tools->addAction(road);
    connect(road, &QAction::triggered, this, [this] { emit roadToolChosen(true); });
    addSeparator();

    const ArtLibrary art;
    for (const StationKind kind : kStationKinds) {
        auto* action = new QAction(kindIcon(art, kind), twoLines(Vocabulary::headline(Vocabulary::word(kind, Words::Postal))), this);
        action->setObjectName(QStringLiteral("palette_") + QLatin1String(stationKindName(kind)));
        //: A palette button's tooltip: "Sorting station (incoming MX server): drag it onto the map, ...".
        action->setToolTip(tr("%1 (%2): drag it onto the map, or click here and then on the map")
                               .arg(Vocabulary::headline(Vocabulary::word(kind, Words::Postal)),
                                    Vocabulary::word(kind, Words::Email)));
        action->setCheckable(true);
        m_tools->addAction(action);
        auto* button = new KindButton(kind, this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(kIconPx, kIconPx));
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("paletteButton_") + QLatin1String(stationKindName(kind)));
        addWidget(button);
        connect(action, &QAction::triggered, this, [this, kind] { emit kindArmed(kind); });
    }
}

void StationPalette::choosePointer()
{
    m_pointer->setChecked(true);
}

} // namespace postie::gui
