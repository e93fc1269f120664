#pragma once
// File > Print worksheet: the lesson's worksheet, the same content `postie-cli worksheet`
// writes (app/worksheet), with the town as the map draws it, printed on paper or saved as PDF
// through Qt's print dialog. The answer key starts on a page of its own.
#include "scenario/scenario_spec.h"

#include <QString>

class QPrinter;
class QGraphicsScene;
class QWidget;

namespace postie::gui {

class ScenarioSession;
class LessonRun;

class WorksheetPrinter {
public:
    // Whether the open scenario has a lesson to print.
    static bool hasLesson(const ScenarioSpec& spec);
    // Lays the worksheet out on `printer`. `run` holds the stops of the complete run (the
    // answers); `town` is drawn as the picture of the town. Empty on success, else why not.
    static QString print(const ScenarioSession& session, const LessonRun& run, QGraphicsScene& town, QPrinter& printer);
    // The menu's way: the print dialog, then print. Says in a message box why it cannot.
    static void printWithDialog(const ScenarioSession& session, const LessonRun& run, QGraphicsScene& town,
                                QWidget* parent);
};

} // namespace postie::gui
