#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/explain_command.h"
#include "core/url.h"

namespace icbgen {

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
        cmd->add_flag("--verbose,-v", common.verbose, "also show notes (source conflicts)");
        cmd->add_option("--as-of", common.as_of,
                        "judge data freshness at this date (default: the strategy's date)");
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
        cmd->add_option("--jobs,-j", build.jobs, "pages rendered in parallel (default: cores)");
        cmd->add_flag("--force", build.force,
                      "replace an output folder that icbgen did not write (deletes its files)");
    };

    CLI::App* check = app.add_subcommand("check", "validate content and data; render nothing");
    add_common(check);
    CLI::App* build_cmd = app.add_subcommand("build", "validate, then generate the site");
    add_common(build_cmd);
    add_output(build_cmd);
    CLI::App* pack = app.add_subcommand(
        "pack", "build everything, as 'build' does, and fail unless this meeting's packs are made");
    add_common(pack);
    add_output(pack);
    pack->add_option("meeting", build.meeting, "meeting id, e.g. 2023-07-24-icp")->required();
    std::string code;
    CLI::App* explain_cmd =
        app.add_subcommand("explain", "say what a diagnostic code means (all codes without one)");
    explain_cmd->add_option("code", code, "diagnostic code, e.g. csv-negative");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? kExitOk : kExitUsage;
    }
    try {
        if (*check) return run_check(common);
        if (*build_cmd) return run_build(common, build);
        if (*pack) return run_pack(common, build);
        if (*explain_cmd) return run_explain(code);
    } catch (const std::exception& e) {
        std::cerr << "icbgen: internal error: " << e.what()
                  << "\n  = hint: this is a bug in icbgen; please report it with the input\n";
        return kExitUsage;
    }
    return kExitUsage;
}

}  // namespace icbgen
