#include "playback/playback_toolbar.h"

#include "playback/marked_scrubber.h"
#include "replay/playback_clock.h"
#include "replay/town_frame.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <array>
#include <cmath>

namespace postie::gui {
namespace {

// How long a caption may stay at the story pace, in seconds.
constexpr std::array kCaptionSeconds{1.5, 2.5, 4.0, 6.0};
constexpr int kSpeedSliderWidth = 130;
constexpr int kScrubberWidth = 120;

} // namespace

PlaybackToolbar::PlaybackToolbar(QWidget* parent) : QToolBar(tr("Playback"), parent)
{
    setObjectName(QStringLiteral("playbackToolbar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(28, 28));

    //: A toolbar button: play the run (it reads Pause while playing).
    m_play = addAction(icon(QStyle::SP_MediaPlay), tr("Play"));
    m_play->setShortcut(Qt::Key_Space);
    m_play->setToolTip(tr("Play or pause (Space)"));
    //: A toolbar button: one event back (not a menu's "go back").
    m_back = addAction(icon(QStyle::SP_MediaSeekBackward), tr("Back"));
    m_back->setShortcut(Qt::Key_Left);
    m_back->setToolTip(tr("Step back to the previous event (Left)"));
    //: A toolbar button: one event forward.
    m_step = addAction(icon(QStyle::SP_MediaSeekForward), tr("Step"));
    m_step->setShortcut(Qt::Key_Right);
    m_step->setToolTip(tr("Step to the next event (Right)"));
    //: A toolbar button: back to the start of the run.
    m_restart = addAction(icon(QStyle::SP_MediaSkipBackward), tr("Restart"));
    m_restart->setShortcut(Qt::Key_Home);
    m_restart->setToolTip(tr("Back to the start (Home)"));
    addSeparator();

    //: Before the speed slider: how fast the run plays.
    m_speedWord = addWidget(new QLabel(tr("Speed"), this));
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setRange(0, int(speedPresets().size()) - 1);
    m_speed->setPageStep(1);
    m_speed->setTickPosition(QSlider::TicksBelow);
    m_speed->setFixedWidth(kSpeedSliderWidth);
    m_speed->setToolTip(tr("From slow motion to thousands of times faster than real time: [ slower, ] faster"));
    m_speedSlider = addWidget(m_speed);
    m_speedLabel = new QLabel(this);
    m_speedLabel->setAccessibleName(tr("Speed"));
    m_speedLabel->setObjectName(QStringLiteral("speedLabel"));
    // Room for the widest it says, so the toolbar does not shift while the clock jumps.
    addWidget(m_speedLabel);
    // The speed keys and the pace live in the Playback menu (and work from anywhere); the
    // story pace also has its button here.
    m_slower = new QAction(tr("Slower speed"), this);
    m_slower->setShortcut(Qt::Key_BracketLeft);
    m_slower->setToolTip(tr("The next slower speed ([)"));
    m_faster = new QAction(tr("Faster speed"), this);
    m_faster->setShortcut(Qt::Key_BracketRight);
    m_faster->setToolTip(tr("The next faster speed (])"));
    m_story = new QAction(tr("Story pace"), this);
    //: The short word on the toolbar for "Story pace": each caption stays until it can be read.
    m_story->setIconText(tr("Story"));  // the toolbar's short word
    m_story->setObjectName(QStringLiteral("storyPaceAction"));
    m_story->setCheckable(true);
    m_story->setShortcut(Qt::Key_P);
    m_story->setToolTip(tr("Story pace (P): each caption stays until it can be read, quiet time is jumped "
                           "and said. Off: the clock runs at the speed, for busy towns."));
    //: Off the story pace: when nothing moves, the clock jumps to the next event.
    m_skipIdle = new QAction(tr("Skip idle"), this);
    m_skipIdle->setCheckable(true);
    m_skipIdle->setChecked(true);
    m_skipIdle->setToolTip(tr("Off the story pace: when nothing moves, jump to the next event"));
    m_captionTime = new QMenu(tr("Caption time"), this);
    m_captionTime->setObjectName(QStringLiteral("captionTimeMenu"));
    m_captionTimes = new QActionGroup(this);
    for (double seconds : kCaptionSeconds) {
        //: A choice of how long a caption stays at the story pace: "2.5 s a caption".
        QAction* a = m_captionTime->addAction(tr("%1 s a caption").arg(QLocale().toString(seconds, 'g', 2)));
        a->setCheckable(true);
        a->setData(seconds);
        m_captionTimes->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds] { emit captionSecondsChosen(seconds); });
    }
    setCaptionSeconds(double(PlaybackClock::kDefaultHoldWallUs) / 1e6);
    connect(m_story, &QAction::triggered, this,
            [this](bool on) { emit paceChosen(on ? Pace::Story : Pace::Continuous); });
    // The toolbar's Story button is a widget of its own, so that a crowded toolbar can leave
    // it out while the action (menu and P) stays.
    auto* storyButton = new QToolButton(this);
    storyButton->setObjectName(QStringLiteral("storyPaceButton"));
    storyButton->setDefaultAction(m_story);
    storyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);  // it has no symbol, only its word
    m_storyButton = addWidget(storyButton);
    addSeparator();

