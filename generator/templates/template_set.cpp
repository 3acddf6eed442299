#include "templates/template_set.h"

#include <kainjow/mustache.hpp>

#include "core/resources.h"

namespace icbgen {

namespace mustache = kainjow::mustache;

namespace {

mustache::data to_data(const nlohmann::json& j) {
    switch (j.type()) {
        case nlohmann::json::value_t::object: {
            mustache::data obj{mustache::data::type::object};
            for (auto it = j.begin(); it != j.end(); ++it) obj.set(it.key(), to_data(it.value()));
            return obj;
        }
        case nlohmann::json::value_t::array: {
            mustache::data list{mustache::data::type::list};
            for (const auto& item : j) list.push_back(to_data(item));
            return list;
        }
        case nlohmann::json::value_t::string: return mustache::data{j.get<std::string>()};
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

}  // namespace

TemplateSet TemplateSet::load(const FileSystem& site, Diagnostics& diags) {
    TemplateSet set;
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
    mustache::mustache tmpl{it->second};
    if (!tmpl.is_valid()) {
        diags.error("template-syntax", {origin(name), 0, 0}, tmpl.error_message());
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
        return std::nullopt;
    }
    return out;
}

}  // namespace icbgen
