#include "render/site/page_job.h"

#include "render/site/page_memo.h"

#include <algorithm>
#include <atomic>
#include <optional>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace icbgen {

void prepare_view(nlohmann::json& view) {
    if (view.is_string() && view.get_ref<const std::string&>().empty()) {
        view = false;
    } else if (view.is_array()) {
        for (auto& child : view) prepare_view(child);
    } else if (view.is_object()) {
        std::vector<std::pair<std::string, bool>> lists;
        for (auto it = view.begin(); it != view.end(); ++it) {
            prepare_view(it.value());
            if (it.value().is_array()) lists.emplace_back("has_" + it.key(), !it.value().empty());
        }
        for (const auto& [key, value] : lists)
            if (!view.contains(key)) view[key] = value;
    }
}

void render_pages(const std::vector<PageJob>& jobs, const TemplateSet& templates,
                  const PageFinisher& finish, int threads, FileSet& out, Diagnostics& diags,
                  PageMemo* memo) {
    struct Result {
        std::optional<FileSet::File> file;
        Diagnostics diags;
    };
    std::vector<Result> results(jobs.size());
    // Each page is handed to `out` (which may write it to disk and drop its bytes) on the
    // thread that rendered it, so that the pages are never all in memory at once. A path
    // listed twice keeps its later page, whatever the threads' timing: the earlier is dropped.
    std::unordered_map<std::string_view, std::size_t> last;
    for (std::size_t i = 0; i < jobs.size(); ++i) last[jobs[i].path] = i;
    auto is_last = [&last, &jobs](std::size_t i) { return last.find(jobs[i].path)->second == i; };
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < jobs.size();) {
            try {
                nlohmann::json view = jobs[i].view();
                prepare_view(view);
                std::string key;
                if (memo) {
                    key = jobs[i].template_name + '\n' + view.dump();
                    if (auto kept = memo->find(jobs[i].path, key)) {
                        if (is_last(i)) results[i].file = out.make(jobs[i].path, std::move(*kept));
                        ++memo->reused;
                        continue;
                    }
                }
                auto html = templates.render(jobs[i].template_name, view, results[i].diags);
                if (html && finish) html = finish(jobs[i].path, std::move(*html));
                if (memo && html && results[i].diags.empty()) {
                    memo->store(jobs[i].path, key, *html);
                    ++memo->rendered;
                }
                if (html && is_last(i)) results[i].file = out.make(jobs[i].path, std::move(*html));
            } catch (const std::exception& e) {
                results[i].diags.error("render-failed", {jobs[i].path, 0, 0},
                                       std::string("could not render this page: ") + e.what());
            }
        }
    };
    std::size_t n = threads > 0 ? static_cast<std::size_t>(threads)
                                : std::max(1u, std::thread::hardware_concurrency());
    n = std::min(n, std::max<std::size_t>(jobs.size(), 1));
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < n; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        diags.append(results[i].diags);
        if (results[i].file) out.put(jobs[i].path, std::move(*results[i].file));
    }
}

}  // namespace icbgen
