// The German and French catalogues are whole and sound: every word lupdate finds in the sources
// (the app's and the engine's marked phrases) has a finished translation in both, and every
// translation keeps the placeholders its English has. Then the app speaks them: the menus, the
// narration and the numbers change with View > Language.
#include "gui_test_support.h"

#include "replay/lesson_words.h"
#include "replay/scenario_session.h"
#include "shell/app_language.h"
#include "shell/town_list_dock.h"
#include "shell/window_host.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <limits>

#include <set>

namespace postie::gui {
namespace {

using namespace testing;

struct Entry {
    QString context, source, comment;
    QStringList translations;  // one, or a plural's forms
    bool unfinished = false;
};

std::vector<Entry> readCatalogue(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    std::vector<Entry> out;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool plural = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) out.push_back(entry);
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            entry = Entry{context, {}, {}, {}, false};
            plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) entry.source = xml.readElementText();
        else if (name == QLatin1String("comment")) entry.comment = xml.readElementText();
        else if (name == QLatin1String("numerusform")) entry.translations << xml.readElementText();
        else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            entry.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (!plural) entry.translations << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return out;
}

QString catalogue(const QString& code) { return QStringLiteral(POSTIE_SOURCE_DIR "/app/i18n/postie_%1.ts").arg(code); }

// A named slot without its role: {peer_to} is a form of {peer}. The narrator fills every role of
// a place or letter it names, so a language may take another role than the English does.
QString withoutRole(QString slot)
{
    static const QRegularExpression role(QStringLiteral(R"(_(obj|to|of)\}$)"));
    return slot.replace(role, QStringLiteral("}"));
}

std::set<QString> placeholders(const QString& text)
{
    // Qt's %1 %L1 %n, and the engine's named {slots}.
    static const QRegularExpression marks(QStringLiteral(R"(%L?\d+|%n|\{[a-z_]+\})"));
    std::set<QString> out;
    for (auto it = marks.globalMatch(text); it.hasNext();) out.insert(it.next().captured());
    return out;
}

TEST(TranslationCatalogue, EveryWordOfTheSourcesIsTranslatedIntoGermanAndFrench)
{
    QTemporaryDir dir;
    for (const QString code : {QStringLiteral("de"), QStringLiteral("fr")}) {
        const QString copy = dir.filePath(QStringLiteral("postie_%1.ts").arg(code));
        ASSERT_TRUE(QFile::copy(catalogue(code), copy));
        // The same reading of the sources as `--target update_translations`.
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(POSTIE_SOURCE_DIR));
        const QStringList args = QStringLiteral(POSTIE_LUPDATE_OPTIONS).split(QLatin1Char('|'))
                                 + QStringLiteral(POSTIE_TRANSLATED_DIRS).split(QLatin1Char('|'))
                                 + QStringList{QStringLiteral("-ts"), copy};
        lupdate.start(QStringLiteral(POSTIE_LUPDATE), args);
        ASSERT_TRUE(lupdate.waitForFinished(120000));
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
        QStringList missing;
        for (const Entry& e : readCatalogue(copy))
            if (e.unfinished || e.translations.contains(QString())) missing << e.context + QStringLiteral(": ") + e.source;
        EXPECT_TRUE(missing.isEmpty()) << code.toStdString() << ": " << missing.size()
                                       << " words without a translation (cmake --build build --target "
                                          "update_translations, then translate them), first:\n  "
                                       << missing.mid(0, 15).join(QStringLiteral("\n  ")).toStdString();
    }
}

TEST(TranslationCatalogue, EveryTranslationKeepsThePlaceholdersOfItsEnglish)
{
    for (const QString code : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}) {
        const auto entries = readCatalogue(catalogue(code));
        EXPECT_GT(entries.size(), code == QLatin1String("en") ? 5u : 600u) << code.toStdString();
        for (const Entry& e : entries) {
            if (e.unfinished) continue;  // the test above names those
            const auto wanted = placeholders(e.source);
            std::set<QString> wantedSlots;
            for (const QString& p : wanted) wantedSlots.insert(withoutRole(p));
            for (const QString& t : e.translations) {
                const auto got = placeholders(t);
                // A translation may leave a named slot out ("{at} closes its doors" needs no
                // {peer}), never add one; Qt's numbered ones must all be there.
                for (const QString& p : got)
                    EXPECT_TRUE(wanted.count(p) || wantedSlots.count(withoutRole(p))) << code.toStdString() << ": \"" << t.toStdString() << "\" has "
                                                 << p.toStdString() << ", which \"" << e.source.toStdString() << "\" lacks";
                for (const QString& p : wanted)
                    if (!p.startsWith(QLatin1Char('{')) && !(p == QLatin1String("%n") && e.translations.size() > 1))
                        EXPECT_TRUE(got.count(p)) << code.toStdString() << ": \"" << t.toStdString() << "\" lost " << p.toStdString();
            }
        }
    }
}

