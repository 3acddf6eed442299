#!/usr/bin/env bash
# A copy of the shipped site whose metric 'adult-depression-prevalence' has ROWS rows (daily
# periods from 1950 over 42 areas, values 0 to 80), built once with /usr/bin/time -v. Prints
# the build's wall time, CPU and peak memory, the metric page's and workbooks' sizes, and reads the metric's
# workbooks back with openpyxl (read-only) to count the rows of their long sheets. Not a test: figures only.
#   bench/big_metric.sh [ROWS] (default 1000000)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
rows=${1:-1000000}
bin=${ICBGEN:-$here/build/icbgen}
work=$(mktemp -d)
trap 'cat "$work/out.txt" | grep -E "error" | head -5; rm -rf "$work"' EXIT
cp -r "$here/content" "$here/data" "$work/"
python3 - "$work/data/metrics/adult-depression-prevalence.csv" "$rows" <<'PY'
import datetime, sys
path, n = sys.argv[1], int(sys.argv[2])
areas = ['SEL', 'London', 'England'] + [f'Area {i:02d}' for i in range(1, 40)]
with open(path, 'w') as f:
    f.write('period,area,value,note,source\n')
    day, k = datetime.date(1950, 1, 1), 0
    while k < n:
        for i, a in enumerate(areas):
            if k >= n:
                break
            f.write(f'{day.isoformat()},{a},{(k % 600) / 10 + i * 0.5:.1f},,Synthetic series\n')
            k += 1
        day += datetime.timedelta(days=1)
PY
echo "metric rows: $rows; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v "$bin" build --root "$work" --timings >"$work/out.txt" 2>&1 || true
grep -E "^build:|^timing:|Elapsed|User time|System time|Maximum resident" "$work/out.txt" | sed 's/^\t//'
page="$work/site/metrics/adult-depression-prevalence/index.html"
[ -f "$page" ] && echo "metric page: $(stat -c %s "$page") bytes"
for f in "$work"/site/downloads/*.xlsx "$work"/site/downloads/*.ods; do
    [ -f "$f" ] && echo "downloads/$(basename "$f"): $(stat -c %s "$f") bytes"
done
/usr/bin/python3 - "$work/site" <<'PY'
import glob, sys, time, openpyxl
for path in sorted(glob.glob(sys.argv[1] + '/downloads/*.xlsx')):
    t = time.time()
    book = openpyxl.load_workbook(path, read_only=True)
    for ws in book.worksheets:
        n = sum(1 for _ in ws.iter_rows(values_only=True))
        if n > 1000:
            print(f'{path.split("/site/")[1]}: sheet {ws.title!r}: {n} rows, '
                  f'A3: {ws["A3"].value!r} (read back in {time.time() - t:.1f} s)')
PY
