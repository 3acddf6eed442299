#!/usr/bin/env bash
# Times `icbgen build` and `icbgen check` on synthetic sites of 1,000 and 10,000 pages (and
# 100,000 with --100k), made by bench/make_corpus.py, and, when `hugo` is installed, Hugo
# rendering the same Markdown bodies with a minimal layout (docs/PERFORMANCE.md, "Speed at
# scale"). Each build starts from an empty output folder and an empty cache (a fresh build,
# search index included). Runs alternate icbgen, Hugo, icbgen, Hugo, ...; the medians are
# printed with pages per second, CPU time (user + system, children included) and peak memory
# from /usr/bin/time -v (the largest single process), the peak of all its processes together
# (bench/tree_rss.py: icbgen runs two Pagefinds at once), and the load average.
#
# Hugo builds no search index and icbgen does (Pagefind), so when Pagefind is installed (npm)
# a third run, "hugo+pagefind", times Hugo followed by Pagefind over Hugo's pages, as a Hugo
# site with search would be built. icbgen's stage timings (--timings) of its last run at each
# size are printed too.
#
# Creating tens of thousands of files on ext4 right after deleting as many costs much more
# than on a file system at rest (ext4 skips recently deleted inodes one by one), which swamps
# the generators' own work and varies from run to run; --tmpfs puts the sites and their
# outputs in /dev/shm, where creating a file costs the same every time, for both tools.
#
# Usage: bench/scale.sh [--100k] [--runs N] [--meetings M] [--sizes "1000 10000"] [--tmpfs]
#   ICBGEN=path/to/icbgen to time another binary; BENCH_DIR=folder to keep the sites in.
set -euo pipefail
cd "$(dirname "$0")/.."
icbgen=$(realpath "${ICBGEN:-build/icbgen}")
runs=3
sizes="1000 10000"
meetings=0
tmpfs=0
while [ $# -gt 0 ]; do
  case "$1" in
    --tmpfs) tmpfs=1 ;;
    --100k) sizes="$sizes 100000" ;;
    --runs) runs=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --meetings) meetings=$2; shift ;;
    *) echo "usage: $0 [--100k] [--runs N] [--meetings M] [--sizes \"1000 10000\"] [--tmpfs]" >&2; exit 2 ;;
  esac
  shift
