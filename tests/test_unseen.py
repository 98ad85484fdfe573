"""The fallback alone on templates no adapter was written for: pages we wrote in other sites' and years' layouts.

Each ``tests/unseen/<outlet>-<year>.html`` reproduces the conventions of a real template (tags,
classes, nesting, byline, date, comment and rights markup) with text we wrote; its ``.json``
says what a careful reader sees (``reader``, scored as the corpus annotations are: see
``reader.py``). The pages are parsed with ``site="generic"``: this is what a site or a year
without an adapter gets. A field the fallback still misses is listed under ``xfail`` with the reason.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import vnnews_parse
from reader import fields, judge

PAGES = sorted((Path(__file__).parent / "unseen").glob("*.html"))


def _spec(html: Path) -> dict[str, Any]:
    return json.loads(html.with_suffix(".json").read_text("utf-8"))  # type: ignore[no-any-return]


@functools.cache
def _verdicts(html: Path) -> dict[str, bool]:
    spec = _spec(html)
    return judge(spec["reader"], vnnews_parse.parse(html.read_bytes(), url=spec["url"], site="generic"))


def _cases() -> list[Any]:
    cases = []
    for html in PAGES:
        spec = _spec(html)
        for field in fields(spec["reader"]):
            reason = spec.get("xfail", {}).get(field)
            marks = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            cases.append(pytest.param(html, field, id=f"{html.stem}/{field}", marks=marks))
    return cases


@pytest.mark.parametrize(("html", "field"), _cases())
def test_fallback_reads_what_a_reader_sees(html: Path, field: str) -> None:
    """The fallback's value for this field is what a reader sees on the page."""
    assert _verdicts(html)[field]
