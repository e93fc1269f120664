#pragma once
// Assembles the app: the welcome page and the map on a stack, the caption bar, the playback
// toolbar and the menus, connected to the scenario player. No logic of its own beyond
// choosing a file and showing why it could not be opened.
#include <QMainWindow>

#include <cstdint>
#include <optional>

class QAction;
class QMenu;
class QLabel;
class QStackedWidget;

namespace postie {
struct ScenarioSpec;
}

namespace postie::gui {

class CaptionBar;
class EditorDock;
class StationPalette;
class TownEditor;
class InspectorDock;
class EventLogDock;
class FollowCamera;
class ChartsAction;
class DockColumn;
class InterventionController;
class PlaybackToolbar;
class PresentationMode;
class RecentFiles;
class ScenarioPlayer;
class TownScene;
class TownListDock;
class LegendDock;
class LessonDock;
class TownView;
class WelcomePage;
struct TownFrame;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a scenario; a broken one shows its errors in a dialog and changes nothing.
    bool openScenario(const QString& path);
    void showWelcome();
    // View > Email words, as `--email-words` asks for it.
    void setEmailWords(bool on);
    // View > Dark theme and View > Presentation mode, as `--dark` and `--presentation` ask.
    void setLook(bool dark, bool presentation);
    // The run on screen, for the screenshot job. The other parts are found by their object
    // names ("townScene", "captionBar", "playbackToolbar", ...), as the tests find them.
    ScenarioPlayer& player() { return *m_player; }
    // File > Export mailboxes: every user's mailbox as it stands at the moment on screen,
    // written into `dir` (mbox files or Maildir folders). Says where in the status line, or why
    // not; returns whether it wrote them.
    bool exportMailboxes(const QString& dir, bool maildir);

    // What a window built anew (in another language) takes over: the scenario, the moment, the
    // look and the words.
    struct State {
        QString file;
        std::optional<std::int64_t> timeUs;
        bool dark = false;
        bool presentation = false;
        bool emailWords = false;
    };
    State state() const;
    // Opens the state's scenario and goes to its moment once the run has got there.
    void restore(const State& state);

signals:
    // View > Language: the teacher chose a language; the window's host builds it anew.
    void languageChosen(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showTown();
    // The town editor's parts: File > New town, Edit > Edit the town, the palette and the panel.
    void buildEditor(QMenu& file, QMenu& edit);
    void onEditingChanged(bool on);
    void newTown();
    // False when the teacher keeps an edited town that is not saved (asked only when it is not).
    bool mayDiscardEdits();
    void showTitle();
    // Every action with a key, in menu order: what Help > Keys lists.
    QList<QAction*> keyActions() const;
    void showKeys();
    void buildMenus();
    void addLanguageMenu(QMenu* view);
    void connectPlayback();
    void chooseFile();
    void showErrors(const QString& path, const QStringList& errors);
    void onOpened(const postie::ScenarioSpec& spec);
    void onFrame(const TownFrame& frame);
    void onProgress(std::size_t records, bool complete);

    ScenarioPlayer* m_player;
    TownScene* m_scene;
    TownView* m_view;
    CaptionBar* m_caption;
    PlaybackToolbar* m_toolbar;
    WelcomePage* m_welcome;
    QStackedWidget* m_stack;
    QWidget* m_townPage;
    QLabel* m_status;
    InterventionController* m_interventions;
    InspectorDock* m_inspector;
    EventLogDock* m_eventLog;
    FollowCamera* m_follow;
    PresentationMode* m_presentation;
    RecentFiles* m_recent;
    ChartsAction* m_charts;
    TownListDock* m_townList;
    LegendDock* m_legend;
    LessonDock* m_lesson;
    DockColumn* m_docks;
    QAction* m_emailWordsAction = nullptr;
    TownEditor* m_editor = nullptr;
    StationPalette* m_palette = nullptr;
    EditorDock* m_editorDock = nullptr;
};

} // namespace postie::gui
