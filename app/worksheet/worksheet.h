#pragma once
// A lesson's worksheet as plain content, before it is laid out on paper: the title and goals,
// a sketch of the town, each question with its choices and room to write, and for the teacher
// the answer key with the answers the run revealed and why, and the recap. The same content
// becomes HTML (worksheet_html.h) or PDF (worksheet_pdf.h), and the app prints it.
#include "lesson/lesson_watcher.h"
#include "words/phrasebook.h"
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

// The sheet's own words, in the language it is printed in (English unless a phrasebook says
// otherwise). Those with {slots} are filled where they are used.
struct WorksheetWords {
    std::string worksheet;       // "{title} (worksheet)"
    std::string nameLine;        // "Name: ___  Class: ___  Date: ___"
    std::string inThisLesson;
    std::string town;
    std::string predict;         // "Predict, then watch"
    std::string whyThink;        // "Why do you think so?"
    std::string answerKey;       // "Answer key (for the teacher)"
    std::string neverReached;
    std::string revealedNone;    // "The run revealed {answer}: none of the choices."
    std::string revealed;        // "The run revealed: {answer}."
    std::string revealedNearest; // "The run revealed: {answer} (the nearest choice)."
    std::string right;           // "Right:"
    std::string why;             // "Why: {why}"
    std::string remember;        // "What to remember"
    std::string page;            // "{title}  ·  page {page}"
    std::string language = "en"; // the HTML page's lang
};

struct Worksheet {
    WorksheetWords words;
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
                        std::string_view language = "en", const Phrasebook& book = englishPhrasebook());
// Fills a sheet word's {slots} ("{answer}", "{title}", "{page}", "{why}").
std::string worksheetWord(const std::string& words, const std::string& slot, const std::string& value);

} // namespace postie
