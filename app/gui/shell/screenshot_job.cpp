#include "shell/screenshot_job.h"

#include "replay/scenario_player.h"
#include "replay/scenario_session.h"
#include "shell/classroom_style.h"
#include "shell/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QEventLoop>
#include <QImage>
#include <QPixmap>

#include <cstdio>

namespace postie::gui {

int ScreenshotJob::run(const LaunchOptions& options)
{
    MainWindow window;
    window.resize(options.size);
    window.setEmailWords(options.emailWords);
    window.show();
    setLook(window, options);
    // The usual look again afterwards: it belongs to the application, not to the window.
    const struct Restore {
        ~Restore() { ClassroomStyle::apply(*qApp); }
    } restore;
    const QStringList errors = window.player().open(options.file);
    if (!errors.isEmpty()) {
        for (const QString& e : errors) std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    waitAndSeek(window, options.atUs);
    if (!save(window, options.screenshot)) {
        const QString text = QCoreApplication::translate("ScreenshotJob", "postie: cannot write %1").arg(options.screenshot);
        std::fprintf(stderr, "%s\n", qPrintable(text));
        return 1;
    }
    return 0;
}

void ScreenshotJob::setLook(MainWindow& window, const LaunchOptions& options)
{
    window.setLook(options.dark, options.presentation);
    if (!options.presentation) return;
    // Presentation mode fills the screen; a picture of it keeps the size asked for.
    window.setWindowState(Qt::WindowNoState);
    window.resize(options.size);
    QApplication::processEvents();
}

bool ScreenshotJob::waitAndSeek(MainWindow& window, std::optional<std::int64_t> atUs)
{
    ScenarioPlayer& player = window.player();
    const auto ready = [&] {
        if (player.complete()) return true;
        const std::size_t n = player.recordCount();
        return atUs && n > 0 && player.recordTimeUs(n - 1) > *atUs;
    };
    if (!ready()) {
        QEventLoop loop;
        const auto check = [&] {
            if (ready()) loop.quit();
        };
        QObject::connect(&player, &ScenarioPlayer::progressed, &loop, check);
        loop.exec();
    }
    player.clock().seekTime(atUs.value_or(player.endUs()));
    return true;
}

bool ScreenshotJob::save(QWidget& widget, const QString& path)
{
    QApplication::processEvents();  // layouts and the first paint settle
    QDir().mkpath(QFileInfo(path).absolutePath());
    return widget.grab().toImage().save(path, "PNG");
}

} // namespace postie::gui
