#pragma once
// Writes a WorkbookSpec as an OpenDocument spreadsheet (.ods), the open format the Analysis
// Function guidance asks for beside Excel. It reads the same WorkbookSpec as the .xlsx writer
// (workbook_writer.h), so both files hold the same sheets, cells, number formats and document
// properties; only the line charts are Excel's alone (their figures are in the tables). The
// XML is written here and zipped through render/zip_archive.h (mimetype first and stored), with
// every date from the content, so two builds give the same bytes. See docs/WORKBOOKS.md.
#include <optional>
#include <string>

#include "render/workbook/workbook_spec.h"

namespace icbgen::workbook {

// The bytes of the .ods file, or nullopt with `error` set when the archive failed.
std::optional<std::string> write_ods(const WorkbookSpec& spec, std::string& error);

// The parts of the file, for tests: content.xml and meta.xml.
std::string ods_content_xml(const WorkbookSpec& spec);
std::string ods_meta_xml(const WorkbookSpec& spec);

}  // namespace icbgen::workbook
