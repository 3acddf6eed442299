// Fuzz target: the whole front end over an in-memory site (load, model, validate, sort), as
// `icbgen check` runs it, then the printing of every diagnostic with its source line.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include "content/content_loader.h"
#include "core/diagnostic_format.h"
#include "model/model_builder.h"
#include "site_archive.h"
#include "validate/validator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    icbgen::MemoryFileSystem fs = icbgen::fuzz::read_site_archive(
        std::string_view(reinterpret_cast<const char*>(data), size));
    icbgen::Diagnostics diags;
    icbgen::LoadedSite loaded = icbgen::load_site(fs, diags);
    icbgen::SiteModel model = icbgen::build_model(std::move(loaded), diags);
    icbgen::ValidateOptions options{model.strategy.published};
    diags.append(icbgen::validate(model, options));
    (void)icbgen::summarise_coverage(model);
    diags.promote_warnings();
    diags.sort_and_dedupe();
    for (const auto& d : diags.items()) {
        (void)icbgen::format_diagnostic(d, &fs, false);
        (void)icbgen::diagnostic_to_json(d);
    }
    return 0;
}
