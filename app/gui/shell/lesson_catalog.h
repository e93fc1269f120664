#pragma once
// The bundled lessons: every scenario file in a folder, with the title and summary the
// scenario loader reads from it. The welcome page lists them.
#include <QList>
#include <QString>

namespace postie::gui {

struct Lesson {
    QString path;
    QString title;
    QString summary;
    bool valid = true;  // false: the file has errors (it is still listed, to be opened and fixed)
};

class LessonCatalog {
public:
    // POSTIE_SCENARIOS if set, else the folder beside the running program (folderBeside).
    static QString bundledFolder();
    // Where the lessons of a program in programDir are: programDir/../share/postie/scenarios,
    // the same rule for /usr/bin/postie (/usr/share/postie/scenarios), any other install
    // prefix, and the build tree (which keeps a link build/app/share/postie/scenarios).
    // Nothing absolute is compiled in, so an installed app never points back at a source tree.
    static QString folderBeside(const QString& programDir);
    // *.yaml in the folder, by file name.
    static QList<Lesson> lessonsIn(const QString& folder);
};

} // namespace postie::gui
