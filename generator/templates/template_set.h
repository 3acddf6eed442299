#pragma once
// The one place icbgen touches kainjow-mustache. Templates are logic-less Mustache files: the
// shipped ones are compiled into icbgen, and a site's own `templates/` folder overrides any of
// them by name. Partials live in `templates/partials/` and are used as {{> name}}.
// Templates see only the JSON view objects the renderers prepare for them; everything is
// HTML-escaped unless a view field is deliberately rendered with {{{triple}}} braces.
#include <cstdint>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "core/file_system.h"

namespace icbgen {

// Renders kept between the builds of one process (`icbgen serve`): by template name and view
// (compared whole), for as long as the templates' sources stay the same. Safe from several
// threads.
class TemplateMemo {
public:
    // Forgets everything if `sources` are not those of the last call.
    void use_sources(const std::map<std::string, std::string>& sources);
    std::optional<std::string> find(const std::string& key);
    void store(const std::string& key, const std::string& output);
    // Forgets the renders not asked for since the last call (so old views do not pile up).
    void forget_unused();

private:
    std::mutex mutex_;
    std::map<std::string, std::string> sources_;
    std::map<std::string, std::pair<std::string, bool>> outputs_;  // key -> (output, used)
};

class TemplateSet {
public:
    // Shipped templates, then overrides from the site's templates/ folder.
    static TemplateSet load(const FileSystem& site, Diagnostics& diags);
    // For tests: templates given directly, name -> source ("page.mustache").
    static TemplateSet from_sources(std::map<std::string, std::string> sources);

    bool has(const std::string& name) const { return sources_.count(name) > 0; }
    // Renders template `name` (e.g. "page.mustache") with `view`; reports template errors.
    std::optional<std::string> render(const std::string& name, const nlohmann::json& view,
                                      Diagnostics& diags) const;
    // Where a template came from (for diagnostics): "templates/page.mustache (shipped)" etc.
    std::string origin(const std::string& name) const;
    // Every template's source by name (what a rendered page depends on besides its view).
    const std::map<std::string, std::string>& sources() const { return sources_; }
    // `serve`: renders go through `memo` (null: none), which these sources then own.
    void use_memo(TemplateMemo* memo);

    // Website pages' templates (not the packs', nor assets): their lines' indentation, which
    // is there for people editing them, is left out of the pages (about 6% of a page's bytes),
    // unless a template keeps spaces as written (<pre>, <textarea>, CSS white-space).
    static bool is_page_template(const std::string& name);
    static std::string without_indentation(const std::string& html);

private:
    std::optional<std::string> render_now(const std::string& name, const nlohmann::json& view,
                                          Diagnostics& diags) const;
    // `name`'s source with its {{> partials}} written in (see render()).
    std::string expanded(const std::string& name) const;

    std::map<std::string, std::string> sources_;
    std::map<std::string, std::string> origins_;
    TemplateMemo* memo_ = nullptr;
    std::uint64_t id_ = 0;  // which parsed templates of a thread's cache are this set's
};

}  // namespace icbgen
