#pragma once
// Zip archives written with libzip, reached only through this file. Used for the bulk data
// download (render/site/data_package.h) and OpenDocument spreadsheets (render/workbook/
// ods_writer.h). Archives are written the same way every time: entries in the order given,
// every entry dated `date` at midnight (the content's date, never the clock; 1980-01-01, where
// zip dates begin, when there is none), deflated at level 9 unless stored, and no extra fields,
// so two builds of the same content give the same bytes.
#include <optional>
#include <string>
#include <vector>

namespace icbgen::zip {

struct Entry {
    std::string path;    // inside the archive, '/'-separated
    std::string bytes;   // the file's content
    bool store = false;  // stored uncompressed (an OpenDocument `mimetype` must be)
};

// The archive's bytes, or nullopt with `error` set when libzip failed.
std::optional<std::string> write_archive(const std::vector<Entry>& entries, const std::string& date,
                                         std::string& error);

}  // namespace icbgen::zip
