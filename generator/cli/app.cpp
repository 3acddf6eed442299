#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/explain_command.h"
#include "cli/export_command.h"
#include "cli/import_command.h"
#include "cli/new_command.h"
#include "cli/pack_command.h"
#include "cli/serve_command.h"
#include "core/diagnostic_codes.h"
#include "core/stage_times.h"
#include "core/text.h"
#include "core/url.h"
#include "data/iso_date.h"

namespace icbgen {

namespace {

// --ignore CODE: a registered warning or note code. An error cannot be ignored: it stops a
// build for a reason (a broken link, a private paper on a public page).
std::string ignorable_code(std::string& code) {
    if (const DiagnosticCode* c = find_diagnostic_code(code))
        return c->severity == Severity::error
                   ? "'" + code + "' is an error, and errors cannot be ignored; only warnings " +
                         "and notes can"
                   : "";
    std::vector<std::string> known;
    for (const auto& c : diagnostic_codes()) known.push_back(c.code);
    std::string hint = did_you_mean(code, known);
    return "no diagnostic code is called '" + code + "'" + (hint.empty() ? "" : "; " + hint) +
           " ('icbgen explain' lists every code)";
}

// --as-of DATE: a real calendar date written YYYY-MM-DD.
std::string real_date(std::string& text) {
    if (parse_iso_date(text)) return "";
    if (auto why = impossible_date(text)) return "'" + text + "' is not a real date: " + *why;
    return "'" + text + "' is not a date written YYYY-MM-DD, such as 2024-03-31";
}

// "icbgen bild": the command that was probably meant. Empty when argv names a command, or
// none at all (CLI11 then says what is missing).
std::string unknown_command(const CLI::App& app, int argc, char** argv) {
    if (argc < 2 || argv[1][0] == '-') return "";
    std::string word = argv[1];
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        if (sub->get_name() == word) return "";
        names.push_back(sub->get_name());
    }
    std::string hint = did_you_mean(word, names);
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
    return "icbgen: error: there is no command '" + word +
           "'\n  = hint: " + (hint.empty() ? std::string("T") : hint + " T") + "he commands are " +
           list + " ('icbgen --help' says what each does)\n";
}

}  // namespace

