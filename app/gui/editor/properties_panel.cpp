#include "editor/properties_panel.h"

#include "editor/town_editor.h"
#include "replay/vocabulary.h"
#include "scenario/entry_fields.h"
#include "scenario/scenario_text_checks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

constexpr int kCheckPauseMs = 300;  // typing has paused: check the value

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// A key's name that may break after each underscore (concurrency_per_destination is wider
// than the panel of a small window).
QString breakable(QString key) { return key.replace(QLatin1Char('_'), QStringLiteral("_\u200B")); }

std::vector<KeyField> fieldsFor(const TownDraft& draft, const EditTarget& target)
{
    const std::string& text = draft.text();
    switch (target.kind) {
    case EditTarget::Kind::Scenario: return scenarioFields(text);
    case EditTarget::Kind::Station: return stationFields(text, target.id.toStdString());
    case EditTarget::Kind::Road:
        if (const auto index = draft.roadIndex(target.id.toStdString(), target.other.toStdString()))
            return entryFields(text, "roads", *index);
        return {};
    case EditTarget::Kind::Entry: return entryFields(text, target.list.toStdString(), std::size_t(target.index));
    case EditTarget::Kind::None: break;
    }
    return {};
}

const KeyField* fieldNamed(const std::vector<KeyField>& fields, std::string_view name)
{
    for (const auto& f : fields)
        if (f.key->name == name) return &f;
    return nullptr;
}

// The sorting station's domain, as "make it the MX" proposes it: the first it accepts, else
// its host name without the first label (mx1.example.org: example.org).
QString proposedDomain(const std::vector<KeyField>& fields, const QString& id)
{
    if (const KeyField* accepts = fieldNamed(fields, "accepts"); accepts && accepts->written) {
        QString first = qs(accepts->value).remove(QLatin1Char('[')).remove(QLatin1Char(']')).section(QLatin1Char(','), 0, 0);
        if (!first.trimmed().isEmpty()) return first.trimmed();
    }
    const int dot = id.indexOf(QLatin1Char('.'));
    return dot > 0 ? id.mid(dot + 1) : id;
}

} // namespace

