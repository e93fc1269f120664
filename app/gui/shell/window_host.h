#pragma once
// Keeps the app's window. When the teacher picks another language under View > Language, the
// window is built anew in it (every label, menu and caption is made in the new words) and
// takes over the scenario, the moment, the look and the words of the old one.
#include <QObject>

#include <memory>

namespace postie::gui {

class MainWindow;

class WindowHost : public QObject {
    Q_OBJECT
public:
    WindowHost();
    ~WindowHost() override;
    MainWindow& window() { return *m_window; }

signals:
    void windowReplaced(postie::gui::MainWindow* window);

private:
    void adopt(std::unique_ptr<MainWindow> window);
    void changeLanguage(const QString& code);

    std::unique_ptr<MainWindow> m_window;
};

} // namespace postie::gui
