// The replay tests need an event loop (the session hands its records over by queued calls)
// but no widget and no display: a QCoreApplication.
#include "replay/english_plurals.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    // English, the source language, with its plurals worded ("1 minute", "5 minutes").
    postie::gui::EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    return RUN_ALL_TESTS();
}
