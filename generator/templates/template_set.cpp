#include "templates/template_set.h"

#include <atomic>
#include <cctype>
#include <kainjow/mustache.hpp>
#include <memory>

#include "core/resources.h"

namespace icbgen {

namespace mustache = kainjow::mustache;

namespace {

mustache::data to_data(const nlohmann::json& j) {
    switch (j.type()) {
        // Children are moved in, never copied: kainjow's set() and push_back() copy their
        // argument whole, which made converting a view cost its size times its depth (an
        // eighth of a 1,000-page build's instructions, callgrind).
        case nlohmann::json::value_t::object: {
            mustache::data obj{mustache::data::type::object};
            for (auto it = j.begin(); it != j.end(); ++it) obj[it.key()] = to_data(it.value());
            return obj;
        }
        case nlohmann::json::value_t::array: {
            mustache::data list{mustache::data::type::list};
            // list_value() is the list the data owns (not a const object), so it may be
            // filled in place.
            auto& items = const_cast<mustache::basic_list<std::string>&>(list.list_value());
            items.reserve(j.size());
            for (const auto& item : j) items.push_back(to_data(item));
            return list;
        }
        case nlohmann::json::value_t::string:
            return mustache::data{j.get_ref<const std::string&>()};
        case nlohmann::json::value_t::boolean: return mustache::data{j.get<bool>()};
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned: return mustache::data{j.dump()};
        case nlohmann::json::value_t::number_float: {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%g", j.get<double>());
            return mustache::data{std::string(buf)};
        }
        default: return mustache::data{false};
    }
}

std::uint64_t next_set_id() {
    static std::atomic<std::uint64_t> last{0};
    return ++last;
}

// Each thread keeps the templates it has parsed, for one TemplateSet at a time: parsing
// (kainjow parses a partial again at every use, inside loops too) was about an eighth of a
// build's instructions when every page parsed its template and partials afresh. A parsed
// template is only read while rendering (its error message aside, and one with an error is
// dropped), but each thread has its own so that nothing is shared.
struct ParsedTemplates {
    std::uint64_t set = 0;
    std::map<std::string, std::unique_ptr<mustache::mustache>> parsed;
};
thread_local ParsedTemplates parsed_templates;

std::string trimmed(const std::string& s) {
    std::size_t b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

}  // namespace

std::string TemplateSet::expanded(const std::string& name) const {
    const std::string& source = sources_.at(name);
    // A template that changes its delimiters is left to kainjow as it is.
    if (source.find("{{=") != std::string::npos) return source;
    // Partials written into the text where they are used, as kainjow would render them there
    // (it renders a partial in the same context and on the same line); nested ones too, to a
    // depth that stops a partial that includes itself.
    auto expand = [&](auto& self, const std::string& text, int depth) -> std::string {
        std::string out;
        std::size_t at = 0;
        while (true) {
            std::size_t open = text.find("{{>", at);
            std::size_t close = open == std::string::npos ? open : text.find("}}", open);
            if (close == std::string::npos) break;
            auto partial = sources_.find(
                "partials/" + trimmed(text.substr(open + 3, close - open - 3)) + ".mustache");
            out.append(text, at, open - at);
            if (partial == sources_.end() || depth >= 8 ||
                partial->second.find("{{=") != std::string::npos)
                out.append(text, open, close + 2 - open);  // left to kainjow
            else
                out += self(self, partial->second, depth + 1);
            at = close + 2;
        }
        out.append(text, at, std::string::npos);
        return out;
    };
    std::string text = expand(expand, source, 0);
    return is_page_template(name) ? without_indentation(text) : text;
}

bool TemplateSet::is_page_template(const std::string& name) {
    return name.rfind("assets/", 0) != 0 && name.rfind("pack/", 0) != 0;
}

std::string TemplateSet::without_indentation(const std::string& html) {
    // Where spaces are kept as written, indentation is part of the content.
    std::string lower;
    for (char c : html) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* keeps : {"<pre", "<textarea", "white-space"})
        if (lower.find(keeps) != std::string::npos) return html;
    std::string out;
    out.reserve(html.size());
    bool line_start = true;
    for (char c : html) {
        if (line_start && (c == ' ' || c == '\t')) continue;
        out += c;
        line_start = c == '\n';
    }
    return out;
}

TemplateSet TemplateSet::load(const FileSystem& site, Diagnostics& diags) {
    TemplateSet set;
    set.id_ = next_set_id();
    for (const auto& path : embedded_files("templates/")) {
        std::string name = path.substr(std::string("templates/").size());
        set.sources_[name] = std::string(*embedded_file(path));
        set.origins_[name] = path + " (shipped)";
    }
    for (const auto& path : site.list("templates")) {
        if (path.size() < 9 || path.compare(path.size() - 9, 9, ".mustache") != 0) continue;
        auto text = site.read(path);
        if (!text) {
            diags.error("io", {path, 0, 0}, "could not read this template");
            continue;
        }
        std::string name = path.substr(std::string("templates/").size());
        set.sources_[name] = *text;
        set.origins_[name] = path;
    }
    return set;
}

TemplateSet TemplateSet::from_sources(std::map<std::string, std::string> sources) {
    TemplateSet set;
    set.id_ = next_set_id();
    for (const auto& [name, _] : sources) set.origins_[name] = name;
    set.sources_ = std::move(sources);
    return set;
}

std::string TemplateSet::origin(const std::string& name) const {
    auto it = origins_.find(name);
    return it == origins_.end() ? "templates/" + name : it->second;
}

void TemplateMemo::use_sources(const std::map<std::string, std::string>& sources) {
    std::lock_guard lock(mutex_);
    if (sources == sources_) return;
    sources_ = sources;
    outputs_.clear();
}

std::optional<std::string> TemplateMemo::find(const std::string& key) {
    std::lock_guard lock(mutex_);
    auto it = outputs_.find(key);
    if (it == outputs_.end()) return std::nullopt;
    it->second.second = true;
    return it->second.first;
}

void TemplateMemo::store(const std::string& key, const std::string& output) {
    std::lock_guard lock(mutex_);
    outputs_[key] = {output, true};
}

void TemplateMemo::forget_unused() {
    std::lock_guard lock(mutex_);
    for (auto it = outputs_.begin(); it != outputs_.end();) {
        if (!it->second.second) {
            it = outputs_.erase(it);
        } else {
            it->second.second = false;
            ++it;
        }
    }
}

void TemplateSet::use_memo(TemplateMemo* memo) {
    memo_ = memo;
    if (memo_) memo_->use_sources(sources_);
}

std::optional<std::string> TemplateSet::render(const std::string& name, const nlohmann::json& view,
                                               Diagnostics& diags) const {
    if (memo_) {
        std::string key = name + '\n' + view.dump();
        if (auto kept = memo_->find(key)) return kept;
        Diagnostics own;
        auto out = render_now(name, view, own);
        if (out && own.empty()) memo_->store(key, *out);
        diags.append(own);
        return out;
    }
    return render_now(name, view, diags);
}

std::optional<std::string> TemplateSet::render_now(const std::string& name,
                                                   const nlohmann::json& view,
                                                   Diagnostics& diags) const {
    auto it = sources_.find(name);
    if (it == sources_.end()) {
        diags.error("template-missing", {"templates/" + name, 0, 0},
                    "no template named '" + name + "'",
                    "add templates/" + name + " or restore the shipped one");
        return std::nullopt;
    }
    ParsedTemplates& cache = parsed_templates;
    if (cache.set != id_) {
        cache.parsed.clear();
        cache.set = id_;
    }
    std::unique_ptr<mustache::mustache>& parsed = cache.parsed[name];
    if (!parsed) {
        parsed = std::make_unique<mustache::mustache>(expanded(name));
        // A syntax error is reported as before, where kainjow finds it in the unexpanded text.
        if (!parsed->is_valid()) parsed = std::make_unique<mustache::mustache>(it->second);
    }
    mustache::mustache& tmpl = *parsed;
    if (!tmpl.is_valid()) {
        diags.error("template-syntax", {origin(name), 0, 0}, tmpl.error_message());
        cache.parsed.erase(name);
        return std::nullopt;
    }
    mustache::data data = to_data(view);
    for (const auto& [pname, psource] : sources_) {
        if (pname.rfind("partials/", 0) != 0) continue;
        std::string key = pname.substr(9, pname.size() - 9 - 9);  // strip dir and ".mustache"
        const std::string* src = &psource;
        data.set(key, mustache::partial([src]() { return *src; }));
    }
    std::string out = tmpl.render(data);
    if (!tmpl.is_valid()) {
        diags.error("template-syntax", {origin(name), 0, 0}, tmpl.error_message());
        cache.parsed.erase(name);
        return std::nullopt;
    }
    return out;
}

}  // namespace icbgen
