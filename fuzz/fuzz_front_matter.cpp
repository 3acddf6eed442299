// Fuzz target: front matter splitting, YAML parsing with positions, conversion to JSON, the
// schema check against a shipped schema (chosen by the first byte), the safe typed reads, and
// the compiler-style printing of whatever diagnostics come out.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "content/content_loader.h"
#include "content/front_matter.h"
#include "content/schema_check.h"
#include "content/yaml_document.h"
#include "core/diagnostic_format.h"
#include "core/file_system.h"
#include "core/resources.h"

namespace {

constexpr icbgen::DocumentKind kKinds[] = {
    icbgen::DocumentKind::site,       icbgen::DocumentKind::strategy,
    icbgen::DocumentKind::priority,   icbgen::DocumentKind::metric,
    icbgen::DocumentKind::charter,    icbgen::DocumentKind::commitment,
    icbgen::DocumentKind::case_study, icbgen::DocumentKind::engagement,
    icbgen::DocumentKind::meeting,    icbgen::DocumentKind::paper,
    icbgen::DocumentKind::minutes,    icbgen::DocumentKind::people,
    icbgen::DocumentKind::glossary,
};

const nlohmann::json* schema_for(icbgen::DocumentKind kind) {
    static nlohmann::json schemas[std::size(kKinds)];
    static bool loaded = false;
    if (!loaded) {
        for (std::size_t i = 0; i < std::size(kKinds); ++i) {
            auto text = icbgen::embedded_file(std::string("schemas/") +
                                              icbgen::kind_name(kKinds[i]) + ".schema.json");
            if (text) schemas[i] = nlohmann::json::parse(*text);
        }
        loaded = true;
    }
    for (std::size_t i = 0; i < std::size(kKinds); ++i)
        if (kKinds[i] == kind) return schemas[i].is_null() ? nullptr : &schemas[i];
    return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    icbgen::DocumentKind kind = kKinds[data[0] % std::size(kKinds)];
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::string path = "content/fuzz.md";

    icbgen::Diagnostics diags;
    if (!icbgen::check_utf8(path, text, diags)) return 0;  // the loader stops here too
    icbgen::FrontMatterSplit split = icbgen::split_front_matter(text);
    std::string yaml = split.has_front_matter ? split.yaml : text;
    int first_line = split.has_front_matter ? split.yaml_first_line : 1;
    if (auto doc = icbgen::YamlDocument::parse(path, yaml, first_line, diags)) {
        const YAML::Node& root = doc->root();
        (void)doc->location(root);
        (void)doc->location(root, "id");
        (void)doc->key_location(root, "title");
        (void)doc->find({"ambitions", "0", "metrics"});
        (void)icbgen::yaml_string(root, "title");
        (void)icbgen::yaml_optional_string(root, "id");
        (void)icbgen::yaml_number(root, "target");
        (void)icbgen::yaml_integer(root, "order");
        (void)icbgen::yaml_bool(root, "draft");
        (void)icbgen::yaml_strings(root, "metrics");
        (void)icbgen::yaml_child(root, "source");
        if (auto json = doc->to_json(diags)) {
            if (const nlohmann::json* schema = schema_for(kind))
                icbgen::check_against_schema(*doc, *json, *schema, diags);
        }
    }
    icbgen::MemoryFileSystem fs;
    fs.add(path, text);
    diags.sort_and_dedupe();
    for (const auto& d : diags.items()) (void)icbgen::format_diagnostic(d, &fs, true);
    return 0;
}
