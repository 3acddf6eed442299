#include "core/base64.h"

#include <openssl/evp.h>

namespace icbgen {

std::string base64_encode(std::string_view bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                            reinterpret_cast<const unsigned char*>(bytes.data()),
                            static_cast<int>(bytes.size()));
    out.resize(n < 0 ? 0 : static_cast<std::size_t>(n));
    return out;
}

std::string data_url(const std::string& media_type, std::string_view bytes) {
    return "data:" + media_type + ";base64," + base64_encode(bytes);
}

}  // namespace icbgen
