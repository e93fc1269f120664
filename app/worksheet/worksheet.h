#pragma once
// A lesson's worksheet as plain content, before it is laid out on paper: the title and goals,
// a sketch of the town, each question with its choices and room to write, and for the teacher
// the answer key with the answers the run revealed and why, and the recap. The same content
// becomes HTML (worksheet_html.h) or PDF (worksheet_pdf.h), and the app prints it.
#include "lesson/lesson_watcher.h"
#include "worksheet/town_sketch.h"

#include <string>
#include <vector>

namespace postie {

struct WorksheetQuestion {
    int stop = 0;                      // the stop's number, from 1
    std::string context;               // what the stop says before it asks
    std::string ask;
    std::vector<std::string> choices;  // in words, in the file's order (a, b, c, ...)
    int right = -1;                    // the right choice; -1 when the run gave none of them
    bool nearest = false;              // the right choice is the nearest, not the same, value
    std::string revealed;              // what the run revealed, in words ("10 min")
    bool reached = false;              // the run reached the stop and revealed its answer
    std::string why;
};

struct Worksheet {
    std::string title;
    std::string summary;
    std::vector<std::string> goals;
    TownSketch town;
    std::vector<WorksheetQuestion> questions;
    std::vector<std::string> recap;
};

// The worksheet of `spec`'s lesson, its answers read from `progress` (a LessonWatcher's, after
// the whole run; one entry per stop). The lesson's texts, title and summary in `language` where
// it gives them, else its own.
Worksheet makeWorksheet(const ScenarioSpec& spec, const std::vector<StopProgress>& progress,
                        std::string_view language = "en");

} // namespace postie
