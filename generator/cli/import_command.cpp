#include "cli/import_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <regex>

#include "cli/app.h"
#include "core/diagnostic_format.h"
#include "core/file_system.h"
#include "data/csv.h"
#include "interchange/external_format.h"
#include "interchange/metric_csv_merge.h"
#include "interchange/metric_stub.h"
#include "output/file_replace.h"

namespace fs = std::filesystem;

namespace icbgen {

namespace {

void print(const Diagnostics& diags) {
    DiskFileSystem here(".");
    bool color = ::isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr;
    DiagnosticFormatter formatter(&here, color);
    for (const auto& d : diags.items()) std::cerr << formatter.format(d);
}

int refuse(Diagnostics& diags) {
    diags.sort_and_dedupe();
    print(diags);
    std::size_t n = diags.count(Severity::error);
    std::cerr << "import: " << n << " error" << (n == 1 ? "" : "s") << "; nothing written\n";
    return kExitErrors;
}

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

int run_import(ImportCommandOptions options) {
    const ExternalFormat* format = find_external_format(options.format);
    if (!format) {
        std::cerr << "icbgen: error: no import format is called '" << options.format << "'\n";
        return kExitUsage;
    }
    static const std::regex slug("[a-z0-9]+(-[a-z0-9]+)*");
    if (!std::regex_match(options.metric, slug)) {
        std::cerr << "icbgen: error: '" << options.metric << "' is not a metric id\n"
                  << "  = hint: a metric id is lowercase letters, digits and single hyphens, "
                     "e.g. infant-mortality\n";
        return kExitUsage;
    }
    std::error_code ec;
    if (!fs::is_directory(fs::path(options.root) / "content", ec)) {
        std::cerr << "icbgen: error: " << options.root
                  << " is not a site folder: it has no content/ folder\n"
                  << "  = hint: run icbgen in a folder holding content/ and data/, or pass "
                     "--root DIR\n";
        return kExitUsage;
    }
    auto text = read_disk_file(options.file);
    if (!text) {
        std::cerr << "icbgen: error: cannot read " << options.file << "\n"
                  << "  = hint: give the path of the file you downloaded\n";
        return kExitUsage;
    }
    options.import.input_name = fs::path(options.file).filename().string();

    Diagnostics diags;
    CsvTable table = parse_csv(options.file, *text, diags);
    if (diags.has_errors()) return refuse(diags);
    ImportedTable imported = format->read(table, options.import, diags);
    if (diags.has_errors()) return refuse(diags);

    std::string csv_path = (fs::path(options.root) / "data" / "metrics" / (options.metric + ".csv"))
                               .lexically_normal()
                               .string();
    std::string md_path =
        (fs::path(options.root) / "content" / "metrics" / (options.metric + ".md"))
            .lexically_normal()
            .string();
    std::optional<std::string> existing;
    if (fs::exists(csv_path, ec)) {
        existing = read_disk_file(csv_path);
        if (!existing) {
            diags.error("io", {csv_path, 0, 0}, "could not read this file",
                        "check it is a readable file");
            return refuse(diags);
        }
    }
    MergeResult merged = merge_into_metric_csv(csv_path, existing, imported.rows, diags);
    if (!merged.ok || diags.has_errors()) return refuse(diags);

    std::size_t added = 0, updated = 0;
    for (const auto& c : merged.changes) {
        std::string at = " (" + options.file + ":" + std::to_string(c.input_line) + ")";
        if (c.added) {
            ++added;
            std::cout << "added   " << c.row << at << "\n";
            continue;
        }
        ++updated;
        std::cout << "updated " << c.row << ":";
        for (std::size_t i = 0; i < c.fields.size(); ++i) {
            const auto& f = c.fields[i];
            auto shown = [](const std::string& v) { return v.empty() ? "(empty)" : v; };
            std::cout << (i ? ";" : "") << " " << f.field << " " << shown(f.old_value) << " \u2192 "
                      << shown(f.new_value);
        }
        std::cout << at << "\n";
    }
    bool stub = !fs::exists(md_path, ec);
    std::cout << "import: " << csv_path << ": " << plural(added, "row") << " added, " << updated
              << " updated, " << merged.unchanged << " unchanged";
    if (imported.skipped)
        std::cout << "; " << plural(static_cast<std::size_t>(imported.skipped), "row")
                  << " with neither a value nor a note left out";
    std::cout << "\n";
    for (const auto& remark : imported.remarks) std::cout << "import: note: " << remark << "\n";
    if (options.dry_run) {
        if (merged.changed) std::cout << "import: would write " << csv_path << "\n";
        if (stub) std::cout << "import: would write " << md_path << " (a definition to complete)\n";
        std::cout << "import: dry run: nothing written\n";
        return kExitOk;
    }
    if (merged.changed && !replace_file(csv_path, merged.text, diags)) return refuse(diags);
    if (merged.changed) std::cout << "import: wrote " << csv_path << "\n";
    if (stub) {
        if (!replace_file(md_path,
                          metric_stub(options.metric, imported.facts, options.import.input_name),
                          diags))
            return refuse(diags);
        std::cout << "import: wrote " << md_path
                  << ": a definition to complete (its TODO lines), then link it from a priority\n";
    }
    if (!merged.changed && !stub) std::cout << "import: nothing to change\n";
    return kExitOk;
}

CLI::App* add_import_command(CLI::App& app, ImportCommandOptions& o) {
    std::vector<std::string> names;
    for (const auto& f : external_formats()) names.push_back(f.name);
    CLI::App* cmd = app.add_subcommand(
        "import", "read a downloaded data file into data/metrics/<ID>.csv (docs/IMPORTING.md)");
    cmd->add_option("format", o.format, "fingertips, nhs-oversight or open-sdg")
        ->required()
        ->check(CLI::IsMember(names));
    cmd->add_option("file", o.file, "the CSV file you downloaded")->required();
    cmd->add_option("--metric", o.metric, "the icbgen metric id to write, e.g. infant-mortality")
        ->required();
    cmd->add_option("--root", o.root, "site folder holding content/ and data/")
        ->capture_default_str();
    cmd->add_flag("--dry-run", o.dry_run, "say what would change; write nothing");
    cmd->add_option("--area", o.import.areas,
                    "only this area or organisation code (repeatable; default: every one)");
    cmd->add_option("--indicator", o.import.indicator, "fingertips: the indicator id");
    cmd->add_option("--sex", o.import.sex,
                    "fingertips: Persons, Male or Female (default: Persons)");
    cmd->add_option("--age", o.import.age, "fingertips: the age band (default: the standard age)");
    cmd->add_option("--metric-id", o.import.metric_id, "nhs-oversight: the metric, e.g. OF0023");
    cmd->add_flag("--peer-median", o.import.peer_median,
                  "nhs-oversight: also import the peer median as a comparator series");
    cmd->add_option("--series", o.import.series, "open-sdg: only this Series");
    cmd->add_option("--units", o.import.units, "open-sdg: only these Units");
    return cmd;
}

}  // namespace icbgen
