// Every word the window shows goes through Qt's translation: with a catalogue that marks each
// text it is asked for («text»), every menu, button, label, tooltip, accessible name, dock,
// dialog, chart and map tooltip of lessons played part of the way and to their end must carry
// the mark, with nothing but data outside it. A text without it escaped translation and would
// stay English in a German or French classroom.
//
// Data, never translated by the app: the scenario file's own names and lesson texts, the
// letters' ids, numbers and clock times, the protocols' words (SMTP lines, header lines, DNS
// answers, the words on the wire), the locale's day names, file names, single letters (a key,
// a choice), the languages' own names in View > Language, and the engine's narration and
// clock (worded through the engine's phrasebook; the catalogue test checks those words).
#include "gui_test_support.h"

#include "charts/charts_action.h"
#include "charts/chart_panel.h"
#include "interventions/letter_dialog.h"
#include "map/wire_item.h"
#include "replay/lesson_words.h"
#include "shell/app_language.h"
#include "shell/keys_dialog.h"
#include "shell/lesson_card.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QTranslator>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

const QChar kOpen(0x00AB);   // «
const QChar kClose(0x00BB);  // »

// Translates every text of every context to itself between « and ».
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        return kOpen + QString::fromUtf8(sourceText) + kClose;
    }
    bool isEmpty() const override { return false; }
};

// Installed for one test, and taken out again whatever happens. The locale is German meanwhile:
// what the locale words (a day's name on a chart's axis) must come out German, not English.
struct Marking {
    MarkingTranslator translator;
    const QLocale before;
    Marking()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCoreApplication::installTranslator(&translator);
    }
    ~Marking()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    }
};

// The words of the run that are data, never translated: what the scenario file names (stations,
// people, letters, DNS names, its title, its lesson in the language the lesson gives), the
// DNS's own words and the letters' ids. Qt's own words (the key names, a dock's Close button)
// go through the translator too and carry the mark.
class DataWords {
public:
    explicit DataWords(const ScenarioSpec& spec)
    {
        // A name with its domains: "mx1.example.org", "example.org"; "bob@exmaple.org", "exmaple.org".
        const auto add = [this](const std::string& s) {
            if (s.empty()) return;
            const QString word = QString::fromStdString(s);
            m_words << word;
            QString domain = word.section(QLatin1Char('@'), -1);
            for (; domain.count(QLatin1Char('.')) >= 1; domain = domain.section(QLatin1Char('.'), 1)) m_words << domain;
        };
        add(spec.title);
        add(spec.summary);
        // View > Language names each language in its own words, whatever is on screen.
        for (const QString& code : AppLanguage::codes()) m_words << AppLanguage::nativeName(code);
        for (const auto& s : spec.stations) {
            add(s.id);
            add(s.label);
            // The label in every language the file gives: the app shows the one it speaks.
            for (const auto& version : s.labelText.versions) add(version.second);
            add(s.user);
            for (const auto& u : s.users) add(u);
        }
        for (const auto& l : spec.letters) {
            add(l.from);
            add(l.subject);
            for (const auto& t : l.to) add(t);
        }
        for (const auto& r : spec.dns) {
            add(r.name);
            add(r.host);
        }
        // The protocols' own words: the directory's answers, the envelope's commands.
        for (const char* word : {"MX", "A", "NXDOMAIN", "SERVFAIL", "NOERROR", "MAIL FROM", "RCPT TO"}) add(word);
        // The locale's words: the days' and months' names in the UI language.
        const QLocale locale;
        for (int i = 1; i <= 12; ++i)
            for (const auto format : {QLocale::ShortFormat, QLocale::LongFormat}) {
                if (i <= 7) m_words << locale.dayName(i, format);
                m_words << locale.monthName(i, format);
            }
        const std::string language = LessonWords::language().toStdString();
        const auto lesson = [&add, &language](const LessonText& text) { add(text.in(language)); };
        for (const auto& g : spec.lesson.goals) lesson(g);
        for (const auto& r : spec.lesson.recap) lesson(r);
        for (const auto& stop : spec.lesson.stops) {
            lesson(stop.say);
            if (stop.tryChange) lesson(stop.tryChange->say);
            if (!stop.question) continue;
            lesson(stop.question->ask);
            lesson(stop.question->why);
            for (const auto& c : stop.question->choices) lesson(c.say);
        }
        // The longest first, so that "smtp.sender.test" goes before "sender.test" would.
        std::sort(m_words.begin(), m_words.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        m_words.removeDuplicates();
        for (const QString& w : m_words)
            m_patterns << QRegularExpression(QStringLiteral("(?<!\\w)") + QRegularExpression::escape(w) + QStringLiteral("(?!\\w)"));
        m_patterns << QRegularExpression(QStringLiteral("\\bm\\d+\\b"));  // the letters' ids
    }

    // Nothing but data: once the scenario's names, letter ids, numbers, clock times and signs
    // are taken out, at most one letter is left (a choice's "A", a key's "W").
    bool only(QString text) const
    {
        for (const QRegularExpression& p : m_patterns) text.remove(p);
        int letters = 0;
        for (const QChar c : text) letters += c.isLetter() ? 1 : 0;
        return letters <= 1;
    }

private:
    QStringList m_words;
    QList<QRegularExpression> m_patterns;
};

// The text with every «translated» part taken out (they may nest: «Answer: «20 min»»).
QString outsideMarks(const QString& text)
{
    QString out;
    int depth = 0;
    for (const QChar c : text) {
        if (c == kOpen) ++depth;
        else if (c == kClose && depth > 0) --depth;
        else if (depth == 0) out += c;
    }
    return out;
}

// Collects the texts without the mark, with where they are.
class Sweep {
public:
    explicit Sweep(const DataWords& data) : m_data(data) {}

