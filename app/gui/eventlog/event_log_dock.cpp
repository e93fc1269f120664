#include "eventlog/event_log_dock.h"

#include "shell/classroom_style.h"

#include "eventlog/event_log_model.h"
#include "replay/event_words.h"
#include "replay/scenario_player.h"
#include "replay/station_labels.h"
#include "replay/town_frame.h"
#include "scenario/scenario_spec.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace postie::gui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

} // namespace

EventLogDock::EventLogDock(ScenarioPlayer& player, QWidget* parent)
    : QDockWidget(tr("Event log"), parent),
      m_player(player),
      m_model(new EventLogModel(player, this)),
      m_filter(new EventLogFilter(m_model, this)),
      m_type(new QComboBox),
      m_station(new QComboBox),
      m_message(new QLineEdit),
      m_count(new QLabel),
      m_table(new QTableView)
{
    setObjectName(QStringLiteral("eventLogDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    const QFont big = scaledFont(font(), 1.15, font().bold());  // read from the back of the room

    m_type->addItem(tr("All events"));
    // In plain words, in the order a letter meets them; the trace's dotted name as the tooltip.
    for (int t = 0; t < kEventTypeCount; ++t) {
        m_type->addItem(EventWords::plain(EventType(t)), t);
        m_type->setItemData(m_type->count() - 1, EventWords::dotted(EventType(t)), Qt::ToolTipRole);
    }
    m_type->setToolTip(tr("Show one kind of event only"));
    m_station->setToolTip(tr("Show what happens at one station only"));
    // Narrow enough for the dock column beside the map; the open list shows the whole names.
    for (QComboBox* box : {m_type, m_station}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_type->setAccessibleName(tr("Kind of event"));
    m_station->setAccessibleName(tr("Station"));
    //: The event log's filter field for one letter's events.
    m_message->setAccessibleName(tr("Letter"));
    m_table->setAccessibleName(tr("Events"));
    m_message->setPlaceholderText(tr("Letter, e.g. m1"));
    m_message->setClearButtonEnabled(true);
    m_message->setToolTip(tr("Show one letter's events only (and its return-to-sender notice)"));
    m_message->setMaximumWidth(QFontMetrics(big).horizontalAdvance(m_message->placeholderText()) * 3 / 2 + 30);

    // Two rows, so the filters fit the dock column's width.
    auto* filters = new QGridLayout;
    filters->addWidget(m_type, 0, 0);
    filters->addWidget(m_station, 0, 1);
    filters->addWidget(m_message, 1, 0);
    filters->addWidget(m_count, 1, 1, Qt::AlignRight);

    m_table->setModel(m_filter);
    m_table->setFont(big);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never measures 200,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(big).height() + 8);
    const QFontMetrics fm(big);
    QHeaderView* header = m_table->horizontalHeader();
    header->setFont(big);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(EventLogModel::Time, fm.horizontalAdvance(QStringLiteral("day 9 09:00:00.000")) + 16);
    // The event's words as wide as the widest of them in the language ("Sender checked" is
    // never cut to "Sender checke…", whichever is widest in German or French).
    int widestEvent = 0;
    for (int t = 0; t < kEventTypeCount; ++t) widestEvent = std::max(widestEvent, fm.horizontalAdvance(EventWords::plain(EventType(t))));
    header->resizeSection(EventLogModel::Type, widestEvent + 16);
    header->resizeSection(EventLogModel::Station, fm.horizontalAdvance(QStringLiteral("smtp.sender.test.")) + 24);
    header->resizeSection(EventLogModel::Message,
                          fm.horizontalAdvance(m_model->headerData(EventLogModel::Message, Qt::Horizontal).toString()) + 24);
    // The sentence as long as it is (fitStory): stretched to what was left of a narrow dock it
    // was cut to "The so…"; now it runs on, and the table scrolls sideways to read it.
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);  // a long column's title over its words, not off in its middle
    m_table->verticalHeader()->setResizeContentsPrecision(0);  // measure the rows in view, never the whole run

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    for (QWidget* w : {static_cast<QWidget*>(m_type), static_cast<QWidget*>(m_station),
                       static_cast<QWidget*>(m_message), static_cast<QWidget*>(m_count)})
        w->setFont(big);
    setWidget(body);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant t = m_type->currentData();
        m_filter->setType(t.isValid() ? std::optional<EventType>(EventType(t.toInt())) : std::nullopt);
        keepCurrentInView();
        showCount();
    });
    connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStation(m_station->currentData().toString());
        keepCurrentInView();
        showCount();
    });
    connect(m_message, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setMessage(text);
        keepCurrentInView();
        showCount();
    });
    connect(this, &QDockWidget::visibilityChanged, this, &EventLogDock::keepCurrentInView);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &EventLogDock::fitStory);
    connect(m_table, &QTableView::clicked, this, &EventLogDock::seekTo);
    connect(m_table, &QTableView::activated, this, &EventLogDock::seekTo);  // Enter

    connect(&m_player, &ScenarioPlayer::opened, this, &EventLogDock::onOpened);
    connect(&m_player, &ScenarioPlayer::progressed, this, &EventLogDock::onProgress);
    connect(&m_player, &ScenarioPlayer::interventionsChanged, this, &EventLogDock::onProgress);
    connect(&m_player, &ScenarioPlayer::wordsChanged, m_table->viewport(), qOverload<>(&QWidget::update));
    connect(&m_player, &ScenarioPlayer::frameChanged, this, &EventLogDock::onFrame);
    showCount();
}

