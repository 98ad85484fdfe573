"""The publication and update times.

Published:
1. JSON-LD ``datePublished``.
2. ``article:published_time`` and the other publication meta tags.
3. The first displayed date after the headline (else anywhere) in a ``<time>`` or an element
   classed like a date.

Updated: JSON-LD ``dateModified``, then ``article:modified_time`` and the like.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from vnnews_parse._context import Candidate, Context
from vnnews_parse._fields import read_date
from vnnews_parse._generic._shared import headline_element, line, marked
from vnnews_parse._metadata import article_object, first_string, meta_date
from vnnews_parse._page import Names
from vnnews_parse._text import text_of

DATE_CLASS = Names(parts=("date", "time", "publish", "ngay", "posted", "created", "datetime"))
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "pubdate", "publishdate", "datepublished", "dc.date.issued",
    "dc.date", "date",
)  # fmt: skip
_UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "lastmod")


def published(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Publication time candidates, most reliable first."""
    value = meta_date(first_string(article_object(ctx.page), "datePublished"))
    if value is not None:
        yield Candidate(value, "jsonld")
    value = meta_date(ctx.page.meta(*_PUBLISHED_META))
    if value is not None:
        yield Candidate(value, "meta")
    if heuristics:
        value = _date_near(ctx)
        if value is not None:
            yield Candidate(value, "heuristic")


def updated(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Update time candidates: the metadata only (a displayed update time needs its label)."""
    value = meta_date(first_string(article_object(ctx.page), "dateModified"))
    if value is not None:
        yield Candidate(value, "jsonld")
    value = meta_date(ctx.page.meta(*_UPDATED_META))
    if value is not None:
        yield Candidate(value, "meta")


def _date_near(ctx: Context) -> datetime | None:
    """The first displayed date after the headline (else anywhere) in a date-like element."""
    found = marked(ctx.page, "//time", DATE_CLASS)  # in page order
    h1_line = line(headline_element(ctx))
    # Those after the headline first; the first that reads as a date wins (no need to read the rest).
    for el in (*(e for e in found if line(e) >= h1_line), *(e for e in found if line(e) < h1_line)):
        raw = el.get("datetime") or "" if el.tag == "time" and el.get("datetime") else text_of(el)
        if len(raw) > 120:  # a container classed "date…", not a date line
            continue
        value = read_date(raw) if raw else None
        if value is not None:
            return value
    return None
