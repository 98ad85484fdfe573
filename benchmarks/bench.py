"""Benchmark vnnews_parse against the lxml floor and trafilatura; batch throughput and memory.

Run from the repository root (not part of the test suite)::

    python -m pip install -e . && python -m pip install trafilatura matplotlib warcio   # or: --group bench
    python benchmarks/bench.py                       # everything, ~3 minutes on 2 cores
    python benchmarks/bench.py --no-batch --repeat 5 # per-page figures only

Pages: ``../shared/corpus/pages`` (real pages, urls from ``gold.jsonl``) when present, and the
repository's fixtures ``tests/sites/*/*.html`` (urls from their ``.json``); each group is
reported apart, since fixtures are a few KB and real pages 30-500 KB.

Per page, the same bytes go to ``lxml.html.fromstring`` (the floor: parsing the HTML at all),
``vnnews_parse.parse`` (with the page's url), ``parse(..., site="generic")`` and trafilatura's
``bare_extraction`` (when installed). Each call is warmed up once and then timed ``--repeat``
times with ``time.perf_counter``; a page's figure is its median. Across pages we report the
median and the 90th percentile, and the ratios of the medians.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import lxml.html

import vnnews_parse

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = ROOT / "tests" / "sites"
CHART = ROOT / "docs" / "img" / "performance.png"


class Page(NamedTuple):
    """A benchmark page: where it lives, its bytes and its url (if known)."""

    name: str
    group: str
    data: bytes
    url: str | None


def corpus_pages(corpus: Path) -> list[Page]:
    """The corpus pages, with the urls of the gold annotations."""
    gold_file = corpus / "gold.jsonl"
    urls: dict[str, str] = {}
    if gold_file.exists():
        for line in gold_file.read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                urls[record["file"]] = record.get("url")
    pages = []
    for path in sorted((corpus / "pages").glob("*/*.html")):
        rel = path.relative_to(corpus).as_posix()
        pages.append(Page(f"{path.parent.name}/{path.stem}", "corpus", path.read_bytes(), urls.get(rel)))
    return pages


def fixture_pages() -> list[Page]:
    """The repository's fixture pages, with the urls of their expected JSON."""
    pages = []
    for path in sorted(FIXTURES.glob("*/*.html")):
        spec = path.with_suffix(".json")
        url = json.loads(spec.read_text("utf-8")).get("url") if spec.exists() else None
        pages.append(Page(f"{path.parent.name}/{path.stem}", "fixtures", path.read_bytes(), url))
    return pages


def timed(call: Callable[[], Any], repeat: int) -> float:
    """Median milliseconds of ``repeat`` calls after one warm-up call."""
    call()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def p90(values: list[float]) -> float:
    """The 90th percentile (inclusive method, so small samples stay inside their range)."""
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def trafilatura_extract() -> Callable[[bytes, str | None], Any] | None:
    """trafilatura's ``bare_extraction`` when installed, else ``None``."""
    try:
        from trafilatura import bare_extraction
    except ImportError:
        return None
    return lambda data, url: bare_extraction(data, url=url)


class Row(NamedTuple):
    """The per-page figures, in milliseconds."""

    page: Page
    site: str
    floor: float
    ours: float
    generic: float
    trafilatura: float | None


def measure_pages(pages: list[Page], repeat: int) -> list[Row]:
    """Time every page with every tool."""
    extract = trafilatura_extract()
    rows = []
    for page in pages:
        gc.collect()
        try:
            site = vnnews_parse.parse(page.data, page.url).site
        except vnnews_parse.ParseError:
            continue  # a fixture of a non-article page: nothing to time
        data, url = page.data, page.url
        floor = timed(functools.partial(lxml.html.fromstring, data), repeat)
        ours = timed(functools.partial(vnnews_parse.parse, data, url), repeat)
        generic = timed(functools.partial(_generic, page), repeat)
        theirs = timed(functools.partial(extract, data, url), repeat) if extract else None
        rows.append(Row(page, site, floor, ours, generic, theirs))
    return rows


def _generic(page: Page) -> None:
    # A page the generic fallback judges not to be an article still costs its parse.
    with contextlib.suppress(vnnews_parse.ParseError):
        vnnews_parse.parse(page.data, page.url, site="generic")


