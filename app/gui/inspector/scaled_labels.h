#pragma once
// The Inspector's headings and titles are a little larger than its body text, and its letter
// and transcript in a fixed-width face as large as the body: sized from the body's type again
// whenever it changes (presentation mode), so a heading is never smaller than the text under it.
#include <QList>

class QFont;
class QLabel;

namespace postie::gui {

class ScaledLabels {
public:
    void add(QLabel* label, double scale);  // bold, `scale` times the body's size
    void addMono(QLabel* label);             // fixed width, the body's size
    void apply(const QFont& body) const;

private:
    struct Scaled {
        QLabel* label;
        double scale;  // 0: fixed width
    };
    QList<Scaled> m_labels;
};

} // namespace postie::gui
