#!/usr/bin/env bash
# Runs the browser suite's search-parts test on the shipped site built with its search index
# in parts of 20 pages (ICBGEN_SEARCH_PAGES_PER_INDEX, cli/search_index.h), into a temporary
# folder: a large site's index is in parts, and every part must be searched.
# Usage: search_parts.sh <icbgen> <project root>
set -euo pipefail
icbgen="$1" root="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/S"
cp -r "$root/content" "$root/data" "$tmp/S/"
ICBGEN_SEARCH_PAGES_PER_INDEX=20 NO_COLOR=1 "$icbgen" build --root "$tmp/S" --no-cache \
  >"$tmp/build.log" 2>&1 || {
  cat "$tmp/build.log"
  exit 1
}
parts=$(cat "$tmp/S/site/pagefind/icbgen-parts.json")
if [ "$parts" = "[]" ]; then
  echo "the index was made in one part: the test would prove nothing" >&2
  exit 1
fi
PROJECT_ROOT="$tmp/S" SITE_DIR="$tmp/S/site" node --test --test-reporter=spec \
  --test-name-pattern="every part of the search index" "$root/tests/browser/site.test.js" |
  tee "$tmp/test.log"
grep -q "✔ a page of every part of the search index is found by its title" "$tmp/test.log"
