#pragma once
// What every renderer receives besides the model: where the site lives, its templates, the
// settings of this build, and the site map built once from the model. Renderers return FileSets;
// they never write to disk themselves (a FileSet given a store hands its files to it: `build`
// stages the website's files as they are made, core/file_set.h).
#include <memory>
#include <string>

#include "core/file_set.h"
#include "core/file_system.h"
#include "site_map/site_map.h"
#include "templates/template_set.h"

namespace icbgen {

class PageMemo;  // render/site/page_memo.h

struct RenderContext {
    const FileSystem& site;          // the site folder (content/, data/, templates/)
    const TemplateSet& templates;    // shipped templates with the site's overrides
    std::string base_url;            // absolute URL the site is published at, ending in '/'
    std::string assets_dir;          // nhsuk-frontend's dist folder (CSS, JS, assets)
    std::string build_date;          // YYYY-MM-DD, from the content, never the clock
    int jobs = 0;                    // worker threads for page rendering; 0 = hardware threads
    const SiteMap& site_map;         // where each entity's page lives, and whether it is public
    std::string pdf_cache_dir = {};  // where PDFs are kept by their input's hash; empty = none
    PageMemo* page_memo = nullptr;   // `serve`: pages kept from the last build (page_memo.h)
    // Where the website's FileSet keeps its files' bytes (`build`: the output's staging
    // folder); none: in memory.
    std::shared_ptr<FileStore> site_store = nullptr;
};

}  // namespace icbgen
