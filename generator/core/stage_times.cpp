#include "core/stage_times.h"

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>

namespace icbgen {

namespace {

std::atomic<bool> enabled{false};

double wall_ms() {
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double cpu_ms(int who) {
    rusage usage{};
    ::getrusage(who, &usage);
    auto ms = [](const timeval& t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

long peak_mb() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

}  // namespace

void enable_stage_times(bool on) { enabled = on; }
bool stage_times_enabled() { return enabled; }

StageTimer::StageTimer(std::string stage) : stage_(std::move(stage)) {
    if (!enabled) return;
    wall_ = wall_ms();
    cpu_ = cpu_ms(RUSAGE_SELF);
    children_ = cpu_ms(RUSAGE_CHILDREN);
}

JobTimer::JobTimer(std::string job) : job_(std::move(job)) {
    if (!enabled) return;
    wall_ = wall_ms();
    cpu_ = cpu_ms(RUSAGE_THREAD);
}

JobTimer::~JobTimer() {
    if (!enabled || job_.empty()) return;
    std::fprintf(stderr, "timing:   %-36s %8.0f ms wall, %8.0f ms CPU (its thread)\n", job_.c_str(),
                 wall_ms() - wall_, cpu_ms(RUSAGE_THREAD) - cpu_);
}

StageTimer::~StageTimer() {
    if (!enabled) return;
    std::fprintf(stderr,
                 "timing: %-18s %8.0f ms wall, %8.0f ms CPU (+%.0f ms helpers), %ld MB peak\n",
                 stage_.c_str(), wall_ms() - wall_, cpu_ms(RUSAGE_SELF) - cpu_,
                 cpu_ms(RUSAGE_CHILDREN) - children_, peak_mb());
}

}  // namespace icbgen
