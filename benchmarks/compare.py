"""Compare vnnews_parse with trafilatura, newspaper4k and goose3 on the real-page corpus.

Run from the repository root (not part of the test suite)::

    python -m pip install -e . && python -m pip install --group bench   # trafilatura, newspaper4k, goose3, ...
    python benchmarks/compare.py [--corpus ../shared/corpus] [--out /tmp/vnnews-compare] [--repeat 3]

How it stays honest:

* Every tool gets the same bytes of each page and the same URL (from ``gold.jsonl``), through its
  documented API with default settings. The only settings changed are the ones that would make a
  tool fetch something: newspaper4k's ``fetch_images`` (it downloads images to pick a top image)
  and goose3's ``enable_image_fetching`` (already off by default; set explicitly).
* No network: ``socket.socket.connect``, ``socket.create_connection`` and ``socket.getaddrinfo``
  are replaced by a function that records the attempt and raises, before any tool is imported.
  The attempts are reported per tool (they should be 0), and so is every page a tool failed on.
* Each tool's output is written as JSON lines (file, headline, authors, published, text,
  comment_count, rights) to ``--out`` and scored by the project's scorer,
  ``../shared/tools/score.py --predictions ... --json``, so all tools are judged by the same code
  against the same human annotations. vnnews_parse is also scored by ``score.py`` on its own
  (no ``--predictions``) as a check that this script feeds it the same way.
* Fields a tool does not have (comment count, rights notice, a separate lead) are reported as 0,
  and count as 0 in "overall": the scorer would credit an empty answer on pages where the gold
  says "none", which would reward not having the field. The scorer's own overall is printed
  under the table too.
* Time: per page, one warm-up call, then ``--repeat`` calls timed with ``time.perf_counter``; the
  page's figure is their median and the table gives the median over pages, all in the same run.
  ``lxml.html.fromstring`` on the same bytes is the floor: the cost of parsing the HTML at all.

Prints a Markdown table (and notes) on stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The scorer's fields, in its order; the table's columns.
COLUMNS = ("headline", "authors", "published_day", "published", "lead", "text_start", "text_end", "text_clean",
           "comment_count", "rights")  # fmt: skip
HEADERS = {"published": "published (minute+offset)"}
# What the general extractors have no field for: reported as 0 (see the module docstring).
NO_SUCH_FIELD = frozenset({"lead", "comment_count", "rights"})
Extractor = Callable[[bytes, str | None], dict[str, Any]]


@dataclass(frozen=True)
class Tool:
    """A row of the table: how to build the extractor, and the fields it cannot give."""

    name: str
    slug: str  # file name of its predictions
    factory: Callable[[], Extractor]
    lacks: frozenset[str] = frozenset()
    score_args: tuple[str, ...] | None = None  # score.py's own run of vnnews_parse, to cross-check


@dataclass
class Page:
    """One corpus page: the same bytes and URL go to every tool."""

    file: str
    data: bytes
    url: str | None


@dataclass
class Run:
    """One tool's outputs, per-page median seconds and failures."""

    outputs: list[dict[str, Any]] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _iso(value: Any) -> str | None:
    """ISO text of a date/datetime as the tool gave it (an aware value keeps its offset)."""
    if value is None or value == "":
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _vnnews(site: str | None = None) -> Extractor:
    sys.path.insert(0, str(ROOT / "src"))  # the working tree, as score.py does
    import vnnews_parse

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        article = vnnews_parse.parse(data, url=url, site=site)
        # The same record score.py builds for vnnews_parse: lead and body joined as the text.
        return {
            "headline": article.headline, "authors": list(article.authors), "published": _iso(article.published),
            "lead": article.lead, "text": "\n\n".join(p for p in (article.lead, article.body) if p),
            "comment_count": article.comment_count, "rights": article.rights,
        }  # fmt: skip

    return run


def _trafilatura() -> Extractor:
    import trafilatura

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        # Defaults otherwise: include_comments=True, and the date is a day ("%Y-%m-%d") by default.
        result = trafilatura.bare_extraction(data, url=url, with_metadata=True)
        # 2.x returns a Document (or None when it finds nothing); 1.x returned a dict.
        doc: dict[str, Any] = {} if result is None else result if isinstance(result, dict) else result.as_dict()
        author = doc.get("author") or ""
        return {
            # trafilatura joins several authors with "; ".
            "headline": doc.get("title"), "authors": [a.strip() for a in author.split(";") if a.strip()],
            "published": doc.get("date"), "lead": None, "text": doc.get("text") or "",
            "comment_count": None, "rights": None,
        }  # fmt: skip

    return run


