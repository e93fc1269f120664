#pragma once
// File > Open Recent: the last eight scenario files opened, newest first, kept in the user's
// settings (QSettings, organisation "Postie"). Choosing one that has gone missing takes it
// off the list and says so, rather than failing to open it.
#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace postie::gui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMax = 8;

    explicit RecentFiles(QWidget* window);

    QStringList files() const;  // newest first, at most kMax
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
    QMenu* menu() const { return m_menu; }
    // Opens one (openRequested) if it is still there; else takes it off with a message.
    void choose(const QString& path);

signals:
    void changed(const QStringList& files);
    void openRequested(const QString& path);

private:
    void store(const QStringList& files);
    void rebuildMenu();

    QWidget* m_window;
    QMenu* m_menu;
};

} // namespace postie::gui
