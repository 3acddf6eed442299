#!/usr/bin/env bash
# What libxlsxwriter alone needs for a Data sheet of ROWS rows, with nothing of icbgen around
# it (bench/xlsx_cells.c: 14 columns, 13 of them text, constant-memory mode): the floor under
# the time of a million-row metric's .xlsx (docs/PERFORMANCE.md, "Workbooks at scale"). Runs
# the sheet as icbgen writes it ("text"), the same cells all numbers, and one number per row,
# then the text sheet again with zlib's level forced to 1, 3 and 6 for the library's deflate
# (libxlsxwriter 1.1.4 deflates at zlib's default, 6, and has no option for it; the forcing is
# an LD_PRELOAD shim built here, for this measurement only). Prints each run's CPU time split
# into the cell writes and workbook_close, its user and system time, and the file's size, with
# the load average. Not a test: figures only.
#   bench/xlsx_floor.sh [ROWS] (default 1000000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rows=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -Wall "$here/xlsx_cells.c" $(pkg-config --cflags --libs xlsxwriter) -o "$work/xlsx_cells"
cat >"$work/level.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <zlib.h>
/* zlib's deflateInit2_ with the default level (-1, as minizip is given by libxlsxwriter)
 * replaced by $DEFLATE_LEVEL. */
int deflateInit2_(z_streamp s, int level, int method, int bits, int mem, int strategy,
                  const char* version, int size) {
    int (*real)(z_streamp, int, int, int, int, int, const char*, int) =
        (int (*)(z_streamp, int, int, int, int, int, const char*, int))dlsym(RTLD_NEXT,
                                                                            "deflateInit2_");
    const char* forced = getenv("DEFLATE_LEVEL");
    if (forced && level == -1) level = atoi(forced);
    return real(s, level, method, bits, mem, strategy, version, size);
}
C
cc -O2 -shared -fPIC "$work/level.c" -o "$work/level.so" -ldl
echo "rows: $rows; libxlsxwriter $(dpkg-query -W -f='${Version}' libxlsxwriter-dev 2>/dev/null || pkg-config --modversion xlsxwriter); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  /usr/bin/time -f "  (user %U s, system %S s, peak %M KB)" "$@" 2>&1 | paste -sd' '
}
for mode in text numbers empty; do run "$work/xlsx_cells" "$rows" "$mode" "$work/out.xlsx"; done
for level in 1 3 6; do
  echo -n "zlib level $level: "
  DEFLATE_LEVEL=$level LD_PRELOAD="$work/level.so" run "$work/xlsx_cells" "$rows" text "$work/out.xlsx"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
