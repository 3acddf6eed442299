#pragma once
// The Content-Type `icbgen serve` sends for a file, by its extension.
#include <string>

namespace icbgen {

// "text/html; charset=utf-8" for "index.html"; application/octet-stream when not known.
std::string content_type_for(const std::string& path);

}  // namespace icbgen
