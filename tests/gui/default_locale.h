#pragma once
// The app's language for one test: QLocale::setDefault, which LessonWords::language() follows.
// The old default comes back at the end of the scope, also when an assertion stops the test.
#include <QLocale>

namespace postie::gui::testing {

class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

private:
    QLocale m_before;  // made before the constructor's body changes the default
};

} // namespace postie::gui::testing
