#include "shell/lesson_catalog.h"

#include "replay/lesson_words.h"
#include "scenario/scenario_loader.h"

#include <QCoreApplication>
#include <QDir>

namespace postie::gui {

QString LessonCatalog::bundledFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("POSTIE_SCENARIOS");
    if (!fromEnvironment.isEmpty()) return fromEnvironment;
    return folderBeside(QCoreApplication::applicationDirPath());
}

QString LessonCatalog::folderBeside(const QString& programDir)
{
    return QDir::cleanPath(programDir + QStringLiteral("/../share/postie/scenarios"));
}

QList<Lesson> LessonCatalog::lessonsIn(const QString& folder)
{
    QList<Lesson> lessons;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        Lesson lesson;
        lesson.path = dir.absoluteFilePath(name);
        const LoadResult loaded = loadScenarioFile(lesson.path.toStdString());
        lesson.valid = loaded.ok();
        lesson.title = loaded.ok() && !loaded.spec->title.empty() ? LessonWords::title(*loaded.spec) : name;
        if (loaded.ok()) lesson.summary = LessonWords::summary(*loaded.spec);
        else lesson.summary = QCoreApplication::translate("LessonCatalog", "This file has errors: open it to see them.");
        lessons << lesson;
    }
    return lessons;
}

} // namespace postie::gui
