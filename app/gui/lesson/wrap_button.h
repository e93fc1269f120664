#pragma once
// A push button whose words wrap to its width, left-aligned, so a choice or a change to try
// in the classroom's large type fits a narrow dock instead of widening it past the screen.
#include <QPushButton>

class QLabel;

namespace postie::gui {

class WrapButton : public QPushButton {
    Q_OBJECT
public:
    explicit WrapButton(QWidget* parent = nullptr);

    void setWords(const QString& words);
    QString words() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_label;
};

} // namespace postie::gui