int run_cli(int argc, char** argv) {
    CLI::App app{
        "icbgen: validates an ICB's strategy content and builds its website, board "
        "packs and Excel appendices"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "icbgen 0.1.0");

    CommonOptions common;
    BuildOptions build;
    auto add_common = [&](CLI::App* cmd) {
        cmd->add_option("--root", common.root, "site folder holding content/ and data/")
            ->capture_default_str();
        cmd->add_option("--format", common.format, "diagnostics as 'text' or 'json'")
            ->check(CLI::IsMember({"text", "json"}));
        cmd->add_flag("--strict", common.strict, "treat warnings as errors");
        cmd->add_flag("--verbose,-v", common.verbose,
                      "show every warning in full, and notes (source conflicts)");
        cmd->add_flag("--quiet,-q", common.quiet, "show errors only");
        cmd->add_option("--ignore", common.ignore,
                        "leave out the warnings (or notes) with this code; repeatable")
            ->check(CLI::Validator(ignorable_code, "CODE"));
        cmd->add_option("--as-of", common.as_of,
                        "judge data freshness at this date, YYYY-MM-DD (default: check uses "
                        "today; build and pack the strategy's published date)")
            ->check(CLI::Validator(real_date, "DATE"));
        cmd->add_flag_callback(
            "--timings", [] { enable_stage_times(true); },
            "print each stage's time and peak memory to standard error");
    };
    auto add_output = [&](CLI::App* cmd) {
        cmd->add_option("--out", build.out, "website output folder (default <root>/site)");
        cmd->add_option("--private-out", build.private_out,
                        "private pack folder, kept out of the website (default <root>/private)");
        cmd->add_option("--base-url", build.base_url, "absolute URL the site is published at")
            ->check(CLI::Validator(
                [](std::string& url) -> std::string {
                    // Every absolute link in the site and the packs starts with it.
                    return is_remote_url(url) ? ""
                                              : "give the web address the site is published "
                                                "at, starting https:// (or http://)";
                },
                "URL"));
        cmd->add_option("--assets", build.assets, "nhsuk-frontend dist folder");
        cmd->add_option("--pagefind", build.pagefind,
                        "Pagefind binary for the search index (default: from node_modules)");
        cmd->add_option("--jobs,-j", build.jobs,
                        "threads for pages, workbooks and the link check (default: cores)");
        cmd->add_flag("--force", build.force,
                      "replace an output folder that icbgen did not write (deletes its files)");
        cmd->add_option("--cache", build.cache,
                        "folder keeping PDFs between builds (default <root>/.icbgen-cache/pdf)");
        cmd->add_flag("--no-cache", build.no_cache, "make every PDF afresh; keep none");
    };

    CLI::App* check = app.add_subcommand("check", "validate content and data; render nothing");
    add_common(check);
    CLI::App* build_cmd = app.add_subcommand("build", "validate, then generate the site");
    add_common(build_cmd);
    add_output(build_cmd);
    CLI::App* pack = app.add_subcommand(
        "pack",
        "make only this meeting's packs and put them into the outputs of an earlier 'build'");
    add_common(pack);
    add_output(pack);
    pack->add_option("meeting", build.meeting, "meeting id, e.g. 2023-07-24-icp")->required();
    ServeOptions serve;
    CLI::App* serve_cmd = app.add_subcommand(
        "serve", "build into memory and serve the site, rebuilding and reloading on each edit");
    add_common(serve_cmd);
    serve_cmd->add_option("--port", serve.port, "port to listen on (0: any free port)")
        ->capture_default_str()
        ->check(CLI::Range(0, 65535));
    serve_cmd->add_option("--bind", serve.bind, "address to listen on")->capture_default_str();
    serve_cmd->add_flag("--private", serve.serve_private,
                        "also serve the private (part II) packs, under /_private/");
    serve_cmd->add_flag("--poll", serve.poll, "poll for changes every 300 ms instead of inotify");
    serve_cmd->add_option("--base-url", serve.base_url, "absolute URL the site is published at");
    serve_cmd->add_option("--assets", serve.assets, "nhsuk-frontend dist folder");
    serve_cmd->add_option("--jobs,-j", serve.jobs,
                          "threads for pages, workbooks and the link check (default: cores)");
    NewOptions new_options;
    CLI::App* new_cmd = app.add_subcommand(
        "new", "write a new content file with every field present and explained");
    new_cmd
        ->add_option("kind", new_options.kind,
                     "metric, priority, case-study, engagement, meeting or paper")
        ->required();
    new_cmd
        ->add_option("id", new_options.id,
                     "its id; a meeting's is DATE-BODY, e.g. 2024-03-27-board; a paper's "
                     "MEETING/PAPER-ID")
        ->required();
    new_cmd->add_option("--root", common.root, "site folder holding content/ and data/")
        ->capture_default_str();
    new_cmd->add_option("--meeting", new_options.meeting, "the meeting a new paper belongs to");
    new_cmd->add_option("--from", new_options.from,
                        "a new meeting's previous meeting: carry over its standing items and "
                        "times");
    std::string init_dir;
    CLI::App* init_cmd =
        app.add_subcommand("init", "write a small new site to start from into a new folder");
    init_cmd->add_option("dir", init_dir, "the new site's folder (new or empty)")->required();
    std::string code;
    CLI::App* explain_cmd =
        app.add_subcommand("explain", "say what a diagnostic code means (all codes without one)");
    explain_cmd->add_option("code", code, "diagnostic code, e.g. csv-negative");
    ImportCommandOptions import_options;
    CLI::App* import_cmd = add_import_command(app, import_options);
    ExportOptions export_options;
    CLI::App* export_cmd = add_export_command(app, common, export_options);

    if (std::string unknown = unknown_command(app, argc, argv); !unknown.empty()) {
        std::cerr << unknown;
        return kExitUsage;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? kExitOk : kExitUsage;
    }
    try {
        if (*check) {
            common.as_of_today = true;
            return run_check(common);
        }
        if (*build_cmd) return run_build(common, build);
        if (*pack) return run_pack(common, build);
        if (*serve_cmd) return run_serve(common, serve);
        if (*explain_cmd) return run_explain(code);
        if (*import_cmd) return run_import(import_options);
        if (*export_cmd) return run_export(common, export_options);
        if (*new_cmd) return run_new(common, new_options);
        if (*init_cmd) return run_init(init_dir);
    } catch (const std::exception& e) {
        std::cerr << "icbgen: internal error: " << e.what()
                  << "\n  = hint: this is a bug in icbgen; please report it with the input\n";
        return kExitUsage;
    }
    return kExitUsage;
}

}  // namespace icbgen
