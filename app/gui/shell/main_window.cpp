#include "shell/main_window.h"

#include "shell/app_language.h"

#include "charts/charts_action.h"
#include "editor/editor_dock.h"
#include "editor/map_editing.h"
#include "editor/new_town_dialog.h"
#include "editor/station_palette.h"
#include "editor/town_editor.h"
#include "eventlog/event_log_dock.h"
#include "inspector/inspector_dock.h"
#include "interventions/intervention_controller.h"
#include "lesson/lesson_controller.h"
#include "lesson/guess_next.h"
#include "lesson/lesson_dock.h"
#include "lesson/worksheet_printer.h"
#include "realmail/mail_program_action.h"
#include "realmail/trace_email_dialog.h"
#include "map/follow_camera.h"
#include "map/town_scene.h"
#include "map/town_view.h"
#include "playback/caption_bar.h"
#include "playback/jump_banner.h"
#include "playback/playback_toolbar.h"
#include "playback/run_recap_panel.h"
#include "replay/lesson_words.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"
#include "scenario/mailboxes_at.h"
#include "scenario/scenario_spec.h"
#include "shell/dock_column.h"
#include "shell/keys_dialog.h"
#include "shell/legend_dock.h"
#include "shell/lesson_catalog.h"
#include "shell/presentation_mode.h"
#include "shell/recent_files.h"
#include "shell/town_list_dock.h"
#include "shell/welcome_page.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <climits>
#include <cmath>
#include <memory>

