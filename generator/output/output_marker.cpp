#include "output/output_marker.h"

namespace fs = std::filesystem;

namespace icbgen {

const std::string& output_marker_text() {
    static const std::string text =
        "This folder was written by icbgen. Each build replaces it whole,\n"
        "so keep nothing of your own in it: edit content/ and data/ instead.\n";
    return text;
}

void check_replaceable(const fs::path& dir, const std::string& option, bool force,
                       Diagnostics& diags) {
    std::error_code ec;
    auto status = fs::status(dir, ec);
    if (!fs::exists(status)) return;
    if (!fs::is_directory(status)) {
        diags.error("output-not-ours", {}, option + " " + dir.string() + " is a file, not a folder",
                    "choose a folder for " + option + ", or move the file away");
        return;
    }
    if (fs::is_regular_file(dir / kOutputMarkerName, ec)) return;
    if (fs::directory_iterator(dir, ec) == fs::directory_iterator()) {
        if (!ec) return;  // empty
        diags.error("output-not-ours", {},
                    option + " " + dir.string() + " cannot be read: " + ec.message(),
                    "choose a folder you can write to for " + option);
        return;
    }
    if (force) return;
    diags.error("output-not-ours", {},
                option + " " + dir.string() +
                    " already holds files that icbgen did not write (it has no " +
                    kOutputMarkerName + " file); building there would delete them",
                "choose a new or empty folder for " + option +
                    ", or pass --force to replace this folder and everything in it");
}

}  // namespace icbgen
