#pragma once
// The language the app speaks: English, German or French. It follows the system's locale until
// the teacher picks one under View > Language, which is remembered. Choosing loads the app's
// catalogue and Qt's own (the standard dialogs' buttons), and sets the locale numbers and dates
// follow.
#include <QString>
#include <QStringList>

namespace postie::gui {

class AppLanguage {
public:
    // "en", "de", "fr": the languages with a catalogue, in menu order.
    static QStringList codes();
    // The language's own name: "English", "Deutsch", "Français".
    static QString nativeName(const QString& code);
    // The remembered choice, else the first of the system's languages the app speaks, else "en".
    static QString preferred();
    // Remembers the teacher's choice for the next start.
    static void remember(const QString& code);
    // Speaks `code` from now on (an unknown code speaks English); returns the code in use.
    static QString apply(const QString& code);
    // The language in use.
    static QString current();
};

} // namespace postie::gui
