#pragma once
// Declarations for the source file that CMake generates from templates/ and schemas/.
#include <cstddef>

namespace icbgen {

struct EmbeddedFile {
    const char* path;
    const unsigned char* data;
    std::size_t size;
};

extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

}  // namespace icbgen
