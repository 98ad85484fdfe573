"""``vnnews-parse --check-adapters``: template drift: what each selector of an adapter finds on each page, in strict mode.

For the morning check of a site's template: run it on yesterday's pages, and a required field
that no selector finds any more (the site changed its layout) makes the exit status 1.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from vnnews_parse._article import Image
from vnnews_parse._batch import Task, with_http_charset
from vnnews_parse._byline import split_byline
from vnnews_parse._errors import ParseError
from vnnews_parse._fields import FIELDS, node_text
from vnnews_parse._page import Page, load
from vnnews_parse._parse import DEFAULT_MAX_BYTES, extract
from vnnews_parse._registry import by_name, recognise
from vnnews_parse.sites._base import _READERS, SiteAdapter

_SHOWN = 72  # characters of a value shown in the text report


class Tried(NamedTuple):
    """One selector of a field on one page: how many nodes it finds, and the value they read as."""

    selector: str
    nodes: int
    value: Any
    text: str  # the first node's text, to show what a selector found that does not read as a value


class FieldReport(NamedTuple):
    """One field of the adapter on one page."""

    field: str
    required: bool
    value: Any  # what the adapter decides (None: not found)
    tried: tuple[Tried, ...]  # () for a custom function


class PageReport(NamedTuple):
    """One page: the adapter that reads it and each of its fields, or why there is none."""

    input: str
    site: str | None
    recognised_by: str | None
    fields: tuple[FieldReport, ...]
    error: str | None

    @property
    def missing(self) -> list[str]:
        """The required fields no selector found."""
        return [f.field for f in self.fields if f.required and f.value is None]

    @property
    def ok(self) -> bool:
        """No error, and every required field found."""
        return self.error is None and not self.missing


def check_task(task: Task, adapters: Sequence[SiteAdapter], site: str | None = None) -> PageReport:
    """The report of one page, read by the adapter of ``adapters`` that recognises it (or ``site``)."""
    if task.error is not None:
        return PageReport(task.input, None, None, (), task.error)
    adapter: SiteAdapter | None = None
    how = "--site"
    try:
        data = task.data if task.data is not None else Path(task.input).read_bytes()
        page = load(with_http_charset(data, task.charset), task.url, DEFAULT_MAX_BYTES)
        if site is not None:
            adapter = by_name(site, (adapters,))
        else:
            adapter, how = recognise(page, (adapters,)) or (None, "")
    except (ParseError, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return PageReport(task.input, None, None, (), reason)
    if adapter is None:
        return PageReport(
            task.input, None, None, (), "no adapter recognises this page (host, canonical URL, fingerprint)"
        )
    return PageReport(task.input, adapter.name, how, trace(page, adapter), None)


def trace(page: Page, adapter: SiteAdapter) -> tuple[FieldReport, ...]:
    """Each field the adapter reads: its value, and what each of its selectors finds alone."""
    # What the adapter decides: its selectors' first value that passes the plausibility checks.
    ctx = extract(page, adapter)
    found = {field: value for field, value in ctx.values.items() if ctx.provenance.get(field) == "site"}
    reports = []
    for field in FIELDS:
        selectors: tuple[str, ...] = getattr(adapter, field)
        if field not in adapter.custom and not selectors:
            continue
        tried: list[Tried] = []
        if field not in adapter.custom:
            for expr in selectors:
                nodes = page.xpath(expr)
                value = _READERS[field](page, (expr,), adapter)
                if field == "authors" and value is not None:
                    value = split_byline(value)[0] or None
                text = node_text(nodes[0]) if nodes else ""
                tried.append(Tried(expr, len(nodes), value if value not in ((), "") else None, text))
        reports.append(FieldReport(field, field in adapter.required, found.get(field), tuple(tried)))
    return tuple(reports)


def check(
    tasks: Iterable[Task],
    adapters: Sequence[SiteAdapter],
    out: TextIO,
    *,
    site: str | None = None,
    jsonl: bool = False,
) -> tuple[int, int]:
    """Check every page and write the reports; returns (pages, pages that fail)."""
    pages = failed = 0
    for task in tasks:
        report = check_task(task, adapters, site)
        pages += 1
        failed += not report.ok
        out.write(_json(report) if jsonl else _text(report))
    return pages, failed


def _short(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    if isinstance(value, Image):
        return value.url
    shown = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)
    return shown if len(shown) <= _SHOWN else shown[: _SHOWN - 3] + "..."


def _text(report: PageReport) -> str:
    if report.error is not None:
        return f"{report.input}: FAIL: {report.error}\n\n"
    missing = report.missing
    status = f"FAIL: required {', '.join(missing)} missing" if missing else "ok"
    lines = [f"{report.input}: {report.site} (by {report.recognised_by}): {status}"]
    for field in report.fields:
        if field.value is not None:
            state = "ok"
        else:
            state = "MISSING" if field.required else "none"
        mark = "*" if field.required else " "
        shown = _short(field.value) if field.value is not None else ""
        lines.append(f"  {mark}{field.field:<14} {state:<8} {shown}".rstrip())
        if not field.tried:
            lines.append("      custom function")
        for tried in field.tried:
            if tried.value is not None:
                got = f"{tried.nodes} found: {_short(tried.value)}"
            elif tried.nodes:
                got = f"{tried.nodes} found, read as nothing: {_short(tried.text)}"
            else:
                got = "nothing"
            lines.append(f"      {tried.selector}")
            lines.append(f"        -> {got}")
    return "\n".join(lines) + "\n\n"


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Image):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_jsonable(v) for v in value]
    return value


def _json(report: PageReport) -> str:
    record = {
        "input": report.input,
        "ok": report.ok,
        "error": report.error,
        "site": report.site,
        "recognised_by": report.recognised_by,
        "missing": report.missing,
        "fields": {
            f.field: {
                "required": f.required,
                "value": _jsonable(f.value),
                "selectors": [{"selector": t.selector, "nodes": t.nodes, "value": _jsonable(t.value)} for t in f.tried],
            }
            for f in report.fields
        },
    }
    return json.dumps(record, ensure_ascii=False) + "\n"
