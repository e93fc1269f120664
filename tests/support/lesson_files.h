#pragma once
// The bundled lessons (scenarios/NN-*.yaml with NN below 90; 90 and up are load scenarios),
// and which of them are too large to keep a whole trace of in memory in a test.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace postie::testing {

inline bool isLessonFile(const std::string& name)
{
    return name.size() > 8 && std::isdigit(static_cast<unsigned char>(name[0])) &&
           std::isdigit(static_cast<unsigned char>(name[1])) && name[2] == '-' && name.compare(0, 2, "90") < 0 &&
           name.ends_with(".yaml");
}

// Lessons whose trace runs to most of a million records: tests that keep every record skip
// them and check them by streaming instead.
inline bool isLargeLesson(const std::string& name)
{
    static const std::set<std::string> large{"10-newsletter-meets-a-limit.yaml"};
    return large.count(name) > 0;
}

inline std::vector<std::string> lessonFiles(bool includeLarge = true)
{
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(std::string(POSTIE_SOURCE_DIR) + "/scenarios")) {
        const std::string name = e.path().filename().string();
        if (isLessonFile(name) && (includeLarge || !isLargeLesson(name))) out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace postie::testing
