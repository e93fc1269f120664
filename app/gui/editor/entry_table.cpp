#include "editor/entry_table.h"

#include "editor/incident_timeline.h"
#include "editor/town_editor.h"
#include "replay/lesson_words.h"
#include "scenario/entry_fields.h"
#include "scenario/list_entry_places.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace postie::gui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

constexpr double kUnreadable = 1e18;  // an incident whose time does not read sorts last

// The addresses of the town's writers, so that a new letter goes between people who live there.
std::vector<std::string> townAddresses(const std::string& text)
{
    std::vector<std::string> out;
    for (const auto& s : topLevelEntries(text, "stations"))
        if (s.IsMap() && s["kind"] && s["kind"].IsScalar() && s["kind"].Scalar() == "client" && s["user"] &&
            s["user"].IsScalar())
            out.push_back(s["user"].Scalar());
    return out;
}

std::string firstStationOf(const std::string& text, const char* kind, const char* otherwise)
{
    for (const auto& s : topLevelEntries(text, "stations"))
        if (s.IsMap() && s["kind"] && s["kind"].IsScalar() && s["kind"].Scalar() == kind && s["id"] && s["id"].IsScalar())
            return s["id"].Scalar();
    return otherwise;
}


} // namespace

EntryTable::EntryTable(TownEditor& editor, const QString& list, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_list(list), m_table(new QTableWidget), m_addMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("entryTable_") + list);
    m_table->setObjectName(QStringLiteral("table_") + list);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);  // keys are changed in the panel below
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* add = new QToolButton;
    add->setObjectName(QStringLiteral("add_") + list);
    add->setText(tr("Add"));
    add->setPopupMode(QToolButton::InstantPopup);
    add->setMenu(m_addMenu);
    auto* remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("remove_") + list);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (list == QLatin1String("incidents")) layout->addWidget(new IncidentTimeline(editor));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    const auto adder = [this](const QString& text, auto fields) {
        QAction* a = m_addMenu->addAction(text);
        connect(a, &QAction::triggered, this, [this, fields] {
            const std::vector<EntryField> made = fields(m_editor.draft() ? m_editor.draft()->text() : std::string());
            if (const QString error = m_editor.addEntry(m_list, made); !error.isEmpty()) emit m_editor.problem(error);
        });
    };
    if (list == QLatin1String("dns")) {
        adder(tr("MX record: which sorting station takes a domain's mail"), [](const std::string& text) {
            return std::vector<EntryField>{{"name", {"example.org"}}, {"type", {"MX"}}, {"preference", {"10"}},
                                           {"host", {firstStationOf(text, "incoming", "mx1.example.org")}}};
        });
        adder(tr("A record: a host's address"), [](const std::string& text) {
            return std::vector<EntryField>{{"name", {firstStationOf(text, "incoming", "mx1.example.org")}},
                                           {"type", {"A"}}, {"address", {"192.0.2.1"}}};
        });
        adder(tr("TXT record: a text, such as an SPF list"), [](const std::string&) {
            return std::vector<EntryField>{{"name", {"example.org"}}, {"type", {"TXT"}}, {"text", {"v=spf1 -all"}}};
        });
    } else if (list == QLatin1String("mail")) {
        const auto people = [](const std::string& text) {
            auto a = townAddresses(text);
            const std::string from = a.empty() ? "alice@example.org" : a.front();
            const std::string to = a.size() > 1 ? a[1] : "bob@example.org";
            return std::make_pair(from, to);
        };
        adder(tr("A letter"), [people](const std::string& text) {
            const auto [from, to] = people(text);
            return std::vector<EntryField>{{"at", {"0s"}}, {"from", {from}}, {"to", {to}, true}, {"subject", {"Hello"}}};
        });
        adder(tr("A stream of letters (30 an hour, for an hour)"), [people](const std::string& text) {
            const auto [from, to] = people(text);
            return std::vector<EntryField>{{"generate", {"poisson"}}, {"rate", {"30/h"}}, {"from", {from}, true},
                                           {"to", {to}, true}, {"between", {"0s", "1h"}, true}};
        });
    } else if (list == QLatin1String("lesson.stops")) {
        //: Add, on the lesson's tab: a stop that halts the run when the first letter is written.
        adder(tr("A stop when the first letter is written"), [](const std::string&) {
            return std::vector<EntryField>{{"when", {"{event: message.created, message: m1}"}, false, true},
                                           {"say", {"Watch the letter leave."}}};
        });
    } else if (textListKey(list.toStdString())) {
        const bool goals = list == QLatin1String("lesson.goals");
        //: Add, on the lesson's Goals or Recap tab: one more line of text.
        QAction* a = m_addMenu->addAction(goals ? tr("A goal") : tr("A line of the recap"));
        //: The text of a goal or a recap line just added, to be typed over in the panel.
        const QString made = goals ? tr("What the class will see.") : tr("What the class saw.");
        connect(a, &QAction::triggered, this, [this, made] {
            if (const QString error = m_editor.addText(m_list, made); !error.isEmpty()) emit m_editor.problem(error);
        });
    } else if (list == QLatin1String("incidents")) {
        adder(tr("A station goes down"), [](const std::string& text) {
            return std::vector<EntryField>{{"at", {"5m"}}, {"station", {firstStationOf(text, "incoming", "mx1.example.org")}},
                                           {"go", {"down"}}, {"for", {"20m"}}};
        });
    }
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_editor.selection().kind == EditTarget::Kind::Entry && m_editor.selection().list == m_list)
            if (const QString error = m_editor.removeSelected(); !error.isEmpty()) emit m_editor.problem(error);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_filling) return;
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty()) return;
        const int index = m_table->item(rows.front().row(), 0)->data(Qt::UserRole).toInt();
        m_editor.select(EditTarget::entry(m_list, index));
    });
    connect(&m_editor, &TownEditor::draftChanged, this, &EntryTable::refill);
    connect(&m_editor, &TownEditor::selectionChanged, this, &EntryTable::refill);
}

