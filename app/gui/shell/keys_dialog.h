#pragma once
// Help > Keys: every key the window answers to, with what it does, read from the actions
// themselves, so the list cannot fall behind the menus.
#include <QDialog>
#include <QList>
#include <QPair>

class QAction;

namespace postie::gui {

class KeysDialog : public QDialog {
    Q_OBJECT
public:
    KeysDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    // (key, what it does), one row per key, in the order of the actions.
    static QList<QPair<QString, QString>> rows(const QList<QAction*>& actions);
    const QList<QPair<QString, QString>>& shown() const { return m_rows; }

private:
    QList<QPair<QString, QString>> m_rows;
};

} // namespace postie::gui