def summarise(rows: list[Row]) -> dict[str, Any]:
    """Medians, p90s and ratios of one group of pages."""
    adapter = [r for r in rows if r.site != "generic"]
    out: dict[str, Any] = {"pages": len(rows), "adapter_pages": len(adapter)}
    series: dict[str, list[float]] = {
        "floor": [r.floor for r in rows],
        "ours": [r.ours for r in rows],
        "floor_adapter": [r.floor for r in adapter],
        "ours_adapter": [r.ours for r in adapter],
        "generic": [r.generic for r in rows],
    }
    if rows and all(r.trafilatura is not None for r in rows):
        series["trafilatura"] = [r.trafilatura for r in rows]  # type: ignore[misc]
    for key, values in series.items():
        if values:
            out[key] = {"median": statistics.median(values), "p90": p90(values)}
    if adapter:
        out["ratio_adapter"] = out["ours_adapter"]["median"] / out["floor_adapter"]["median"]
        out["ratio_adapter_per_page"] = statistics.median(r.ours / r.floor for r in adapter)
    out["ratio_generic"] = out["generic"]["median"] / out["floor"]["median"]
    out["ratio_generic_per_page"] = statistics.median(r.generic / r.floor for r in rows)
    if "trafilatura" in out:
        out["trafilatura_over_ours"] = out["trafilatura"]["median"] / out["ours"]["median"]
    return out


def print_group(name: str, rows: list[Row], summary: dict[str, Any]) -> None:
    """One group's table: every page, then the summary lines."""
    print(f"\n## {name}: {summary['pages']} pages ({summary['adapter_pages']} served by an adapter)")
    print(f"{'page':<44} {'KB':>5} {'site':<12} {'floor':>7} {'ours':>7} {'generic':>8} {'trafil.':>8}")
    for r in rows:
        theirs = f"{r.trafilatura:8.2f}" if r.trafilatura is not None else "       -"
        print(f"{r.page.name[:44]:<44} {len(r.page.data) // 1024:>5} {r.site:<12} "
              f"{r.floor:7.2f} {r.ours:7.2f} {r.generic:8.2f} {theirs}")  # fmt: skip
    print(f"{'ms per page':<34} {'median':>8} {'p90':>8}")
    labels = (
        ("floor", "lxml.html.fromstring (floor)"),
        ("floor_adapter", "floor, adapter pages"),
        ("ours_adapter", "parse, adapter pages"),
        ("ours", "parse, all pages"),
        ("generic", "parse(site='generic'), all pages"),
        ("trafilatura", "trafilatura bare_extraction"),
    )
    for key, label in labels:
        if key in summary:
            print(f"{label:<34} {summary[key]['median']:8.2f} {summary[key]['p90']:8.2f}")
    if "ratio_adapter" in summary:
        print(f"ours/floor, adapter pages: {summary['ratio_adapter']:.2f}  "
              f"(median of per-page ratios {summary['ratio_adapter_per_page']:.2f}; target <= 3.0)")  # fmt: skip
    print(f"ours/floor, generic:       {summary['ratio_generic']:.2f}  "
          f"(median of per-page ratios {summary['ratio_generic_per_page']:.2f}; target <= 4.0)")  # fmt: skip
    if "trafilatura_over_ours" in summary:
        print(f"trafilatura/ours:          {summary['trafilatura_over_ours']:.1f}")


