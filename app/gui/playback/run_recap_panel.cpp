#include "playback/run_recap_panel.h"

#include "shell/classroom_style.h"

#include "replay/scenario_player.h"
#include "replay/scenario_session.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>

#include <algorithm>

namespace postie::gui {
namespace {

constexpr int kShownIncidents = 4;  // the rest as "and N more"
constexpr int kMargin = 12;         // kept free around the panel, inside the map

QString qs(const std::string& s) { return QString::fromStdString(s); }

} // namespace

RunRecapPanel::RunRecapPanel(ScenarioPlayer& player, QWidget& map)
    : QFrame(&map),
      m_player(player),
      m_map(map),
      m_showAction(new QAction(tr("Summary of the &run"), this)),
      m_title(new QLabel(this)),
      m_counts(new QLabel(this)),
      m_time(new QLabel(this)),
      m_incidents(new QLabel(this)),
      m_body(new QBoxLayout(QBoxLayout::LeftToRight)),
      m_again(new QPushButton(tr("▶ Play again"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("runRecap"));
    setAccessibleName(tr("Summary of the run"));
    setFrameShape(QFrame::Box);
    setLineWidth(2);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setForegroundRole(QPalette::Text);
    m_showAction->setObjectName(QStringLiteral("runRecapAction"));
    m_showAction->setToolTip(tr("What was sent, delivered, put off and returned, and what went wrong"));
    m_showAction->setEnabled(false);
    m_again->setObjectName(QStringLiteral("playAgainButton"));
    m_again->setToolTip(tr("Back to the start of the run, and play (Enter)"));
    m_close->setToolTip(tr("Close the summary (Esc)"));
    for (QLabel* label : {m_title, m_counts, m_time, m_incidents}) {
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::Text);
    }
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(false);
    m_time->setTextFormat(Qt::PlainText);
    m_incidents->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);

    auto* side = new QVBoxLayout;
    side->setSpacing(8);
    side->addWidget(m_time);
    side->addWidget(m_incidents);
    side->addStretch(1);
    m_body->setSpacing(24);
    m_body->addWidget(m_counts, 0, Qt::AlignTop);
    m_body->addLayout(side, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_again);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addLayout(m_body);
    layout->addLayout(buttons);
    applyFonts();
    hide();

    connect(m_again, &QPushButton::clicked, this, &RunRecapPanel::playAgain);
    connect(m_close, &QPushButton::clicked, this, &RunRecapPanel::dismiss);
    connect(m_showAction, &QAction::triggered, this, &RunRecapPanel::showRecap);
    PlaybackClock& clock = m_player.clock();
    connect(&clock, &PlaybackClock::playingChanged, this, &RunRecapPanel::onPlayingChanged);
    // Scrubbed or stepped away from the end: the summary is about the end only.
    connect(&clock, &PlaybackClock::moved, this, [this] {
        if (isVisible() && !m_player.clock().atEnd()) hide();
    });
    connect(&m_player, &ScenarioPlayer::opened, this, [this] {
        hide();
        m_showAction->setEnabled(false);
    });
    connect(&m_player, &ScenarioPlayer::progressed, this,
            [this](std::size_t, bool complete) { m_showAction->setEnabled(complete); });
    m_map.installEventFilter(this);
}

void RunRecapPanel::onPlayingChanged(bool playing)
{
    if (playing) {
        if (isVisible()) dismiss();
        return;
    }
    // Stopped by itself at the very end of a run worked out to its end.
    if (m_player.complete() && m_player.clock().atEnd()) showRecap();
}

void RunRecapPanel::showRecap()
{
    const ScenarioSession* session = m_player.session();
    if (!session || !session->complete()) return;
    m_recap = RunRecap::of(session->records());
    if (session->truncated() && session->summary()) {  // too long to keep: the engine's counts
        const RunSummary& s = *session->summary();
        m_recap.created = s.created;
        m_recap.delivered = s.delivered;
        m_recap.bounced = s.bounced;
        m_recap.discarded = s.discarded;
        m_recap.expired = s.expired;
        m_recap.inFlight = s.inFlight;
        m_recap.deferrals = s.deferred;
        m_recap.lastUs = s.simTimeUs;
    }
    fill();
    place();
    show();
    raise();
    m_again->setFocus(Qt::OtherFocusReason);
}