QStringList EntryTable::columns() const
{
    if (m_list == QLatin1String("dns")) return {QStringLiteral("name"), QStringLiteral("type")};
    if (m_list == QLatin1String("mail")) return {QStringLiteral("at"), QStringLiteral("from"), QStringLiteral("to")};
    if (m_list == QLatin1String("lesson.stops")) return {QStringLiteral("say"), QStringLiteral("ask")};
    if (const ScenarioKey* text = textListKey(m_list.toStdString())) return {qs(std::string(text->name))};
    return {QStringLiteral("at"), QStringLiteral("station"), QStringLiteral("road"), QStringLiteral("go"), QStringLiteral("for")};
}

void EntryTable::refill()
{
    m_filling = true;
    const QStringList keys = columns();
    //: The last column of a list's table: the entry's other keys.
    const bool texts = textListKey(m_list.toStdString()) != nullptr;  // one text a row, nothing else
    m_table->setColumnCount(int(keys.size()) + (texts ? 0 : 1));
    m_table->setHorizontalHeaderLabels(texts ? keys : keys + QStringList{tr("the rest")});
    const std::string text = m_editor.draft() ? m_editor.draft()->text() : std::string();
    const std::size_t count = m_editor.draft() ? topLevelEntries(text, m_list.toStdString()).size() : 0;
    struct Row {
        int index;
        QStringList cells;
        double when;
    };
    std::vector<Row> rows;
    for (std::size_t i = 0; i < count; ++i) {
        Row row{int(i), QStringList(), 0};
        for (int c = 0; c < keys.size() + (texts ? 0 : 1); ++c) row.cells << QString();
        QStringList rest;
        for (const KeyField& f : entryFields(text, m_list.toStdString(), i)) {
            if (!f.written) continue;
            const QString key = QString::fromUtf8(f.key->name.data(), qsizetype(f.key->name.size()));
            const int column = int(keys.indexOf(key));
            if (column >= 0) row.cells[column] = qs(f.value);
            else rest << key + QStringLiteral(": ") + qs(f.value);
        }
        if (!texts) row.cells[keys.size()] = rest.join(QStringLiteral(", "));
        // A goal or recap line reads in the app's language, as the class sees it; the panel
        // shows it as written, every language.
        if (texts && m_editor.draft()->loaded().ok()) {
            const LessonSpec& lesson = m_editor.draft()->loaded().spec->lesson;
            const auto& items = m_list == QLatin1String("lesson.goals") ? lesson.goals : lesson.recap;
            if (i < items.size()) row.cells[0] = LessonWords::text(items[i], LessonWords::language());
        }
        row.when = m_list == QLatin1String("incidents") ? writtenSeconds(row.cells[0].toStdString(), kUnreadable) : double(i);
        rows.push_back(std::move(row));
    }
    // Incidents are a timeline: the earliest first, whatever order the file has them in.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.when < b.when; });
    m_table->clearSelection();
    m_table->setRowCount(int(rows.size()));
    const EditTarget& selected = m_editor.selection();
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < rows[r].cells.size(); ++c) {
            auto* item = new QTableWidgetItem(rows[r].cells[c]);
            item->setData(Qt::UserRole, rows[r].index);
            item->setToolTip(rows[r].cells[c]);
            m_table->setItem(r, c, item);
        }
        if (selected.kind == EditTarget::Kind::Entry && selected.list == m_list && selected.index == rows[r].index)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    m_filling = false;
}

} // namespace postie::gui
