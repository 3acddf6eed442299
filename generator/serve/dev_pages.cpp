#include "serve/dev_pages.h"

#include "core/text.h"

namespace icbgen {

namespace {

std::string esc(std::string_view s) { return escape_markup(s, true); }

std::string where(const SourceLocation& at) {
    std::string s = at.path;
    if (at.line > 0) s += ":" + std::to_string(at.line);
    if (at.line > 0 && at.column > 0) s += ":" + std::to_string(at.column);
    return s;
}

// The line a diagnostic points at, or empty.
std::string source_line(const SourceLocation& at, const FileSystem* sources) {
    if (!sources || at.line <= 0 || at.path.empty()) return {};
    auto text = sources->read(at.path);
    if (!text) return {};
    std::size_t start = 0;
    for (int line = 1; line < at.line; ++line) {
        start = text->find('\n', start);
        if (start == std::string::npos) return {};
        ++start;
    }
    std::size_t end = text->find('\n', start);
    std::string line = text->substr(start, end == std::string::npos ? end : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

// One diagnostic as a list item: where, what, the source line with a caret, and the hint.
std::string item(const Diagnostic& d, const FileSystem* sources) {
    std::string out = "<li class=\"icbgen-diagnostic\"><p class=\"nhsuk-u-margin-bottom-2\">";
    out += "<strong><code>" + esc(where(d.location)) + "</code></strong> ";
    out += std::string(severity_name(d.severity)) + "[" + esc(d.code) + "]: " + esc(d.message) +
           "</p>";
    std::string line = source_line(d.location, sources);
    if (!line.empty()) {
        out += "<pre class=\"icbgen-source\"><code>" + esc(line);
        if (d.location.column > 0) {
            std::string caret(static_cast<std::size_t>(d.location.column - 1), ' ');
            // Tabs keep their width under the caret.
            for (std::size_t i = 0; i < caret.size() && i < line.size(); ++i)
                if (line[i] == '\t') caret[i] = '\t';
            out += "\n" + caret + "^";
        }
        out += "</code></pre>";
    }
    if (!d.hint.empty()) out += "<p class=\"nhsuk-body-s\">Hint: " + esc(d.hint) + "</p>";
    return out + "</li>\n";
}

}  // namespace

const std::string& reload_script() {
    static const std::string script =
        R"JS(// icbgen serve: reloads this page when the site is rebuilt. Never part of `build` output.
(function () {
  var me = document.currentScript;
  var built = me ? me.getAttribute("data-generation") : null;
  var events = new EventSource("/_icbgen/events");
  function reload(e) { if (e.data !== built) location.reload(); }
  events.addEventListener("hello", reload);
  events.addEventListener("reload", reload);
  document.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest("[data-icbgen-dismiss]") : null;
    if (!button) return;
    var panel = document.getElementById(button.getAttribute("data-icbgen-dismiss"));
    if (panel) panel.remove();
  });
})();
)JS";
    return script;
}

std::string add_dev_tools(const std::string& html, unsigned long generation,
                          const std::string& warnings_panel, bool is_private) {
    std::string out = html;
    std::string script = "<script src=\"" + std::string(kReloadScriptPath) +
                         "\" data-generation=\"" + std::to_string(generation) + "\"></script>\n";
    auto head_end = out.find("</head>");
    out.insert(head_end == std::string::npos ? 0 : head_end, script);
    std::string top;
    if (is_private)
        top +=
            "<div class=\"icbgen-private-banner\" role=\"note\" style=\"background:#d5281b;"
            "color:#fff;padding:8px 16px;font-weight:bold\">Private (part II) — not for "
            "publication. Served only because icbgen serve was given --private.</div>\n";
    top += warnings_panel;
    if (top.empty()) return out;
    auto body = out.find("<body");
    auto body_end = body == std::string::npos ? std::string::npos : out.find('>', body);
    out.insert(body_end == std::string::npos ? out.size() : body_end + 1, "\n" + top);
    return out;
}

std::string warnings_panel(const std::vector<Diagnostic>& warnings, const FileSystem* sources) {
    if (warnings.empty()) return {};
    std::string out =
        "<div id=\"icbgen-warnings\" class=\"nhsuk-width-container\">"
        "<div class=\"nhsuk-warning-callout\"><h2 class=\"nhsuk-warning-callout__label\">"
        "<span role=\"text\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>" +
        std::to_string(warnings.size()) + (warnings.size() == 1 ? " warning" : " warnings") +
        " from icbgen check</span></h2>"
        "<details class=\"nhsuk-details\"><summary class=\"nhsuk-details__summary\">"
        "<span class=\"nhsuk-details__summary-text\">Show the warnings</span></summary>"
        "<div class=\"nhsuk-details__text\"><ul class=\"nhsuk-list\">\n";
    for (const auto& w : warnings) out += item(w, sources);
    out +=
        "</ul></div></details>"
        "<button class=\"nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0\" "
        "type=\"button\" data-icbgen-dismiss=\"icbgen-warnings\">Dismiss</button>"
        "</div></div>\n";
    return out;
}

std::string error_page(const std::vector<Diagnostic>& errors, const FileSystem* sources,
                       const std::vector<std::string>& stylesheets) {
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>The site has errors - icbgen serve</title>\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    for (const auto& css : stylesheets)
        out += "<link rel=\"stylesheet\" href=\"" + esc(css) + "\">\n";
    out +=
        "<style>.icbgen-source{background:#f0f4f5;padding:8px;overflow-x:auto;"
        "font-size:16px}</style>\n</head>\n<body>\n"
        "<header class=\"nhsuk-header\" role=\"banner\"><div class=\"nhsuk-width-container "
        "nhsuk-header__container\"><p class=\"nhsuk-header__transactional-service-name\" "
        "style=\"color:#fff;font-weight:bold\">icbgen serve</p></div></header>\n"
        "<div class=\"nhsuk-width-container\"><main class=\"nhsuk-main-wrapper\" "
        "id=\"maincontent\">\n"
        "<div class=\"nhsuk-error-summary\" aria-labelledby=\"error-summary-title\" "
        "role=\"alert\" tabindex=\"-1\">\n<h1 class=\"nhsuk-error-summary__title\" "
        "id=\"error-summary-title\">The site has " +
        std::to_string(errors.size()) + (errors.size() == 1 ? " error" : " errors") +
        "</h1>\n<div class=\"nhsuk-error-summary__body\"><p>Fix " +
        (errors.size() == 1 ? std::string("it") : std::string("them")) +
        " and save: this page shows the site again as soon as <code>icbgen check</code> "
        "finds no errors.</p>\n<ul class=\"nhsuk-list\">\n";
    for (const auto& e : errors) out += item(e, sources);
    out += "</ul></div></div>\n</main></div>\n</body>\n</html>\n";
    return out;
}

}  // namespace icbgen
