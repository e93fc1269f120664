#include "shell/app_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace postie::gui {
namespace {

const char* const kSettingsKey = "language";

// The installed catalogues: the app's, then Qt's; replaced whenever the language changes.
std::unique_ptr<QTranslator>& appCatalogue()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtCatalogue()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString& inUse()
{
    static QString code = QStringLiteral("en");
    return code;
}

void replace(std::unique_ptr<QTranslator>& slot, std::unique_ptr<QTranslator> next)
{
    if (slot) QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot) QCoreApplication::installTranslator(slot.get());
}

std::unique_ptr<QTranslator> load(const QString& file, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, folder)) return nullptr;
    return translator;
}

} // namespace

QStringList AppLanguage::codes() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}; }

QString AppLanguage::nativeName(const QString& code)
{
    // Each language named in itself, so a class finds its own whatever language is on screen.
    if (code == QLatin1String("de")) return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr")) return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString AppLanguage::preferred()
{
    const QString chosen = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (codes().contains(chosen)) return chosen;
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (codes().contains(code)) return code;
    }
    return QStringLiteral("en");
}

void AppLanguage::remember(const QString& code) { QSettings().setValue(QLatin1String(kSettingsKey), code); }

QString AppLanguage::apply(const QString& wanted)
{
    const QString code = codes().contains(wanted) ? wanted : QStringLiteral("en");
    // English has a catalogue too: it words the plurals ("1 letter", "2 letters").
    replace(appCatalogue(), load(QStringLiteral("postie_") + code, QStringLiteral(":/i18n")));
    replace(qtCatalogue(), code == QLatin1String("en")
                               ? nullptr
                               : load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QLocale::setDefault(QLocale(code));
    inUse() = code;
    return code;
}

QString AppLanguage::current() { return inUse(); }

} // namespace postie::gui