def _newspaper(language: str | None = None) -> Extractor:
    with warnings.catch_warnings():
        # newspaper4k warns that nltk (its optional NLP extra, keywords/summary) is missing; not used here.
        warnings.simplefilter("ignore", UserWarning)
        from newspaper import Article

    options: dict[str, Any] = {"fetch_images": False}  # True would download images: no network here
    if language:
        options["language"] = language  # the default reads the page's meta language, else English

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        article = Article(url or "http://example.invalid/", **options)
        article.download(input_html=data.decode("utf-8", "replace"))  # given the HTML: no fetch
        article.parse()
        return {
            "headline": article.title, "authors": list(article.authors), "published": _iso(article.publish_date),
            "lead": None, "text": article.text or "", "comment_count": None, "rights": None,
        }  # fmt: skip

    return run


def _goose() -> Extractor:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False})  # the default already; explicit since it would fetch

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        article = goose.extract(raw_html=data.decode("utf-8", "replace"), url=url)
        # publish_datetime_utc is goose's parse of publish_date: aware (in UTC) when the source had an
        # offset, naive otherwise; publish_date itself is the raw meta string, not always ISO.
        return {
            "headline": article.title, "authors": list(article.authors or []),
            "published": _iso(article.publish_datetime_utc), "lead": None, "text": article.cleaned_text or "",
            "comment_count": None, "rights": None,
        }  # fmt: skip

    return run


TOOLS = (
    Tool("vnnews_parse", "vnnews_parse", _vnnews, score_args=()),
    # The adapters were written from these very pages; the fallback alone shows what an unknown site gets.
    Tool(
        "vnnews_parse (generic fallback only)",
        "vnnews_parse-generic",
        lambda: _vnnews("generic"),
        score_args=("--force-site", "generic"),
    ),
    Tool("trafilatura", "trafilatura", _trafilatura, NO_SUCH_FIELD),
    Tool("newspaper4k", "newspaper4k", _newspaper, NO_SUCH_FIELD),
    # Not a default: the default falls back to English stopwords on pages without a meta language.
    Tool("newspaper4k (language='vi', not default)", "newspaper4k-vi", lambda: _newspaper("vi"), NO_SUCH_FIELD),
    Tool("goose3", "goose3", _goose, NO_SUCH_FIELD),
)

NETWORK_ATTEMPTS: list[str] = []


def _no_network() -> None:
    """Make every connection or name lookup fail, and remember it: the comparison must not fetch."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        NETWORK_ATTEMPTS.append(repr(args[1:] if args and isinstance(args[0], socket.socket) else args)[:120])
        raise OSError("network disabled for the comparison")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse
    socket.getaddrinfo = refuse


def _time_pages(extractor: Callable[[bytes, str | None], Any], pages: list[Page], repeat: int) -> Run:
    """Each page's output (or an error record) and its median time over ``repeat`` calls after a warm-up."""
    run = Run()
    for page in pages:
        try:
            out = extractor(page.data, page.url)  # the warm-up call, whose output is scored
        except Exception as exc:  # a tool's crash on a page is a miss, not the end of the comparison
            out = {"error": f"{type(exc).__name__}: {exc}"}
            run.errors.append(f"{page.file}: {out['error'][:200]}")
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            with contextlib.suppress(Exception):  # already recorded above; a failing call is still timed
                extractor(page.data, page.url)
            samples.append(time.perf_counter() - start)
        run.outputs.append(out if isinstance(out, dict) else {})
        run.seconds.append(statistics.median(samples))
    return run


