// Every bundled lesson (1 to 18) is a lesson a class can run: goals, two to four stops with at
// least one question to predict, a recap; every stop is reached and every answer revealed in
// the run; the revealed answer is one of the choices (for numbers, close to the nearest one);
// lessons 9 to 12 also ask what a chart will show (a count or a queue); every text of a lesson
// is given in German and French too, and so are its title and summary, so a class sees the
// lesson in the app's language.
#include "lesson/lesson_watcher.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <string_view>

namespace postie {
namespace {

std::vector<std::string> bundledLessons()
{
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(POSTIE_SOURCE_DIR) + "/scenarios")) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() == ".yaml" && name < "90") files.push_back(name);  // 90-* is a load test
    }
    std::sort(files.begin(), files.end());
    return files;
}

TEST(BundledLessons, ThereAreTwenty) { EXPECT_EQ(bundledLessons().size(), 20u); }

TEST(BundledLessons, EachHasGoalsTwoToFourStopsAQuestionAndARecap)
{
    for (const std::string& name : bundledLessons()) {
        SCOPED_TRACE(name);
        const LoadResult loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name);
        ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format();
        const LessonSpec& lesson = loaded.spec->lesson;
        EXPECT_FALSE(lesson.goals.empty());
        EXPECT_GE(lesson.stops.size(), 2u);
        EXPECT_LE(lesson.stops.size(), 4u);
        EXPECT_FALSE(lesson.recap.empty());
        int questions = 0, chartQuestions = 0;
        for (const StopSpec& s : lesson.stops) {
            if (!s.question) continue;
            ++questions;
            EXPECT_FALSE(s.question->why.empty()) << "line " << s.line << ": a reveal says why";
            if (s.question->answer == AnswerKind::Count || s.question->answer == AnswerKind::MaxQueue) ++chartQuestions;
        }
        EXPECT_GE(questions, 1);
        if (name >= "09" && name < "13") {
            EXPECT_GE(chartQuestions, 1) << "lessons 9 to 12 ask what a chart will show";
        }
    }
}

TEST(BundledLessons, EveryStopIsReachedAndEveryAnswerIsRevealedAndOffered)
{
    for (const std::string& name : bundledLessons()) {
        SCOPED_TRACE(name);
        const LoadResult loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name);
        ASSERT_TRUE(loaded.ok());
        ScenarioRun run(*loaded.spec);
        LessonWatcher watcher(*loaded.spec);
        run.world().addSink(&watcher);
        run.start();
        run.runToEnd();
        const auto& stops = loaded.spec->lesson.stops;
        for (std::size_t i = 0; i < stops.size(); ++i) {
            SCOPED_TRACE("stop " + std::to_string(i + 1) + " (line " + std::to_string(stops[i].line) + ")");
            const StopProgress& p = watcher.progress()[i];
            ASSERT_TRUE(p.reached) << "the run never reaches this stop";
            if (!stops[i].question) continue;
            ASSERT_TRUE(p.answer) << "the run never reveals the answer";
            const QuestionSpec& q = *stops[i].question;
            ASSERT_GE(p.answer->choice, 0) << "the revealed answer " << p.answer->value() << " is none of the choices";
            const ChoiceSpec& right = q.choices[std::size_t(p.answer->choice)];
            if (q.answer == AnswerKind::Wait || q.answer == AnswerKind::Count || q.answer == AnswerKind::MaxQueue) {
                // The nearest choice is right: make sure it is clearly the nearest, within a tenth.
                const double gap = std::fabs(right.number - p.answer->number());
                EXPECT_LE(gap, 0.1 * std::max(1.0, p.answer->number()))
                    << "revealed " << p.answer->value() << ", nearest choice " << right.value;
            }
        }
    }
}

// Every lesson text of a spec, with where it is, for messages.
std::vector<std::pair<std::string, const LessonText*>> everyText(const LessonSpec& lesson)
{
    std::vector<std::pair<std::string, const LessonText*>> texts;
    for (std::size_t i = 0; i < lesson.goals.size(); ++i) texts.emplace_back("goal " + std::to_string(i + 1), &lesson.goals[i]);
    for (const StopSpec& s : lesson.stops) {
        const std::string where = "stop at line " + std::to_string(s.line);
        texts.emplace_back(where + ", say", &s.say);
        if (s.question) {
            texts.emplace_back(where + ", ask", &s.question->ask);
            texts.emplace_back(where + ", why", &s.question->why);
            for (const ChoiceSpec& c : s.question->choices) texts.emplace_back(where + ", choice " + c.value, &c.say);
        }
        if (s.tryChange) texts.emplace_back(where + ", try", &s.tryChange->say);
    }
    for (std::size_t i = 0; i < lesson.recap.size(); ++i) texts.emplace_back("recap " + std::to_string(i + 1), &lesson.recap[i]);
    return texts;
}

bool hasVersion(const LessonText& text, std::string_view language)
{
    for (const auto& [lang, words] : text.versions)
        if (lang == language && !words.empty()) return true;
    return false;
}

TEST(BundledLessons, EveryTextIsInGermanAndFrench)
{
    for (const std::string& name : bundledLessons()) {
        SCOPED_TRACE(name);
        const LoadResult loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name);
        ASSERT_TRUE(loaded.ok());
        // The title and summary too: the welcome page, the window and the worksheet show them.
        auto texts = everyText(loaded.spec->lesson);
        texts.emplace_back("title", &loaded.spec->titleText);
        texts.emplace_back("summary", &loaded.spec->summaryText);
        // Every station's label: the map's cards, the narration and the answers show them.
        for (const auto& station : loaded.spec->stations) {
            EXPECT_FALSE(station.labelText.empty()) << station.id << " has no label";
            texts.emplace_back("the label of " + station.id, &station.labelText);
        }
        EXPECT_FALSE(loaded.spec->titleText.empty()) << "no title";
        EXPECT_FALSE(loaded.spec->summaryText.empty()) << "no summary";
        for (const auto& [where, text] : texts) {
            if (text->empty()) continue;  // a choice without its own words: the app words the value
            EXPECT_TRUE(hasVersion(*text, "en") || hasVersion(*text, "")) << where << " has no English";
            EXPECT_TRUE(hasVersion(*text, "de")) << where << " has no German: " << text->in("en");
            EXPECT_TRUE(hasVersion(*text, "fr")) << where << " has no French: " << text->in("en");
        }
    }
}

} // namespace
} // namespace postie
