"""Pages per second on one WARC file: the batch command line against the Spark example in local mode.

Run from the repository root (not part of the test suite; Java 17+ for PySpark 4)::

    python -m pip install -e ".[warc,spark]"
    python benchmarks/spark_vs_batch.py                  # 3,000 records, each run twice: ~10 minutes on 2 cores
    python benchmarks/spark_vs_batch.py --records 500 --repeat 1    # quicker

The WARC file is written to a temporary folder from ``../shared/corpus/pages`` (real pages, urls
from ``gold.jsonl``), repeated until it holds ``--records`` HTML responses; without the corpus,
from the repository's fixtures. Each command is timed from start to exit (wall clock), as a user
runs it, ``--repeat`` times; the fastest run is reported (the machine's noise only slows runs down):

- ``python -m vnnews_parse --jobs N FILE.warc.gz -o out.jsonl`` for N = 1 and N = the core count;
- ``python examples/spark_warc.py --format json out/ FILE.warc.gz`` (local mode, every core);
  one WARC file is one Spark task, so this runs on one core;
- the same with the records split into one file per core (the parallelism Spark gets from files);
- the Spark example on a WARC of one record: Spark's fixed cost (JVM, session, job), included above.

Every run must write the same number of records.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def pages() -> list[tuple[str, bytes]]:
    """(url, html) of the corpus pages, else of the fixtures."""
    found: list[tuple[str, bytes]] = []
    gold = CORPUS / "gold.jsonl"
    if gold.exists():
        urls = {}
        for line in gold.read_text("utf-8").splitlines():
            record = json.loads(line)
            urls[record["file"]] = record.get("url")
        for path in sorted((CORPUS / "pages").glob("*/*.html")):
            url = urls.get(path.relative_to(CORPUS).as_posix()) or f"https://{path.parent.name}.example/{path.name}"
            found.append((url, path.read_bytes()))
    if not found:
        for path in sorted((ROOT / "tests" / "sites").glob("*/*.html")):
            url = json.loads(path.with_suffix(".json").read_text("utf-8"))["url"]
            found.append((url, path.read_bytes()))
    return found


def write_warc(path: Path, records: list[tuple[str, bytes]]) -> None:
    """A gzipped WARC of HTTP 200 text/html responses."""
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body in records:
            raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(raw), length=len(raw))
            writer.write_record(record)


def timed(command: list[str], cwd: Path) -> float:
    """Wall-clock seconds of a command, which must succeed."""
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])}
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def count_lines(path: Path) -> int:
    files = sorted(path.glob("part-*")) if path.is_dir() else [path]
    return sum(len(f.read_bytes().splitlines()) for f in files)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=3000, help="HTML responses in the WARC file")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each command; the fastest is reported")
    args = ap.parse_args()
    source = pages()
    records = [source[i % len(source)] for i in range(args.records)]
    cores = os.cpu_count() or 1
    example = str(ROOT / "examples" / "spark_warc.py")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        warc = work / "pages.warc.gz"
        write_warc(warc, records)
        split = [work / f"part-{i}.warc.gz" for i in range(cores)]
        for i, part in enumerate(split):
            write_warc(part, records[i::cores])
        write_warc(work / "one.warc.gz", records[:1])
        size = warc.stat().st_size / 1e6
        print(f"{args.records:,} records from {len(source)} pages, {size:.0f} MB gzipped; {cores} cores", flush=True)
        runs = [
            ("batch CLI --jobs 1", [sys.executable, "-m", "vnnews_parse", "--jobs", "1", warc.name, "-o", "b1.jsonl"], "b1.jsonl"),
            (f"batch CLI --jobs {cores}", [sys.executable, "-m", "vnnews_parse", "--jobs", str(cores), warc.name, "-o", "bn.jsonl"], "bn.jsonl"),
            ("Spark local mode, the WARC file", [sys.executable, example, "--format", "json", "s1", warc.name], "s1"),
            (f"Spark local mode, the records in {cores} files", [sys.executable, example, "--format", "json", "sn", *[p.name for p in split]], "sn"),
            ("Spark local mode, a WARC of 1 record", [sys.executable, example, "--format", "json", "s0", "one.warc.gz"], "s0"),
        ]  # fmt: skip
        for label, command, out in runs:
            times = [timed(command, work) for _ in range(args.repeat)]
            seconds = min(times)
            written = count_lines(work / out)
            rows.append((label, seconds, written))
            every = ", ".join(f"{t:.1f}" for t in times)
            print(f"{label:<40} {seconds:7.1f} s  {written:6,} records  {written / seconds:7.1f} pages/s  (runs: {every} s)",
                  flush=True)  # fmt: skip
    expected = {w for label, _, w in rows if "1 record" not in label}
    if len(expected) != 1:
        print("the runs wrote different numbers of records", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
