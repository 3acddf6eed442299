#pragma once
// Gives memory the program has freed back to the system, so that what one stage freed is not
// counted again on top of what the next one takes (docs/PERFORMANCE.md, "Memory of the
// pages"). The `icbgen` binary's allocator is jemalloc (CMakeLists.txt): its arenas are purged
// through `mallctl`. The test binary and sanitizer builds use glibc's malloc: `malloc_trim`.
namespace icbgen {

void give_back_free_memory();

}  // namespace icbgen
