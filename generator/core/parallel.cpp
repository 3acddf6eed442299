#include "core/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace icbgen {

std::size_t worker_count(std::size_t count, int threads) {
    std::size_t n = threads > 0 ? static_cast<std::size_t>(threads)
                                : std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1, std::min(n, count));
}

void parallel_for(std::size_t count, int threads, const std::function<void(std::size_t)>& work) {
    std::atomic<std::size_t> next{0};
    std::mutex failure_mutex;
    std::exception_ptr failure;  // the first exception a piece threw (out of memory, a bug)
    auto run = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < count;) {
            try {
                work(i);
            } catch (...) {
                std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                next = count;  // start no more pieces
            }
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < worker_count(count, threads); ++t) pool.emplace_back(run);
    run();
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace icbgen
