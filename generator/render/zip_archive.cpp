#include "render/zip_archive.h"

#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
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

// An entry's content deflated as it is written: raw deflate (no zlib header), as zip stores it.
struct Deflated {
    std::string bytes;
    zip_uint64_t size = 0;
    uLong crc = crc32(0, nullptr, 0);
    std::size_t read = 0;  // how far libzip has read `bytes`
    int level = 9;
    zip_error_t error;
};

bool deflate_pieces(const Entry& entry, Deflated& out, std::string& error) {
    z_stream z = {};
    if (deflateInit2(&z, entry.level, Z_DEFLATED, -MAX_WBITS, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY) !=
        Z_OK) {
        error = "could not start compressing " + entry.path;
        return false;
    }
    char chunk[65536];
    bool ok = true;
    auto pump = [&](std::string_view in, int flush) {
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        z.avail_in = static_cast<uInt>(in.size());
        do {
            z.next_out = reinterpret_cast<Bytef*>(chunk);
            z.avail_out = sizeof chunk;
            int r = deflate(&z, flush);
            if (r == Z_STREAM_ERROR) ok = false;
            out.bytes.append(chunk, sizeof chunk - z.avail_out);
        } while (ok && z.avail_out == 0);
    };
    entry.write([&](std::string_view piece) {
        // zlib takes at most 4 GB at a time (uInt); pieces are far smaller, but be safe.
        while (ok && !piece.empty()) {
            std::string_view part = piece.substr(0, 1u << 30);
            out.crc = crc32_z(out.crc, reinterpret_cast<const Bytef*>(part.data()), part.size());
            out.size += part.size();
            pump(part, Z_NO_FLUSH);
            piece.remove_prefix(part.size());
        }
    });
    if (ok) pump({}, Z_FINISH);
    deflateEnd(&z);
    if (!ok) error = "could not compress " + entry.path;
    return ok;
}

// A libzip source of already deflated data, with its size and CRC, which libzip copies as it is.
zip_int64_t deflated_source(void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
    auto* d = static_cast<Deflated*>(state);
    switch (cmd) {
        case ZIP_SOURCE_OPEN: d->read = 0; return 0;
        case ZIP_SOURCE_READ: {
            std::size_t n = std::min<std::size_t>(len, d->bytes.size() - d->read);
            std::memcpy(data, d->bytes.data() + d->read, n);
            d->read += n;
            return static_cast<zip_int64_t>(n);
        }
        case ZIP_SOURCE_CLOSE: return 0;
        case ZIP_SOURCE_STAT: {
            auto* st = static_cast<zip_stat_t*>(data);
            zip_stat_init(st);
            st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC;
            st->size = d->size;
            st->comp_size = d->bytes.size();
            st->comp_method = ZIP_CM_DEFLATE;
            st->crc = static_cast<zip_uint32_t>(d->crc);
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_GET_FILE_ATTRIBUTES: {
            // The general purpose bits libzip's own deflate would set for this level.
            auto* attributes = static_cast<zip_file_attributes_t*>(data);
            zip_file_attributes_init(attributes);
            attributes->valid = ZIP_FILE_ATTRIBUTES_GENERAL_PURPOSE_BIT_FLAGS;
            attributes->general_purpose_bit_flags = d->level < 3 ? 4 : d->level > 7 ? 2 : 0;
            attributes->general_purpose_bit_mask = 6;
            return sizeof(zip_file_attributes_t);
        }
        case ZIP_SOURCE_ERROR: return zip_error_to_data(&d->error, data, len);
        case ZIP_SOURCE_FREE: return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(
                ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                ZIP_SOURCE_GET_FILE_ATTRIBUTES, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default: zip_error_set(&d->error, ZIP_ER_OPNOTSUPP, 0); return -1;
    }
}

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
    // Written entries, deflated before libzip copies them; kept until the archive is closed.
    std::vector<std::unique_ptr<Deflated>> deflated;
    for (const auto& entry : entries) {
        zip_source_t* src = nullptr;
        if (entry.write) {
            auto& d = deflated.emplace_back(std::make_unique<Deflated>());
            zip_error_init(&d->error);
            d->level = entry.level;
            if (!deflate_pieces(entry, *d, error)) {
                zip_discard(archive);
                return std::nullopt;
            }
            src = zip_source_function(archive, deflated_source, d.get());
        } else {
            src = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
        }
        if (!src) return fail();
        zip_int64_t index = zip_file_add(archive, entry.path.c_str(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            return fail();
        }
        auto i = static_cast<zip_uint64_t>(index);
        // A deflated entry keeps libzip's default method, so that it is copied, not recompressed.
        if ((!entry.write && zip_set_file_compression(
                                 archive, i, entry.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 entry.store ? 0 : static_cast<zip_uint32_t>(entry.level)) != 0) ||
            zip_file_set_dostime(archive, i, 0, day, 0) != 0)
            return fail();
    }
    if (zip_close(archive) != 0) return fail();
    for (auto& d : deflated) zip_error_fini(&d->error);

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

std::optional<std::vector<ReadEntry>> read_archive(std::string_view archive, std::string& error) {
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &zerr);
    zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY, &zerr) : nullptr;
    if (!zip) {
        error = "could not read the zip archive: " + message(&zerr);
        if (source) zip_source_free(source);
        zip_error_fini(&zerr);
        return std::nullopt;
    }
    zip_error_fini(&zerr);
    std::vector<ReadEntry> entries;
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t st;
        zip_file_t* file = nullptr;
        if (zip_stat_index(zip, index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
            !(st.valid & ZIP_STAT_NAME) || !(file = zip_fopen_index(zip, index, 0))) {
            error = std::string("could not read an entry of the zip archive: ") + zip_strerror(zip);
            zip_discard(zip);
            return std::nullopt;
        }
        ReadEntry& entry = entries.emplace_back();
        entry.path = st.name;
        entry.bytes.resize(static_cast<std::size_t>(st.size));
        const zip_int64_t n = zip_fread(file, entry.bytes.data(), st.size);
        // One more byte must not be there: the size libzip reported is the whole entry.
        char extra = 0;
        const bool whole =
            n == static_cast<zip_int64_t>(st.size) && zip_fread(file, &extra, 1) == 0;
        zip_fclose(file);  // checks the CRC
        if (!whole) {
            error = "could not read " + entry.path + " from the zip archive";
            zip_discard(zip);
            return std::nullopt;
        }
    }
    zip_discard(zip);  // read only: nothing to write; frees the source too
    return entries;
}

}  // namespace icbgen::zip
