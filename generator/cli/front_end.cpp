#include "cli/front_end.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/diagnostic_listing.h"
#include "cli/today.h"
#include "content/content_loader.h"
#include "core/diagnostic_format.h"
#include "core/stage_times.h"
#include "model/model_builder.h"
#include "validate/validator.h"

namespace icbgen {

std::optional<FrontEnd> run_front_end(const CommonOptions& options, ParseCache* cache) {
    std::error_code ec;
    if (!std::filesystem::is_directory(std::filesystem::path(options.root) / "content", ec)) {
        std::cerr << "icbgen: error: " << options.root
                  << " is not a site folder: it has no content/ folder\n"
                  << "  = hint: run icbgen in a folder holding content/ and data/, or pass "
                     "--root DIR\n";
        return std::nullopt;
    }
    auto fs = std::make_unique<DiskFileSystem>(options.root);
    Diagnostics diags;
    std::optional<LoadedSite> loaded;
    {
        StageTimer timer("load");
        loaded = load_site(*fs, diags, cache);
    }
    SiteModel model = [&] {
        StageTimer timer("model");
        SiteModel built = build_model(std::move(*loaded), diags);
        loaded.reset();  // the model holds what it needs; the parse (YAML trees, CSV) can go
        return built;
    }();
    SiteMap site_map(model);
    FrontEnd fe{std::move(fs), std::move(model), std::move(site_map), std::move(diags)};
    ValidateOptions vo{!options.as_of.empty() ? options.as_of
                       : options.as_of_today  ? today_iso()
                                              : fe.model.strategy.published};
    vo.deadlines_as_of = !options.as_of.empty() ? options.as_of
                         : options.as_of_today  ? today_iso()
                                                : std::string();
    {
        StageTimer timer("check");
        fe.diags.append(validate(fe.model, fe.site_map, vo));
        // A one-shot run (no parse cache: not `serve`) checks once; what the checks kept per
        // text is not needed again.
        if (!cache) forget_check_memos();
    }
    if (!options.ignore.empty()) {
        // --ignore takes only warning and note codes (cli/app.cpp), so no error is lost.
        Diagnostics kept;
        for (const auto& d : fe.diags.items())
            if (std::find(options.ignore.begin(), options.ignore.end(), d.code) ==
                options.ignore.end())
                kept.add(d);
        fe.diags = std::move(kept);
    }
    if (options.strict) fe.diags.promote_warnings();
    fe.diags.sort_and_dedupe();
    return fe;
}

void print_diagnostics(const FrontEnd& fe, const CommonOptions& options) {
    if (options.format == "json") return;
    ListingOptions listing{options.verbose, options.quiet,
                           ::isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr};
    std::cerr << list_diagnostics(fe.diags.items(), fe.fs.get(), listing);
}

std::string coverage_text(const CoverageSummary& s) {
    std::string out;
    out += "Strategy coverage: " + std::to_string(s.priorities) + " priorities, " +
           std::to_string(s.ambitions) + " ambitions\n";
    out += "  " + std::to_string(s.ambitions_tracked) + " of " + std::to_string(s.ambitions) +
           " ambitions (" + std::to_string(s.tracked_percent()) +
           "%) are tracked by at least one measure with data; " +
           std::to_string(s.ambitions_tracked_locally) + " by measures of " + s.own_area + "\n";
    if (!s.untracked_ambitions.empty()) {
        out += "  not yet tracked:";
        for (const auto& id : s.untracked_ambitions) out += " " + id;
        out += "\n";
    }
    out += "  metrics: " + std::to_string(s.metrics) + " defined, " +
           std::to_string(s.metrics_with_data) + " with data, " +
           std::to_string(s.metrics - s.metrics_with_data) + " without data\n";
    return out;
}

nlohmann::json coverage_json(const CoverageSummary& s) {
    return {{"priorities", s.priorities},
            {"ambitions", s.ambitions},
            {"ambitions_tracked", s.ambitions_tracked},
            {"ambitions_tracked_percent", s.tracked_percent()},
            {"ambitions_tracked_locally", s.ambitions_tracked_locally},
            {"untracked_ambitions", s.untracked_ambitions},
            {"metrics", s.metrics},
            {"metrics_with_data", s.metrics_with_data},
            {"metrics_without_data", s.metrics - s.metrics_with_data}};
}

std::string counts_text(const Diagnostics& d) {
    auto plural = [](std::size_t n, const char* word) {
        return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
    };
    return plural(d.count(Severity::error), "error") + ", " +
           plural(d.count(Severity::warning), "warning");
}

}  // namespace icbgen
