// postie: the classroom app. See DESIGN.md, "The app".
#include "postie/version.h"
#include "shell/app_language.h"
#include "shell/classroom_style.h"
#include "shell/first_show.h"
#include "shell/launch_options.h"
#include "shell/lesson_catalog.h"
#include "shell/main_window.h"
#include "shell/screenshot_job.h"
#include "shell/window_host.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>

#include <cstdio>

namespace {

// The welcome page's lessons as text, for whoever checks an installation: the folder, then one
// "FILE<Tab>TITLE" line a lesson. No lessons at all is an error (exit 1).
int printLessons()
{
    using postie::gui::LessonCatalog;
    const QString folder = LessonCatalog::bundledFolder();
    const QList<postie::gui::Lesson> lessons = LessonCatalog::lessonsIn(folder);
    std::printf("%s\n", folder.toUtf8().constData());
    for (const auto& lesson : lessons)
        std::printf("%s\t%s\n", QFileInfo(lesson.path).fileName().toUtf8().constData(), lesson.title.toUtf8().constData());
    if (!lessons.isEmpty()) return 0;
    std::fprintf(stderr, "postie: no lessons in %s (set POSTIE_SCENARIOS to a folder of scenario files)\n",
                 folder.toUtf8().constData());
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace postie::gui;
    // A screenshot or the lesson list needs no display: use the offscreen platform unless told otherwise.
    if (LaunchOptions::needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postie"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postie"));
    QApplication::setApplicationVersion(QStringLiteral(POSTIE_VERSION));
    ClassroomStyle::apply(app);
    AppLanguage::apply(AppLanguage::preferred());

    const LaunchOptions options = LaunchOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "postie: %s\n", qPrintable(options.error));
        return 2;
    }
    if (!options.language.isEmpty()) AppLanguage::apply(options.language);
    if (options.listLessons) return printLessons();
    if (!options.screenshot.isEmpty()) return ScreenshotJob::run(options);

    WindowHost host;
    MainWindow& window = host.window();
    window.setEmailWords(options.emailWords);
    showForClass(window);
    window.setLook(options.dark, options.presentation);
    if (!options.file.isEmpty()) window.openScenario(options.file);
    return QApplication::exec();
}
