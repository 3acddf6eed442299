#include "core/diagnostic_codes.h"

namespace icbgen {

// To add a code: add its line here, in its group, and a row to the table of its group in
// docs/CONTENT_MODEL.md ("What `check` reports") saying what it means and what to do.
const std::vector<DiagnosticCode>& diagnostic_codes() {
    static const std::vector<DiagnosticCode> codes = {
        // Reading files
        {"io", Severity::error, "a file or folder could not be read or written"},
        {"utf8-invalid", Severity::error, "a file is not saved as UTF-8"},
        {"unknown-file", Severity::warning, "a file icbgen does not recognise, so it is ignored"},
        {"front-matter-missing", Severity::error, "a Markdown file without its '---' fields block"},
        {"front-matter-unterminated", Severity::error, "a '---' fields block that is never closed"},
        {"confusable-letters", Severity::error, "a Greek or Cyrillic letter that looks Latin"},
        {"control-character", Severity::error, "a NUL byte or other control character in a file"},
        {"date-impossible", Severity::error, "a YYYY-MM-DD date that is no day of the calendar"},
        // YAML
        {"yaml-tab", Severity::error, "a line of YAML indented with a tab"},
        {"yaml-quote", Severity::error, "an apostrophe that ends a single-quoted text early"},
        {"yaml-colon", Severity::error, "': ' inside an unquoted text"},
        {"yaml-syntax", Severity::error, "any other YAML that cannot be read"},
        {"yaml-duplicate-key", Severity::error, "the same key twice in one block of YAML"},
        {"yaml-too-large", Severity::error, "YAML too large or too deeply nested to be content"},
        // Fields
        {"missing-field", Severity::error, "a required field (or a paragraph's text) is missing"},
        {"unknown-key", Severity::error, "a field this kind of file does not have"},
        {"wrong-type", Severity::error, "a field holding the wrong kind of value"},
        {"bad-value", Severity::error, "a value that is not one of the field's allowed values"},
        {"bad-format", Severity::error, "a value not written in the field's expected form"},
        {"id-not-slug", Severity::error, "an id that is not lowercase letters, digits and hyphens"},
        {"schema", Severity::error, "any other field problem, in the schema checker's words"},
        {"unsafe-url", Severity::error, "a web address that may not become a link"},
        {"to-do", Severity::warning, "a field or text a stub left as \"TO DO\""},
        {"logo-missing", Severity::error, "site.yaml's logo file does not exist in the site"},
        {"logo-unreadable", Severity::error, "site.yaml's logo file is not an SVG or PNG image"},
        // Ids and references
        {"duplicate-id", Severity::error, "two things of the same kind with one id"},
        {"id-mismatch", Severity::error, "an id that disagrees with its file name"},
        {"unknown-reference", Severity::error, "an id, initials or meeting that names nothing"},
        {"unknown-theme", Severity::error, "a quote's theme that is no theme of its activity"},
        {"priority-order-duplicate", Severity::error, "two priorities with the same order"},
        // Markdown and links
        {"link-relative", Severity::error, "a link or image relative to its own file"},
        {"link-broken", Severity::error, "a link to a content file that does not exist"},
        {"raw-html", Severity::warning, "raw HTML in Markdown, which is never published"},
        {"remote-image", Severity::warning, "an image on another website"},
        {"private-link", Severity::error, "a public page linking to a private paper"},
        // Strategy and measures
        {"ambition-no-metric", Severity::error, "an ambition with no measures"},
        {"ambition-untracked", Severity::warning, "an ambition none of whose measures has data"},
        {"metric-no-target", Severity::warning, "a measure without a target"},
        {"metric-unused", Severity::warning, "a measure linked to no ambition"},
        {"progress-non-local", Severity::warning,
         "a measure whose headline figures are not for the ICB's own area"},
        // Data (CSV)
        {"csv-empty", Severity::error, "an empty CSV file"},
        {"csv-syntax", Severity::error, "a quoted CSV field that is never closed"},
        {"csv-field-count", Severity::error, "a CSV row with more or fewer fields than the header"},
        {"csv-separator", Severity::error, "a CSV separated by semicolons or tabs, not commas"},
        {"csv-header-case", Severity::error, "a known column name not in lower case"},
        {"csv-missing-column", Severity::error, "a CSV header without 'period' or 'value'"},
        {"csv-missing-value", Severity::error, "a CSV row with no value and no note saying why"},
        {"csv-bad-number", Severity::error, "a CSV number written with '%', '£' or commas"},
        {"csv-bad-period", Severity::error, "a CSV period icbgen cannot read"},
        {"csv-duplicate-period", Severity::error, "two values for the same period and area"},
        {"csv-negative", Severity::error, "a negative value for a measure that cannot be"},
        {"csv-percent-range", Severity::error, "a percentage outside 0 to 100"},
        {"csv-ci-range", Severity::error, "a value outside its own confidence interval"},
        {"csv-ratio-mismatch", Severity::error,
         "a value that disagrees with its numerator and denominator"},
        {"series-orphan", Severity::error, "a CSV named after no measure"},
        {"data-stale", Severity::warning, "a measure whose newest figure is overdue"},
        {"period-financial-year", Severity::warning,
         "a period such as 2023-24, read as two calendar years"},
        // Figures against the data and themselves
        {"figure-link-mismatch", Severity::error,
         "a figure in a link to a metric that is none of its figures"},
        {"outcome-metric-mismatch", Severity::error,
         "a case-study outcome that contradicts its metric's data"},
        {"baseline-mismatch", Severity::error, "a baseline that disagrees with the CSV"},
        {"target-percent-range", Severity::error,
         "a percentage target outside what a percentage can be"},
        {"percent-reduction-range", Severity::error, "a reduction of more than 100% in prose"},
        {"percent-of-mismatch", Severity::warning,
         "a percentage that does not follow from its counts"},
        // Meetings
        {"meeting-folder", Severity::error, "a meeting folder not named <YYYY-MM-DD>-<body>"},
        {"meeting-date", Severity::error, "a meeting date that disagrees with its folder name"},
        {"meeting-missing", Severity::error, "a paper or minutes in a folder with no meeting.yaml"},
        {"meeting-no-agenda", Severity::error, "a pack asked for a meeting with no agenda"},
        {"minutes-missing", Severity::error, "an agenda approving minutes that do not exist"},
        {"agenda-time", Severity::error, "agenda times that run backwards or past the end"},
        {"agenda-paper-twice", Severity::error, "the same paper on two items of one agenda"},
        {"action-due-before-meeting", Severity::error,
         "an action due before the meeting that raised it"},
        {"action-closed-before-meeting", Severity::error, "an action closed by an earlier meeting"},
        {"minutes-order", Severity::warning, "minutes items not in the agenda's order"},
        {"paper-overdue", Severity::warning, "a paper still a draft after the day it was due"},
        {"agenda-late", Severity::warning,
         "an agenda published fewer clear days before its meeting than site.yaml asks"},
        {"part-mismatch", Severity::warning, "a public paper on a private item, or the reverse"},
        {"paper-unlisted", Severity::error, "a paper on no agenda item"},
        {"action-incomplete", Severity::error, "an action without its text or owner"},
        {"question-incomplete", Severity::error, "a public question without its answer"},
        {"minute-number-duplicate", Severity::warning, "a minute number used twice in one item"},
        {"minute-number-item", Severity::warning, "a minute number belonging to another item"},
        {"minute-number-missing", Severity::warning, "minute numbers that skip some"},
        {"interest-dates", Severity::error, "a registered interest that ends before it begins"},
        {"declaration-interest-unknown", Severity::error,
         "a declaration naming an interest its person has not registered"},
        {"declaration-missing", Severity::warning,
         "a member present with a relevant interest who declared nothing"},
        {"source-conflict", Severity::note, "the source document gives conflicting figures"},
        // Building the outputs
        {"output-unsafe", Severity::error,
         "an output folder that would replace the site's own files"},
        {"output-not-ours", Severity::error, "an output folder holding files icbgen did not write"},
        {"pack-no-output", Severity::error, "`pack` has no earlier build's outputs to update"},
        {"output-restored", Severity::note, "an interrupted earlier build was put right"},
        {"output-link-broken", Severity::error, "a link in the built website that leads nowhere"},
        {"assets-missing", Severity::error, "the NHS.UK frontend files were not found"},
        {"template-missing", Severity::error, "a template that does not exist"},
        {"template-syntax", Severity::error, "a template that cannot be read"},
        {"render-failed", Severity::error, "a page that could not be made"},
        {"search-tool-missing", Severity::error,
         "Pagefind, which makes the website's search index, is missing"},
        {"search-index-failed", Severity::error, "Pagefind could not make the search index"},
        {"pdf-tool-missing", Severity::error, "WeasyPrint, which makes the PDF packs, is missing"},
        {"pdf-failed", Severity::error, "WeasyPrint could not make a PDF pack"},
        {"pdf-fetch-refused", Severity::warning, "a PDF pack left out a file from elsewhere"},
        {"workbook-write", Severity::error,
         "an Excel or OpenDocument workbook could not be written"},
        {"download-write", Severity::error, "the zip of every metric's data could not be written"},
        // Importing (icbgen import)
        {"import-missing-column", Severity::error,
         "a downloaded file without a column its format needs"},
        {"import-ambiguous", Severity::error,
         "a downloaded file holding several indicators or metrics, none chosen"},
        {"import-bad-period", Severity::error, "a downloaded period icbgen cannot represent"},
        {"import-bad-number", Severity::error, "a downloaded figure that is not a number"},
        {"import-no-rows", Severity::error, "nothing in a downloaded file matches what was asked"},
        // icbgen's own files
        {"schema-missing", Severity::error, "icbgen has no schema for a kind of file"},
        {"schema-broken", Severity::error, "a schema that cannot be loaded"},
    };
    return codes;
}

const DiagnosticCode* find_diagnostic_code(std::string_view code) {
    for (const auto& c : diagnostic_codes())
        if (code == c.code) return &c;
    return nullptr;
}

}  // namespace icbgen
