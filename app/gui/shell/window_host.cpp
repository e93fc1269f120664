#include "shell/window_host.h"

#include "shell/app_language.h"
#include "shell/main_window.h"

namespace postie::gui {

WindowHost::WindowHost() { adopt(std::make_unique<MainWindow>()); }

WindowHost::~WindowHost() = default;

void WindowHost::adopt(std::unique_ptr<MainWindow> window)
{
    m_window = std::move(window);
    connect(m_window.get(), &MainWindow::languageChosen, this, &WindowHost::changeLanguage, Qt::QueuedConnection);
}

void WindowHost::changeLanguage(const QString& code)
{
    AppLanguage::remember(code);
    AppLanguage::apply(code);
    const MainWindow::State state = m_window->state();
    auto fresh = std::make_unique<MainWindow>();
    // The new window takes the old one's place on the screen, the same size and state.
    fresh->setGeometry(m_window->geometry());
    fresh->setWindowState(m_window->windowState());
    fresh->show();
    fresh->restore(state);
    m_window->hide();
    adopt(std::move(fresh));
    emit windowReplaced(m_window.get());
}

} // namespace postie::gui
