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
    // POSTIE_SCENARIOS if set, else share/postie/scenarios beside the app, else the source tree.
    static QString bundledFolder();
    // *.yaml in the folder, by file name.
    static QList<Lesson> lessonsIn(const QString& folder);
};

} // namespace postie::gui
