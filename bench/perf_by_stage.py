#!/usr/bin/env python3
"""Where the time of one stage goes, from a `perf` profile with call graphs.

    perf record -F 500 --call-graph dwarf,16384 -o build.perf build/icbgen build --root DIR
    perf script -i build.perf -F tid,ip,sym > build.txt
    python3 bench/perf_by_stage.py build.txt icbgen::render_site "icbgen::render_pages("

For each ROOT (the start of a function's name), prints how many samples have it on their
stack, then the functions under it by the share of those samples they appear in (inclusive),
and the functions the samples were in (self). Worker threads count too: their stacks hold
the lambda of the function that started them ("icbgen::render_pages(...)::{lambda...}").
Docs: docs/PERFORMANCE.md ("Loading, checks and pages at scale").
"""
import collections
import re
import sys


def samples(path):
    out, current = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if current:
                    out.append(current)
                current = None
            elif line.startswith("\t"):
                parts = line.strip().split(" ", 1)
                if current is not None:
                    current.append(parts[1] if len(parts) > 1 else parts[0])
            else:
                current = []
    if current:
        out.append(current)
    return out


def short(name):
    name = re.sub(r"std::__cxx11::basic_string<char, std::char_traits<char>, "
                  r"std::allocator<char> >", "string", name)
    name = re.sub(r"nlohmann::json_abi_v3_11_2::basic_json<[^()]*?>", "json", name)
    return name[:110]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    all_samples = samples(sys.argv[1])
    print(len(all_samples), "samples in all")
    for root in sys.argv[2:]:
        chosen = [s for s in all_samples if any(f.startswith(root) for f in s)]
        inclusive, own = collections.Counter(), collections.Counter()
        for s in chosen:
            seen = set()
            for frame in s:  # innermost first, up to the root
                if frame.startswith(root):
                    break
                name = short(frame)
                if name not in seen:
                    inclusive[name] += 1
                    seen.add(name)
            own[short(s[0])] += 1
        n = max(1, len(chosen))
        print(f"== {root}: {len(chosen)} samples")
        for name, count in inclusive.most_common(40):
            print(f"{count:6d} {100 * count / n:5.1f}%  {name}")
        print("-- self")
        for name, count in own.most_common(15):
            print(f"{count:6d} {100 * count / n:5.1f}%  {name}")


if __name__ == "__main__":
    main()
