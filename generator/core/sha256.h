#pragma once
// SHA-256 of bytes, as 64 lower-case hex digits: a facade over OpenSSL's libcrypto (Debian's
// libssl-dev), which is standard, maintained and fast. Used to name cached PDFs by their input.
#include <string>
#include <string_view>

namespace icbgen {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    Sha256& add(std::string_view bytes);
    // A field of a composite input: its length, then its bytes, so that ("ab","c") and
    // ("a","bc") never hash alike.
    Sha256& add_field(std::string_view bytes);
    std::string hex();  // finishes; the object may not be used again

private:
    void* ctx_;  // EVP_MD_CTX
};

std::string sha256_hex(std::string_view bytes);

}  // namespace icbgen