TEST(AppLanguageTest, GermanAndFrenchWordTheMenusTheNarrationAndTheNumbers)
{
    for (const QString code : {QStringLiteral("de"), QStringLiteral("fr")}) {
        Speaking speaking(code);
        EXPECT_EQ(AppLanguage::current(), code);
        MainWindow window;
        ASSERT_TRUE(window.openScenario(QStringLiteral(POSTIE_SOURCE_DIR "/scenarios/03-server-down-retries.yaml")));
        ASSERT_TRUE(waitForRun(window.player()));
        const QString view = window.menuBar()->actions().at(2)->text();
        EXPECT_NE(view, QStringLiteral("&View")) << code.toStdString();
        // The narration comes from the engine, worded by the catalogue.
        const auto& session = *window.player().session();
        const std::string first = session.narrator().tell(session.records()[0]);
        EXPECT_EQ(first.find("writes letter"), std::string::npos) << first;
        EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), code == QLatin1String("de") ? QStringLiteral("1.234,5")
                                                                                  : QStringLiteral("1\u202f234,5"));
    }
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
}

// What the app shows of lesson 1's stations: the post office's card, the first sentence of the
// narration (it names Alice's laptop) and the station in the list of the town.
struct StationWords {
    QString card;
    std::string told;
    QString listed;
    QString answer;  // the directory as a lesson's revealed answer names it
};

StationWords lessonOneStations()
{
    StationWords out;
    MainWindow window;
    EXPECT_TRUE(window.openScenario(QStringLiteral(POSTIE_SOURCE_DIR "/scenarios/01-first-email.yaml")));
    EXPECT_TRUE(waitForRun(window.player()));
    if (StationItem* office = sceneOf(window).station(QStringLiteral("smtp.sender.test"))) out.card = office->name();
    const auto& session = *window.player().session();
    out.told = session.narrator().tell(session.records()[0]);
    out.listed = TownListDock::stationLine(session.spec().stations.at(1));
    out.answer = LessonWords::station(session.spec(), "dns.sender.test");
    return out;
}

TEST(AppLanguageTest, AStationsLabelIsShownInTheAppsLanguage)
{
    {
        Speaking speaking(QStringLiteral("de"));
        const StationWords german = lessonOneStations();
        EXPECT_EQ(german.card.toStdString(), "Postamt des Absenders");
        EXPECT_NE(german.told.find("Alices Laptop"), std::string::npos) << german.told;
        EXPECT_EQ(german.told.find("Alice's laptop"), std::string::npos) << german.told;
        EXPECT_TRUE(german.listed.contains(QStringLiteral(": Postamt des Absenders, smtp.sender.test"))) << german.listed.toStdString();
        EXPECT_EQ(german.answer.toStdString(), "Postleitzahl-Verzeichnis");
    }
    {
        Speaking speaking(QStringLiteral("fr"));
        EXPECT_EQ(lessonOneStations().card.toStdString(), "Bureau de poste de l'exp\u00e9diteur");
    }
    // English again: the file's English labels.
    const StationWords english = lessonOneStations();
    EXPECT_EQ(english.card.toStdString(), "Sender's post office");
    EXPECT_EQ(english.told.rfind("Alice's laptop writes letter m1", 0), 0u) << english.told;
    EXPECT_TRUE(english.listed.endsWith(QStringLiteral(": Sender's post office, smtp.sender.test"))) << english.listed.toStdString();
    EXPECT_EQ(english.answer.toStdString(), "Postal-code directory");
}

TEST(AppLanguageTest, AWritersLabelInAnotherLanguageKeepsTheNumberOfItsEnglish)
{
    // "Classrooms" is plural by its English; "Die Klassenzimmer" and "Les salles de classe" do not say so
    // by the English rule, yet the classrooms still knock, in the plural.
    for (const QString code : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}) {
        Speaking speaking(code);
        ScenarioSession session(nullptr, 1000);
        ASSERT_TRUE(session.open(QStringLiteral(POSTIE_SOURCE_DIR "/scenarios/09-rush-hour-at-school.yaml")).isEmpty());
        EXPECT_TRUE(session.narrator().plural("classrooms")) << code.toStdString();
        EXPECT_FALSE(session.narrator().plural("staffroom")) << code.toStdString();
    }
}

