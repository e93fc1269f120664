#include "playback/run_recap_panel.h"

#include "playback/run_recap_words.h"

#include "shell/classroom_style.h"

#include "replay/lesson_words.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QGridLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

#include <algorithm>

namespace postie::gui {
namespace {

constexpr int kMargin = 12;  // kept free around the panel, inside the map

} // namespace

RunRecapPanel::RunRecapPanel(ScenarioPlayer& player, QWidget& map)
    : QFrame(&map),
      m_player(player),
      m_map(map),
      m_showAction(new QAction(tr("Summary of the &run"), this)),
      m_title(new QLabel(this)),
      m_content(new QWidget),
      m_counts(new QGridLayout),
      m_time(new QLabel(m_content)),
      m_incidentsHeading(new QLabel(m_content)),
      m_side(new QVBoxLayout),
      m_body(new QBoxLayout(QBoxLayout::LeftToRight, m_content)),
      m_scroll(new QScrollArea(this)),
      m_buttons(new QWidget(this)),
      m_header(new QHBoxLayout),
      m_footer(new QHBoxLayout),
      //: A button: play the run again from its start.
      m_again(new QPushButton(tr("▶ Play again"), m_buttons)),
      //: A button: close the summary of the run.
      m_close(new QPushButton(tr("Close"), m_buttons))
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
    for (QLabel* label : {m_title, m_time, m_incidentsHeading}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setForegroundRole(QPalette::Text);
    }

    m_counts->setHorizontalSpacing(18);
    m_counts->setVerticalSpacing(2);
    m_side->setSpacing(8);
    m_side->addWidget(m_time);
    m_side->addWidget(m_incidentsHeading);
    m_side->addStretch(1);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(24);
    m_body->addLayout(m_counts, 0);
    m_body->addLayout(m_side, 1);
    m_content->setObjectName(QStringLiteral("runRecapRows"));
    m_content->setBackgroundRole(QPalette::Base);
    m_scroll->setObjectName(QStringLiteral("runRecapBody"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_scroll->setWidgetResizable(false);  // place() sizes the rows itself, to find whole ones
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);

    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_close);
    buttons->addWidget(m_again);
    m_header->addWidget(m_title, 1);
    m_footer->addStretch(1);
    m_footer->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addLayout(m_header);
    layout->addWidget(m_scroll);
    layout->addLayout(m_footer);
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
    show();
    place();
    raise();
    m_again->setFocus(Qt::OtherFocusReason);
}

void RunRecapPanel::fill()
{
    const ScenarioSession& session = *m_player.session();
    const RunRecapWords words = RunRecapWords::of(m_recap, session.narrator());
    m_title->setText(tr("What happened in “%1”").arg(LessonWords::shownTitle(session.spec())));

    while (QLayoutItem* item = m_counts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < words.counts.size(); ++i) {
        auto* name = new QLabel(words.counts[i].first, m_content);
        auto* value = new QLabel(words.counts[i].second, m_content);
        value->setObjectName(QStringLiteral("recapValue"));
        for (QLabel* label : {name, value}) {
            label->setTextFormat(Qt::PlainText);
            label->setForegroundRole(QPalette::Text);
        }
        m_counts->addWidget(name, i, 0);
        m_counts->addWidget(value, i, 1, Qt::AlignRight);
        name->show();  // counted by the layout at once, shown or not yet
        value->show();
    }
    m_counts->setRowStretch(int(words.counts.size()), 1);
    m_time->setText(words.time);

    qDeleteAll(m_incidents);
    m_incidents.clear();
    m_incidentsHeading->setText(words.incidentsHeading);
    for (const QString& line : words.incidents) {
        auto* label = new QLabel(line, m_content);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::Text);
        m_side->insertWidget(m_side->count() - 1, label);  // above the stretch
        label->show();
        m_incidents << label;
    }
    applyFonts();
}

QList<QWidget*> RunRecapPanel::rows() const
{
    QList<QWidget*> out;
    for (int i = 0; i < m_counts->count(); ++i)
        if (QWidget* w = m_counts->itemAt(i)->widget()) out << w;
    out << m_time << m_incidentsHeading;
    for (QLabel* label : m_incidents) out << label;
    return out;
}

