#include "render/workbook/workbook_renderer.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "core/stage_times.h"
#include "render/workbook/case_study_workbook.h"
#include "render/workbook/meeting_workbook.h"
#include "render/workbook/ods_writer.h"
#include "render/workbook/strategy_workbook.h"
#include "render/workbook/workbook_writer.h"
#include "site_map/site_paths.h"

namespace icbgen {

namespace {

// Jobs run on a few threads; a job may add more (a workbook's description, once built, adds
// its two writers). Results go into slots numbered in advance, so the output does not depend
// on which thread finished first.
class JobQueue {
public:
    void add(std::function<void()> job) {
        {
            std::lock_guard lock(mutex_);
            jobs_.push_back(std::move(job));
        }
        ready_.notify_one();
    }

    // Runs every job, and every job they add, on `threads` threads (this one included).
    void run(std::size_t threads) {
        auto work = [this] {
            std::unique_lock lock(mutex_);
            for (;;) {
                ready_.wait(lock, [this] { return !jobs_.empty() || running_ == 0; });
                if (jobs_.empty()) return;  // nothing queued and nothing running to add more
                auto job = std::move(jobs_.front());
                jobs_.pop_front();
                ++running_;
                lock.unlock();
                try {
                    job();
                } catch (...) {
                    std::lock_guard failed(failure_mutex_);
                    if (!failure_) failure_ = std::current_exception();
                }
                lock.lock();
                --running_;
                if (running_ == 0 && jobs_.empty()) ready_.notify_all();
            }
        };
        std::vector<std::thread> pool;
        for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
        work();
        for (auto& t : pool) t.join();
        // A job that threw (out of memory, say) fails the stage here, as it would have on one
        // thread, rather than ending the program from a worker.
        if (failure_) std::rethrow_exception(failure_);
    }

private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> jobs_;
    std::size_t running_ = 0;
    std::mutex failure_mutex_;
    std::exception_ptr failure_;
};

struct Written {
    std::string path;
    std::optional<std::string> bytes;
    std::string error;
};

}  // namespace

FileSet render_workbooks(const SiteModel& model, const RenderContext& context, Diagnostics& diags) {
    using namespace workbook;
    // Each workbook is a description (WorkbookSpec) whose long tables are made row by row from
    // the model, written twice: Excel, and OpenDocument beside it. The descriptions and the
    // writers run on the render threads, the largest workbook first.
    std::vector<std::function<std::optional<WorkbookSpec>()>> plans;
    if (!model.priorities.empty() || !model.metrics.empty())
        plans.emplace_back(
            [&] { return std::optional(strategy_workbook(model, context.build_date)); });
    plans.emplace_back([&] { return case_study_workbook(model, context.build_date); });
    for (const auto& meeting : model.meetings)
        if (!meeting.agenda.empty())
            plans.emplace_back([&] {
                return std::optional(meeting_workbook(model, meeting, context.build_date));
            });

    std::vector<Written> written(plans.size() * 2);  // each plan's .xlsx, then its .ods
    JobQueue queue;
    for (std::size_t i = 0; i < plans.size(); ++i)
        queue.add([&, i] {
            JobTimer timer;
            std::optional<WorkbookSpec> built = plans[i]();
            if (!built) return;
            timer.name("describe " + built->path);
            auto spec = std::make_shared<const WorkbookSpec>(std::move(*built));
            queue.add([&, i, spec] {
                Written& w = written[2 * i];
                w.path = spec->path;
                JobTimer timer("write " + w.path);
                w.bytes = write_workbook(*spec, w.error);
            });
            queue.add([&, i, spec] {
                Written& w = written[2 * i + 1];
                w.path = site_paths::ods_copy(spec->path);
                JobTimer timer("write " + w.path);
                w.bytes = write_ods(*spec, w.error);
            });
        });
    std::size_t threads = context.jobs > 0 ? static_cast<std::size_t>(context.jobs)
                                           : std::max(1u, std::thread::hardware_concurrency());
    queue.run(std::min(threads, written.size()));

    FileSet out;
    for (auto& w : written) {
        if (w.path.empty()) continue;  // no such workbook (no case study has an outcome)
        if (w.bytes)
            out.add(w.path, std::move(*w.bytes));
        else
            diags.error("workbook-write", {w.path, 0, 0},
                        "could not write the workbook: " + w.error);
    }
    return out;
}

}  // namespace icbgen
