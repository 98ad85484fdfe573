"""The command line: ``python -m vnnews_parse`` / ``vnnews-parse``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from vnnews_parse import __version__
from vnnews_parse._article import Article
from vnnews_parse._errors import ParseError
from vnnews_parse._parse import parse

_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="vnnews-parse",
        description="Parse Vietnamese news article pages into JSON records.",
        epilog="One file prints pretty JSON; several files or a folder print JSON lines. "
        "Exit status: 0 all parsed, 1 some input failed, 2 usage error.",
    )
    ap.add_argument("inputs", nargs="*", metavar="PATH", help="HTML files or folders; '-' reads a page from stdin")
    ap.add_argument("--url", help="the page's URL (only with a single input)")
    ap.add_argument("--site", help="force a site adapter by name, or 'generic'")
    ap.add_argument("--format", choices=("json", "jsonl", "text"), help="output format (default: json for one input)")
    ap.add_argument("--explain", action="store_true", help="show each field's value and where it came from")
    ap.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    ap.add_argument("--version", action="version", version=f"vnnews_parse {__version__}")
    return ap


def _expand(inputs: list[str]) -> Iterator[str]:
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            yield from sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES and p.is_file())
        else:
            yield item


def _read(item: str) -> bytes:
    if item == "-":
        return sys.stdin.buffer.read()
    return Path(item).read_bytes()


def _text(article: Article) -> str:
    lines = [article.headline, ""]
    for label, value in (
        ("Lead", article.lead),
        ("Authors", ", ".join(article.authors) or None),
        ("Source", article.source),
        ("Published", article.published.isoformat() if article.published else None),
        ("Comments", None if article.comment_count is None else str(article.comment_count)),
        ("Rights", article.rights),
        ("URL", article.url),
    ):
        if value:
            lines.append(f"{label}: {value}")
    lines += ["", article.body, ""]
    return "\n".join(lines)


def _explain(article: Article) -> str:
    data = article.to_dict()
    lines = [f"site: {article.site}"]
    for field in ("headline", "lead", "authors", "source", "published", "updated", "body", "comment_count",
                  "rights", "url", "section", "tags", "images", "language"):  # fmt: skip
        value = data[field]
        shown = json.dumps(value, ensure_ascii=False)
        if len(shown) > 100:
            shown = shown[:97] + "..."
        origin = article.provenance.get(field, "-" if value in (None, [], "") else "page")
        lines.append(f"{field:<14} {origin:<10} {shown}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _build_parser().parse_args(argv)
    if not args.inputs:
        _build_parser().print_usage(sys.stderr)
        print("vnnews-parse: error: give at least one PATH, or '-' for stdin", file=sys.stderr)
        return 2
    items = list(_expand(args.inputs))
    if args.url and len(items) != 1:
        print("vnnews-parse: error: --url needs exactly one input", file=sys.stderr)
        return 2
    fmt = args.format or ("json" if len(items) == 1 and not Path(args.inputs[0]).is_dir() else "jsonl")
    out: TextIO = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    try:
        for item in items:
            try:
                article = parse(_read(item), url=args.url, site=args.site)
            except (ParseError, OSError) as exc:
                failed += 1
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                print(f"vnnews-parse: {item}: {reason}", file=sys.stderr)
                continue
            if args.explain:
                out.write(_explain(article))
            elif fmt == "text":
                out.write(_text(article))
            elif fmt == "json":
                out.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
            else:
                record = {"input": item, **article.to_dict()}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    return 1 if failed else 0
