#pragma once
// `icbgen new KIND ID`: a new content file with every field present and commented, in the
// folder the table of kinds names (content/content_kinds.h); `icbgen init DIR`: a whole small
// site to start from. Both write only new files (cli/stub_writer.h); the stubs are compiled
// into the binary from stubs/. Fields only the editor can fill say "TO DO: ...", which `check`
// reports as `to-do` warnings until they are written.
#include <string>

#include "cli/front_end.h"

namespace icbgen {

struct NewOptions {
    std::string kind;     // metric, priority, case-study, engagement, meeting or paper
    std::string id;       // the new file's id; for a paper MEETING/ID also works
    std::string meeting;  // a paper's meeting (--meeting)
    std::string from;     // a meeting's previous meeting (--from): standing items and times
};

// The kinds `new` can write.
const std::vector<std::string>& new_kinds();

int run_new(const CommonOptions& common, const NewOptions& options);
int run_init(const std::string& dir);

}  // namespace icbgen
