#include "scenario/scenario_loader.h"

#include "scenario/scenario_reader.h"
#include "scenario/yaml_guard.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

namespace postie::scenario_reading {

// --- the scenario ----------------------------------------------------------------------------

void ScenarioReader::readFormat(const MapView& top)
{
    const Entry* e = top.find("format");
    if (!e) return;
    auto text = scalar(*e);
    if (!text) return;
    const std::string t = trimCopy(*text);
    if (t != "postie/1") {
        error(e->valueMark(), "unsupported format " + inQuotes(t) + "; this version of Postie reads only 'postie/1'");
        return;
    }
    m_spec.format = t;
}

// A playback speed (`speed: 0.25x`, display only): the app's limits are the key's.
std::optional<double> ScenarioReader::readSpeed(const Entry& e)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    auto parsed = parseSpeed(*text);
    if (parsed.ok() && (*parsed.value < e.spec->min || *parsed.value > e.spec->max))
        parsed = Parsed<double>::failure(e.key + " must be from " + scenarioKeyLimits(*e.spec) + ", but it is " +
                                         inQuotes(*text));
    if (!parsed.ok()) error(e.valueMark(), parsed.error);
    return parsed.value;
}

void ScenarioReader::read(const YAML::Node& root)
{
    const KeyPlaces T = placeBit(KeyPlace::TopLevel);
    if (!root.IsMap()) {
        error(markOf(root), "the file should be a map of keys, starting with format: postie/1, but it is " +
                                describeNode(root));
        return;
    }
    // A file of another format would only give a flood of unknown keys: stop at the version.
    {
        const YAML::Node f = root["format"];
        if (f.IsDefined() && f.IsScalar() && trimCopy(f.Scalar()) != "postie/1") {
            const std::size_t before = m_errors.size();
            auto top = openMap(root, KeyPlace::TopLevel, T, 0, 0, {1, 1}, "");
            m_errors.resize(before);
            if (top) readFormat(*top);
            return;
        }
    }
    auto top = openMap(root, KeyPlace::TopLevel, T, T, 0, {1, 1}, "{format: postie/1, stations: [...]}");
    if (!top) return;
    readFormat(*top);
    readMembers(*top, m_spec);  // title, summary, seed
    // Reports and postie-cli print one title: the English (or the plain one).
    m_spec.title = m_spec.titleText.in("en");
    m_spec.summary = m_spec.summaryText.in("en");
    if (const Entry* e = top->find("start")) {
        if (auto v = scalar(*e)) {
            std::int64_t epoch = 0;
            if (auto err = parseTimestamp(trimCopy(*v), epoch); !err.empty()) error(e->valueMark(), err);
            else m_spec.startEpochSeconds = epoch;
        }
    }
    if (const Entry* e = top->find("until")) { if (auto v = readDuration(*e)) m_spec.until = *v; }
    if (const Entry* e = top->find("dns")) readDns(*e);

    if (const Entry* e = top->find("stations")) {
        const std::vector<YAML::Node> nodes = readList(*e);
        if (nodes.empty() && (e->value.IsNull() || e->value.IsSequence()))
            error(e->valueMark(), "stations is empty; a scenario needs at least one station, like stations: " +
                                      std::string(e->spec->example));
        indexStations(nodes);
        for (std::size_t i = 0; i < nodes.size(); ++i) readStation(nodes[i], i);
        checkStationLinks();
    }
    if (const Entry* e = top->find("roads")) readRoads(*e);
    if (const Entry* e = top->find("mail")) readMail(*e);
    if (const Entry* e = top->find("incidents")) readIncidents(*e);
    if (const Entry* e = top->find("lesson")) readLesson(*e);
}

} // namespace postie::scenario_reading

namespace postie {
namespace {

using namespace scenario_reading;

LoadResult finish(Diagnostics errors, std::optional<ScenarioSpec> spec)
{
    LoadResult result;
    std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    errors.erase(std::unique(errors.begin(), errors.end(),
                             [](const Diagnostic& a, const Diagnostic& b) {
                                 return a.line == b.line && a.column == b.column && a.text == b.text;
                             }),
                 errors.end());
    if (errors.size() > kMaxReportedErrors) {
        const std::size_t more = errors.size() - kMaxReportedErrors;
        Diagnostic next = errors[kMaxReportedErrors];
        errors.resize(kMaxReportedErrors);
        next.text = "and " + std::to_string(more) + " more errors after this point, not shown; fix these first";
        errors.push_back(std::move(next));
    }
    result.errors = std::move(errors);
    if (result.errors.empty()) result.spec = std::move(spec);
    return result;
}

LoadResult oneError(const std::string& file, int line, int column, std::string text)
{
    LoadResult r;
    r.errors.push_back({file, line, column, std::move(text)});
    return r;
}

} // namespace

LoadResult loadScenarioText(std::string_view text, const std::string& fileName)
{
    try {
        YamlReading read = readScenarioYaml(text);
        if (!read.root) return oneError(fileName, read.error.line, read.error.column, std::move(read.errorText));
        const YAML::Node& root = *read.root;
        if (!root.IsDefined() || root.IsNull())
            return oneError(fileName, 1, 1, "the file is empty; a scenario starts with format: postie/1");

        ScenarioReader reader(fileName);
        if (read.secondDocument)
            reader.errors().push_back({fileName, read.secondDocument->line, read.secondDocument->column, read.secondText});
        reader.read(root);
        return finish(std::move(reader.errors()), std::move(reader.spec()));
    } catch (const std::bad_alloc&) {
        return oneError(fileName, 1, 1, "the file needs more memory to read than there is; make it smaller");
    } catch (const std::exception& e) {
        return oneError(fileName, 1, 1, std::string("the file could not be read: ") + e.what());
    } catch (...) {
        return oneError(fileName, 1, 1, "the file could not be read (an unexpected error)");
    }
}

LoadResult loadScenarioFile(const std::string& path)
{
    try {
        namespace fs = std::filesystem;
        std::error_code ec;
        const fs::path p(path);
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status))
            return oneError(path, 1, 1, "cannot find the scenario file; check the name and the folder");
        if (fs::is_directory(status)) return oneError(path, 1, 1, "this is a folder, not a scenario file");
        if (fs::is_regular_file(status)) {
            const auto size = fs::file_size(p, ec);
            if (!ec && size > kMaxScenarioBytes) return oneError(path, 1, 1, tooLarge(size));
        }
        std::ifstream in(p, std::ios::binary);
        if (!in) return oneError(path, 1, 1, "cannot open the scenario file; check that you may read it");
        // Read at most one byte past the limit, so that a device or pipe cannot make us read forever.
        std::string text;
        text.resize(kMaxScenarioBytes + 1);
        in.read(text.data(), std::streamsize(text.size()));
        text.resize(std::size_t(in.gcount()));
        if (in.bad()) return oneError(path, 1, 1, "cannot read the scenario file; the disk reported an error");
        if (text.size() > kMaxScenarioBytes)
            return oneError(path, 1, 1, "the file is larger than " + std::to_string(kMaxScenarioBytes) +
                                            " bytes (16 MiB), the most a scenario may be");
        return loadScenarioText(text, path);
    } catch (const std::bad_alloc&) {
        return oneError(path, 1, 1, "the file needs more memory to read than there is; make it smaller");
    } catch (const std::exception& e) {
        return oneError(path, 1, 1, std::string("the file could not be read: ") + e.what());
    }
}

} // namespace postie