    m_scrubber = new MarkedScrubber(this);
    m_scrubber->setRange(0, 0);
    m_scrubber->setMinimumWidth(kScrubberWidth);  // it takes whatever room the toolbar has left
    m_scrubber->setAccessibleName(tr("Position in the run"));
    m_scrubber->setToolTip(tr("Every event of the run: drag to go anywhere. Marks: a station or road closed (red) "
                               "or open again (green), a letter deferred (amber) or returned (dark red), "
                               "your own changes (violet flag)"));
    addWidget(m_scrubber);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("eventCounter"));
    m_position->setAccessibleName(tr("Events shown"));
    m_position->setContentsMargins(8, 0, 8, 0);
    m_position->setToolTip(tr("Events shown so far, of all the events of the run"));
    addWidget(m_position);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("toolbarClock"));
    m_clock->setAccessibleName(tr("Simulated clock"));
    QFont clockFont;  // only the weight is its own: the size follows the app (presentation mode)
    clockFont.setBold(true);
    m_clock->setFont(clockFont);
    m_clock->setContentsMargins(4, 0, 8, 0);
    m_clock->setToolTip(tr("The simulated clock"));
    addWidget(m_clock);

    // Arrow keys and Space belong to the playback shortcuts, never to a focused control.
    m_speed->setFocusPolicy(Qt::NoFocus);
    m_scrubber->setFocusPolicy(Qt::NoFocus);
    for (QAction* a : actions())
        if (QWidget* w = widgetForAction(a)) w->setFocusPolicy(Qt::NoFocus);

    connect(m_speed, &QSlider::valueChanged, this, &PlaybackToolbar::onSpeedSlider);
    connect(m_scrubber, &QSlider::valueChanged, this, &PlaybackToolbar::scrubbed);
    setSpeed(PlaybackClock::kDefaultSpeed);
    setScenarioOpen(false);
}

QIcon PlaybackToolbar::icon(QStyle::StandardPixmap which) const
{
    // The style's media symbols in the palette's button ink, so they stand out in the dark
    // theme as well as the light one.
    // Made at 64 pixels, so presentation mode's larger toolbar gets larger symbols.
    QPixmap pixmap = style()->standardIcon(which).pixmap(QSize(64, 64));
    if (pixmap.width() < 64) pixmap = pixmap.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), palette().color(QPalette::ButtonText));
    painter.end();
    return QIcon(pixmap);
}

void PlaybackToolbar::fitButtonStyle()
{
    if (m_fitting) return;  // showSpeed() below asks again
    m_fitting = true;
    fitLadder();
    m_fitting = false;
}

void PlaybackToolbar::fitLadder()
{
    // Words beside the symbols when there is room for them, else the symbols alone (their
    // tooltips say what they do): the clock and the event counter, at the end, must never
    // fold into the overflow menu.
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_speedWord->setVisible(true);
    m_storyButton->setVisible(true);
    if (m_editButton) m_editButton->setVisible(true);
    m_speedSlider->setVisible(true);
    m_scrubber->setMinimumWidth(kScrubberWidth);
    if (m_compactSpeed) {
        m_compactSpeed = false;
        showSpeed();
    }
    m_speed->setFixedWidth(kSpeedSliderWidth);
    if (sizeHint().width() <= width()) return;
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    if (sizeHint().width() <= width()) return;
    // Large type in a small window: the slider says "Speed" in its tooltip and its number.
    m_speedWord->setVisible(false);
    m_speed->setFixedWidth(kSpeedSliderWidth / 2);
    if (sizeHint().width() <= width()) return;
    // Still short: the speed keeps only room for its number (a jump over quiet time is said
    // on the map in large type), and the Story button goes to the Playback menu and P.
    m_compactSpeed = true;
    showSpeed();
    if (sizeHint().width() <= width()) return;
    m_storyButton->setVisible(false);
    if (m_editButton) m_editButton->setVisible(false);
    if (sizeHint().width() <= width()) return;
    // A long clock ("day 2 09:00:00.000") in the largest type: the slider goes too ([ and ]
    // and the Playback menu still change the speed, its number stays), then the scrubber
    // narrows.
    m_speedSlider->setVisible(false);
    if (sizeHint().width() <= width()) return;
    m_scrubber->setMinimumWidth(kScrubberWidth / 2);
}

void PlaybackToolbar::addEditButton(QAction* edit)
{
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("editTownButton"));
    button->setDefaultAction(edit);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_editButton = insertWidget(actions().value(actions().indexOf(m_storyButton) + 1), button);
    fitButtonStyle();
}

void PlaybackToolbar::resizeEvent(QResizeEvent* event)
{
    QToolBar::resizeEvent(event);
    fitButtonStyle();
}

