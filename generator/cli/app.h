#pragma once
// The command line: `icbgen check`, `icbgen build`, `icbgen pack <meeting-id>`, `icbgen new`,
// `icbgen init`,
// `icbgen explain [code]`.
namespace icbgen {

// Exit codes: 0 clean (warnings allowed), 1 content errors, 2 usage or I/O failure.
constexpr int kExitOk = 0;
constexpr int kExitErrors = 1;
constexpr int kExitUsage = 2;

int run_cli(int argc, char** argv);

}  // namespace icbgen
