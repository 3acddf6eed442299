#include "cli/export_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/app.h"
#include "data/csv.h"
#include "interchange/open_sdg_export.h"
#include "output/file_replace.h"

namespace fs = std::filesystem;

namespace icbgen {

int run_export(const CommonOptions& common, const ExportOptions& options) {
    auto fe = run_front_end(common);
    if (!fe) return kExitUsage;
    if (fe->diags.has_errors()) {
        print_diagnostics(*fe, common);
        std::cerr << "export: " << counts_text(fe->diags)
                  << "; nothing written (run icbgen check and correct the content first)\n";
        return kExitErrors;
    }
    for (const auto& id : options.metrics) {
        bool known = std::any_of(fe->model.metrics.begin(), fe->model.metrics.end(),
                                 [&](const Metric& m) { return m.id == id; });
        if (!known) {
            std::cerr << "icbgen: error: no metric is called '" << id << "'\n";
            return kExitUsage;
        }
    }
    fs::path out = options.out.empty() ? fs::path(common.root) / "open-sdg" : fs::path(options.out);
    Diagnostics diags;
    int written = 0;
    for (const auto& m : fe->model.metrics) {
        if (!m.series) continue;
        if (!options.metrics.empty() && std::find(options.metrics.begin(), options.metrics.end(),
                                                  m.id) == options.metrics.end())
            continue;
        auto text = fe->fs->read(m.series->path);
        if (!text) continue;
        Diagnostics ignored;  // the file was checked above
        CsvTable table = parse_csv(m.series->path, *text, ignored);
        std::string target = (out / (m.id + ".csv")).lexically_normal().string();
        if (!replace_file(target, open_sdg_csv(table, m.title, m.unit), diags)) break;
        ++written;
    }
    if (diags.has_errors()) {
        fe->diags = diags;
        print_diagnostics(*fe, common);
        return kExitUsage;
    }
    std::cout << "export: wrote " << written << " Open SDG file" << (written == 1 ? "" : "s")
              << " to " << out.lexically_normal().string() << "\n";
    return kExitOk;
}

CLI::App* add_export_command(CLI::App& app, CommonOptions& common, ExportOptions& o) {
    CLI::App* cmd =
        app.add_subcommand("export", "write each metric's data for another platform (open-sdg)");
    cmd->add_option("format", o.format, "open-sdg")->required()->check(CLI::IsMember({"open-sdg"}));
    cmd->add_option("--root", common.root, "site folder holding content/ and data/")
        ->capture_default_str();
    cmd->add_option("--out", o.out, "folder to write <id>.csv files in (default <root>/open-sdg)");
    cmd->add_option("--metric", o.metrics, "only this metric (repeatable; default: every one)");
    return cmd;
}

}  // namespace icbgen
