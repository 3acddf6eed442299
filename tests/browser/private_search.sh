#!/usr/bin/env bash
# Runs the browser suite's private-search test on a site that has private papers: the valid
# fixture with the privacy fixture's meeting over it (as tests/public/test_privacy.py makes
# it), built into a temporary folder. The shipped site has no private paper, so there the
# test skips itself.
# Usage: private_search.sh <icbgen> <project root>
set -euo pipefail
icbgen="$1" root="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp -r "$root/tests/fixtures/valid" "$tmp/S"
cp -r "$root/tests/public/fixtures/privacy/content/." "$tmp/S/content/"
NO_COLOR=1 "$icbgen" build --root "$tmp/S" --no-cache >"$tmp/build.log" 2>&1 || {
  cat "$tmp/build.log"
  exit 1
}
PROJECT_ROOT="$tmp/S" SITE_DIR="$tmp/S/site" node --test --test-reporter=spec \
  --test-name-pattern="private paper's title" "$root/tests/browser/site.test.js" |
  tee "$tmp/test.log"
# A skipped test passes too: this one must have run (the fixture has private papers).
if ! grep -q "✔ searching a private paper's title finds nothing" "$tmp/test.log"; then
  echo "the private-search test did not run and pass on the privacy fixture" >&2
  exit 1
fi
