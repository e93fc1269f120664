#include "sweep_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace postie::cli {
namespace {

std::string csvCell(const std::string& s)
{
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += (c == '"') ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

SweepRow SweepRow::fromRuns(std::vector<std::string> values, const std::vector<RunSummary>& runs)
{
    SweepRow row;
    row.values = std::move(values);
    row.runs = runs.size();
    double meanSum = 0, p95Sum = 0;
    std::size_t withLatency = 0;
    for (const RunSummary& s : runs) {
        row.delivered += double(s.delivered);
        row.bounced += double(s.bounced);
        if (s.latency.count == 0) continue;  // a run that delivered nothing has no latency to average
        meanSum += s.latency.mean;
        p95Sum += s.latency.p95;
        ++withLatency;
    }
    if (!runs.empty()) {
        row.delivered /= double(runs.size());
        row.bounced /= double(runs.size());
    }
    if (withLatency > 0) {
        row.meanLatencyS = meanSum / double(withLatency);
        row.p95LatencyS = p95Sum / double(withLatency);
    }
    return row;
}

std::vector<std::vector<std::string>> SweepTable::cells(bool csv) const
{
    std::vector<std::vector<std::string>> out;
    std::vector<std::string> header = m_parameters;
    for (const char* h : {"runs", "mean_s", "p95_s", "delivered", "bounced"}) header.emplace_back(h);
    out.push_back(header);
    const std::string none = csv ? "" : "-";
    for (const SweepRow& r : m_rows) {
        std::vector<std::string> line = r.values;
        line.push_back(std::to_string(r.runs));
        line.push_back(r.meanLatencyS ? fmt::format("{:.3f}", *r.meanLatencyS) : none);
        line.push_back(r.p95LatencyS ? fmt::format("{:.3f}", *r.p95LatencyS) : none);
        line.push_back(fmt::format("{:.1f}", r.delivered));
        line.push_back(fmt::format("{:.1f}", r.bounced));
        out.push_back(line);
    }
    return out;
}

void SweepTable::printAligned(std::ostream& out) const
{
    const auto table = cells(false);
    std::vector<std::size_t> width(table.front().size(), 0);
    for (const auto& line : table)
        for (std::size_t c = 0; c < line.size(); ++c) width[c] = std::max(width[c], line[c].size());
    for (const auto& line : table) {
        std::string text;
        for (std::size_t c = 0; c < line.size(); ++c) {
            if (c > 0) text += "  ";
            // Settings read left to right like words; figures line up on the right.
            text += c < m_parameters.size() ? fmt::format("{:<{}}", line[c], width[c])
                                            : fmt::format("{:>{}}", line[c], width[c]);
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out << text << '\n';
    }
}

void SweepTable::printCsv(std::ostream& out) const
{
    for (const auto& line : cells(true)) {
        for (std::size_t c = 0; c < line.size(); ++c) out << (c > 0 ? "," : "") << csvCell(line[c]);
        out << '\n';
    }
}

} // namespace postie::cli
