#pragma once
// Runs independent pieces of work on a small pool of threads. The caller keeps each piece's
// result in its own slot (indexed by `i`) and merges the slots in order afterwards, so what a
// stage hands on never depends on scheduling.
#include <cstddef>
#include <functional>

namespace icbgen {

// Calls work(i) once for every i in [0, count), on up to `threads` threads (0: one per core,
// and never more threads than pieces). Returns when every call has returned. Stages report
// bad input through Diagnostics, never by throwing; should a piece throw all the same (out of
// memory, a bug), no further pieces start and the exception is thrown again here, on the
// caller's thread, as it would have been without threads.
void parallel_for(std::size_t count, int threads, const std::function<void(std::size_t)>& work);

// The threads parallel_for(count, threads, ...) would use.
std::size_t worker_count(std::size_t count, int threads);

}  // namespace icbgen
