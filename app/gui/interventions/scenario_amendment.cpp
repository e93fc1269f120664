#include "interventions/scenario_amendment.h"

#include "scenario/units.h"

#include <regex>

namespace postie::gui {
namespace {

constexpr const char* kMark = "  # added in the app";

std::string quoted(const std::string& text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') { out += "\\n"; continue; }
        out += c;
    }
    return out + "\"";
}

std::string quotedList(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i]);
    return out + "]";
}

std::vector<std::string> splitLines(std::string_view text)
{
    std::vector<std::string> lines;
    std::size_t begin = 0;
    while (begin < text.size()) {
        const std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) {
            lines.emplace_back(text.substr(begin));
            break;
        }
        lines.emplace_back(text.substr(begin, end - begin));
        begin = end + 1;
    }
    return lines;
}

bool blank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }
bool comment(const std::string& line)
{
    const auto first = line.find_first_not_of(" \t");
    return first != std::string::npos && line[first] == '#';
}

// Adds `entries` to the top-level block `key` of `lines`; false when the block is written in
// a way that cannot simply be extended.
bool addToBlock(std::vector<std::string>& lines, const std::string& key, const std::vector<std::string>& entries)
{
    if (entries.empty()) return true;
    const std::regex block("^" + key + "[ \t]*:[ \t]*(#.*)?\r?$");
    const std::regex emptyFlow("^" + key + "[ \t]*:[ \t]*\\[[ \t]*\\][ \t]*(#.*)?\r?$");
    const std::regex other("^" + key + "[ \t]*:.*$");
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool isEmptyFlow = std::regex_match(lines[i], emptyFlow);
        if (!isEmptyFlow && !std::regex_match(lines[i], block)) {
            if (std::regex_match(lines[i], other)) return false;
            continue;
        }
        if (isEmptyFlow) lines[i] = key + ":";
        // The block goes on while lines are indented or list items; comments and blank lines
        // between them belong to it, those after it do not.
        std::size_t last = i;
        std::string indent = "  ";
        bool sawItem = false;
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            if (blank(lines[j]) || comment(lines[j])) continue;
            const char c = lines[j][0];
            if (c != ' ' && c != '\t' && c != '-') break;
            if (!sawItem) {
                const auto dash = lines[j].find_first_not_of(" \t");
                if (lines[j][dash] == '-') indent = lines[j].substr(0, dash);
                sawItem = true;
            }
            last = j;
        }
        std::vector<std::string> added;
        for (const auto& e : entries) added.push_back(indent + "- " + e + kMark);
        lines.insert(lines.begin() + std::ptrdiff_t(last + 1), added.begin(), added.end());
        return true;
    }
    if (!lines.empty() && !blank(lines.back())) lines.emplace_back();
    lines.push_back(key + ":");
    for (const auto& e : entries) lines.push_back("  - " + e + kMark);
    return true;
}

} // namespace

std::string ScenarioAmendment::incidentEntry(const IncidentSpec& incident)
{
    std::string out = "{at: " + formatDuration(incident.at) + ", ";
    if (!incident.station.empty()) out += "station: " + incident.station;
    else out += "road: [" + incident.road.first + ", " + incident.road.second + "]";
    out += std::string(", go: ") + (incident.goDown ? "down" : "up");
    if (incident.duration) out += ", for: " + formatDuration(*incident.duration);
    return out + "}";
}

std::string ScenarioAmendment::letterEntry(const LetterSpec& letter)
{
    std::string out = "{at: " + formatDuration(letter.at) + ", from: " + quoted(letter.from);
    out += ", to: " + quotedList(letter.to);
    if (!letter.cc.empty()) out += ", cc: " + quotedList(letter.cc);
    if (!letter.bcc.empty()) out += ", bcc: " + quotedList(letter.bcc);
    if (!letter.subject.empty()) out += ", subject: " + quoted(letter.subject);
    return out + ", size: " + formatSize(letter.sizeBytes) + "}";
}

std::optional<std::string> ScenarioAmendment::amend(std::string_view text, const std::vector<Intervention>& interventions)
{
    std::vector<std::string> incidents;
    std::vector<std::string> letters;
    for (const auto& i : interventions) {
        if (i.incident) incidents.push_back(incidentEntry(*i.incident));
        if (i.letter) letters.push_back(letterEntry(*i.letter));
    }
    std::vector<std::string> lines = splitLines(text);
    if (!addToBlock(lines, "mail", letters) || !addToBlock(lines, "incidents", incidents)) return std::nullopt;
    std::string out;
    for (const auto& line : lines) out += line + "\n";
    return out;
}

} // namespace postie::gui
