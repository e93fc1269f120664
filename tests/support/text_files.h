#pragma once
// A file's whole text and a text's lines, for the tests that compare files byte for byte or
// line by line.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace postie::testing {

inline std::string readTextFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::vector<std::string> textLines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

} // namespace postie::testing
