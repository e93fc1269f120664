// The GUI tests run the real widgets on Qt's offscreen platform: no display needed.
#include "replay/english_plurals.h"
#include "shell/classroom_style.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    // The welcome page's lessons are the source tree's: the app finds them beside its own folder
    // (../share/postie/scenarios), and this test program's folder has none beside it.
    if (qEnvironmentVariableIsEmpty("POSTIE_SCENARIOS")) qputenv("POSTIE_SCENARIOS", POSTIE_SOURCE_DIR "/scenarios");
    QApplication app(argc, argv);
    postie::gui::ClassroomStyle::apply(app);
    // English, the source language, with its plurals worded ("1 letter", "3 letters").
    postie::gui::EnglishPlurals plurals;
    QApplication::installTranslator(&plurals);
    // Settings (recent files) go to a folder of their own, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settings;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    return RUN_ALL_TESTS();
}
