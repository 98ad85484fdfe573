"""How well vnnews_parse reads pages no adapter was written for: adapters vs. the fallback alone.

Run from the repository root (not part of the test suite)::

    python benchmarks/generalization.py [--corpus ../shared/corpus] [--write docs/comparison.md]

Three sets of pages, each scored by the project's scorer (``../shared/tools/score.py``, imported
from beside the corpus) with the adapters and with ``site="generic"`` on every page:

* the real-page corpus (careful human annotations, ``gold.jsonl``);
* our own fixtures (``tests/sites/<site>/<case>.html``, pages we wrote on each site's real
  template), against their expected records turned into the same kind of annotation;
* our pages of templates no adapter was written for (``tests/unseen/*.html``: other sites, other
  years), against what a reader sees of them (their ``reader`` record);
* the real-page corpus again, without its metadata (JSON-LD, ``<meta>`` tags and the canonical
  link removed): what the page itself shows must carry every field, as on older pages that have
  no metadata.

The fallback-alone column is what a page of another year's layout or of another site gets: the
figure this project is judged by. The script also lists every page that scores lower with its
adapter than with the fallback alone (there should be none). With ``--write FILE`` the tables
replace the part of FILE between ``<!-- generalization:start -->`` and ``<!-- generalization:end -->``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import lxml.html
from lxml import etree

import vnnews_parse

START, END = "<!-- generalization:start -->", "<!-- generalization:end -->"


def _scorer(corpus: Path) -> ModuleType:
    path = corpus.parent / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("vnnews_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"generalization: no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["vnnews_score"] = module
    spec.loader.exec_module(module)
    return module


def _words(text: str, count: int, last: bool = False) -> str:
    words = text.split()
    return " ".join(words[-count:] if last else words[:count])


def _fixture_records() -> tuple[list[dict[str, Any]], dict[str, bytes]]:
    """Our fixtures as gold records: their expected Article, in the scorer's annotation format."""
    records, pages = [], {}
    for html in sorted((ROOT / "tests" / "sites").glob("*/*.html")):
        spec = json.loads(html.with_suffix(".json").read_text("utf-8"))
        want = spec["expected"]
        text = "\n\n".join(x for x in (want["lead"], want["body"]) if x)
        published = want["published"]
        record = {
            "file": f"{html.parent.name}/{html.name}",
            "site": html.parent.name,
            "url": spec.get("url"),
            "headline": want["headline"],
            "authors": want["authors"],
            # The scorer compares minutes: drop the seconds of the expected ISO time.
            "published": published[:16] + published[19:] if published else None,
            "lead": want["lead"] or "",
            "text_first": _words(text, 8),
            "text_last": _words(want["body"] or text, 8, last=True),
            "rights": want["rights"],
            "comment_count": want["comment_count"],
        }
        records.append(record)
        pages[record["file"]] = html.read_bytes()
    return records, pages


def _unseen_records() -> tuple[list[dict[str, Any]], dict[str, bytes]]:
    """The pages of templates without an adapter, with their reader records as annotations."""
    records, pages = [], {}
    for html in sorted((ROOT / "tests" / "unseen").glob("*.html")):
        spec = json.loads(html.with_suffix(".json").read_text("utf-8"))
        record = {"file": html.name, "site": html.stem, "url": spec["url"], **spec["reader"]}
        records.append(record)
        pages[html.name] = html.read_bytes()
    return records, pages


_METADATA_X = "//script[@type='application/ld+json'] | //meta[not(@charset or @http-equiv)] | //link[@rel='canonical']"


def _without_metadata(data: bytes) -> bytes:
    """The page without its JSON-LD, ``<meta>`` tags (but the charset) and canonical link."""
    try:
        data.decode("utf-8")
        parser = lxml.html.HTMLParser(encoding="utf-8")
    except UnicodeDecodeError:
        parser = lxml.html.HTMLParser()  # the declared charset
    root = lxml.html.fromstring(data, parser=parser)
    for el in root.xpath(_METADATA_X):
        el.drop_tree()
    return etree.tostring(root, encoding="utf-8", method="html")


