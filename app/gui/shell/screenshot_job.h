#pragma once
// `postie --screenshot`: opens the scenario in a window (offscreen when there is no display),
// waits until the run has reached the moment asked for, moves the clock there and saves the
// window as a PNG. Returns the exit code: 0 written, 1 scenario or file error.
#include "shell/launch_options.h"

#include <QString>

class QWidget;

namespace postie::gui {

class MainWindow;

class ScreenshotJob {
public:
    static int run(const LaunchOptions& options);
    // --dark and --presentation on the window, at the size asked for.
    static void setLook(MainWindow& window, const LaunchOptions& options);
    // The window at a simulated moment (nullopt: the end), once the run has got that far.
    static bool waitAndSeek(MainWindow& window, std::optional<std::int64_t> atUs);
    static bool save(QWidget& widget, const QString& path);
};

} // namespace postie::gui
