#!/usr/bin/env bash
# Times `icbgen build` with nothing changed and the PDF cache warm, on the shipped content
# (docs/PERFORMANCE.md, "Build with nothing changed"). Works on a scratch copy of content/,
# data/ and templates/, so the worktree's site/, private/ and cache are left alone. The first
# build fills the cache (it runs WeasyPrint) and is not counted; then RUNS builds are timed
# with /usr/bin/time -v. Prints each run, the median wall time and the peak memory.
#
# Usage: bench/build_nochange.sh [RUNS]   (ICBGEN=path/to/icbgen to time another binary)
set -euo pipefail
cd "$(dirname "$0")/.."
icbgen=$(realpath "${ICBGEN:-build/icbgen}")
runs=${1:-5}
[ -x "$icbgen" ] || { echo "no $icbgen: run scripts/build first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/site"
cp -r content data templates "$tmp/site/"
[ -e node_modules ] && ln -s "$(realpath node_modules)" "$tmp/site/node_modules"

echo "warming the PDF cache (one full build, not counted)..."
"$icbgen" build --root "$tmp/site" >/dev/null 2>"$tmp/warm.log" || { cat "$tmp/warm.log" >&2; exit 1; }

times=()
cpus=()
peak=0
for i in $(seq 1 "$runs"); do
  /usr/bin/time -v -o "$tmp/time.txt" "$icbgen" build --root "$tmp/site" >/dev/null 2>"$tmp/run.log"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/time.txt")
  # m:ss.ss -> seconds
  secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u + s}' "$tmp/time.txt")
  cpus+=("$cpu")
  [ "$rss" -gt "$peak" ] && peak=$rss
  times+=("$secs")
  printf 'run %d: %.2f s wall, %.2f s CPU (user+system), peak memory %d MB\n' "$i" "$secs" "$cpu" $((rss / 1024))
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
wall_median=$(printf '%s\n' "${times[@]}" | median)
cpu_median=$(printf '%s\n' "${cpus[@]}" | median)
printf 'no-change build, PDF cache warm: median %.2f s wall, %.2f s CPU, over %d runs; peak memory %d MB\n' \
  "$wall_median" "$cpu_median" "$runs" $((peak / 1024))
# Wall time depends on what else the machine is doing: the load average says how busy it was.
echo "load average after the runs (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
