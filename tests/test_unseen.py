"""The fallback alone on templates no adapter was written for: pages we wrote in other sites' and years' layouts.

Each ``tests/unseen/<outlet>-<year>.html`` reproduces the conventions of a real template (tags,
classes, nesting, byline, date, comment and rights markup) with text we wrote; its ``.json``
says what a careful reader sees (``reader``, scored as the corpus annotations are: see
``reader.py``). Each page is parsed twice: with ``site="generic"``, what a site without an
adapter gets, and with its URL, as users parse it: a page of a supported site in another year's
layout then goes to that site's adapter, whose selectors must not make it worse. A field still
missed is listed under ``xfail`` (``"field"``, or ``"with-adapter/field"``) with the reason.
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
def _verdicts(html: Path, site: str | None) -> dict[str, bool]:
    spec = _spec(html)
    return judge(spec["reader"], vnnews_parse.parse(html.read_bytes(), url=spec["url"], site=site))


def _cases(prefix: str) -> list[Any]:
    cases = []
    for html in PAGES:
        spec = _spec(html)
        for field in fields(spec["reader"]):
            reason = spec.get("xfail", {}).get(prefix + field)
            marks = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            cases.append(pytest.param(html, field, id=f"{html.stem}/{field}", marks=marks))
    return cases


@pytest.mark.parametrize(("html", "field"), _cases(""))
def test_fallback_reads_what_a_reader_sees(html: Path, field: str) -> None:
    """The fallback's value for this field is what a reader sees on the page."""
    assert _verdicts(html, "generic")[field]


@pytest.mark.parametrize(("html", "field"), _cases("with-adapter/"))
def test_page_with_its_url_reads_what_a_reader_sees(html: Path, field: str) -> None:
    """Parsed with its URL (its site's adapter, if any), the value for this field is what a reader sees."""
    assert _verdicts(html, None)[field]
