#pragma once
// Base64 (RFC 4648, with padding), for data: URLs, through OpenSSL.
#include <string>
#include <string_view>

namespace icbgen {

std::string base64_encode(std::string_view bytes);

// "data:<media type>;base64,<bytes in base64>"
std::string data_url(const std::string& media_type, std::string_view bytes);

}  // namespace icbgen
