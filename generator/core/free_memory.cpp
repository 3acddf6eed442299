#include "core/free_memory.h"

#include <malloc.h>

#include <cstddef>

// jemalloc's control interface, when jemalloc is the allocator linked in (weak: absent, it is
// null). Debian's jemalloc has no symbol prefix.
extern "C" int mallctl(const char* name, void* oldp, std::size_t* oldlenp, void* newp,
                       std::size_t newlen) __attribute__((weak));

namespace icbgen {

void give_back_free_memory() {
    // "arena.<MALLCTL_ARENAS_ALL>.purge": every arena's unused pages, at once.
    if (mallctl && mallctl("arena.4096.purge", nullptr, nullptr, nullptr, 0) == 0) return;
    ::malloc_trim(0);
}

}  // namespace icbgen
