#pragma once
// The caption under the map: the simulated clock, the tally of outcomes so far, and the
// Narrator's sentence for the current step (the same words the CLI prints), in large type.
#include <QFrame>

class QLabel;

namespace postie::gui {

struct TownFrame;

class CaptionBar : public QFrame {
    Q_OBJECT
public:
    explicit CaptionBar(QWidget* parent = nullptr);

    void showFrame(const TownFrame& frame);
    QString caption() const;
    QString clock() const;
    QString tally() const;

private:
    QLabel* m_clock;
    QLabel* m_tally;
    QLabel* m_caption;
};

} // namespace postie::gui
