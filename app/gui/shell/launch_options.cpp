#include "shell/launch_options.h"

#include "shell/app_language.h"

#include "scenario/units.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>

namespace postie::gui {

LaunchOptions LaunchOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("LaunchOptions", "See how email travels."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("LaunchOptions", "Render one frame to <png> and exit."),
                                        QStringLiteral("png"));
    const QCommandLineOption at(QStringLiteral("at"),
                                QCoreApplication::translate("LaunchOptions",
                                                            "Simulated time of the screenshot, e.g. 750ms or 2m (default: the end)."),
                                QStringLiteral("time"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("LaunchOptions", "Window size of the screenshot (default 1280x800)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption emailWords(
        QStringLiteral("email-words"),
        QCoreApplication::translate("LaunchOptions", "Start with email words (View > Email words) instead of the postal picture."));
    const QCommandLineOption listLessons(
        QStringLiteral("list-lessons"),
        QCoreApplication::translate("LaunchOptions", "Print the folder of the welcome page's lessons, then each lesson, and exit."));
    const QCommandLineOption dark(
        QStringLiteral("dark"), QCoreApplication::translate("LaunchOptions", "Start with the dark theme (View > Dark theme)."));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QCoreApplication::translate("LaunchOptions",
                                    "Start in presentation mode (large type, dark theme); a screenshot keeps its --size."));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("LaunchOptions", "Speak this language: en, de or fr (default: View > Language)."),
        QStringLiteral("code"));
    parser.addOptions({screenshot, at, size, emailWords, dark, presentation, language, listLessons});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("LaunchOptions", "A scenario file to open."),
                                 QStringLiteral("[FILE]"));

    LaunchOptions out;
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    if (parser.isSet(QStringLiteral("help"))) parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) parser.showVersion();

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) out.error = QCoreApplication::translate("LaunchOptions", "Give one scenario file, not %1.").arg(files.size());
    if (!files.isEmpty()) out.file = files.first();
    out.screenshot = parser.value(screenshot);
    out.emailWords = parser.isSet(emailWords);
    out.dark = parser.isSet(dark);
    out.presentation = parser.isSet(presentation);
    out.listLessons = parser.isSet(listLessons);
    if (parser.isSet(language)) {
        out.language = parser.value(language);
        if (!AppLanguage::codes().contains(out.language))
            out.error = QCoreApplication::translate("LaunchOptions", "--language: choose one of %1")
                            .arg(AppLanguage::codes().join(QStringLiteral(", ")));
    }
    if (out.listLessons && (!files.isEmpty() || !out.screenshot.isEmpty()))
        out.error = QCoreApplication::translate("LaunchOptions", "--list-lessons takes no file and no --screenshot");
    if (parser.isSet(at)) {
        const auto parsed = parseDuration(parser.value(at).toStdString());
        if (!parsed.ok() || parsed.value->micros() < 0)
            out.error = QCoreApplication::translate("LaunchOptions", "--at: %1")
                            .arg(parsed.ok() ? QCoreApplication::translate("LaunchOptions", "the time cannot be negative")
                                             : QString::fromStdString(parsed.error));
        else out.atUs = parsed.value->micros();
    }
    if (parser.isSet(size)) {
        const auto match = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(size));
        if (match.hasMatch()) out.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        else out.error = QCoreApplication::translate("LaunchOptions", "--size: write it as WIDTHxHEIGHT, e.g. 1280x800");
    }
    if (out.error.isEmpty() && !out.screenshot.isEmpty() && out.file.isEmpty())
        out.error = QCoreApplication::translate("LaunchOptions", "--screenshot needs a scenario file");
    if (out.error.isEmpty() && out.screenshot.isEmpty() && (parser.isSet(at) || parser.isSet(size)))
        out.error = QCoreApplication::translate("LaunchOptions", "--at and --size go with --screenshot");
    return out;
}

bool LaunchOptions::needsNoDisplay(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--screenshot", 12) == 0 || std::strcmp(argv[i], "--list-lessons") == 0) return true;
    return false;
}

} // namespace postie::gui
