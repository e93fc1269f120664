#include "playback/jump_banner.h"

#include "map/station_item.h"
#include "map/town_scene.h"
#include "replay/town_frame.h"
#include "shell/classroom_style.h"

#include <QApplication>
#include <QEvent>
#include <QGraphicsView>

#include <algorithm>

namespace postie::gui {

JumpBanner::JumpBanner(QWidget* over) : QLabel(over)
{
    setObjectName(QStringLiteral("jumpBanner"));
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAttribute(Qt::WA_TransparentForMouseEvents);  // the map underneath keeps its clicks
    applyLook();
    hide();
    over->installEventFilter(this);
}

void JumpBanner::applyLook()
{
    // Dark card with white type in either theme: it is a cue over the map, not part of it.
    setStyleSheet(QStringLiteral("QLabel { background: rgba(20, 30, 45, 215); color: white; border-radius: 12px; "
                                 "padding: 10px 22px; }"));
    // The app's type, larger (and larger still in presentation mode, whose type is the app's).
    setFont(scaledFont(QApplication::font(), 1.6, true));
}

void JumpBanner::showFrame(const TownFrame& frame)
{
    const bool jumping = !frame.jump.empty();
    if (jumping) {
        const QString text = QStringLiteral("»  ") + QString::fromStdString(frame.jump);
        if (text != this->text()) {
            setText(text);
            place();
        }
    }
    if (jumping == isHidden()) {
        setVisible(jumping);
        if (jumping) {
            applyLook();
            place();
            raise();
        }
    }
}

bool JumpBanner::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) place();
    return QLabel::eventFilter(watched, event);
}

int JumpBanner::stationsUnder(const QRect& rect) const
{
    const auto* view = qobject_cast<const QGraphicsView*>(parentWidget());
    const auto* town = view ? qobject_cast<const TownScene*>(view->scene()) : nullptr;
    if (!town) return 0;
    // A station is its building and its name card (its footprint), as the view shows them.
    int covered = 0;
    for (const StationItem* station : town->stations()) {
        const QRect onView = view->mapFromScene(station->footprint().boundingRect()).boundingRect().translated(view->viewport()->pos());
        if (onView.intersects(rect)) ++covered;
    }
    return covered;
}

void JumpBanner::place()
{
    const QWidget* over = parentWidget();
    // One line when it fits: the text's own width and the card's padding.
    const int wanted = fontMetrics().horizontalAdvance(text()) + 60;
    const int width = std::min(over->width() - 40, std::max(320, wanted));
    int height = heightForWidth(width);
    if (height <= 0) height = sizeHint().height();
    // At the top of the map, or wherever it covers the fewest stations: a station's name under
    // the card is one the class cannot read while the clock jumps.
    const int margin = 24;
    const int left = 20, centre = (over->width() - width) / 2, right = over->width() - width - 20;
    const int top = margin, bottom = over->height() - height - margin;
    const QPoint spots[] = {{centre, top}, {centre, bottom}, {left, top}, {right, top}, {left, bottom}, {right, bottom}};
    QRect best(spots[0], QSize(width, height));
    int fewest = stationsUnder(best);
    for (const QPoint& spot : spots) {
        if (fewest == 0) break;
        const QRect card(spot, QSize(width, height));
        if (const int covered = stationsUnder(card); covered < fewest) {
            fewest = covered;
            best = card;
        }
    }
    setGeometry(best);
}

} // namespace postie::gui
