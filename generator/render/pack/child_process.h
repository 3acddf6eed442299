#pragma once
// Runs a program as a child process with a time limit: its output (stdout and stderr) goes to
// a log file, its standard input is /dev/null. The child leads its own process group, so that
// when the time runs out the whole group (the child and anything it started) is killed.
#include <string>
#include <vector>

namespace icbgen {

struct ChildResult {
    int exit_status = -1;    // the exit code; 128 + signal when killed; -1 when not started
    bool timed_out = false;  // killed because it ran longer than the limit
    std::string log;         // what it printed, or why it could not start
};

// `argv[0]` is the program's path; `env` replaces the environment. A `timeout_seconds` of 0
// or less means no limit.
ChildResult run_child(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                      const std::string& log_path, int timeout_seconds);

}  // namespace icbgen