def _predict(records: list[dict[str, Any]], pages: dict[str, bytes], site: str | None) -> dict[str, dict[str, Any]]:
    out = {}
    for rec in records:
        try:
            art = vnnews_parse.parse(pages[rec["file"]], url=rec.get("url") or None, site=site)
        except vnnews_parse.ParseError as exc:
            out[rec["file"]] = {"error": str(exc)}
            continue
        out[rec["file"]] = {
            "headline": art.headline,
            "authors": list(art.authors),
            "published": art.published,
            "lead": art.lead,
            "text": "\n\n".join(p for p in (art.lead, art.body) if p),
            "comment_count": art.comment_count,
            "rights": art.rights,
        }
    return out


def _score(scorer: ModuleType, records: list[dict[str, Any]], preds: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    sites: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    pages: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rec in records:
        for field, ok in scorer.judge(rec, preds[rec["file"]]).items():
            if ok is None:
                continue
            for table, key in ((fields, field), (sites, rec["site"]), (pages, rec["file"])):
                table[key][0] += bool(ok)
                table[key][1] += 1
    return {"fields": fields, "sites": sites, "pages": pages}


def _pct(pair: list[int]) -> str:
    correct, scored = pair
    return f"{100 * correct / scored:.0f}%" if scored else ""


def _table(title: str, scorer: ModuleType, records: list[dict[str, Any]], pages: dict[str, bytes]) -> list[str]:
    adapters = _score(scorer, records, _predict(records, pages, None))
    generic = _score(scorer, records, _predict(records, pages, "generic"))
    lines = [
        f"**{title}** ({len(records)} pages)",
        "",
        "| field | with adapters | fallback alone |",
        "| --- | ---: | ---: |",
    ]
    for field in scorer.FIELDS:
        if adapters["fields"][field][1]:
            lines.append(f"| {field} | {_pct(adapters['fields'][field])} | {_pct(generic['fields'][field])} |")
    total_a = [sum(c for c, _ in adapters["fields"].values()), sum(n for _, n in adapters["fields"].values())]
    total_g = [sum(c for c, _ in generic["fields"].values()), sum(n for _, n in generic["fields"].values())]
    lines += [f"| **overall** | **{_pct(total_a)}** | **{_pct(total_g)}** |", ""]
    lines += ["| site | with adapters | fallback alone |", "| --- | ---: | ---: |"]
    for site in sorted(adapters["sites"]):
        lines.append(f"| {site} | {_pct(adapters['sites'][site])} | {_pct(generic['sites'][site])} |")
    worse = [f for f in adapters["pages"] if adapters["pages"][f][0] < generic["pages"][f][0]]
    lines += ["", "Pages that score lower with their adapter than with the fallback alone: "]
    lines[-1] += ", ".join(f"`{f}`" for f in worse) if worse else "none."
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--write", type=Path, metavar="FILE", help="put the tables into FILE between the markers")
    args = ap.parse_args(argv)
    scorer = _scorer(args.corpus)
    gold = [json.loads(x) for x in (args.corpus / "gold.jsonl").read_text("utf-8").splitlines() if x.strip()]
    corpus_pages = {rec["file"]: (args.corpus / rec["file"]).read_bytes() for rec in gold}
    fixtures, fixture_pages = _fixture_records()
    unseen, unseen_pages = _unseen_records()
    lines = [
        *_table("Real pages", scorer, gold, corpus_pages),
        *_table("Our fixtures (site templates we reproduced)", scorer, fixtures, fixture_pages),
        *_table("Our pages of templates without an adapter (other sites, other years)", scorer, unseen, unseen_pages),
        *_table(
            "Real pages without their metadata (JSON-LD, meta tags, canonical link removed)",
            scorer,
            gold,
            {name: _without_metadata(data) for name, data in corpus_pages.items()},
        ),
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        doc = args.write.read_text("utf-8")
        if START not in doc or END not in doc:
            raise SystemExit(f"generalization: {args.write} has no {START} ... {END} markers")
        head, rest = doc.split(START, 1)
        args.write.write_text(f"{head}{START}\n{text}\n{END}{rest.split(END, 1)[1]}", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