void EventLogDock::onOpened(const ScenarioSpec& spec)
{
    {
        const QSignalBlocker block(m_station);
        m_station->clear();
        m_station->addItem(tr("All stations"));
        for (const auto& s : spec.stations) {
            const QString id = qs(s.id);
            const QString label = stationLabel(s);  // in the app's language
            m_station->addItem(label.isEmpty() ? id : tr("%1 (%2)").arg(label, id), id);
        }
    }
    m_filter->setStation({});
    m_session = m_player.session();
    m_model->reset();
    // A new run starts from the header's width; its own sentences widen the column.
    m_table->horizontalHeader()->resizeSection(EventLogModel::Story, m_table->horizontalHeader()->sectionSizeHint(EventLogModel::Story));
    showCount();
    fitStory();
}

// A run worked out again (after a change made while watching) is a new list of records.
void EventLogDock::onProgress()
{
    if (m_player.session() != m_session) {
        m_session = m_player.session();
        m_model->reset();
    } else {
        m_model->grow();
    }
    showCursor(m_player.clock().cursor());
    showCount();
}

void EventLogDock::onFrame(const TownFrame& frame) { showCursor(frame.cursor); }

void EventLogDock::showCursor(std::size_t cursor)
{
    const int row = int(cursor) - 1;
    if (row == m_model->currentRow()) return;
    m_model->setCurrentRow(row);
    keepCurrentInView();
}

void EventLogDock::keepCurrentInView()
{
    if (!isVisible()) return;
    fitStory();  // the rows in view now (a scroll below measures them again)
    const int row = m_filter->proxyRowAtOrBefore(m_model->currentRow());
    if (row < 0) return;
    // Out of view, it comes to the middle, with the events around it on both sides.
    const QModelIndex index = m_filter->index(row, 0);
    if (!m_table->viewport()->rect().contains(m_table->visualRect(index))) m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

// The sentence column as wide as the longest sentence in view, measured on those rows only;
// it only grows, so it does not jump while the class scrolls.
void EventLogDock::fitStory()
{
    if (!isVisible()) return;
    QHeaderView* header = m_table->horizontalHeader();
    const int wanted = static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(EventLogModel::Story);  // public there
    if (wanted > header->sectionSize(EventLogModel::Story)) header->resizeSection(EventLogModel::Story, wanted);
}

void EventLogDock::seekTo(const QModelIndex& proxyIndex)
{
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    if (!source.isValid()) return;
    m_player.clock().seekRecord(std::size_t(source.row()) + 1);  // that event has just happened
}

void EventLogDock::showCount()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    //: How many events the log lists: all of them, or those the filters let through ("12 of 340 events").
    m_count->setText(shown == all ? tr("%Ln event(s)", nullptr, all)
                                  : tr("%1 of %Ln event(s)", nullptr, all).arg(QLocale().toString(shown)));
}

} // namespace postie::gui
