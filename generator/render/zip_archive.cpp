#include "render/zip_archive.h"

#include <zip.h>

#include <memory>

#include "data/iso_date.h"

namespace icbgen::zip {

namespace {

// MS-DOS date of `date` (YYYY-MM-DD), or 1980-01-01 when there is none or it is earlier.
zip_uint16_t dos_date(const std::string& date) {
    auto d = parse_iso_date(date);
    if (!d || d->year < 1980 || d->year > 2107) return static_cast<zip_uint16_t>((1 << 5) | 1);
    return static_cast<zip_uint16_t>(((d->year - 1980) << 9) | (d->month << 5) | d->day);
}

std::string message(zip_error_t* error) { return zip_error_strerror(error); }

}  // namespace

std::optional<std::string> write_archive(const std::vector<Entry>& entries, const std::string& date,
                                         std::string& error) {
    zip_error_t zerr;
    zip_error_init(&zerr);
    // The archive is written into a buffer source kept alive past zip_close, then read back.
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &zerr);
    if (!buffer) {
        error = message(&zerr);
        zip_error_fini(&zerr);
        return std::nullopt;
    }
    std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> owned(buffer, zip_source_free);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zerr);
    if (!archive) {
        error = message(&zerr);
        zip_error_fini(&zerr);
        return std::nullopt;
    }
    zip_source_keep(buffer);
    const zip_uint16_t day = dos_date(date);
    auto fail = [&]() -> std::optional<std::string> {
        error = zip_strerror(archive);
        zip_discard(archive);
        return std::nullopt;
    };
    for (const auto& entry : entries) {
        zip_source_t* src = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
        if (!src) return fail();
        zip_int64_t index = zip_file_add(archive, entry.path.c_str(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            return fail();
        }
        auto i = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(archive, i, entry.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                     entry.store ? 0 : 9) != 0 ||
            zip_file_set_dostime(archive, i, 0, day, 0) != 0)
            return fail();
    }
    if (zip_close(archive) != 0) return fail();

    std::string out;
    if (zip_source_open(buffer) != 0) {
        error = message(zip_source_error(buffer));
        return std::nullopt;
    }
    char chunk[65536];
    zip_int64_t n = 0;
    while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
        out.append(chunk, static_cast<std::size_t>(n));
    bool ok = n == 0;
    if (!ok) error = message(zip_source_error(buffer));
    zip_source_close(buffer);
    if (!ok) return std::nullopt;
    return out;
}

}  // namespace icbgen::zip