// A bundled lesson's narration in the app's language, a sentence a line: its first `most` records.
std::string narrationOf(const char* lesson, std::size_t most = std::numeric_limits<std::size_t>::max())
{
    ScenarioSession session(nullptr, 1000);
    EXPECT_TRUE(session.open(QStringLiteral(POSTIE_SOURCE_DIR "/scenarios/") + QLatin1String(lesson)).isEmpty()) << lesson;
    EXPECT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 30000)) << lesson;
    std::string told;
    for (std::size_t i = 0; i < std::min(session.records().size(), most); ++i) told += session.narrator().tell(session.records()[i]) + "\n";
    return told;
}

// French writes a writer's device with its article ("L'ordinateur portable d'Alice") and the
// catalogue's spelling rules contract it after "à" and "de": no "de L'ordinateur", "à le".
TEST(AppLanguageTest, FrenchNarrationPutsTheArticleOfAWritersDeviceRight)
{
    Speaking speaking(QStringLiteral("fr"));
    std::string all;
    for (const char* lesson : {"01-first-email.yaml", "06-pop3-versus-imap.yaml", "09-rush-hour-at-school.yaml"})
        all += narrationOf(lesson);
    for (const char* wrong : {" de L'", " à L'", " de Le ", " à Le ", " de le ", " à le ", " de les ", " à les ", " de La ", " à La "})
        EXPECT_EQ(all.find(wrong), std::string::npos) << wrong << " in:\n" << all.substr(0, 3000);
    EXPECT_NE(all.find("L'ordinateur portable d'Alice "), std::string::npos);  // as a subject
    EXPECT_NE(all.find(" quitte l'ordinateur portable d'Alice"), std::string::npos) << all.substr(0, 3000);  // mid-sentence
    EXPECT_NE(all.find(" d'alice@sender.test"), std::string::npos);  // "de" before a vowel
    EXPECT_NE(all.find(" au téléphone de Bob"), std::string::npos) << all.substr(0, 3000);
}

// German too: "Das Büro klopft an", and inside a sentence "verlässt das Büro".
TEST(AppLanguageTest, GermanNarrationPutsTheArticleOfAWritersDeviceRight)
{
    Speaking speaking(QStringLiteral("de"));
    const std::string all = narrationOf("12-how-many-servers.yaml", 400);
    EXPECT_NE(all.find("\nDas Büro "), std::string::npos) << all.substr(0, 3000);
    EXPECT_NE(all.find(" verlässt das Büro"), std::string::npos) << all.substr(0, 3000);
    EXPECT_EQ(all.find(" Das Büro"), std::string::npos) << all.substr(0, 3000);
}

TEST(AppLanguageTest, ChoosingALanguageBuildsTheWindowAnewAtTheSameMoment)
{
    WindowHost host;
    MainWindow* before = &host.window();
    ASSERT_TRUE(before->openScenario(QStringLiteral(POSTIE_SOURCE_DIR "/scenarios/03-server-down-retries.yaml")));
    ASSERT_TRUE(waitForRun(before->player()));
    before->player().clock().seekTime(600'000'000);  // 10 minutes in
    emailWordsActionOf(*before)->setChecked(true);
    const QString englishView = before->menuBar()->actions().at(2)->text();

    QAction* german = before->findChild<QAction*>(QStringLiteral("language_de"));
    ASSERT_NE(german, nullptr);
    german->trigger();
    QTRY_VERIFY(&host.window() != before);
    MainWindow& after = host.window();
    EXPECT_EQ(AppLanguage::current(), QStringLiteral("de"));
    EXPECT_NE(after.menuBar()->actions().at(2)->text(), englishView);
    EXPECT_TRUE(after.findChild<QAction*>(QStringLiteral("language_de"))->isChecked());
    ASSERT_TRUE(after.player().hasScenario());
    QTRY_COMPARE(after.player().clock().timeUs(), 600'000'000);
    EXPECT_TRUE(emailWordsActionOf(after)->isChecked());

    after.findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(AppLanguage::current(), QStringLiteral("en"));
    QTRY_COMPARE(host.window().menuBar()->actions().at(2)->text(), englishView);
}

} // namespace
} // namespace postie::gui
