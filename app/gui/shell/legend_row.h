#pragma once
// One line of the legend: a picture and its words. Side by side while the dock is wide enough
// for the picture and the longest word beside it; on a narrow dock (presentation mode at
// 1024x700) the words go under the picture, so they wrap between words and no word is cut.
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPixmap;

namespace postie::gui {

class LegendRow : public QWidget {
    Q_OBJECT
public:
    // `column`: the width the pictures line up in.
    LegendRow(const QPixmap& picture, const QString& text, int column, QWidget* parent = nullptr);

    QLabel* words() const { return m_words; }
    bool stacked() const;  // the words under the picture

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fit();  // the words beside the picture when they fit, else under it
    int longestWord() const;

    QBoxLayout* m_layout;
    QLabel* m_image;
    QLabel* m_words;
    int m_column;
    bool m_picture;
};

} // namespace postie::gui