    void text(const QString& where, QString text)
    {
        text.remove(QLatin1Char('&'));
        text.remove(QChar(0x200B));  // where a host name may break
        text = text.trimmed();
        // A file's path is data, also one a test before this one opened and has removed since
        // (File > Open Recent keeps it).
        const bool path = QFileInfo(text).isAbsolute() && text.endsWith(QLatin1String(".yaml"));
        if (text.isEmpty() || path || QFileInfo::exists(text)) return;
        // Around and between the translated texts only data may stand: words glued on outside
        // a translation escaped it.
        if (!m_data.only(outsideMarks(text))) m_escaped << where + QStringLiteral(": ") + text;
    }

    // A text around sentences of the engine's narration (worded by the engine, not by Qt).
    void textAround(const QString& where, QString text, const QStringList& told)
    {
        for (const QString& sentence : told) text.remove(sentence);
        // The last sentence cut short to fit its lines: "The post office … asks…".
        if (text.endsWith(QChar(0x2026))) {
            text.chop(1);
            for (qsizetype start = 0; start < text.size(); ++start)
                if (std::any_of(told.begin(), told.end(), [&](const QString& s) { return s.startsWith(text.mid(start)); })) {
                    text.truncate(start);
                    break;
                }
        }
        this->text(where, text);
    }

    void action(const QString& where, const QAction* a)
    {
        if (a->isSeparator()) return;
        text(where, a->text());
        text(where + QStringLiteral(" tooltip"), a->toolTip());
        text(where + QStringLiteral(" status tip"), a->statusTip());
        if (a->menu()) menu(where + QStringLiteral(" > ") + a->text(), a->menu());
    }

    void menu(const QString& where, const QMenu* menu)
    {
        text(where + QStringLiteral(" title"), menu->title());
        for (const QAction* a : menu->actions()) action(where, a);
    }

    // A widget and those under it that are shown with it.
    void widgets(QWidget* root)
    {
        QList<QWidget*> all{root};
        all += root->findChildren<QWidget*>();
        for (QWidget* w : all)
            if (w == root || w->isVisibleTo(root)) widget(w);
    }