namespace postie::gui {
namespace {

constexpr int kErrorsInDialog = 20;  // the rest are under "Show Details"

bool isScenarioFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("yaml") || suffix == QLatin1String("yml");
}

QString scenarioFileIn(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls()) return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && isScenarioFile(url.toLocalFile())) return url.toLocalFile();
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_player(new ScenarioPlayer(this)),
      m_scene(new TownScene(this)),
      m_view(new TownView(m_scene)),
      m_caption(new CaptionBar),
      m_toolbar(new PlaybackToolbar(this)),
      m_welcome(new WelcomePage),
      m_stack(new QStackedWidget(this)),
      m_townPage(new QWidget),
      m_status(new QLabel(this)),
      m_interventions(new InterventionController(*m_player, *m_view, this)),
      m_inspector(new InspectorDock(*m_player, this)),
      m_eventLog(new EventLogDock(*m_player, this)),
      m_follow(new FollowCamera(*m_player, *m_scene, *m_view, this)),
      m_presentation(new PresentationMode(*this, *m_scene, *m_toolbar)),
      m_recent(new RecentFiles(this)),
      m_charts(new ChartsAction(*this, *m_player)),
      m_townList(new TownListDock(this)),
      m_legend(new LegendDock(this)),
      m_lesson(new LessonDock(this)),
      m_docks(new DockColumn(*this))
{
    setWindowTitle(tr("Postie"));
    setAcceptDrops(true);
    resize(1280, 800);

    m_stack->setObjectName(QStringLiteral("pages"));
    m_townPage->setObjectName(QStringLiteral("townPage"));
    m_view->setAccessibleName(tr("Map of the town"));
    // A dock opening or closing beside the map keeps what is in its middle there (a letter
    // followed by the camera, the part of the town zoomed into).
    m_view->setResizeAnchor(QGraphicsView::AnchorViewCenter);
    auto* townLayout = new QVBoxLayout(m_townPage);
    townLayout->setContentsMargins(0, 0, 0, 0);
    townLayout->setSpacing(0);
    townLayout->addWidget(m_view, 1);
    townLayout->addWidget(m_caption);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_townPage);
    setCentralWidget(m_stack);
    addToolBar(Qt::TopToolBarArea, m_toolbar);
    // A long status line (in German, say) is cut at the window's edge; it never widens the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_status, 1);
    // The docks are tabs of one column at the right, hidden until asked for (the Inspector
    // until something is clicked).
    for (QDockWidget* dock : std::initializer_list<QDockWidget*>{m_inspector, m_eventLog, m_townList, m_legend}) {
        m_docks->add(*dock);
        dock->hide();
    }
    m_docks->add(*m_lesson, LessonDock::kShare);
    m_lesson->hide();
    connect(m_charts, &ChartsAction::dockMade, this, [this](QDockWidget* dock) { m_docks->add(*dock); });
    m_toolbar->scrubber()->watch(*m_player);
    // A scenario with a lesson shows its panel and halts at its stops.
    new LessonController(*m_player, *m_scene, *m_lesson, this);
    // "Where does it go next?" (G), anywhere in a run.
    new GuessNext(*m_player, *m_scene, *m_follow, *m_view);

    m_welcome->setLessons(LessonCatalog::lessonsIn(LessonCatalog::bundledFolder()));
    m_welcome->setRecentFiles(m_recent->files());
    buildMenus();
    connectPlayback();
    showWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newTown = file->addAction(tr("&New town…"), this, &MainWindow::newTown);
    newTown->setObjectName(QStringLiteral("newTownAction"));
    newTown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addMenu(m_recent->menu());
    file->addAction(m_interventions->saveAction());
    //: File menu: back to the page that lists the lessons.
    file->addAction(tr("&Lessons"), this, &MainWindow::showWelcome);
    // The lesson's worksheet, with the answer key from this run (changes made by hand included).
    QAction* worksheet = file->addAction(tr("&Print worksheet…"), this, [this] {
        const auto* lessons = findChild<LessonController*>(QStringLiteral("lessonController"));
        if (m_player->session() && lessons)
            WorksheetPrinter::printWithDialog(*m_player->session(), lessons->run(), *m_scene, this);
    });
    worksheet->setObjectName(QStringLiteral("printWorksheetAction"));
    worksheet->setShortcut(QKeySequence::Print);
    worksheet->setEnabled(false);
    connect(m_player, &ScenarioPlayer::opened, worksheet,
            [worksheet](const ScenarioSpec& spec) { worksheet->setEnabled(WorksheetPrinter::hasLesson(spec)); });
    // The mailboxes as the moment on screen has them, for a real mail program (mutt, Thunderbird).
    //: File menu: a submenu that writes every user's mailbox to files a mail program opens.
    QMenu* mailboxes = file->addMenu(tr("E&xport mailboxes"));
    mailboxes->setObjectName(QStringLiteral("exportMailboxesMenu"));
    mailboxes->setEnabled(false);
    const auto exporter = [this](bool maildir) {
        //: The folder chooser of File > Export mailboxes.
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the mailboxes into this folder"));
        if (!dir.isEmpty()) exportMailboxes(dir, maildir);
    };
    //: File > Export mailboxes: one mbox file per user (mutt, Thunderbird's ImportExportTools).
    mailboxes->addAction(tr("As &mbox files…"), this, [exporter] { exporter(false); })
        ->setObjectName(QStringLiteral("exportMboxAction"));
    //: File > Export mailboxes: one Maildir folder per user (new/ and cur/).
    mailboxes->addAction(tr("As Mail&dir folders…"), this, [exporter] { exporter(true); })
        ->setObjectName(QStringLiteral("exportMaildirAction"));
    connect(m_player, &ScenarioPlayer::opened, mailboxes, [mailboxes] { mailboxes->setEnabled(true); });
    auto* mailProgram = new MailProgramAction(*this, *m_player);
    connect(mailProgram, &MailProgramAction::problem, m_status, &QLabel::setText);
    file->addAction(mailProgram);
    //: File menu: reads a real email's Received lines as its journey, and plays it as a town.
    QAction* trace = file->addAction(tr("&Trace a real email…"), this, [this] {
        auto* dialog = findChild<TraceEmailDialog*>(QStringLiteral("traceEmailDialog"));
        if (!dialog) {
            dialog = new TraceEmailDialog(this);
            connect(dialog, &TraceEmailDialog::playRequested, this,
                    [this](const QString& name, const ScenarioSpec& spec) { m_player->openSpec(name, spec); });
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    trace->setObjectName(QStringLiteral("traceEmailAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_interventions->undoAction());
    buildEditor(*file, *edit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = view->addAction(tr("Zoom &in"), m_view, &TownView::zoomIn);
    zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    QAction* zoomOut = view->addAction(tr("Zoom &out"), m_view, &TownView::zoomOut);
    zoomOut->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    QAction* fit = view->addAction(tr("&Fit the town"), m_view, &TownView::fitTown);
    fit->setShortcut(Qt::Key_F);
    connect(fit, &QAction::triggered, m_follow, &FollowCamera::stop);
    view->addAction(m_follow->followAction());
    view->addAction(m_follow->stopAction());
    QAction* log = m_eventLog->toggleViewAction();
    log->setText(tr("Event &log"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(log);
    view->addSeparator();
    QAction* words = view->addAction(tr("Show the &words on the wire (SMTP, DNS)"));
    words->setToolTip(tr("On: every command and reply travels as a bubble (wire detail). "
                         "Off: only the letters travel (story detail)."));
    words->setCheckable(true);
    words->setChecked(m_scene->showsWords());
    words->setShortcut(Qt::Key_W);
    connect(words, &QAction::toggled, this, [this](bool on) {
        m_scene->setShowWords(on);
        m_scene->showFrame(m_player->frame());
    });
    words->setObjectName(QStringLiteral("showWordsAction"));
    QAction* inspector = m_inspector->toggleViewAction();
    inspector->setShortcut(Qt::Key_I);
    view->addAction(inspector);
    QAction* email = view->addAction(tr("&Email words"));
    email->setToolTip(tr("On: \"outgoing SMTP server (MSA)\", \"message\". Off: the postal picture, "
                         "\"post office\", \"letter\". A station's tooltip has the other word."));
    email->setCheckable(true);
    email->setShortcut(Qt::Key_E);
    connect(email, &QAction::toggled, this, [this](bool on) {
        const Words words = on ? Words::Email : Words::Postal;
        m_scene->setWords(words);
        m_caption->setWords(words);
        m_player->setWords(on ? NarrationWords::Email : NarrationWords::Postal);
    });
    email->setObjectName(QStringLiteral("emailWordsAction"));
    m_emailWordsAction = email;
    view->addAction(m_charts);
    QAction* townList = m_townList->toggleViewAction();
    townList->setText(tr("&Stations and roads"));
    townList->setToolTip(tr("The town as a list, to read or to hear: each station and each road (Ctrl+T)"));
    townList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    view->addAction(townList);
    QAction* legend = m_legend->toggleViewAction();
    legend->setObjectName(QStringLiteral("legendAction"));
    legend->setText(tr("&Legend"));
    legend->setToolTip(tr("What the pictures, marks and colours on the map mean (L)"));
    legend->setShortcut(QKeySequence(Qt::Key_L));
    view->addAction(legend);
    QAction* lesson = m_lesson->toggleViewAction();
    lesson->setObjectName(QStringLiteral("lessonAction"));
    //: View menu: show or hide the lesson's panel (its goals, questions and recap).
    lesson->setText(tr("Less&on"));
    lesson->setToolTip(tr("The lesson's goals, its questions for the class and its recap"));
    view->addAction(lesson);
    view->addSeparator();
    view->addAction(m_presentation->darkAction());
    view->addAction(m_presentation->presentAction());
    addLanguageMenu(view);

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    playback->addActions(m_toolbar->playbackActions());
    addActions(m_toolbar->playbackActions());  // shortcuts work while the toolbar is hidden
    playback->addMenu(m_toolbar->captionTimeMenu());
    playback->addSeparator();
    playback->addAction(m_interventions->writeLetterAction());
    if (auto* guess = findChild<GuessNext*>(QStringLiteral("guessNext"))) {
        playback->addAction(guess->action());
        addAction(guess->action());
    }
    // The summary at the end of a run, over the map (it shows itself when play reaches the end).
    playback->addAction((new RunRecapPanel(*m_player, *m_view))->showAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keys…"), this, &MainWindow::showKeys);
    keys->setShortcut(QKeySequence::HelpContents);
    // Every key works from anywhere in the window, whether its menu is open, hidden or not.
    for (QMenu* menu : {file, edit, view, playback, help}) addActions(menu->actions());
    addAction(m_presentation->leaveAction());
    // Esc stops following a letter first and leaves presentation mode next: only one of the
    // two Esc actions is enabled at a time, as Qt runs neither when both are.
    const auto shareEscape = [this] {
        m_follow->stopAction()->setEnabled(m_follow->following());
        m_presentation->leaveAction()->setEnabled(m_presentation->presenting() && !m_follow->following());
    };
    connect(m_follow, &FollowCamera::followingChanged, this, shareEscape);
    connect(m_presentation->presentAction(), &QAction::toggled, this, shareEscape);
    shareEscape();
}

void MainWindow::buildEditor(QMenu& file, QMenu& edit)
{
    m_editor = new TownEditor(*this, *m_scene, *m_view);
    auto* mapEditing = new MapEditing(*m_editor, *m_scene, *m_view);
    m_palette = new StationPalette(*m_editor->editAction(), this);
    // The way into edit mode is on the playback toolbar too (the way out, atop the palette).
    m_toolbar->addEditButton(m_editor->editAction());
    addToolBar(Qt::LeftToolBarArea, m_palette);
    m_palette->hide();
    m_editorDock = new EditorDock(*m_editor, this);
    m_docks->add(*m_editorDock, LessonDock::kShare);
    m_editorDock->hide();
    m_editorDock->toggleViewAction()->setEnabled(false);
    connect(m_palette, &StationPalette::kindArmed, mapEditing, &MapEditing::armKind);
    connect(m_palette, &StationPalette::roadToolChosen, mapEditing, &MapEditing::setRoadTool);
    connect(mapEditing, &MapEditing::kindPlaced, m_palette, &StationPalette::choosePointer);

    QList<QAction*> saves{m_editor->saveAction(), m_editor->saveAsAction()};
    file.insertActions(file.actions().value(2), saves);  // after New town and Open
    edit.addSeparator();
    edit.addAction(m_editor->editAction());
    edit.addAction(m_editor->undoAction());
    edit.addAction(m_editor->redoAction());
    edit.addAction(m_editor->deleteAction());
    // Delete acts on the map and the panel's lists, never on a field being typed in.
    m_view->addAction(m_editor->deleteAction());
    m_editorDock->addAction(m_editor->deleteAction());

    connect(m_editor->editAction(), &QAction::triggered, this, [this](bool on) {
        if (!on || m_editor->editing()) return;
        const ScenarioSession* session = m_player->session();
        if (!session) {
            m_editor->editAction()->setChecked(false);
            return;
        }
        // A town played from the editor comes back with its undo history; a file opened since, fresh.
        if (m_editor->draft() && session->path() == m_editor->path()) m_editor->resume();
        else if (!m_editor->beginFile(session->path())) m_editor->editAction()->setChecked(false);
    });
    connect(m_editor, &TownEditor::editingChanged, this, &MainWindow::onEditingChanged);
    connect(m_editor, &TownEditor::draftChanged, this, &MainWindow::showTitle);
    connect(m_editor, &TownEditor::playRequested, this,
            [this](const QString& path, const ScenarioSpec& spec) { m_player->openSpec(path, spec); });
    connect(m_editor, &TownEditor::problem, this, [this](const QString& text) {
        if (m_editor->editing()) m_editorDock->show();
        m_status->setText(text.section(QLatin1Char('\n'), 0, 0));
    });
}

bool MainWindow::exportMailboxes(const QString& dir, bool maildir)
{
    const ScenarioSession* session = m_player->session();
    if (!session) return false;
    // The run again up to the moment on screen: the same run, for its seed.
    const SimTime at = SimTime::fromMicros(m_player->clock().timeUs());
    const MailboxExport written = exportMailboxesAt(session->spec(), at, dir.toStdString(),
                                                    maildir ? MailboxFormat::Maildir : MailboxFormat::Mbox);
    if (!written.error.empty()) {
        //: The status line when File > Export mailboxes could not write; %1 says why.
        m_status->setText(tr("The mailboxes could not be written: %1").arg(QString::fromStdString(written.error)));
        return false;
    }
    //: The status line after File > Export mailboxes: %n users, %1 the folder, %2 the moment.
    m_status->setText(tr("Mailboxes of %n user(s), as they stand at %2, written to %1.", nullptr, int(written.boxes.size()))
                          .arg(QDir::toNativeSeparators(dir), QString::fromStdString(session->narrator().dateAndTime(at))));
    return true;
}

void MainWindow::onEditingChanged(bool on)
{
    if (on) {
        m_player->clock().pause();
        m_follow->stop();
        m_inspector->hide();
        m_stack->setCurrentWidget(m_townPage);
    }
    m_toolbar->setVisible(!on);
    m_toolbar->setScenarioOpen(!on && m_player->hasScenario());  // Space and the arrows must not play
    m_caption->setVisible(!on);
    m_palette->setVisible(on);
    m_editorDock->setVisible(on);
    m_editorDock->toggleViewAction()->setEnabled(on);  // the panel belongs to edit mode
    m_interventions->undoAction()->setShortcut(on ? QKeySequence() : QKeySequence(QKeySequence::Undo));
    m_status->setText(on ? tr("Edit mode: drag stations onto the map; Shift+drag from station to station lays a road")
                         : QString());
    if (!on && m_player->hasScenario()) m_scene->buildTown(m_player->session()->spec());
    showTitle();
    m_view->setFocus();
}

void MainWindow::newTown()
{
    if (!mayDiscardEdits()) return;
    auto* dialog = new NewTownDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_editor->begin(dialog->chosenText(), QString()); });
    dialog->open();
}

bool MainWindow::mayDiscardEdits()
{
    if (!m_editor->modified()) return true;
    const auto answer = QMessageBox::question(this, tr("The town has changes"),
                                              tr("The town you are building has changes that are not saved. Save them first?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) {
        m_editor->saveAction()->trigger();
        return !m_editor->modified();
    }
    return true;
}

void MainWindow::showTitle()
{
    if (!m_editor->editing()) {
        if (const ScenarioSession* session = m_player->session())
            setWindowTitle(tr("%1 — Postie").arg(LessonWords::shownTitle(session->spec())));
        return;
    }
    const QString name = m_editor->path().isEmpty() ? tr("New town") : QFileInfo(m_editor->path()).fileName();
    //: The window's title in edit mode: the file's name (with * when it has unsaved changes).
    setWindowTitle(tr("Building %1%2 — Postie").arg(name, m_editor->modified() ? QStringLiteral(" *") : QString()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mayDiscardEdits()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

QList<QAction*> MainWindow::keyActions() const
{
    QList<QAction*> out;
    for (QAction* a : actions())
        if (!a->shortcuts().isEmpty() && !out.contains(a)) out << a;
    return out;
}

void MainWindow::showKeys()
{
    auto* dialog = new KeysDialog(keyActions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::connectPlayback()
{
    PlaybackClock& clock = m_player->clock();
    connect(m_toolbar->playAction(), &QAction::triggered, &clock, &PlaybackClock::togglePlay);
    connect(m_toolbar->stepAction(), &QAction::triggered, &clock, &PlaybackClock::step);
    connect(m_toolbar->backAction(), &QAction::triggered, &clock, &PlaybackClock::stepBack);
    connect(m_toolbar->restartAction(), &QAction::triggered, &clock, &PlaybackClock::restart);
    connect(m_toolbar->skipIdleAction(), &QAction::toggled, &clock, &PlaybackClock::setSkipIdle);
    connect(m_toolbar, &PlaybackToolbar::speedChanged, &clock, &PlaybackClock::setSpeed);
    connect(m_toolbar->slowerAction(), &QAction::triggered, &clock, [&clock] { clock.setSpeed(presetFrom(clock.speed(), -1)); });
    connect(m_toolbar->fasterAction(), &QAction::triggered, &clock, [&clock] { clock.setSpeed(presetFrom(clock.speed(), +1)); });
    connect(&clock, &PlaybackClock::speedChanged, m_toolbar, &PlaybackToolbar::setSpeed);
    connect(m_toolbar, &PlaybackToolbar::paceChosen, &clock, &PlaybackClock::setPace);
    connect(&clock, &PlaybackClock::paceChanged, m_toolbar, &PlaybackToolbar::setPace);
    m_toolbar->setPace(clock.pace());
    // How long a caption stays: the user's choice, kept between runs of the app.
    const auto setCaptionSeconds = [this, &clock](double seconds) {
        clock.setHoldWallUs(std::llround(seconds * 1e6));
        m_toolbar->setCaptionSeconds(seconds);
    };
    const auto settings = [] {
        return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Postie"),
                                           QStringLiteral("postie"));
    };
    setCaptionSeconds(settings()->value(QStringLiteral("playback/captionSeconds"),
                                        double(PlaybackClock::kDefaultHoldWallUs) / 1e6).toDouble());
    connect(m_toolbar, &PlaybackToolbar::captionSecondsChosen, this, [setCaptionSeconds, settings](double seconds) {
        setCaptionSeconds(seconds);
        settings()->setValue(QStringLiteral("playback/captionSeconds"), seconds);
    });
    connect(m_toolbar, &PlaybackToolbar::scrubbed, &clock, [&clock](int cursor) { clock.seekRecord(std::size_t(cursor)); });
    connect(&clock, &PlaybackClock::playingChanged, m_toolbar, &PlaybackToolbar::setPlaying);
    connect(m_charts, &ChartsAction::seekRequested, &clock, [&clock](qint64 us) { clock.seekTime(us); });

    connect(m_player, &ScenarioPlayer::opened, this, &MainWindow::onOpened);
    connect(m_player, &ScenarioPlayer::frameChanged, this, &MainWindow::onFrame);
    auto* jumpBanner = new JumpBanner(m_view);
    connect(m_player, &ScenarioPlayer::frameChanged, jumpBanner, &JumpBanner::showFrame);
    connect(m_player, &ScenarioPlayer::frameChanged, m_inspector, &InspectorDock::showFrame);
    connect(m_scene, &TownScene::messageClicked, m_inspector, &InspectorDock::inspectMessage);
    // A station click looks inside it, unless the class is guessing where a letter goes next.
    auto* guess = findChild<GuessNext*>(QStringLiteral("guessNext"));
    connect(m_scene, &TownScene::stationClicked, this, [this, guess](const QString& station) {
        if (guess->asking()) guess->takeGuess(station);
        else m_inspector->inspectStation(station);
    });
    connect(m_inspector, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible && m_inspector->isHidden()) m_scene->highlight({}, {});  // closed: no ring
    });
    connect(m_player, &ScenarioPlayer::frameChanged, m_follow, &FollowCamera::aim);  // after the scene moved
    connect(m_player, &ScenarioPlayer::progressed, this, &MainWindow::onProgress);
    connect(m_welcome, &WelcomePage::lessonChosen, this, &MainWindow::openScenario);
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::chooseFile);
    connect(m_welcome, &WelcomePage::recentChosen, m_recent, &RecentFiles::choose);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openScenario);
    connect(m_recent, &RecentFiles::changed, m_welcome, &WelcomePage::setRecentFiles);
    // New type sizes: the trucks and bubbles on the map are drawn anew.
    connect(m_presentation, &PresentationMode::lookChanged, this, [this] { m_scene->showFrame(m_player->frame()); });
}

bool MainWindow::openScenario(const QString& path)
{
    if (m_editor->editing()) {
        if (!mayDiscardEdits()) return false;
    }
    const QStringList errors = m_player->open(path);
    if (!errors.isEmpty()) {
        showErrors(path, errors);
        return false;
    }
    m_recent->add(path);
    return true;
}

void MainWindow::onOpened(const ScenarioSpec& spec)
{
    m_scene->buildTown(spec);
    m_townList->showTown(spec);
    // The stations are drawn, not widgets: a screen reader hears where their list is.
    //: What a screen reader hears of the map: "The town: 6 stations and 5 roads; …". %1 and %2 are
    //: "%n station(s)" and "%n road(s)".
    m_view->setAccessibleDescription(tr("The town: %1 and %2; View > Stations and roads (Ctrl+T) lists them.")
                                         .arg(tr("%Ln station(s)", nullptr, int(spec.stations.size())),
                                              tr("%Ln road(s)", nullptr, int(spec.roads.size()))));
    m_inspector->forget();
    m_view->fitTown();
    //: The window's title: the scenario's title, then the app's name.
    setWindowTitle(tr("%1 — Postie").arg(LessonWords::shownTitle(spec)));
    m_editor->editAction()->setEnabled(true);
    m_editor->stop();
    m_toolbar->setScenarioOpen(true);
    m_toolbar->setSpeed(m_player->clock().speed());
    m_toolbar->setPace(m_player->clock().pace());
    showTown();
}

void MainWindow::onFrame(const TownFrame& frame)
{
    if (m_editor->editing()) return;  // the map shows the town being built, not the run
    m_scene->showFrame(frame);
    m_caption->showFrame(frame);
    m_toolbar->showFrame(frame);
}

void MainWindow::onProgress(std::size_t records, bool complete)
{
    const ScenarioSession* session = m_player->session();
    const int n = int(std::min<std::size_t>(records, std::size_t(INT_MAX)));
    if (!complete) m_status->setText(tr("Working out the run: %Ln event(s) so far…", nullptr, n));
    else if (session && session->truncated())
        m_status->setText(tr("This run is long: the map shows its first %Ln event(s), the charts all of it.", nullptr, n));
    else m_status->setText(tr("The whole run is ready: %Ln event(s).", nullptr, n));
}

void MainWindow::showWelcome()
{
    m_editor->stop();  // the palette and the panel belong to the map (the draft is kept)
    m_player->clock().pause();
    m_stack->setCurrentWidget(m_welcome);
    m_toolbar->hide();
    // The run underneath is out of sight: Space, the arrows and Home must not play or move it
    // (on a lesson card, Space opens that lesson instead).
    m_toolbar->setScenarioOpen(false);
    m_welcome->focusFirstLesson();  // not a widget of the hidden map
}

void MainWindow::showTown()
{
    m_stack->setCurrentWidget(m_townPage);
    m_toolbar->show();
    m_view->setFocus();
}

void MainWindow::setEmailWords(bool on) { m_emailWordsAction->setChecked(on); }

void MainWindow::addLanguageMenu(QMenu* view)
{
    QMenu* menu = view->addMenu(tr("Lan&guage"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    for (const QString& code : AppLanguage::codes()) {
        // Each language in its own words, so a class finds its own whatever is on screen.
        QAction* action = menu->addAction(AppLanguage::nativeName(code));
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setChecked(code == AppLanguage::current());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code != AppLanguage::current()) emit languageChosen(code);
        });
    }
}

MainWindow::State MainWindow::state() const
{
    State out;
    if (const ScenarioSession* session = m_player->session()) {
        out.file = session->path();
        out.timeUs = m_player->clock().timeUs();
    }
    out.dark = m_presentation->darkAction()->isChecked();
    out.presentation = m_presentation->presentAction()->isChecked();
    out.emailWords = m_emailWordsAction->isChecked();
    return out;
}

void MainWindow::restore(const State& state)
{
    setEmailWords(state.emailWords);
    setLook(state.dark, state.presentation);
    if (state.file.isEmpty() || !openScenario(state.file) || !state.timeUs) return;
    // The run streams in: go to the moment as soon as the records reach it.
    const std::int64_t at = *state.timeUs;
    const auto reached = [this, at] {
        const std::size_t n = m_player->recordCount();
        return m_player->complete() || (n > 0 && m_player->recordTimeUs(n - 1) >= at);
    };
    if (reached()) {
        m_player->clock().seekTime(at);
        return;
    }
    auto* waiting = new QMetaObject::Connection;
    *waiting = connect(m_player, &ScenarioPlayer::progressed, this, [this, at, reached, waiting] {
        if (!reached()) return;
        disconnect(*waiting);
        delete waiting;
        m_player->clock().seekTime(at);
    });
}

void MainWindow::setLook(bool dark, bool presentation)
{
    m_presentation->darkAction()->setChecked(dark);
    m_presentation->presentAction()->setChecked(presentation);
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a scenario"), LessonCatalog::bundledFolder(),
                                                      tr("Scenario files (*.yaml *.yml)"));
    if (!path.isEmpty()) openScenario(path);
}

void MainWindow::showErrors(const QString& path, const QStringList& errors)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open this scenario"),
                                tr("%1 has %n problem(s). Fix them in the file and open it again.", nullptr,
                                   int(errors.size()))
                                    .arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("loadErrors"));
    // The town editor opens what it can of the file and shows the loader's first message with
    // its line, so the mistake can be mended without a text editor.
    QPushButton* mend = box->addButton(tr("Mend it in the town editor"), QMessageBox::ActionRole);
    mend->setObjectName(QStringLiteral("mendInEditor"));
    connect(mend, &QPushButton::clicked, this, [this, path] { m_editor->beginFile(path); });
    box->setEscapeButton(QMessageBox::Ok);  // Esc and the window's close button still close it
    box->setInformativeText(errors.mid(0, kErrorsInDialog).join(QLatin1Char('\n')));
    if (errors.size() > kErrorsInDialog) box->setDetailedText(errors.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // not exec(): the app keeps running underneath, as it was
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!scenarioFileIn(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = scenarioFileIn(event->mimeData());
    if (path.isEmpty()) return;
    event->acceptProposedAction();
    openScenario(path);
}

} // namespace postie::gui