def _score(corpus: Path, *extra: str) -> dict[str, Any]:
    """The scorer's JSON summary; run in the repository root so that it imports ./src."""
    command = [sys.executable, str(corpus.parent / "tools" / "score.py"), str(corpus), "--json", *extra]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _percent(correct: int, scored: int) -> str:
    return f"{100 * correct / scored:.0f}%" if scored else "–"


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--out", type=Path, default=Path("/tmp/vnnews-compare"), help="folder for the predictions")
    ap.add_argument("--repeat", type=int, default=3, help="timed calls per page after the warm-up (median kept)")
    args = ap.parse_args()
    corpus: Path = args.corpus.resolve()
    records = [json.loads(x) for x in (corpus / "gold.jsonl").read_text("utf-8").splitlines() if x.strip()]
    pages = [Page(r["file"], (corpus / r["file"]).read_bytes(), r.get("url") or None) for r in records]
    args.out.mkdir(parents=True, exist_ok=True)
    _no_network()  # before any tool is imported, so that none can open a connection at import either
    import lxml.etree
    import lxml.html

    floor = statistics.median(_time_pages(lambda d, u: lxml.html.fromstring(d), pages, args.repeat).seconds)
    rows: list[tuple[Tool, dict[str, Any], float]] = []
    notes: list[str] = []
    for tool in TOOLS:
        try:
            extractor = tool.factory()
        except ImportError as exc:
            notes.append(f"{tool.name}: left out, not installed ({exc})")
            continue
        attempts_before = len(NETWORK_ATTEMPTS)
        run = _time_pages(extractor, pages, args.repeat)
        attempts = NETWORK_ATTEMPTS[attempts_before:]
        preds = args.out / f"{tool.slug}.jsonl"
        with preds.open("w", encoding="utf-8") as f:
            for page, out in zip(pages, run.outputs, strict=True):
                f.write(json.dumps({"file": page.file, **out}, ensure_ascii=False, default=str) + "\n")
        score = _score(corpus, "--predictions", str(preds))
        if tool.score_args is not None:
            # score.py parsing on its own must agree with the predictions written here.
            own = _score(corpus, *tool.score_args)
            if (own["fields"], own["all_correct"]) != (score["fields"], score["all_correct"]):
                notes.append(f"{tool.name}: score.py on its own gives {own['all_correct']}/{own['all_scored']}, "
                             f"the predictions {score['all_correct']}/{score['all_scored']}")  # fmt: skip
        if run.errors:
            notes.append(f"{tool.name}: failed on {len(run.errors)} page(s): " + "; ".join(run.errors))
        if attempts:
            notes.append(f"{tool.name}: {len(attempts)} network attempt(s) refused, e.g. {attempts[0]}")
        rows.append((tool, score, statistics.median(run.seconds)))

    print("| tool | " + " | ".join(HEADERS.get(c, c) for c in COLUMNS) + " | overall | median ms/page |")
    print("| --- |" + " ---: |" * (len(COLUMNS) + 2))
    raw_overall = []
    for tool, score, median in rows:
        cells, correct, scored = [], 0, 0
        for column in COLUMNS:
            counts = score["fields"].get(column, {"correct": 0, "scored": 0})
            got = 0 if column in tool.lacks else counts["correct"]  # no such field: 0, not the scorer's credit
            correct, scored = correct + got, scored + counts["scored"]
            cells.append(_percent(got, counts["scored"]) + ("†" if column in tool.lacks else ""))
        print(f"| {tool.name} | " + " | ".join(cells) + f" | {_percent(correct, scored)} | {median * 1000:.1f} |")
        raw_overall.append(f"{tool.name} {_percent(score['all_correct'], score['all_scored'])}")
    print("| lxml.html.fromstring (floor) |" + " |" * (len(COLUMNS) + 1) + f" {floor * 1000:.1f} |")
    print()
    if rows:
        fields = rows[0][1]["fields"]
        print(f"{len(pages)} pages; pages scored per field: "
              + ", ".join(f"{c} {fields.get(c, {}).get('scored', 0)}" for c in COLUMNS) + ".")  # fmt: skip
    print("† the tool has no such field: counted as 0. The scorer itself credits an empty answer where the "
          "gold says 'none'; its overall: " + ", ".join(raw_overall) + ".")  # fmt: skip
    print(f"Network attempts refused: {len(NETWORK_ATTEMPTS)}.")
    versions = ", ".join(f"{d} {_version(d)}" for d in ("vnnews_parse", "trafilatura", "newspaper4k", "goose3"))
    print(f"Python {platform.python_version()}, lxml {'.'.join(map(str, lxml.etree.LXML_VERSION))}, {versions}; "
          f"{os.cpu_count()} cores; {args.repeat} timed calls per page after a warm-up.")  # fmt: skip
    for note in notes:
        print(f"Note: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
