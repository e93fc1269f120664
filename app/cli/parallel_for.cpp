#include "parallel_for.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace postie::cli {

void parallelFor(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work,
                 const std::function<void(std::size_t)>& progress)
{
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> finished{0};
    std::atomic<bool> failed{false};
    std::exception_ptr firstError;
    std::mutex errorMutex;
    auto worker = [&] {
        for (std::size_t i = next++; i < count && !failed; i = next++) {
            try {
                work(i);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                if (!firstError) firstError = std::current_exception();
                failed = true;
            }
            ++finished;
        }
    };
    const std::size_t threads = std::min<std::size_t>(std::max(1u, jobs), count);
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
    if (progress) {
        while (finished < count && !failed) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            progress(finished);
        }
    }
    for (auto& t : pool) t.join();
    if (firstError) std::rethrow_exception(firstError);
    if (progress) progress(finished);
}

} // namespace postie::cli
