#pragma once
// URL fields in front matter: every field whose schema says `"format": "uri-reference"`
// (`source.url` and the like) must hold an https:, http: or mailto: address or a path on this
// site (core/url.h); anything else is an `unsafe-url` error at the field.
#include <nlohmann/json.hpp>

#include "content/yaml_document.h"
#include "core/diagnostic.h"

namespace icbgen {

void check_url_fields(const YamlDocument& doc, const nlohmann::json& schema, Diagnostics& diags);

}  // namespace icbgen
