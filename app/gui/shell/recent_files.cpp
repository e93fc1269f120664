#include "shell/recent_files.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

#include <memory>

namespace postie::gui {
namespace {

const QString kKey = QStringLiteral("recentFiles");

std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Postie"),
                                       QStringLiteral("postie"));
}

// One spelling per file, so opening it twice does not list it twice.
QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath();
    return QDir::cleanPath(real.isEmpty() ? info.absoluteFilePath() : real);
}

} // namespace

RecentFiles::RecentFiles(QWidget* window) : QObject(window), m_window(window), m_menu(new QMenu(tr("Open &Recent"), window))
{
    setObjectName(QStringLiteral("recentFiles"));
    m_menu->setObjectName(QStringLiteral("recentFilesMenu"));
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    QStringList list = settings()->value(kKey).toStringList();
    list.removeAll(QString());
    return list.mid(0, kMax);
}

void RecentFiles::store(const QStringList& files)
{
    const auto s = settings();
    s->setValue(kKey, files);
    s->sync();
    rebuildMenu();
    emit changed(files);
}

void RecentFiles::add(const QString& path)
{
    const QString file = canonical(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    store(list.mid(0, kMax));
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    if (list.removeAll(path) + list.removeAll(canonical(path)) > 0) store(list);
}

void RecentFiles::clear() { store({}); }

void RecentFiles::choose(const QString& path)
{
    if (QFileInfo::exists(path)) {
        emit openRequested(path);
        return;
    }
    remove(path);
    auto* box = new QMessageBox(QMessageBox::Information, tr("File not found"),
                                tr("%1 is no longer there, so it was taken off the list of recent files.")
                                    .arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("missingRecentFile"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        // &1 … &8: a keyboard user picks one with its number.
        //: A recent file in the menu: its number (the key that picks it) and its name. Keep the & before %1.
        QAction* a = m_menu->addAction(tr("&%1  %2").arg(i + 1).arg(QFileInfo(list[i]).fileName()));
        a->setToolTip(QDir::toNativeSeparators(list[i]));
        a->setData(list[i]);
        connect(a, &QAction::triggered, this, [this, path = list[i]] { choose(path); });
    }
    if (list.isEmpty()) m_menu->addAction(tr("No recent files"))->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Clear the list"), this, &RecentFiles::clear)->setEnabled(!list.isEmpty());
}

} // namespace postie::gui
