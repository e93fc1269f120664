// postie: the classroom app. See DESIGN.md, "The app".
#include "classroom_style.h"
#include "launch_options.h"
#include "main_window.h"
#include "screenshot_job.h"

#include <QAction>
#include <QApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    using namespace postie::gui;
    // A screenshot needs no display: use the offscreen platform unless told otherwise.
    if (LaunchOptions::wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postie"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postie"));
    QApplication::setApplicationVersion(QStringLiteral(POSTIE_VERSION));
    ClassroomStyle::apply(app);

    const LaunchOptions options = LaunchOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "postie: %s\n", qPrintable(options.error));
        return 2;
    }
    if (!options.screenshot.isEmpty()) return ScreenshotJob::run(options);

    MainWindow window;
    window.emailWordsAction()->setChecked(options.emailWords);
    window.show();
    if (!options.file.isEmpty()) window.openScenario(options.file);
    return QApplication::exec();
}
