#pragma once
// Reads a scenario file (YAML, format postie/1) into a ScenarioSpec and validates it completely
// before anything runs. Every problem is reported, not only the first, each with the file, line
// and column of the offending key or value, in the order they appear in the file.
//
// Guarantees: no input makes the loader crash, throw or hang. Files over kMaxScenarioBytes are
// refused before they are read; binary files (a NUL byte or invalid UTF-8) give one error at
// 1:1; lists and maps nested deeper than kMaxNesting are refused before parsing. Errors beyond
// kMaxReportedErrors are summed up in one last line.
#include "scenario/diagnostic.h"
#include "scenario/scenario_spec.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace postie {

struct LoadResult {
    std::optional<ScenarioSpec> spec;  // set exactly when there are no errors
    Diagnostics errors;                // sorted by line and column

    bool ok() const { return spec.has_value() && errors.empty(); }
};

inline constexpr std::size_t kMaxScenarioBytes = 16u * 1024 * 1024;  // 16 MiB
inline constexpr int kMaxNesting = 64;                                // [ and { inside each other
inline constexpr std::size_t kMaxReportedErrors = 1000;

// Reads the file at `path`; messages name the file as `path` was written.
LoadResult loadScenarioFile(const std::string& path);
// Reads scenario text; `fileName` is only used in messages and ScenarioSpec::file.
LoadResult loadScenarioText(std::string_view text, const std::string& fileName);

} // namespace postie