# -- large inputs ---------------------------------------------------------------------------------------------
def synthetic(size_mb: int) -> bytes:
    """A fixture page whose article paragraphs are repeated until the page weighs ``size_mb`` MB."""
    lines = (FIXTURES / "hanoimoi" / "reference-2016.html").read_text("utf-8").splitlines(keepends=True)
    paragraphs = [i for i, line in enumerate(lines) if line.startswith("<p>") and line.rstrip().endswith("</p>")]
    last = paragraphs[-1]
    block = "".join(lines[i] for i in paragraphs)
    head, tail = "".join(lines[: last + 1]), "".join(lines[last + 1 :])
    need = size_mb * 1_000_000 - len((head + tail).encode())
    copies = max(need // len(block.encode()), 0) + 1
    return (head + block * copies + tail).encode()


def measure_sizes(sizes: tuple[int, ...], repeat: int) -> list[dict[str, float]]:
    """Milliseconds per MB of the floor and of parse, for each synthetic size."""
    out = []
    for size in sizes:
        data = synthetic(size)
        mb = len(data) / 1_000_000
        url = "https://hanoimoi.vn/nang-cao-hieu-qua-451234.html"
        floor = timed(functools.partial(lxml.html.fromstring, data), repeat)
        ours = timed(functools.partial(vnnews_parse.parse, data, url), repeat)
        out.append({"mb": mb, "floor_ms_per_mb": floor / mb, "ours_ms_per_mb": ours / mb})
        print(f"{mb:5.1f} MB   floor {floor / mb:7.1f} ms/MB   parse {ours / mb:7.1f} ms/MB   ratio {ours / floor:.2f}")
    return out


# -- batch ----------------------------------------------------------------------------------------------------
def build_folder(pages: list[Page], count: int, root: Path) -> Path:
    """A folder of ``count`` pages (the corpus repeated, 500 per sub-folder), hard-linked where possible."""
    folder = root / f"pages-{count}"
    sources = sorted((CORPUS / "pages").glob("*/*.html")) if pages[0].group == "corpus" else []
    tmp_sources = []
    if not sources:  # no corpus: write the fixture bytes once, then link to them
        for i, page in enumerate(pages):
            path = root / f"src-{i}.html"
            path.write_bytes(page.data)
            tmp_sources.append(path)
        sources = tmp_sources
    for i in range(count):
        target = folder / f"{i // 500:03d}" / f"{i:06d}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(sources[i % len(sources)], target)
        except OSError:
            shutil.copyfile(sources[i % len(sources)], target)
    return folder


def _tree(pid: int) -> Iterator[int]:
    """The pids of ``pid``'s descendants (Linux /proc)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return
    for child in map(int, children):
        yield child
        yield from _tree(child)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class BatchRun(NamedTuple):
    """One batch CLI run: wall and CPU time, the peak RSS of the main process and of the largest worker."""

    jobs: int
    pages: int
    seconds: float
    cpu_seconds: float
    main_rss_mb: float
    worker_rss_mb: float

    @property
    def pages_per_s(self) -> float:
        """Throughput."""
        return self.pages / self.seconds


def batch_run(folder: Path, pages: int, jobs: int) -> BatchRun:
    """Run the batch CLI on a folder, sampling the RSS of its processes every 50 ms."""
    out = folder.parent / "out.jsonl"
    cmd = [sys.executable, "-m", "vnnews_parse", "--jobs", str(jobs), str(folder), "-o", str(out),
           "--errors", os.devnull]  # fmt: skip
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for pid in (proc.pid, *_tree(proc.pid)):
                peaks[pid] = max(peaks.get(pid, 0), _rss_kb(pid))
                cpu[pid] = max(cpu.get(pid, 0.0), _cpu_seconds(pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    proc.wait()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    main = peaks.pop(proc.pid, 0)
    # The forkserver process is a descendant too, but small: the largest descendant is a worker.
    worker = max(peaks.values(), default=0)
    # CPU time of the CLI and its workers (sampled, so the last 50 ms may be missing): when other
    # load shares the cores, the wall-clock speed-up understates what 2 workers achieve, while the
    # CPU time shows the cost of parallelism itself (pickling, the extra processes).
    return BatchRun(jobs, pages, seconds, sum(cpu.values()), main / 1024, worker / 1024)


def measure_batch(pages: list[Page], small: int, large: int) -> list[BatchRun]:
    """2 workers vs 1 on ``small`` pages, and memory on ``large`` pages."""
    runs = []
    with tempfile.TemporaryDirectory(prefix="vnnews-bench-") as tmp:
        small_folder = build_folder(pages, small, Path(tmp))
        batch_run(build_folder(pages, 100, Path(tmp)), 100, 2)  # warm the page cache and the imports
        for jobs, folder, count in ((1, small_folder, small), (2, small_folder, small)):
            runs.append(batch_run(folder, count, jobs))
        large_folder = build_folder(pages, large, Path(tmp))
        runs.append(batch_run(large_folder, large, 2))
    for run in runs:
        print(f"--jobs {run.jobs}  {run.pages:6,} pages  {run.seconds:6.1f} s  {run.pages_per_s:6.0f} pages/s  "
              f"CPU {run.cpu_seconds:6.1f} s  peak RSS main {run.main_rss_mb:4.0f} MB, worker {run.worker_rss_mb:4.0f} MB")  # fmt: skip
    print(f"speed-up 2 workers vs 1 on {small:,} pages: {runs[0].seconds / runs[1].seconds:.2f} (target >= 1.8); "
          f"CPU time 2 workers / 1: {runs[1].cpu_seconds / runs[0].cpu_seconds:.2f}")  # fmt: skip
    ideal = 2 * runs[0].cpu_seconds / runs[1].cpu_seconds
    print(f"speed-up 2 workers could reach on 2 idle cores (CPU time 1 worker x 2 / CPU time 2 workers): {ideal:.2f}")
    print(
        f"load average after the runs: {os.getloadavg()[0]:.2f} (more than the workers: another process shared the cores)"
    )
    return runs


# -- chart ----------------------------------------------------------------------------------------------------
def chart(summary: dict[str, Any], sizes: list[dict[str, float]], runs: list[BatchRun], path: Path) -> None:
    """A small three-panel PNG: ms per page, ms per MB, batch throughput."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(11, 3.4), dpi=100)
    keys = [("floor", "lxml\n(floor)"), ("ours_adapter", "ours\nadapter"), ("generic", "ours\ngeneric"),
            ("trafilatura", "trafilatura")]  # fmt: skip
    shown = [(label, summary[key]["median"], summary[key]["p90"]) for key, label in keys if key in summary]
    ax = axes[0]
    bars = ax.bar([s[0] for s in shown], [s[1] for s in shown], color=["#999", "#2a7", "#7b5", "#c55"][: len(shown)])
    ax.scatter([s[0] for s in shown], [s[2] for s in shown], marker="_", s=300, color="black", label="p90")
    ax.bar_label(bars, fmt="%.1f", fontsize=8)
    ax.set_title(f"ms per page (median; {summary['pages']} real pages)", fontsize=9)
    ax.legend(fontsize=8)
    ax.tick_params(labelsize=8)
    ax = axes[1]
    if sizes:
        labels = [f"{s['mb']:.0f} MB" for s in sizes]
        x = range(len(sizes))
        ax.bar([i - 0.2 for i in x], [s["floor_ms_per_mb"] for s in sizes], 0.4, label="lxml (floor)", color="#999")
        ax.bar([i + 0.2 for i in x], [s["ours_ms_per_mb"] for s in sizes], 0.4, label="ours", color="#2a7")
        ax.set_xticks(list(x), labels)
        ax.legend(fontsize=8)
    ax.set_title("ms per MB, synthetic large pages", fontsize=9)
    ax.tick_params(labelsize=8)
    ax = axes[2]
    if runs:
        names = [f"{r.jobs} worker{'s' if r.jobs > 1 else ''}\n{r.pages:,} pages" for r in runs]
        bars = ax.bar(names, [r.pages_per_s for r in runs], color="#48a")
        ax.bar_label(bars, labels=[f"{r.pages_per_s:.0f}/s\n{r.worker_rss_mb or r.main_rss_mb:.0f} MB" for r in runs],
                     fontsize=8)  # fmt: skip
        ax.set_ylim(0, max(r.pages_per_s for r in runs) * 1.35)
    ax.set_title("batch CLI: pages/s (peak RSS per worker)", fontsize=9)
    ax.tick_params(labelsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    print(f"\nchart written to {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main() -> int:
    """Run the benchmark and print its report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="corpus folder (pages/, gold.jsonl)")
    ap.add_argument("--repeat", type=int, default=7, help="timed calls per page and tool")
    ap.add_argument("--sizes", default="1,4,16", help="synthetic page sizes in MB")
    ap.add_argument("--batch", default="2000,10000", help="pages for the 2-vs-1 run and for the memory run")
    ap.add_argument("--no-batch", action="store_true", help="skip the batch CLI runs")
    ap.add_argument("--no-pages", action="store_true", help="skip the per-page timings (and the chart)")
    ap.add_argument("--chart", type=Path, default=CHART, help="where to write the PNG ('' for none)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args()

    import platform

    import lxml.etree

    traf = "not installed"
    with contextlib.suppress(ImportError):
        import trafilatura

        traf = trafilatura.__version__
    print(f"python {platform.python_version()}, lxml {'.'.join(map(str, lxml.etree.LXML_VERSION))}, "
          f"vnnews_parse {vnnews_parse.__version__}, trafilatura {traf}, {os.cpu_count()} cores")  # fmt: skip

    corpus = corpus_pages(args.corpus) if (args.corpus / "pages").is_dir() else []
    fixtures = fixture_pages()
    report: dict[str, Any] = {}
    for name, pages in (("corpus", corpus), ("fixtures", fixtures)):
        if not pages or args.no_pages:
            continue
        rows = measure_pages(pages, args.repeat)
        report[name] = summarise(rows)
        print_group(name, rows, report[name])
    print("\n## large pages (a fixture's paragraphs repeated)")
    sizes = (
        []
        if args.no_pages
        else measure_sizes(tuple(int(s) for s in args.sizes.split(",") if s), max(args.repeat // 2, 3))
    )
    report["sizes"] = sizes
    runs: list[BatchRun] = []
    if not args.no_batch:
        small, large = (int(n) for n in args.batch.split(","))
        print(f"\n## batch CLI (python -m vnnews_parse --jobs N FOLDER -o out.jsonl), {small:,} and {large:,} pages")
        runs = measure_batch(corpus or fixtures, small, large)
        report["batch"] = [run._asdict() | {"pages_per_s": run.pages_per_s} for run in runs]
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    if args.chart and str(args.chart) and not args.no_pages:
        main_group = report.get("corpus") or report["fixtures"]
        chart(main_group, sizes, runs, args.chart.resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
