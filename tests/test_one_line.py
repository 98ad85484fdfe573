"""A page printed on one line (minified, as many sites serve it) reads exactly as the same page printed
over many lines: nothing may depend on the source line an element starts on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import vnnews_parse

HERE = Path(__file__).parent
PAGES = sorted(HERE.glob("sites/*/*.html")) + sorted(HERE.glob("unseen/*.html"))
# Line breaks with the indentation around them; one space keeps the text as a reader sees it.
_BREAK = re.compile(r"[ \t]*\n\s*")


@pytest.mark.parametrize("site", ["generic", None], ids=["fallback", "with-url"])
@pytest.mark.parametrize("html", PAGES, ids=[f"{p.parent.name}/{p.stem}" for p in PAGES])
def test_page_on_one_line_reads_the_same(html: Path, site: str | None) -> None:
    """Every field of the page is the same when its source is printed on one line."""
    text = html.read_text("utf-8")
    url = json.loads(html.with_suffix(".json").read_text("utf-8")).get("url")
    assert "\n" not in _BREAK.sub(" ", text).strip()
    as_served = vnnews_parse.parse(text, url=url, site=site).to_dict()
    on_one_line = vnnews_parse.parse(_BREAK.sub(" ", text), url=url, site=site).to_dict()
    assert as_served == on_one_line