QString RunRecapPanel::text() const
{
    QStringList lines{m_title->text()};
    for (int row = 0; row < m_counts->rowCount(); ++row) {
        const QLayoutItem* name = m_counts->itemAtPosition(row, 0);
        const QLayoutItem* value = m_counts->itemAtPosition(row, 1);
        if (name && value)
            lines << static_cast<QLabel*>(name->widget())->text() + QLatin1Char('\t') +
                         static_cast<QLabel*>(value->widget())->text();
    }
    lines << m_time->text() << m_incidentsHeading->text();
    for (QLabel* label : m_incidents) lines << label->text();
    return lines.join(QLatin1Char('\n'));
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
    for (int i = 0; i < m_counts->count(); ++i)
        if (QWidget* w = m_counts->itemAt(i)->widget())
            w->setFont(scaledFont(base, 1.25 * scale, w->objectName() == QLatin1String("recapValue")));
    m_time->setFont(scaledFont(base, 1.1 * scale, false));
    m_incidentsHeading->setFont(scaledFont(base, 1.0 * scale, false));
    for (QLabel* label : m_incidents) label->setFont(scaledFont(base, 1.0 * scale, false));
    for (QPushButton* b : {m_again, m_close}) b->setFont(scaledFont(base, 1.2 * scale, b == m_again));
}

// Lays the rows out at `width` and says how tall they are.
int RunRecapPanel::bodyHeightFor(int width)
{
    QLayout* rows = m_content->layout();
    rows->invalidate();
    const int height = rows->hasHeightForWidth() ? rows->totalHeightForWidth(width) : rows->totalSizeHint().height();
    m_content->resize(width, height);
    rows->activate();
    return height;
}

// The buttons beside the title (a short map), or under the rows.
void RunRecapPanel::setCompact(bool compact)
{
    QBoxLayout* to = compact ? m_header : m_footer;
    if (to->indexOf(m_buttons) >= 0) return;
    (compact ? m_footer : m_header)->removeWidget(m_buttons);
    to->addWidget(m_buttons, 0, Qt::AlignTop);
}

void RunRecapPanel::place()
{
    const QRect area = m_map.rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (area.width() <= 0 || area.height() <= 0) return;
    const QMargins outer = layout()->contentsMargins() + contentsMargins();
    const int sides = outer.left() + outer.right();
    const auto panelHeight = [this](int width, int body) {
        m_scroll->setFixedHeight(body);
        layout()->invalidate();
        return layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : layout()->totalSizeHint().height();
    };
    // On a small map (1024 x 700 in presentation mode) the type steps down until all of it
    // fits; the counts and the story side by side when there is room, else one under the other.
    int width = 0, height = 0;
    bool fits = false;
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setCompact(false);
    for (const double scale : {1.0, 0.85, 0.72, 0.62}) {
        applyFonts(scale);
        const int sideBySide = sides + m_counts->sizeHint().width() + m_body->spacing() + std::max(220, int(320 * scale));
        m_body->setDirection(area.width() >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
        width = std::min(area.width(), std::max(sideBySide, m_title->sizeHint().width() + sides));
        const int body = bodyHeightFor(width - sides);
        height = panelHeight(width, body);
        if ((fits = height <= area.height())) break;
    }
    if (!fits) {
        // Still too tall at the smallest type: the buttons go beside the title, and the rows
        // scroll, the window on them ending between two rows, never across one.
        setCompact(true);
        m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        const int inner = width - sides - m_scroll->verticalScrollBar()->sizeHint().width();
        bodyHeightFor(inner);
        const int chrome = panelHeight(width, 0);
        const int room = std::max(0, area.height() - chrome);
        const QList<QWidget*> all = rows();
        int shown = 0;
        for (QWidget* candidate : all) {
            const int cut = candidate->geometry().bottom() + 1;
            if (cut > room || cut <= shown) continue;
            const bool clean = std::none_of(all.begin(), all.end(), [cut](QWidget* row) {
                return row->geometry().top() < cut && row->geometry().bottom() + 1 > cut;
            });
            if (clean) shown = cut;
        }
        if (shown == 0 && !all.isEmpty()) shown = std::min(room, all.first()->height());
        m_scroll->verticalScrollBar()->setSingleStep(all.isEmpty() ? 20 : all.first()->height());
        m_scroll->verticalScrollBar()->setValue(0);
        height = std::min(area.height(), panelHeight(width, shown));
    }
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