void PlaybackToolbar::changeEvent(QEvent* event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::FontChange) fitButtonStyle();
    if (event->type() != QEvent::PaletteChange || !m_restart) return;  // not built yet
    setPlaying(m_playing);
    m_back->setIcon(icon(QStyle::SP_MediaSeekBackward));
    m_step->setIcon(icon(QStyle::SP_MediaSeekForward));
    m_restart->setIcon(icon(QStyle::SP_MediaSkipBackward));
}

double PlaybackToolbar::speedFromSlider(int value)
{
    const auto presets = speedPresets();
    return presets[std::size_t(std::clamp(value, 0, int(presets.size()) - 1))];
}

int PlaybackToolbar::sliderFromSpeed(double speed) { return nearestPresetIndex(speed); }

void PlaybackToolbar::onSpeedSlider(int value)
{
    m_speedValue = speedFromSlider(value);
    showSpeed();
    fitButtonStyle();
    emit speedChanged(m_speedValue);
}

void PlaybackToolbar::setSpeed(double speed)
{
    const QSignalBlocker block(m_speed);
    m_speed->setValue(sliderFromSpeed(speed));
    m_speedValue = speed;
    showSpeed();
    fitButtonStyle();  // "0.25×" is wider than "0.1×"
}

void PlaybackToolbar::setPace(Pace pace)
{
    m_story->setChecked(pace == Pace::Story);
    m_skipIdle->setEnabled(pace == Pace::Continuous && m_speed->isEnabled());
}

void PlaybackToolbar::setCaptionSeconds(double seconds)
{
    for (QAction* a : m_captionTimes->actions()) a->setChecked(qFuzzyCompare(a->data().toDouble(), seconds));
}

// The speed there is: the chosen one, or the jump over quiet time under way.
void PlaybackToolbar::showSpeed()
{
    // Room for the widest it says, so the toolbar does not shift while the clock jumps.
    const QFontMetrics metrics(m_speedLabel->font());
    m_speedLabel->setMinimumWidth(
        //: Only measured, never shown: as long as the longest "skipping %1" the toolbar shows.
        metrics.horizontalAdvance(m_compactSpeed ? speedText(speedPresets().back()) : tr("skipping 23 h 59 min")) + 8);
    if (m_skippingUs > 0) {
        const QString span = durationWords(m_skippingUs, DurationLength::Brief);  // "9 min", "2 d 3 h"
        // Short of room: "» 9 min", the jump said in full on the map in large type.
        //: Short of room: the clock jumps over quiet time of this length ("» 9 min").
        m_speedLabel->setText(m_compactSpeed ? tr("» %1").arg(span) : tr("skipping %1").arg(span));
        m_speedLabel->setToolTip(tr("Nothing happens for %1: the clock jumps to the next event (the speed is %2)")
                                     .arg(durationWords(m_skippingUs), speedText(m_speedValue)));
    } else {
        m_speedLabel->setText(speedText(m_speedValue));
        m_speedLabel->setToolTip(tr("Times real time: 0.1× is ten times slower"));
    }
}

void PlaybackToolbar::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setIcon(icon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    //: The toolbar button while the run plays (Pause) and while it stands (Play).
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    fitButtonStyle();  // "Pause" is wider than "Play"
}

void PlaybackToolbar::setScenarioOpen(bool open)
{
    for (QAction* a : playbackActions()) a->setEnabled(open);
    m_speed->setEnabled(open);
    m_skipIdle->setEnabled(open && !m_story->isChecked());
    m_scrubber->setEnabled(open);
    if (!open) {
        m_clock->clear();
        m_position->clear();
    }
}

void PlaybackToolbar::showFrame(const TownFrame& frame)
{
    const QSignalBlocker block(m_scrubber);  // showing where we are is not a request to go there
    m_scrubber->setMaximum(int(frame.recordCount));
    m_scrubber->setValue(int(frame.cursor));
    const QLocale locale;  // "1,047,608", as the Inspector and the summary write numbers
    const QString count = locale.toString(qulonglong(frame.recordCount));
    //: Events shown so far of all the events of the run: "12 / 340".
    m_position->setText(tr("%1 / %2").arg(locale.toString(qulonglong(frame.cursor)), count));
    // Room for the widest it can get, so the toolbar does not shift as the numbers grow.
    const QString widest = tr("%1 / %2").arg(count, count);
    const int positionWidth = m_position->fontMetrics().horizontalAdvance(widest) + 18;
    const bool resized = positionWidth != m_position->minimumWidth() || m_clock->text().size() != qsizetype(frame.clock.size());
    m_position->setMinimumWidth(positionWidth);
    m_clock->setText(QString::fromStdString(frame.clock));
    if (resized) fitButtonStyle();  // the numbers need more room, or less
    if (frame.skippingUs != m_skippingUs) {
        m_skippingUs = frame.skippingUs;
        showSpeed();
        fitButtonStyle();
    }
}

} // namespace postie::gui
