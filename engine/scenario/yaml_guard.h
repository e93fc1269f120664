#pragma once
// Guards around yaml-cpp: checks on the raw bytes before YAML sees them, a probe of the document
// structure, and plain-words versions of the parser's messages.
#include "scenario/scenario_spec.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace postie::scenario_reading {

// Byte offset of the first byte that is not valid UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view s);
// Where flow collections ([ and {) nest deeper than kMaxNesting, if they do.
std::optional<SourceMark> findDeepNesting(std::string_view s);
// The parser's message `msg` for an error near line `line0` (0-based) of `text`, in plain words.
std::string friendlyYamlMessage(const std::string& msg, std::string_view text, int line0);

// Listens to the YAML parser's events and keeps the first position and the number of nodes,
// to find out where a document starts and whether it is only a null.
class DocumentProbe : public YAML::EventHandler {
public:
    std::optional<YAML::Mark> first;
    std::size_t nodes = 0;
    bool onlyNull = true;

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& m, YAML::anchor_t) override { note(m, true); }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { note(m, false); }
    void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t, const std::string&) override { note(m, false); }
    void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        note(m, false);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        note(m, false);
    }
    void OnMapEnd() override {}

private:
    void note(const YAML::Mark& m, bool null)
    {
        if (!first) first = m;
        ++nodes;
        onlyNull = onlyNull && null;
    }
};

// "the file is N bytes (X MiB); a scenario may be at most ..."
std::string tooLarge(std::uintmax_t bytes);

// A scenario's text as YAML nodes, read the guarded way: the checks on the bytes (size, UTF-16,
// NUL, UTF-8, nesting), then the document probe (yaml-cpp 0.7's LoadAll can loop forever,
// allocating, after some syntax errors: a stray ',' at the start of a line; fixed upstream in
// 2024, jbeder/yaml-cpp#1319), and only then the nodes. Every reader of scenario text (the
// loader, the editor, the town draft, the panel's fields) goes through it.
struct YamlReading {
    std::optional<YAML::Node> root;  // empty: `error` and `errorText` say why
    SourceMark error;
    std::string errorText;
    // A second document after ---: the loader reports it beside whatever else it finds.
    std::optional<SourceMark> secondDocument;
    std::string secondText;
};
YamlReading readScenarioYaml(std::string_view text);

// The character at a parser mark, or 0.
char charAt(std::string_view text, const YAML::Mark& m);
// The message for a ',', ']' or '}' where a value should start.
std::string strayTokenMessage(char c);

} // namespace postie::scenario_reading
