#pragma once
// The cue on the map while the clock jumps over quiet time at the story pace: a large card at
// the top of the map (or at another edge where it covers fewer stations), "» 1 h 20 min later:
// the next try", shown for as long as the jump lasts. It floats over the view it is given and
// follows its size.
#include <QLabel>

namespace postie::gui {

struct TownFrame;

class JumpBanner : public QLabel {
    Q_OBJECT
public:
    explicit JumpBanner(QWidget* over);

    void showFrame(const TownFrame& frame);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
    // How many stations a card at `rect` (in the view's coordinates) would cover.
    int stationsUnder(const QRect& rect) const;
    void applyLook();
};

} // namespace postie::gui