PropertiesPanel::PropertiesPanel(TownEditor& editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_heading(new QLabel), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("propertiesPanel"));
    m_heading->setObjectName(QStringLiteral("propertiesHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_layout->addWidget(m_heading);
    m_layout->addStretch(1);
    connect(&m_editor, &TownEditor::draftChanged, this, &PropertiesPanel::rebuild);
    connect(&m_editor, &TownEditor::selectionChanged, this, &PropertiesPanel::rebuild);
    connect(&m_editor, &TownEditor::fieldWanted, this, [this](const QString& key) {
        if (QLineEdit* f = field(key)) {
            f->setFocus(Qt::OtherFocusReason);
            f->selectAll();
        }
    });
}

QLineEdit* PropertiesPanel::field(const QString& key) const
{
    return m_form ? m_form->findChild<QLineEdit*>(QStringLiteral("field_") + key) : nullptr;
}

QString PropertiesPanel::problemAt(const QString& key) const
{
    const auto* label = m_form ? m_form->findChild<QLabel*>(QStringLiteral("problem_") + key) : nullptr;
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void PropertiesPanel::rebuild()
{
    if (m_form) {
        // Its fields may still be telling that they were left: they must not write again.
        for (QLineEdit* old : m_form->findChildren<QLineEdit*>()) old->disconnect();
        m_form->hide();
        m_form->deleteLater();
        m_form = nullptr;
    }
    const TownDraft* draft = m_editor.draft();
    const EditTarget& target = m_editor.selection();
    if (!draft || target.kind == EditTarget::Kind::None) {
        m_heading->clear();
        return;
    }
    switch (target.kind) {
    case EditTarget::Kind::Scenario:
        //: The properties panel's heading when nothing on the map is selected.
        m_heading->setText(tr("The town itself (click a station or a road for its keys)"));
        break;
    case EditTarget::Kind::Station: {
        const auto fields = stationFields(draft->text(), target.id.toStdString());
        const KeyField* kind = fieldNamed(fields, "kind");
        const auto k = kind ? scenario_reading::stationKindFromName(kind->value) : std::nullopt;
        //: The properties panel's heading: "mx1.example.org: sorting station (incoming MX server)".
        m_heading->setText(k ? tr("%1: %2 (%3)").arg(target.id, Vocabulary::word(*k, Words::Postal),
                                                        Vocabulary::word(*k, Words::Email))
                             : target.id);
        break;
    }
    case EditTarget::Kind::Road: m_heading->setText(tr("The road between %1 and %2").arg(target.id, target.other)); break;
    case EditTarget::Kind::Entry:
        //: The properties panel's heading for an entry of a list: "dns, entry 2".
        m_heading->setText(tr("%1, entry %2").arg(target.list).arg(target.index + 1));
        break;
    case EditTarget::Kind::None: break;
    }

    m_form = new QWidget;
    auto* outer = new QVBoxLayout(m_form);
    outer->setContentsMargins(0, 0, 0, 0);
    // Each key's words above its field, across the panel's whole width.
    auto* form = new QVBoxLayout;
    form->setSpacing(2);
    outer->addLayout(form);
    const std::vector<KeyField> fields = fieldsFor(*draft, target);
    for (const KeyField& f : fields) {
        const QString key = qs(f.key->name);
        const bool renames = target.kind == EditTarget::Kind::Station && key == QLatin1String("id");
        // The key, its type and unit, and whether it is required or what it is when left out.
        auto* label = new QLabel(QStringLiteral("<b>%1</b> <small>%2 · %3</small>")
                                     .arg(breakable(key).toHtmlEscaped(), qs(f.typeName).toHtmlEscaped(), qs(f.status).toHtmlEscaped()));
        label->setWordWrap(true);  // a map's keys, listed as its type, are long
        label->setToolTip(qs(f.help));
        auto* edit = new QLineEdit(qs(f.value));
        edit->setObjectName(QStringLiteral("field_") + key);
        edit->setPlaceholderText(qs(f.status));
        edit->setToolTip(qs(f.help));
        edit->setReadOnly(!f.settable && !renames);
        edit->setAccessibleName(key);
        edit->setCursorPosition(0);  // a long value shows its start
        auto* problem = new QLabel;
        problem->setObjectName(QStringLiteral("problem_") + key);
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
        problem->hide();
        auto* cell = new QWidget;
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(edit);
        cellLayout->addWidget(problem);
        form->addSpacing(6);
        form->addWidget(label);
        form->addWidget(cell);
        label->setBuddy(edit);
        const QString shown = qs(f.value);
        // Queued: a field left by a click elsewhere is told so in the middle of the focus's move,
        // and the panel must not be built anew under it then. Bound to the field, the call is
        // dropped when the field has gone meanwhile.
        connect(
            edit, &QLineEdit::editingFinished, edit, [this, key, edit, problem, shown] { take(key, *edit, *problem, shown); },
            Qt::QueuedConnection);
        // Checked as it is typed, a moment after the last key: the loader's words, nothing written.
        auto* pause = new QTimer(edit);
        pause->setSingleShot(true);
        pause->setInterval(kCheckPauseMs);
        connect(edit, &QLineEdit::textEdited, pause, qOverload<>(&QTimer::start));
        connect(pause, &QTimer::timeout, this, [this, key, edit, problem, shown] {
            const QString value = edit->text().trimmed();
            const QString error = value == shown ? QString() : m_editor.check(m_editor.selection(), key, value);
            problem->setText(error);
            problem->setVisible(!error.isEmpty());
            if (!error.isEmpty()) reveal(*problem);
        });
    }
    if (target.kind == EditTarget::Kind::Station) addHelpers(*outer);
    m_layout->insertWidget(1, m_form);
}

void PropertiesPanel::addHelpers(QVBoxLayout& layout)
{
    const QString id = m_editor.selection().id;
    const auto fields = stationFields(m_editor.draft()->text(), id.toStdString());
    const KeyField* kind = fieldNamed(fields, "kind");
    if (kind && kind->value == "incoming") {
        auto* row = new QHBoxLayout;
        auto* domain = new QLineEdit(proposedDomain(fields, id));
        domain->setObjectName(QStringLiteral("mxDomain"));
        domain->setAccessibleName(tr("Domain"));
        //: A helper in the properties panel: the sorting station becomes the MX of the domain typed beside it.
        auto* button = new QPushButton(tr("Make it the MX of"));
        button->setObjectName(QStringLiteral("makeMxButton"));
        button->setToolTip(tr("Adds the directory's MX record for the domain (preference 10, or 10 more "
                              "than its last MX: a backup) and lets this sorting station accept its mail"));
        row->addWidget(button);
        row->addWidget(domain, 1);
        layout.addLayout(row);
        connect(button, &QPushButton::clicked, this, [this, id, domain] {
            if (const QString error = m_editor.makeMx(id, domain->text().trimmed()); !error.isEmpty())
                emit m_editor.problem(error);
        });
    }
    //: A helper in the properties panel: an A record for this host in the directory (its tooltip says so).
    auto* address = new QPushButton(tr("Give it an address"));
    address->setObjectName(QStringLiteral("giveAddressButton"));
    address->setToolTip(tr("Adds the directory's A record for this host (its address), with an address no other host has"));
    layout.addWidget(address);
    connect(address, &QPushButton::clicked, this, [this, id] {
        if (const QString error = m_editor.giveAddress(id); !error.isEmpty()) emit m_editor.problem(error);
    });
}

void PropertiesPanel::take(const QString& key, QLineEdit& field, QLabel& problem, const QString& shown)
{
    if (!m_form || !m_form->isAncestorOf(&field)) return;  // a field of a form already replaced
    const QString value = field.text().trimmed();
    if (value == shown || (value.isEmpty() && shown.isEmpty())) {
        problem.hide();
        return;
    }
    // An emptied field leaves the key out of the file: it has its default again.
    const QString error = m_editor.setKey(m_editor.selection(), key, value);
    if (error.isEmpty()) return;  // the panel is built anew with the value as written
    problem.setText(error);
    problem.show();
    reveal(problem);
}

void PropertiesPanel::reveal(QWidget& widget)
{
    // The panel scrolls in its dock: the message under a field low down is brought into sight
    // once the layout has made room for it.
    for (QWidget* w = parentWidget(); w; w = w->parentWidget())
        if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
            QTimer::singleShot(0, &widget, [scroll, &widget] { scroll->ensureWidgetVisible(&widget, 8, 8); });
            return;
        }
}

} // namespace postie::gui
