#pragma once
#include <string>

#include "cli/front_end.h"

namespace icbgen {

// The port `icbgen serve` listens on unless --port is given.
constexpr int kDefaultServePort = 8040;

struct ServeOptions {
    std::string bind = "127.0.0.1";  // loopback unless --bind
    int port = kDefaultServePort;    // 0: one the system chooses
    bool serve_private = false;      // private packs under /_private/
    bool poll = false;               // poll for changes instead of inotify
    std::string base_url;
    std::string assets;
    int jobs = 0;
};

// `icbgen serve`: builds the site into memory (no PDFs until one is asked for), serves it,
// and rebuilds and reloads open pages when content/, data/ or templates/ change. Prints the
// address as the first line on stdout. Runs until SIGINT or SIGTERM.
int run_serve(const CommonOptions& common, const ServeOptions& options);

}  // namespace icbgen
