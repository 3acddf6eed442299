#pragma once
// Stage timings for `--timings` (docs/PERFORMANCE.md): each stage of a build records its wall
// time, the process's CPU time (all threads) and its helpers' (Pagefind, WeasyPrint), and the
// peak memory so far. Off unless enabled; when off, a StageTimer costs two clock reads.
#include <string>

namespace icbgen {

void enable_stage_times(bool on);
bool stage_times_enabled();

// Times one stage from construction to destruction; prints one line to stderr when enabled:
//   timing: <stage>  <wall> ms wall, <cpu> ms CPU (+<children> ms helpers), <rss> MB peak
class StageTimer {
public:
    explicit StageTimer(std::string stage);
    ~StageTimer();
    StageTimer(const StageTimer&) = delete;
    StageTimer& operator=(const StageTimer&) = delete;

private:
    std::string stage_;
    double wall_ = 0, cpu_ = 0, children_ = 0;
};

}  // namespace icbgen
