#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets from the fixture sites (nothing is copied into
git): one folder per target under OUT.

    fuzz/make_corpus.py OUT

The sites are tests/fixtures/valid, every broken fixture made whole as the fixture tests make
it (tests/fixtures/run_fixture.py), and the shipped content/ and data/.
front_matter: every .md and .yaml file, behind a byte choosing the schema by its kind;
markdown: every .md file, behind a byte choosing the options; csv_period: every .csv file;
site: each fixture site as one archive of "=== <path>" sections (fuzz/site_archive.h); the
shipped site is too large to fuzz quickly, so it seeds only the single-file targets."""
import pathlib
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The order of DocumentKind in fuzz_front_matter.cpp.
KINDS = ["site", "strategy", "priorities", "metrics", "charter", "commitments", "case-studies",
         "engagement", "meeting", "papers", "minutes", "people", "glossary"]
MAX_SITE_BYTES = 64 * 1024


def kind_byte(rel: str) -> bytes:
    parts = rel.split("/")
    for i, k in enumerate(KINDS):
        if k in parts or parts[-1].startswith(k):
            return bytes([i])
    return bytes([0])


def site_files(site: pathlib.Path):
    for top in ("content", "data"):
        base = site / top
        if base.is_dir():
            for f in sorted(base.rglob("*")):
                if f.is_file():
                    yield f.relative_to(site).as_posix(), f.read_bytes()


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = pathlib.Path(sys.argv[1])
    fixtures = ROOT / "tests" / "fixtures"
    sys.path.insert(0, str(fixtures))
    from run_fixture import materialise  # noqa: E402  the fixture tests' own assembly
    tmp = tempfile.TemporaryDirectory()
    sites = [fixtures / "valid"]
    for broken in sorted(p for p in (fixtures / "broken").iterdir() if p.is_dir()):
        dest = pathlib.Path(tmp.name) / broken.name
        materialise(str(fixtures), broken.name, str(dest))
        sites.append(dest)
    sites.append(ROOT)
    dirs = {t: out / t for t in ("front_matter", "markdown", "csv_period", "site")}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    seen = set()
    count = {t: 0 for t in dirs}

    def put(target: str, data: bytes) -> None:
        key = (target, data)
        if key in seen:
            return
        seen.add(key)
        (dirs[target] / f"seed-{count[target]:04d}").write_bytes(data)
        count[target] += 1

    for site in sites:
        archive = b""
        for rel, data in site_files(site):
            if rel.endswith((".md", ".yaml", ".yml")):
                put("front_matter", kind_byte(rel) + data)
            if rel.endswith(".md"):
                put("markdown", b"\x02" + data)
            if rel.endswith(".csv"):
                put("csv_period", data)
            archive += b"=== " + rel.encode() + b"\n" + data
            if not data.endswith(b"\n"):
                archive += b"\n"
        if archive and site != ROOT and len(archive) <= MAX_SITE_BYTES:
            put("site", archive)
    print("fuzz seeds: " + ", ".join(f"{t} {n}" for t, n in count.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
