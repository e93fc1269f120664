// The GUI tests run the real widgets on Qt's offscreen platform: no display needed.
#include "classroom_style.h"

#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    postie::gui::ClassroomStyle::apply(app);
    return RUN_ALL_TESTS();
}
