#include "summary_file.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdlib>

namespace postie::cli {
namespace {

std::optional<std::uint64_t> wholeNumber(const std::string& text)
{
    if (text.empty() || text.size() > 20 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    errno = 0;
    const unsigned long long value = std::strtoull(text.c_str(), nullptr, 10);
    if (errno == ERANGE) return std::nullopt;
    return value;
}

} // namespace

std::string summaryJson(const SummaryFile& file)
{
    const std::string plain = file.summary.toJson();
    if (file.set.empty() && !file.sweep) return plain;
    auto j = nlohmann::ordered_json::parse(plain);
    auto set = nlohmann::ordered_json::array();
    for (const auto& [key, value] : file.set) set.push_back({{"key", key}, {"value", value}});
    j["set"] = set;
    if (file.sweep) j["sweep"] = {{"index", file.sweep->index}, {"of", file.sweep->of}};
    return j.dump(2);
}

std::optional<SummaryFile> parseSummaryJson(const std::string& text, std::string& error)
{
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        error = "not JSON";
        return std::nullopt;
    }
    // nlohmann reads a number back exactly as it wrote it (shortest round-trip form), so a
    // merged table equals the one the runs would have made in one process.
    try {
        SummaryFile file;
        RunSummary& s = file.summary;
        s.seed = j.at("seed").get<std::uint64_t>();
        s.delivered = j.at("messages").at("delivered").get<std::uint64_t>();
        s.bounced = j.at("messages").at("bounced").get<std::uint64_t>();
        const auto& latency = j.at("latency_s");
        s.latency.count = latency.at("count").get<std::size_t>();
        s.latency.mean = latency.at("mean").get<double>();
        s.latency.p95 = latency.at("p95").get<double>();
        if (j.contains("set"))
            for (const auto& entry : j.at("set"))
                file.set.emplace_back(entry.at("key").get<std::string>(), entry.at("value").get<std::string>());
        if (j.contains("sweep")) {
            const SweepPosition at{j.at("sweep").at("index").get<std::uint64_t>(), j.at("sweep").at("of").get<std::uint64_t>()};
            if (at.index >= at.of) {
                error = "\"sweep\": index " + std::to_string(at.index) + " is not below " + std::to_string(at.of);
                return std::nullopt;
            }
            file.sweep = at;
        }
        return file;
    } catch (const nlohmann::json::exception& e) {
        error = std::string("not a run summary (") + e.what() + ")";
        return std::nullopt;
    }
}

std::optional<SweepPosition> parseSweepPosition(const std::string& text)
{
    const auto slash = text.find('/');
    if (slash == std::string::npos) return std::nullopt;
    const auto index = wholeNumber(text.substr(0, slash));
    const auto of = wholeNumber(text.substr(slash + 1));
    if (!index || !of || *index >= *of) return std::nullopt;
    return SweepPosition{*index, *of};
}

} // namespace postie::cli
