"""The command line: ``python -m vnnews_parse`` / ``vnnews-parse``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from vnnews_parse import __version__
from vnnews_parse._adapters import load_adapters, load_plugins
from vnnews_parse._article import Article
from vnnews_parse._batch import HTML_SUFFIXES, Progress, check_sendable, expand, is_warc, run
from vnnews_parse._context import Rejection
from vnnews_parse._drift import check
from vnnews_parse._errors import AdapterError, ParseError
from vnnews_parse._parse import explain, parse
from vnnews_parse._registry import by_name
from vnnews_parse.sites import ALL
from vnnews_parse.sites._base import SiteAdapter

_EPILOG = """\
One file prints pretty JSON; several files or a folder print JSON lines.

Batch mode (--jobs, --unordered or --errors given, or a WARC input): inputs are files, folders
(recursive *.html/*.htm), WARC files (.warc, .warc.gz; needs vnnews_parse[warc]) and '-', which
then reads a list of paths from stdin, one per line. Output is always JSON lines, in input order
unless --unordered; memory stays flat. A progress bar is drawn on stderr when it is a terminal.
Outside batch mode, '-' reads one page from stdin.

Your own sites: --adapters FILE.toml (repeatable) adds the sites a TOML file describes, --plugins
those of installed plugin packages; both are tried before the built-in sites.
--check-adapters FILE.toml|builtin|plugins PATH... shows what each selector of those adapters
finds on each page (files, folders, WARC files, '-' for a list of paths); its exit status is 1
when a required field is missing on any page or no adapter recognises a page.

Exit status: 0 all parsed, 1 some input failed, 2 usage error, 130 interrupted (Ctrl-C; what was
written is kept).
"""


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="vnnews-parse",
        description="Parse Vietnamese news article pages into JSON records.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument(
        "inputs", nargs="*", metavar="PATH",
        help="HTML files, folders or WARC files; '-' reads a page from stdin (batch mode: a list of paths)",
    )  # fmt: skip
    ap.add_argument("--url", help="the page's URL (only with a single input)")
    ap.add_argument("--site", help="force a site adapter by name, or 'generic'")
    ap.add_argument("--format", choices=("json", "jsonl", "text"), help="output format (default: json for one input)")
    ap.add_argument(
        "--explain",
        action="store_true",
        help="show each field's value, where it came from, and the candidates turned down",
    )
    ap.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    own = ap.add_argument_group("your own sites")
    own.add_argument(
        "--adapters", action="append", default=[], metavar="FILE.toml",
        help="also use the sites described in this TOML file, before the built-in ones (repeatable)",
    )  # fmt: skip
    own.add_argument("--plugins", action="store_true", help="also use the sites of installed plugin packages")
    own.add_argument(
        "--check-adapters", metavar="FILE.toml|builtin|plugins",
        help="check these adapters on the pages given: what each selector finds; exit 1 if a required field is missing",
    )  # fmt: skip
    batch = ap.add_argument_group("batch mode")
    batch.add_argument("-j", "--jobs", type=_jobs, metavar="N", help="worker processes (0 = one per core)")
    batch.add_argument("--unordered", action="store_true", help="write pages as they finish, not in input order")
    batch.add_argument("--errors", type=Path, metavar="FILE", help='failures as JSON lines {"input", "error"}')
    ap.add_argument("--version", action="version", version=f"vnnews_parse {__version__}")
    return ap


def _jobs(text: str) -> int:
    """``--jobs``: a worker count, 0 meaning one per core."""
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per core) or more")
    return value or os.cpu_count() or 1


def _is_batch(args: argparse.Namespace) -> bool:
    """Batch mode: asked for by a batch option, or implied by a WARC input (never a single page)."""
    return args.jobs is not None or args.unordered or args.errors is not None or any(map(is_warc, args.inputs))


def _error(message: str) -> int:
    print(f"vnnews-parse: error: {message}", file=sys.stderr)
    return 2


def _own_adapters(files: list[str], plugins: bool) -> tuple[SiteAdapter, ...]:
    """The adapters of the TOML files, in order, then those of the plugins (each skipped one warned about)."""
    adapters: list[SiteAdapter] = []
    for file in files:
        try:
            adapters.extend(load_adapters(file))
        except OSError as exc:
            raise AdapterError(exc.strerror or str(exc), file=file) from None
    if plugins:
        found, problems = load_plugins()
        for problem in problems:
            print(f"vnnews-parse: warning: {problem}", file=sys.stderr)
        adapters.extend(found)
    return tuple(adapters)


def _check_adapters(args: argparse.Namespace) -> int:
    """``--check-adapters``: the report of each page, exit status 1 if any page fails."""
    refused = {"--url": args.url and len(args.inputs) != 1, "--explain": args.explain, "--jobs": args.jobs,
               "--unordered": args.unordered, "--errors": args.errors, "--adapters": args.adapters,
               "--plugins": args.plugins, "--format": args.format not in (None, "text", "jsonl")}  # fmt: skip
    for flag, bad in refused.items():
        if bad:
            extra = " (with one page)" if flag == "--url" else ""
            return _error(f"{flag} is not available with --check-adapters{extra}")
    which = args.check_adapters
    try:
        if which == "builtin":
            adapters: tuple[SiteAdapter, ...] = ALL
        elif which == "plugins":
            adapters = _own_adapters([], plugins=True)
        else:
            adapters = _own_adapters([which], plugins=False)
        if args.site is not None and by_name(args.site, (adapters,)) is None:
            return _error("--site generic: the generic fallback has no selectors to check")
    except (AdapterError, ParseError) as exc:
        return _error(str(exc))
    if not adapters:
        return _error(f"{which}: no adapters to check")
    out: TextIO = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        tasks = expand(args.inputs, sys.stdin)
        if args.url:
            tasks = (task._replace(url=args.url) for task in tasks)
        pages, failed = check(tasks, adapters, out, site=args.site, jsonl=args.format == "jsonl")
    finally:
        if args.output:
            out.close()
    counted = f"{pages:,} page{'' if pages == 1 else 's'}"
    print(f"vnnews-parse: checked {counted} with {which}: {pages - failed:,} ok, {failed:,} failed", file=sys.stderr)
    return 1 if failed or not pages else 0


def _batch(args: argparse.Namespace, adapters: tuple[SiteAdapter, ...]) -> int:
    """Batch mode: everything but the argument checks lives in ``_batch``."""
    refused = {"--url": args.url, "--explain": args.explain, "--format": args.format not in (None, "jsonl")}
    for flag, bad in refused.items():
        if bad:
            print(f"vnnews-parse: error: {flag} is not available in batch mode (JSON lines only)", file=sys.stderr)
            return 2
    if (args.jobs or 1) > 1:
        try:
            check_sendable(adapters)
        except AdapterError as exc:
            return _error(str(exc))
    progress = Progress(sys.stderr) if sys.stderr.isatty() else None
    if progress is not None:
        progress.count_in_background(args.inputs)
    out: TextIO = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    errors: TextIO | None = args.errors.open("w", encoding="utf-8") if args.errors else None
    try:
        summary = run(
            expand(args.inputs, sys.stdin),
            out,
            jobs=args.jobs or 1,
            site=args.site,
            adapters=adapters,
            ordered=not args.unordered,
            errors=errors,
            report=lambda line: print(line, file=sys.stderr),
            progress=progress,
        )
    finally:
        for stream in (out, errors):
            if stream is not None and stream is not sys.stdout:
                stream.close()
    if summary.interrupted:
        print(f"vnnews-parse: interrupted: {summary.done:,} pages written", file=sys.stderr)
        return 130
    return 1 if summary.failed else 0


def _expand(inputs: list[str]) -> Iterator[str]:
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            yield from sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in HTML_SUFFIXES and p.is_file())
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


def _explain(article: Article, rejected: list[Rejection]) -> str:
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
    if rejected:
        lines += ["", "turned down by the plausibility checks:"]
        for field, origin, value, reason in rejected:
            shown = json.dumps(value if isinstance(value, (str, int, list, tuple)) else str(value), ensure_ascii=False)
            if len(shown) > 80:
                shown = shown[:77] + "..."
            lines.append(f"{field:<14} {origin:<10} {shown}: {reason}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _build_parser().parse_args(argv)
    if not args.inputs:
        _build_parser().print_usage(sys.stderr)
        print("vnnews-parse: error: give at least one PATH, or '-' for stdin", file=sys.stderr)
        return 2
    if args.check_adapters is not None:
        return _check_adapters(args)
    try:
        adapters = _own_adapters(args.adapters, args.plugins)
    except AdapterError as exc:
        return _error(str(exc))
    if _is_batch(args):
        return _batch(args, adapters)
    items = list(_expand(args.inputs))
    if args.url and len(items) != 1:
        print("vnnews-parse: error: --url needs exactly one input", file=sys.stderr)
        return 2
    fmt = args.format or ("json" if len(items) == 1 and not Path(args.inputs[0]).is_dir() else "jsonl")
    out: TextIO = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    try:
        for item in items:
            rejected: list[Rejection] = []
            try:
                if args.explain:
                    article, rejected = explain(_read(item), url=args.url, site=args.site, adapters=adapters)
                else:
                    article = parse(_read(item), url=args.url, site=args.site, adapters=adapters)
            except (ParseError, OSError) as exc:
                failed += 1
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                print(f"vnnews-parse: {item}: {reason}", file=sys.stderr)
                continue
            if args.explain:
                out.write(_explain(article, rejected))
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
