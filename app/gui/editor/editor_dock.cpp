#include "editor/editor_dock.h"

#include "editor/entry_table.h"
#include "editor/properties_panel.h"
#include "editor/town_editor.h"
#include "scenario/list_entry_places.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace postie::gui {

EditorDock::EditorDock(TownEditor& editor, QWidget* parent)
    : QDockWidget(tr("Build the town"), parent),
      m_editor(editor),
      m_readiness(new QLabel),
      m_tabs(new QTabWidget),
      m_lesson(new QTabWidget),
      m_properties(new PropertiesPanel(editor))
{
    setObjectName(QStringLiteral("editorDock"));
    m_readiness->setObjectName(QStringLiteral("townReadiness"));
    m_readiness->setWordWrap(true);
    m_readiness->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    //: Edit mode's tabs: the postal-code directory's records.
    m_tabs->addTab(new EntryTable(editor, QStringLiteral("dns")), tr("Directory (DNS)"));
    m_tabs->addTab(new EntryTable(editor, QStringLiteral("mail")), tr("Letters"));
    m_tabs->addTab(new EntryTable(editor, QStringLiteral("incidents")), tr("Incidents"));
    // The lesson's three lists, in the order a class meets them.
    m_lesson->setObjectName(QStringLiteral("lessonTabs"));
    m_lesson->setTabPosition(QTabWidget::South);
    m_lesson->setDocumentMode(true);
    //: Edit mode, the Lesson tab: what the class is to learn.
    m_lesson->addTab(new EntryTable(editor, QStringLiteral("lesson.goals")), tr("Goals"));
    //: Edit mode, the Lesson tab: where the run halts and asks the class.
    m_lesson->addTab(new EntryTable(editor, QStringLiteral("lesson.stops")), tr("Stops"));
    //: Edit mode, the Lesson tab: what the class has seen, at the end.
    m_lesson->addTab(new EntryTable(editor, QStringLiteral("lesson.recap")), tr("Recap"));
    m_tabs->addTab(m_lesson, tr("Lesson"));

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_properties);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tabs);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({150, 450});  // the keys of what is selected matter most; the lists scroll
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(m_readiness);
    layout->addWidget(split, 1);
    setWidget(body);

    connect(&editor, &TownEditor::draftChanged, this, [this] {
        showReadiness();
        // The lesson's tab is there where the town has a lesson.
        bool lesson = false;
        if (const TownDraft* draft = m_editor.draft())
            for (const char* list : {"lesson.goals", "lesson.stops", "lesson.recap"})
                lesson = lesson || !topLevelEntries(draft->text(), list).empty();
        m_tabs->setTabVisible(m_tabs->indexOf(m_lesson), lesson);
    });
    connect(&editor, &TownEditor::problem, this, &EditorDock::showProblem);
}

void EditorDock::showProblem(const QString& text)
{
    m_readiness->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_readiness->setText(text);
}

void EditorDock::showReadiness()
{
    const TownDraft* draft = m_editor.draft();
    if (!draft) return;
    const LoadResult& read = draft->loaded();
    if (read.ok()) {
        m_readiness->setStyleSheet(QString());
        //: Edit mode: the town loads; Play the town (Ctrl+Shift+E) leaves edit mode and runs it.
        m_readiness->setText(tr("Ready to play: press Play the town (Ctrl+Shift+E) to run it."));
        return;
    }
    m_readiness->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    const QString first = read.errors.empty() ? QString() : QString::fromStdString(read.errors.front().format());
    //: Edit mode: the town does not load yet; %1 is the loader's first message, with its line.
    m_readiness->setText(tr("Not ready to play yet: %1").arg(first));
}

} // namespace postie::gui
