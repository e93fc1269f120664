#pragma once
// Runs work(0) ... work(count - 1) on `jobs` threads, each taking the next index as it comes
// free. Whatever the order, the caller stores each result under its index, so the outcome does
// not depend on the number of threads. The first exception thrown by any work item is rethrown
// once every thread has stopped.
#include <cstddef>
#include <functional>

namespace postie::cli {

// `progress`, if given, is called on the calling thread every so often with the number of
// items finished, and once more at the end.
void parallelFor(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work,
                 const std::function<void(std::size_t)>& progress = {});

} // namespace postie::cli
