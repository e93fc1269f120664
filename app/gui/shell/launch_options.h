#pragma once
// The command line of `postie`:
//   postie [FILE]
//   postie --screenshot OUT.png [--at TIME] [--size WxH] FILE
//   postie --list-lessons
//   --email-words with either: the email words instead of the postal picture
//   --dark, --presentation with either: the dark theme, presentation mode (large type, dark)
//   --language en|de|fr with either: the language to speak (default: View > Language's choice)
#include <QSize>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace postie::gui {

struct LaunchOptions {
    QString file;
    QString screenshot;                 // set: render one frame to this PNG and exit
    std::optional<std::int64_t> atUs;   // the moment to render; default: the end of the run
    QSize size{1280, 800};
    bool emailWords = false;            // start with View > Email words on
    bool dark = false;                  // start with View > Dark theme on
    bool presentation = false;          // start in presentation mode (a screenshot: at --size)
    QString language;                  // set: speak this language ("en", "de", "fr")
    bool listLessons = false;           // print the welcome page's lesson folder and lessons, and exit
    QString error;                      // set: a usage error, to print with exit code 2

    // Exits the process for --help and --version, as QCommandLineParser does.
    static LaunchOptions parse(const QStringList& arguments);
    // Looked at before QApplication exists, to pick the offscreen platform for a screenshot
    // or the lesson list: neither needs a display.
    static bool needsNoDisplay(int argc, char** argv);
};

} // namespace postie::gui
