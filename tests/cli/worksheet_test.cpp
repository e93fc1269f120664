// postie-cli worksheet: a lesson's printable worksheet, as a teacher prints it. The PDF's text
// is read page by page with pdftotext: the pupils' pages ask, the last page answers.
#include "scenario/scenario_loader.h"
#include "support/run_cli.h"
#include "worksheet/sketch_style.h"
#include "worksheet/town_sketch.h"
#include "worksheet/worksheet_html.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using postie::testing::cli;
using postie::testing::shell;

std::string lesson(const std::string& name) { return std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name; }

fs::path tempDir()
{
    fs::path dir = fs::temp_directory_path() / ("postie-worksheet-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

int pageCount(const std::string& pdf)
{
    // pdftotext puts a form feed after every page.
    const std::string text = shell(std::string(POSTIE_PDFTOTEXT) + " -layout " + pdf + " -").out;
    return int(std::count(text.begin(), text.end(), '\f'));
}

std::string pageText(const std::string& pdf, int page)
{
    const std::string p = std::to_string(page);
    return shell(std::string(POSTIE_PDFTOTEXT) + " -f " + p + " -l " + p + " " + pdf + " -").out;
}

// Collapses runs of white space, so a test reads the words whatever the line breaks.
std::string words(const std::string& text)
{
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else out += c;
    }
    return out;
}

TEST(Worksheet, ThePdfAsksOnThePupilsPagesAndAnswersOnTheLastPageOnly)
{
    const std::string pdf = (tempDir() / "lesson3.pdf").string();
    const auto r = cli("worksheet " + lesson("03-server-down-retries.yaml") + " -o " + pdf);
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const int pages = pageCount(pdf);
    ASSERT_GE(pages, 2);
    std::string pupils;
    for (int p = 1; p < pages; ++p) pupils += words(pageText(pdf, p));
    EXPECT_NE(pupils.find("Closed for 40 minutes"), std::string::npos) << pupils;
    EXPECT_NE(pupils.find("Name:"), std::string::npos);
    EXPECT_NE(pupils.find("In this lesson"), std::string::npos);
    EXPECT_NE(pupils.find("Sender's post office"), std::string::npos) << "the town's picture names its stations";
    EXPECT_NE(pupils.find("1. How long until the post office knocks again?"), std::string::npos) << pupils;
    EXPECT_NE(pupils.find("c) 10 min"), std::string::npos);
    EXPECT_NE(pupils.find("Why do you think so?"), std::string::npos);
    EXPECT_EQ(pupils.find("Answer key"), std::string::npos) << "the answers are on the teacher's page only";
    EXPECT_EQ(pupils.find("Right:"), std::string::npos);

    const std::string key = words(pageText(pdf, pages));
    EXPECT_NE(key.find("Answer key (for the teacher)"), std::string::npos) << key;
    EXPECT_NE(key.find("Right: c) 10 min"), std::string::npos) << key;
    EXPECT_NE(key.find("The run revealed: 10 min."), std::string::npos) << key;
    EXPECT_NE(key.find("Why: "), std::string::npos);
    EXPECT_NE(key.find("What to remember"), std::string::npos);
}

TEST(Worksheet, EveryBundledLessonPrints)
{
    for (const char* name : {"01-first-email.yaml", "02-backup-mx.yaml", "04-unknown-user-bounce.yaml",
                             "06-pop3-versus-imap.yaml", "09-rush-hour-at-school.yaml", "11-three-equal-mx-hosts.yaml",
                             "12-how-many-servers.yaml"}) {
        SCOPED_TRACE(name);
        const std::string pdf = (tempDir() / (std::string(name) + ".pdf")).string();
        const auto r = cli("worksheet " + lesson(name) + " -o " + pdf);
        ASSERT_EQ(r.exitCode, 0) << r.out;
        const int pages = pageCount(pdf);
        ASSERT_GE(pages, 2);
        const std::string key = words(pageText(pdf, pages));
        EXPECT_NE(key.find("Right: "), std::string::npos) << key;
        EXPECT_EQ(key.find("never reached"), std::string::npos) << key;
    }
}

TEST(Worksheet, TheHtmlHoldsTheSameWordsAndTheTownAsAPicture)
{
    const fs::path html = tempDir() / "lesson2.html";
    const auto r = cli("worksheet " + lesson("02-backup-mx.yaml") + " -o " + html.string());
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const std::string page = readFile(html);
    EXPECT_NE(page.find("<svg"), std::string::npos);
    EXPECT_NE(page.find("Answer key (for the teacher)"), std::string::npos);
    EXPECT_NE(page.find("page-break-before: always"), std::string::npos) << "the key prints on its own page";
    EXPECT_NE(page.find("class=\"right\""), std::string::npos);
}

TEST(Worksheet, ABadRequestSaysWhatIsWrong)
{
    const auto wrongKind = cli("worksheet " + lesson("03-server-down-retries.yaml") + " -o out.docx");
    EXPECT_EQ(wrongKind.exitCode, 2);
    EXPECT_NE(wrongKind.out.find("ends in neither .pdf nor .html"), std::string::npos) << wrongKind.out;

    const auto noLesson = cli("worksheet " + lesson("90-a-million-letters.yaml") + " -o " + (tempDir() / "x.pdf").string());
    EXPECT_EQ(noLesson.exitCode, 1);
    EXPECT_NE(noLesson.out.find("has no lesson: section"), std::string::npos) << noLesson.out;

    const fs::path broken = tempDir() / "broken.yaml";
    std::ofstream(broken) << "format: postie/1\nstations:\n  - {id: a, kind: boat}\n";
    const auto bad = cli("worksheet " + broken.string() + " -o " + (tempDir() / "y.pdf").string());
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.out.find(broken.string() + ":3:"), std::string::npos) << bad.out;

    const auto unwritable = cli("worksheet " + lesson("03-server-down-retries.yaml") + " -o /nonexistent/dir/w.pdf");
    EXPECT_EQ(unwritable.exitCode, 2);
    EXPECT_NE(unwritable.out.find("cannot write the worksheet"), std::string::npos) << unwritable.out;
}

TEST(Worksheet, TheSketchDrawsASnooperAsAJunctionOfItsOwnColour)
{
    const auto loaded = postie::loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/tests/data/tls_snooper.yaml");
    ASSERT_TRUE(loaded.ok());
    const postie::TownSketch town = postie::sketchTown(*loaded.spec);
    const auto eve = std::find_if(town.stations.begin(), town.stations.end(),
                                  [](const postie::SketchStation& s) { return s.id == "eve"; });
    ASSERT_NE(eve, town.stations.end());
    EXPECT_EQ(eve->kind, postie::StationKind::Snooper);
    const std::string svg = postie::townSketchSvg(town, 480, 250);
    // On the road like a junction (a circle), in its own pale red.
    const auto fill = postie::sketchFill(postie::StationKind::Snooper);
    char colour[8];
    std::snprintf(colour, sizeof colour, "#%02x%02x%02x", fill.r, fill.g, fill.b);
    const std::string circle = "r=\"" + std::to_string(int(postie::kSketchRouterRadius)) + "\" fill=\"" + colour + "\"";
    EXPECT_NE(svg.find(circle), std::string::npos) << svg;
}

} // namespace
