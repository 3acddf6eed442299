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

// Times one job of a stage that runs its jobs on several threads (each workbook, say): its
// wall time and the CPU time of the thread it ran on; prints one line when enabled:
//   timing:   <job>  <wall> ms wall, <cpu> ms CPU (its thread)
class JobTimer {
public:
    explicit JobTimer(std::string job = "");
    ~JobTimer();
    JobTimer(const JobTimer&) = delete;
    JobTimer& operator=(const JobTimer&) = delete;
    void name(std::string job) { job_ = std::move(job); }  // when known only at the end

private:
    std::string job_;
    double wall_ = 0, cpu_ = 0;
};

}  // namespace icbgen
