#include "playback/jump_banner.h"

#include "shell/classroom_style.h"

#include "replay/town_frame.h"

#include <QApplication>
#include <QEvent>

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

void JumpBanner::place()
{
    const QWidget* over = parentWidget();
    // One line when it fits: the text's own width and the card's padding.
    const int wanted = fontMetrics().horizontalAdvance(text()) + 60;
    const int width = std::min(over->width() - 40, std::max(320, wanted));
    const int height = heightForWidth(width);
    setGeometry((over->width() - width) / 2, 24, width, height > 0 ? height : sizeHint().height());
}

} // namespace postie::gui
