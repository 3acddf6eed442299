#include "render/pack/pack_renderer.h"

namespace icbgen {

PackOutput render_packs(const SiteModel&, const RenderContext&, const std::string&, Diagnostics&) {
    return {};
}

}  // namespace icbgen