void RunRecapPanel::fill()
{
    const ScenarioSession& session = *m_player.session();
    const Narrator& narrator = session.narrator();
    const RunRecap& r = m_recap;
    m_title->setText(tr("What happened in “%1”").arg(qs(session.spec().title)));

    QString rows;
    const auto row = [&rows](const QString& words, const QString& number) {
        rows += QStringLiteral("<tr><td style='padding-right:18px'>%1</td><td align='right'><b>%2</b></td></tr>")
                    .arg(words.toHtmlEscaped(), number.toHtmlEscaped());
    };
    const auto n = [](std::uint64_t v) { return QString::number(v); };
    row(tr("Letters sent"), n(r.sent()));
    row(tr("Delivered"), n(r.lettersDelivered()));
    row(tr("Put off till later (deferred)"),
        r.deferrals > r.deferredLetters ? tr("%1 (%2 times)").arg(r.deferredLetters).arg(r.deferrals)
                                        : n(r.deferredLetters));
    row(tr("Returned to sender (bounced)"), n(r.bounced));
    if (r.expired) row(tr("Given up, waited too long (expired)"), n(r.expired));
    if (r.discarded) row(tr("Thrown away (discarded)"), n(r.discarded));
    if (r.inFlight) row(tr("Still on the way at the end"), n(r.inFlight));
    if (r.notices)
        row(tr("Notices back to the sender (DSN)"),
            r.noticesDelivered == r.notices ? tr("%1, in the sender's PO box").arg(r.notices)
                                            : tr("%1 (%2 reached the sender)").arg(r.notices).arg(r.noticesDelivered));
    if (r.doorsShut) row(tr("Doors found shut (connection failed)"), n(r.doorsShut));
    m_counts->setText(QStringLiteral("<table cellspacing='2'>") + rows + QStringLiteral("</table>"));

    m_time->setText(tr("It took %1 of simulated time, from %2 to %3.")
                        .arg(qs(RunRecap::duration(r.tookUs())), qs(narrator.dateAndTime(SimTime::zero())),
                             qs(narrator.dateAndTime(SimTime::fromMicros(r.tookUs())))));
    QStringList incidents;
    for (std::size_t i = 0; i < r.incidents.size() && i < std::size_t(kShownIncidents); ++i)
        incidents << tr("%1  %2").arg(qs(narrator.clock(r.incidents[i].time)), qs(narrator.tell(r.incidents[i])));
    if (r.incidents.size() > std::size_t(kShownIncidents))
        incidents << tr("… and %n more", nullptr, int(r.incidents.size()) - kShownIncidents);
    m_incidents->setText(incidents.isEmpty() ? tr("No station or road was closed on the way.")
                                             : tr("On the way:") + QLatin1Char('\n') + incidents.join(QLatin1Char('\n')));
}

QString RunRecapPanel::text() const
{
    QTextDocument counts;
    counts.setHtml(m_counts->text());
    return QStringList{m_title->text(), counts.toPlainText(), m_time->text(), m_incidents->text()}.join(
        QLatin1Char('\n'));
}

void RunRecapPanel::playAgain()
{
    PlaybackClock& clock = m_player.clock();
    dismiss();
    clock.restart();
    clock.play();
}

void RunRecapPanel::dismiss()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    if (hadFocus) m_map.setFocus(Qt::OtherFocusReason);  // the keys go back to the map
}

void RunRecapPanel::applyFonts(double scale)
{
    const QFont base = font();
    m_title->setFont(scaledFont(base, 1.5 * scale, true));
    m_counts->setFont(scaledFont(base, 1.25 * scale, false));
    m_time->setFont(scaledFont(base, 1.1 * scale, false));
    m_incidents->setFont(scaledFont(base, 1.0 * scale, false));
    for (QPushButton* b : {m_again, m_close}) b->setFont(scaledFont(base, 1.2 * scale, b == m_again));
}

void RunRecapPanel::place()
{
    const QRect area = m_map.rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (area.width() <= 0 || area.height() <= 0) return;
    // On a small map (1024 x 700 in presentation mode) the type steps down until all of it
    // fits, the incidents last of all giving way.
    int width = 0, height = 0;
    m_incidents->show();
    for (const double scale : {1.0, 0.85, 0.72, 0.62, 0.62}) {
        applyFonts(scale);
        if (height > area.height() && scale == 0.62 && width > 0) m_incidents->hide();  // the last resort
        // Counts and story side by side when there is room, else one under the other.
        const int sideBySide = m_counts->sizeHint().width() + m_body->spacing() + 320 + 40;
        m_body->setDirection(area.width() >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
        width = std::min(area.width(), std::max(sideBySide, m_title->sizeHint().width() + 40));
        layout()->activate();
        height = std::max(minimumSizeHint().height(),
                          layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height());
        if (height <= area.height()) break;
    }
    height = std::min(height, area.height());
    setGeometry(QRect(area.center().x() - width / 2, area.center().y() - height / 2, width, height));
}

bool RunRecapPanel::event(QEvent* event)
{
    // Enter and Esc are the summary's while it has the keys (Esc leaves presentation mode
    // otherwise).
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QFrame::event(event);
}

void RunRecapPanel::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape: dismiss(); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_close->hasFocus()) dismiss();
        else playAgain();
        return;
    default: QFrame::keyPressEvent(event);
    }
}

void RunRecapPanel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange && !m_placing) {
        m_placing = true;  // place() sets the labels' fonts, not the panel's: no loop, but be sure
        if (isVisible()) place();
        else applyFonts();
        m_placing = false;
    }
}

bool RunRecapPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_map && event->type() == QEvent::Resize && isVisible()) place();
    return QFrame::eventFilter(watched, event);
}

} // namespace postie::gui
