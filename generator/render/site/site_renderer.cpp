#include "render/site/site_renderer.h"

#include "markdown/markdown.h"

namespace icbgen {

// A plain first renderer: one page per priority and metric through page.mustache.
FileSet render_site(const SiteModel& model, const RenderContext& context, Diagnostics& diags) {
    FileSet out;
    auto page = [&](const std::string& path, const std::string& title, const std::string& body) {
        nlohmann::json view = {{"site", model.site.name}, {"title", title}, {"body", body}};
        if (auto html = context.templates.render("page.mustache", view, diags)) out.add(path, *html);
    };
    page("index.html", model.strategy.title, markdown_to_html(model.strategy.body.text));
    for (const auto& p : model.priorities)
        page("priorities/" + p.id + "/index.html", p.title, markdown_to_html(p.body.text));
    for (const auto& m : model.metrics)
        page("metrics/" + m.id + "/index.html", m.title, markdown_to_html(m.body.text));
    return out;
}

}  // namespace icbgen