    void widget(QWidget* w)
    {
        const QString where = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        // The lesson file's own words, given in each language in the file itself.
        if (qobject_cast<LessonCard*>(w) || kLessonFileWords.contains(w->objectName())) return;
        // The name of a file the teacher opened.
        if (w->objectName() == QLatin1String("recentFile")) return;
        // The engine's words: its narration and its clock (they are worded by the engine's own
        // catalogue of sentences, not by Qt's).
        if (kEngineWords.contains(w->objectName())) return;
        text(where + QStringLiteral(" tooltip"), w->toolTip());
        text(where + QStringLiteral(" accessible name"), w->accessibleName());
        text(where + QStringLiteral(" accessible description"), w->accessibleDescription());
        text(where + QStringLiteral(" status tip"), w->statusTip());
        if (w->isWindow()) text(where + QStringLiteral(" window title"), w->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(w)) {
            const QString plain = QTextDocumentFragment::fromHtml(label->text()).toPlainText();
            // What the servers say and write, in the protocol's own words (the envelope, header
            // lines, the SMTP transcript): only the lines of the app's words around them are
            // checked.
            if (kProtocolWords.contains(w->objectName())) {
                for (const QString& line : plain.split(QLatin1Char('\n')))
                    if (line.contains(kOpen)) text(where, line);
            } else {
                text(where, plain);
            }
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w)) text(where, button->text());
        if (auto* dock = qobject_cast<QDockWidget*>(w)) text(where + QStringLiteral(" title"), dock->windowTitle());
        if (auto* edit = qobject_cast<QLineEdit*>(w)) text(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto* box = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < box->count(); ++i) text(where + QStringLiteral(" item"), box->itemText(i));
        if (auto* list = qobject_cast<QListWidget*>(w))
            for (int i = 0; i < list->count(); ++i) text(where + QStringLiteral(" item"), list->item(i)->text());
        if (auto* table = qobject_cast<QTableView*>(w))
            for (int c = 0; table->model() && c < table->model()->columnCount(); ++c)
                text(where + QStringLiteral(" header"), table->model()->headerData(c, Qt::Horizontal).toString());
        if (auto* chart = qobject_cast<ChartPanel*>(w)) {
            text(where + QStringLiteral(" chart title"), QTextDocumentFragment::fromHtml(chart->chart()->title()).toPlainText());
            for (QAbstractAxis* axis : chart->chart()->axes()) {
                text(where + QStringLiteral(" axis title"), axis->titleText());
                if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis))
                    for (const QString& c : bars->categories()) text(where + QStringLiteral(" axis label"), c);
                if (auto* clock = qobject_cast<QCategoryAxis*>(axis))
                    for (const QString& c : clock->categoriesLabels()) text(where + QStringLiteral(" axis label"), c);
            }
            for (QAbstractSeries* s : chart->chart()->series()) text(where + QStringLiteral(" series"), s->name());
        }
    }

    // The tooltips of what is drawn on the map.
    void scene(const QGraphicsScene& scene)
    {
        for (const QGraphicsItem* item : scene.items()) {
            // The words said on the wire (EHLO, 250, MX?) are the protocol's own.
            if (item->type() == WireItem::Type) continue;
            text(QStringLiteral("map item tooltip"), item->toolTip());
        }
    }

    QStringList escaped() const
    {
        QStringList out = m_escaped;
        out.removeDuplicates();
        return out;
    }

private:
    const QStringList kLessonFileWords{QStringLiteral("lessonItems"), QStringLiteral("lessonSay"),
                                       QStringLiteral("lessonQuestion"), QStringLiteral("lessonWhy")};
    const QStringList kProtocolWords{QStringLiteral("envelope"), QStringLiteral("letter"), QStringLiteral("transcript")};
    const QStringList kEngineWords{QStringLiteral("captionText"), QStringLiteral("captionClock"),
                                   QStringLiteral("toolbarClock")};
    const DataWords& m_data;
    QStringList m_escaped;
};

void settle()
{
    for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
}

// Shows one dock of the column (they are tabs of one another) and sweeps it.
void sweepDock(Sweep& sweep, QDockWidget* dock)
{
    ASSERT_NE(dock, nullptr);
    dock->show();
    dock->raise();
    settle();
    sweep.widgets(dock);
}

// Everything the Inspector can show: each station, and each letter (the first few).
void sweepInspector(Sweep& sweep, MainWindow& window)
{
    InspectorDock& inspector = inspectorOf(window);
    const ScenarioSession& session = *window.player().session();
    for (const auto& s : session.spec().stations) {
        inspector.inspectStation(QString::fromStdString(s.id));
        settle();
        sweep.widgets(&inspector);
    }
    QStringList letters;
    const TraceView records = session.records();
    for (std::size_t i = 0; i < records.size() && letters.size() < 6; ++i)
        if (const QString m = QString::fromStdString(records.message(i)); !m.isEmpty() && !letters.contains(m))
            letters << m;
    for (const QString& m : letters) {
        inspector.inspectMessage(m);
        settle();
        sweep.widgets(&inspector);
    }
}