done
[ -x "$icbgen" ] || { echo "no $icbgen: run scripts/build first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }
hugo=$(command -v hugo || true)
[ -n "$hugo" ] || echo "hugo not installed, skipping the comparison"

pagefind=$(ls node_modules/@pagefind/*/bin/pagefind* 2>/dev/null | grep -v '\.sha256$' | head -1 || true)
[ -n "$pagefind" ] && pagefind=$(realpath "$pagefind")
if [ "$tmpfs" = 1 ]; then
  work=${BENCH_DIR:-$(mktemp -d -p /dev/shm)}
else
  work=${BENCH_DIR:-$(mktemp -d)}
fi
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

# time_run LABEL PAGES COMMAND...: runs it under /usr/bin/time -v, appends
# "label pages wall cpu rss_kb tree_kb" to $work/results.
time_run() {
  local label=$1 pages=$2
  shift 2
  python3 bench/tree_rss.py "$work/tree.txt" /usr/bin/time -v -o "$work/time.txt" "$@" \
    >"$work/run.log" 2>&1 ||
    { echo "$label failed:" >&2; tail -20 "$work/run.log" >&2; exit 1; }
  local wall cpu rss tree
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt" |
    awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u + s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  tree=$(cat "$work/tree.txt")
  echo "$label $pages $wall $cpu $rss $tree" >>"$work/results"
  printf '  %-14s %6d pages: %7.2f s wall, %7.2f s CPU, %6d MB peak (%d MB all processes)\n' \
    "$label" "$pages" "$wall" "$cpu" $((rss / 1024)) $((tree / 1024))
}

: >"$work/results"
for n in $sizes; do
  site="$work/site-$n"
  hugo_site="$work/hugo-$n"
  if [ ! -d "$site" ]; then
    echo "making a site of $n pages..."
    python3 bench/make_corpus.py "$n" "$site" --hugo "$hugo_site" --meetings "$meetings" >/dev/null
    [ -e node_modules ] && ln -s "$(realpath node_modules)" "$site/node_modules"
  fi
  echo "$n pages ($runs runs each, alternating):"
  for i in $(seq 1 "$runs"); do
    # A fresh build each time: no output, no PDF or search index cache.
    rm -rf "$site/site" "$site/private" "$site/.icbgen-cache"
    time_run icbgen-build "$n" "$icbgen" build --root "$site" --timings
    grep '^timing:' "$work/run.log" >"$work/timings-$n" || true
    if [ -n "$hugo" ]; then
      rm -rf "$hugo_site/public" "$hugo_site/resources"
      time_run hugo "$n" "$hugo" --quiet -s "$hugo_site" -d "$hugo_site/public"
      if [ -n "$pagefind" ]; then
        rm -rf "$hugo_site/public" "$hugo_site/resources"
        time_run hugo+pagefind "$n" bash -c "'$hugo' --quiet -s '$hugo_site' -d '$hugo_site/public' &&
          '$pagefind' --site '$hugo_site/public' --silent"
      fi
    fi
    time_run icbgen-check "$n" "$icbgen" check --root "$site"
  done
done

echo
echo "medians ($runs runs):"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for n in $sizes; do
  echo "  icbgen's stages, its last run at $n pages:"
  sed 's/^/    /' "$work/timings-$n"
  for label in icbgen-build hugo hugo+pagefind icbgen-check; do
    grep -q "^$label $n " "$work/results" || continue
    wall=$(awk -v l=$label -v n=$n '$1 == l && $2 == n {print $3}' "$work/results" | median)
    cpu=$(awk -v l=$label -v n=$n '$1 == l && $2 == n {print $4}' "$work/results" | median)
    rss=$(awk -v l=$label -v n=$n '$1 == l && $2 == n {print $5}' "$work/results" | median)
    tree=$(awk -v l=$label -v n=$n '$1 == l && $2 == n {print $6}' "$work/results" | median)
    printf '  %-14s %6d pages: %7.2f s wall (%6.0f pages/s), %7.2f s CPU, %6d MB peak (%d MB all processes)\n' \
      "$label" "$n" "$wall" "$(echo "$n $wall" | awk '{print $1 / $2}')" "$cpu" $((${rss%.*} / 1024)) \
      $((${tree%.*} / 1024))
    key=${label//[-+]/_}
    eval "wall_${key}_$n=$wall cpu_${key}_$n=$cpu rss_${key}_$n=${rss%.*} tree_${key}_$n=${tree%.*}"
  done
  if [ -n "$hugo" ]; then
    eval "w1=\$wall_icbgen_build_$n w2=\$wall_hugo_$n c1=\$cpu_icbgen_build_$n c2=\$cpu_hugo_$n"
    eval "r1=\$rss_icbgen_build_$n r2=\$rss_hugo_$n t1=\$tree_icbgen_build_$n t2=\$tree_hugo_$n"
    echo "  icbgen / Hugo at $n pages: wall $(echo "$w1 $w2" | awk '{printf "%.2f", $1 / $2}')x," \
      "CPU $(echo "$c1 $c2" | awk '{printf "%.2f", $1 / $2}')x," \
      "peak memory $(echo "$r1 $r2" | awk '{printf "%.2f", $1 / $2}')x," \
      "all processes $(echo "$t1 $t2" | awk '{printf "%.2f", $1 / $2}')x (under 1: icbgen is faster or smaller)"
    if grep -q "^hugo+pagefind $n " "$work/results"; then
      eval "w2=\$wall_hugo_pagefind_$n c2=\$cpu_hugo_pagefind_$n r2=\$rss_hugo_pagefind_$n t2=\$tree_hugo_pagefind_$n"
      echo "  icbgen / (Hugo, then Pagefind) at $n pages: wall $(echo "$w1 $w2" | awk '{printf "%.2f", $1 / $2}')x," \
        "CPU $(echo "$c1 $c2" | awk '{printf "%.2f", $1 / $2}')x," \
        "peak memory $(echo "$r1 $r2" | awk '{printf "%.2f", $1 / $2}')x," \
        "all processes $(echo "$t1 $t2" | awk '{printf "%.2f", $1 / $2}')x"
    fi
  fi
done
prev=""
for n in $sizes; do
  if [ -n "$prev" ]; then
    eval "a=\$wall_icbgen_build_$prev b=\$wall_icbgen_build_$n ca=\$cpu_icbgen_build_$prev cb=\$cpu_icbgen_build_$n"
    echo "  from $prev to $n pages ($((n / prev))x): build wall $(echo "$b $a" | awk '{printf "%.1f", $1 / $2}')x," \
      "CPU $(echo "$cb $ca" | awk '{printf "%.1f", $1 / $2}')x"
  fi
  prev=$n
done
echo "load average after the runs (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
