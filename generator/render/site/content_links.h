#pragma once
// Where the site's pages link: the site map (site_map/site_map.h: pages, anchors, where an
// `@/` link lands) and the privacy rule (site_map/privacy.h: which papers are public). The
// site's page builders include them from here.
#include "site_map/privacy.h"
#include "site_map/site_map.h"
