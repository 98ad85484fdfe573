"""Compare vnnews_parse with trafilatura, newspaper4k and goose3 on the real-page corpus.

    python -m pip install -e . trafilatura lxml_html_clean newspaper4k goose3   # or: pip install --group bench
    python benchmarks/compare.py [--corpus ../shared/corpus] [--out /tmp/vnnews-compare]

Every tool gets the same bytes and URL, with its documented API and default settings, and no
network (sockets are blocked while the tools run). Each tool's output is written as the JSON
lines that ``../shared/tools/score.py --predictions`` scores, so all tools are judged by the same
scorer against the same human annotations. Fields a tool does not have (comment count, rights,
a separate lead) are left empty and score as misses. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Extractor = Callable[[bytes, str | None], dict[str, Any]]
COLUMNS = ("headline", "authors", "published_day", "published", "lead", "text_start", "text_end", "text_clean",
           "comment_count", "rights")  # fmt: skip


def _iso(value: Any) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else (str(value) if value else None)


def _vnnews(site: str | None = None) -> Extractor:
    sys.path.insert(0, str(ROOT / "src"))
    import vnnews_parse

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        article = vnnews_parse.parse(data, url=url, site=site)
        return {
            "headline": article.headline, "authors": list(article.authors), "published": _iso(article.published),
            "lead": article.lead, "text": "\n\n".join(p for p in (article.lead, article.body) if p),
            "comment_count": article.comment_count, "rights": article.rights,
        }  # fmt: skip

    return run


def _trafilatura() -> Extractor:
    import trafilatura

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        result = trafilatura.bare_extraction(data, url=url, with_metadata=True)
        doc = result.as_dict() if hasattr(result, "as_dict") else (result or {})
        author = doc.get("author") or ""
        return {
            "headline": doc.get("title"), "authors": [a.strip() for a in author.split(";") if a.strip()],
            "published": doc.get("date"), "lead": None, "text": doc.get("text") or "",
        }  # fmt: skip

    return run


def _newspaper() -> Extractor:
    from newspaper import Article

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        article = Article(url or "http://example.invalid/", language="vi", fetch_images=False)
        article.download(input_html=data.decode("utf-8", "replace"))
        article.parse()
        return {
            "headline": article.title, "authors": list(article.authors), "published": _iso(article.publish_date),
            "lead": None, "text": article.text or "",
        }  # fmt: skip

    return run


def _goose() -> Extractor:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False, "use_meta_language": True})

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        article = goose.extract(raw_html=data.decode("utf-8", "replace"), url=url)
        return {
            "headline": article.title, "authors": list(article.authors or []),
            "published": article.publish_datetime_utc.isoformat() if article.publish_datetime_utc else article.publish_date,
            "lead": None, "text": article.cleaned_text or "",
        }  # fmt: skip

    return run


TOOLS: dict[str, Callable[[], Extractor]] = {
    "vnnews_parse": _vnnews,
    # The adapters were written from these very pages; the fallback alone shows what an unknown site gets.
    "vnnews_parse (generic fallback only)": lambda: _vnnews("generic"),
    "trafilatura": _trafilatura, "newspaper4k": _newspaper, "goose3": _goose,
}  # fmt: skip


def _no_network() -> None:
    """Make any connection attempt fail: the comparison must not fetch anything."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError("network disabled for the comparison")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--out", type=Path, default=Path("/tmp/vnnews-compare"))
    ap.add_argument("--repeat", type=int, default=3, help="timed calls per page (the median is kept)")
    args = ap.parse_args()
    records = [json.loads(x) for x in (args.corpus / "gold.jsonl").read_text("utf-8").splitlines() if x.strip()]
    pages = [((args.corpus / r["file"]).read_bytes(), r.get("url"), r["file"]) for r in records]
    args.out.mkdir(parents=True, exist_ok=True)
    _no_network()
    import lxml.html

    rows = []
    floor = statistics.median(_timed(lambda d, u: lxml.html.fromstring(d), pages, args.repeat)[1])
    for name, factory in TOOLS.items():
        try:
            extractor = factory()
        except ImportError as exc:
            print(f"{name}: not installed ({exc})", file=sys.stderr)
            continue
        outputs, times = _timed(extractor, pages, args.repeat)
        preds = args.out / f"{name}.jsonl"
        with preds.open("w", encoding="utf-8") as f:
            for (_, _, file), out in zip(pages, outputs, strict=True):
                f.write(json.dumps({"file": file, **out}, ensure_ascii=False, default=str) + "\n")
        score = json.loads(
            subprocess.run(
                [sys.executable, str(args.corpus.parent / "tools" / "score.py"), str(args.corpus),
                 "--predictions", str(preds), "--json"],
                check=True, capture_output=True, text=True,
            ).stdout
        )  # fmt: skip
        rows.append((name, score, statistics.median(times)))
    print("| tool | " + " | ".join(COLUMNS) + " | overall | median ms/page |")
    print("| --- |" + " ---: |" * (len(COLUMNS) + 2))
    for name, score, median in rows:
        cells = []
        for column in COLUMNS:
            field = score["fields"].get(column, {"correct": 0, "scored": 0})
            cells.append(f"{100 * field['correct'] / max(field['scored'], 1):.0f}%")
        overall = 100 * score["all_correct"] / max(score["all_scored"], 1)
        print(f"| {name} | " + " | ".join(cells) + f" | {overall:.0f}% | {median * 1000:.1f} |")
    print("| lxml.html.fromstring (floor) |" + " |" * (len(COLUMNS) + 1) + f" {floor * 1000:.1f} |")
    return 0


def _timed(extractor: Callable[[bytes, str | None], Any], pages: list[tuple[bytes, str | None, str]], repeat: int
           ) -> tuple[list[Any], list[float]]:  # fmt: skip
    """Each page's output (or an error record) and its median time over ``repeat`` calls after a warm-up."""
    outputs, times = [], []
    for data, url, _ in pages:
        try:
            out = extractor(data, url)
        except Exception as exc:  # a tool's crash on a page is a miss, not the end of the comparison
            out = {"error": f"{type(exc).__name__}: {exc}"}
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            with contextlib.suppress(Exception):
                extractor(data, url)
            samples.append(time.perf_counter() - start)
        outputs.append(out)
        times.append(statistics.median(samples))
    return outputs, times


if __name__ == "__main__":
    raise SystemExit(main())
