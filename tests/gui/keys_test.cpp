// The classroom's keys: each one works wherever the focus is in the window, and Help > Keys
// lists them all.
#include "gui_test_support.h"
#include "interventions/intervention_controller.h"
#include "interventions/letter_dialog.h"
#include "map/town_view.h"
#include "playback/playback_toolbar.h"
#include "replay/intervention.h"
#include "shell/keys_dialog.h"
#include "shell/presentation_mode.h"
#include "shell/screenshot_job.h"

#include <QAction>
#include <QFileDialog>
#include <QTimer>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

QString keyText(const QKeySequence& key) { return key.toString(QKeySequence::NativeText); }

TEST(Keys, HelpKeysListsEveryKeyOfTheWindow)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto* dialog = window.findChild<KeysDialog*>(QStringLiteral("keysDialog"));
    ASSERT_NE(dialog, nullptr);
    QStringList keys;
    for (const auto& [key, what] : dialog->shown()) {
        keys << key.split(QStringLiteral(" or "));
        EXPECT_FALSE(what.isEmpty()) << key.toStdString();
    }
    for (const QKeySequence& key :
         {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Left),
          QKeySequence(Qt::Key_Home), QKeySequence(QKeySequence::Open), QKeySequence(Qt::Key_Plus),
          QKeySequence(Qt::Key_Minus), QKeySequence(Qt::Key_F), QKeySequence(Qt::Key_W), QKeySequence(Qt::Key_E),
          QKeySequence(Qt::Key_D), QKeySequence(Qt::Key_F11), QKeySequence(Qt::Key_Escape),
          QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::CTRL | Qt::Key_Z), QKeySequence(Qt::Key_F1),
          QKeySequence(QKeySequence::Print)})
        EXPECT_TRUE(keys.contains(keyText(key))) << keyText(key).toStdString() << " in " << keys.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(keys.contains(QStringLiteral("1 to 6"))) << "the lesson panel's choice keys";
    // Every key the window answers to is in the list.
    for (QAction* a : window.actions())
        for (const QKeySequence& k : a->shortcuts()) EXPECT_TRUE(keys.contains(keyText(k))) << keyText(k).toStdString();
    EXPECT_TRUE(ScreenshotJob::save(*dialog, QStringLiteral(POSTIE_SCREENSHOT_DIR "/help-keys.png")));
    dialog->close();
}

class KeysFromAnyFocus : public ::testing::TestWithParam<int> {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
        ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    }
    // Where the focus is: the map, the caption bar, the toolbar, the window itself.
    QWidget* focus()
    {
        QWidget* targets[] = {&viewOf(window), &captionBarOf(window), &toolbarOf(window), &window};
        QWidget* w = targets[GetParam()];
        w->setFocus(Qt::OtherFocusReason);
        QApplication::processEvents();
        return w;
    }
    void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier) { QTest::keyClick(focus(), Qt::Key(key), mods); }

    MainWindow window;
};

TEST_P(KeysFromAnyFocus, PlaybackKeys)
{
    PlaybackClock& clock = window.player().clock();
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    EXPECT_EQ(clock.cursor(), 2u);
    press(Qt::Key_Left);
    EXPECT_EQ(clock.cursor(), 1u);
    press(Qt::Key_Home);
    EXPECT_EQ(clock.cursor(), 0u);
    press(Qt::Key_Space);
    EXPECT_TRUE(clock.playing());
    press(Qt::Key_Space);
    EXPECT_FALSE(clock.playing());
}

TEST_P(KeysFromAnyFocus, ViewKeys)
{
    const double zoom = viewOf(window).zoom();
    press(Qt::Key_Plus);
    EXPECT_GT(viewOf(window).zoom(), zoom);
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    EXPECT_LT(viewOf(window).zoom(), zoom);
    press(Qt::Key_F);
    EXPECT_EQ(viewOf(window).zoom(), 1.0);
    const bool words = showWordsActionOf(window)->isChecked();
    press(Qt::Key_W);
    EXPECT_NE(showWordsActionOf(window)->isChecked(), words);
    press(Qt::Key_W);
    press(Qt::Key_E);
    EXPECT_TRUE(emailWordsActionOf(window)->isChecked());
    press(Qt::Key_E);
    EXPECT_FALSE(emailWordsActionOf(window)->isChecked());
    press(Qt::Key_D);
    EXPECT_TRUE(presentationOf(window).darkAction()->isChecked());
    press(Qt::Key_D);
    EXPECT_FALSE(presentationOf(window).darkAction()->isChecked());
    press(Qt::Key_F11);
    EXPECT_TRUE(presentationOf(window).presenting());
    press(Qt::Key_Escape);
    EXPECT_FALSE(presentationOf(window).presenting());
}

TEST_P(KeysFromAnyFocus, FileAndEditKeys)
{
    // Ctrl+O asks for a file: the dialog is there, and is closed unanswered.
    bool asked = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QFileDialog* dialog : window.findChildren<QFileDialog*>())
            if (dialog->isVisible()) {
                asked = true;
                dialog->reject();
            }
    });
    poll.start(50);
    press(Qt::Key_O, Qt::ControlModifier);
    poll.stop();
    EXPECT_TRUE(asked);
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    press(Qt::Key_N, Qt::ControlModifier);
    LetterDialog* letter = interventionsOf(window).letterDialog();
    ASSERT_NE(letter, nullptr);
    EXPECT_TRUE(letter->isVisible());
    letter->close();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    // Ctrl+Z takes the last change back.
    window.player().clock().seekTime(20'000);
    window.player().intervene(Intervention::station(window.player().interventionTime(), "mx1.example.org", true));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.player().rerunning() && window.player().complete(); }, 30000));
    ASSERT_TRUE(interventionsOf(window).undoAction()->isEnabled());
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(interventionsOf(window).undoAction()->isEnabled());
}

std::string focusName(const ::testing::TestParamInfo<int>& info)
{
    static const char* const names[] = {"OnTheMap", "OnTheCaptionBar", "OnTheToolbar", "OnTheWindow"};
    return names[info.param];
}

INSTANTIATE_TEST_SUITE_P(Focus, KeysFromAnyFocus, ::testing::Values(0, 1, 2, 3), focusName);

} // namespace
} // namespace postie::gui