// The caption under the map: the engine's sentences of the moment, and the app's words with them
// (how many more there were, a jump over quiet time).
void sweepCaption(Sweep& sweep, MainWindow& window)
{
    const ScenarioSession& session = *window.player().session();
    const std::size_t cursor = window.player().clock().cursor();
    QStringList told;
    for (std::size_t i = cursor > 64 ? cursor - 64 : 0; i < cursor; ++i)
        if (const std::string s = session.narrator().tell(session.records()[i]); !s.empty()) told << QString::fromStdString(s);
    std::sort(told.begin(), told.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    told << QString::fromStdString(session.spec().summary);  // before the first sentence
    sweep.textAround(QStringLiteral("caption"), captionBarOf(window).caption(), told);
}

// One lesson opened with its panel, played part of the way and to its end, every dock shown.
void sweepLesson(Sweep& sweep, MainWindow& window)
{
    ScenarioPlayer& player = window.player();
    sweep.text(QStringLiteral("window title"), window.windowTitle());
    for (const QAction* a : window.menuBar()->actions()) sweep.action(QStringLiteral("menu"), a);
    for (QToolBar* bar : window.findChildren<QToolBar*>()) {
        sweep.text(QStringLiteral("toolbar title"), bar->windowTitle());
        for (const QAction* a : bar->actions()) sweep.action(QStringLiteral("toolbar"), a);
    }
    sweep.widgets(&window);  // the lesson panel at its goals

    // Part of the way: letters on the road, and what has gone wrong so far.
    for (int i = 0; i < 60; ++i) {
        player.clock().step();
        sweepCaption(sweep, window);
    }
    settle();
    sweep.widgets(&window);
    sweep.scene(sceneOf(window));
    sweepDock(sweep, &inspectorOf(window));
    sweepInspector(sweep, window);
    sweepDock(sweep, &eventLogOf(window));
    sweepDock(sweep, window.findChild<QDockWidget*>(QStringLiteral("townListDock")));
    sweepDock(sweep, window.findChild<QDockWidget*>(QStringLiteral("legendDock")));
    auto* charts = window.findChild<ChartsAction*>();
    ASSERT_NE(charts, nullptr);
    charts->setChecked(true);
    settle();
    sweepDock(sweep, chartsOf(window));

    // The end: the summary of the run over the map, the stations and letters as they ended.
    player.clock().seekRecord(player.recordCount());
    settle();
    sweep.scene(sceneOf(window));
    sweepInspector(sweep, window);
    auto* recap = window.findChild<QAction*>(QStringLiteral("runRecapAction"));
    ASSERT_NE(recap, nullptr);
    recap->trigger();
    settle();
    sweep.widgets(&window);
}

TEST(Translation, EveryWordTheWindowShowsGoesThroughTheTranslator)
{
    const Marking marking;
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
    QStringList escaped;
    // The welcome page first, as a teacher meets it.
    {
        const DataWords none{ScenarioSpec{}};
        Sweep welcome(none);
        welcome.widgets(&window);
        escaped << welcome.escaped();
    }
    // Lessons where a station closes and letters wait (03), a letter is returned (04), a
    // domain does not exist (05), readers fetch by POP3 and IMAP (06), a letter has several
    // recipients and a Bcc (07), a backup MX takes over (02) and a letter expires after days
    // (08, with dates on the charts' axes).
    for (const char* file : {"03-server-down-retries.yaml", "04-unknown-user-bounce.yaml", "05-no-such-domain.yaml",
                             "06-pop3-versus-imap.yaml", "07-several-recipients.yaml", "02-backup-mx.yaml",
                             "08-expired-after-five-days.yaml"}) {
        ASSERT_NO_FATAL_FAILURE(openLesson(window, QString::fromLatin1(file), true));
        const DataWords data(window.player().session()->spec());
        Sweep sweep(data);
        ASSERT_NO_FATAL_FAILURE(sweepLesson(sweep, window));
        escaped << sweep.escaped();
    }

    // The dialogs: the keys, a letter written by hand, a file with mistakes.
    const DataWords data(window.player().session()->spec());
    Sweep sweep(data);
    QMenu* help = window.menuBar()->actions().last()->menu();
    ASSERT_NE(help, nullptr);
    help->actions().first()->trigger();  // Help > Keys…
    settle();
    auto* keys = window.findChild<KeysDialog*>();
    ASSERT_NE(keys, nullptr);
    sweep.widgets(keys);
    keys->close();
    LetterDialog letter(window.player().session()->spec(), SimTime::fromMicros(0), QStringLiteral("09:00:00"), &window);
    letter.show();
    settle();
    sweep.widgets(&letter);
    EXPECT_FALSE(window.openScenario(brokenPath(QStringLiteral("unknown_key_typo.yaml"))));
    auto* errors = window.findChild<QMessageBox*>(QStringLiteral("loadErrors"));
    ASSERT_NE(errors, nullptr);
    sweep.text(QStringLiteral("error dialog title"), errors->windowTitle());
    sweep.text(QStringLiteral("error dialog"), errors->text());
    errors->close();
    escaped << sweep.escaped();

    escaped.removeDuplicates();
    EXPECT_TRUE(escaped.isEmpty()) << escaped.size() << " texts not translated:\n"
                                   << escaped.join(QLatin1Char('\n')).toStdString();
}

} // namespace
} // namespace postie::gui
