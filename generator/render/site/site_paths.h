#pragma once
// The website's output paths are the site map's (site_map/site_paths.h); the site's page
// builders include them from here.
#include "site_map/site_paths.h"
