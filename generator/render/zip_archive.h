#pragma once
// Zip archives written with libzip, reached only through this file. Used for the bulk data
// download (render/site/data_package.h) and OpenDocument spreadsheets (render/workbook/
// ods_writer.h). Archives are written the same way every time: entries in the order given,
// every entry dated `date` at midnight (the content's date, never the clock; 1980-01-01, where
// zip dates begin, when there is none), deflated at the entry's level unless stored, and no
// extra fields, so two builds of the same content give the same bytes.
//
// An entry too large to hold (an OpenDocument content.xml of a million rows) can be written
// piece by piece instead: each piece is deflated (zlib) as it comes, so only the compressed
// bytes are ever held, and handed to libzip already compressed.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace icbgen::zip {

// Receives the pieces of a written entry, in order.
using Piece = std::function<void(std::string_view)>;

struct Entry {
    std::string path;    // inside the archive, '/'-separated
    std::string bytes;   // the file's content
    bool store = false;  // stored uncompressed (an OpenDocument `mimetype` must be)
    // When set, the content instead: called once, it gives every piece of the file, in order.
    std::function<void(const Piece&)> write = {};
    int level = 9;  // zlib's deflate level, 1 (fastest) to 9 (smallest)
};

// The archive's bytes, or nullopt with `error` set when libzip failed.
std::optional<std::string> write_archive(const std::vector<Entry>& entries, const std::string& date,
                                         std::string& error);

// An archive read back: every entry's path and uncompressed bytes, in the archive's order (the
// .xlsx writer reads libxlsxwriter's zip this way to rewrite it with a long sheet streamed in:
// render/workbook/xlsx_writer.h). nullopt with `error` set when it is not a readable zip.
struct ReadEntry {
    std::string path;
    std::string bytes;
};
std::optional<std::vector<ReadEntry>> read_archive(std::string_view archive, std::string& error);

}  // namespace icbgen::zip
