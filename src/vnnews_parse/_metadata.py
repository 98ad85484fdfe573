"""What the page says about itself: its JSON-LD article object and its ``<meta>`` tags."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from vnnews_parse._byline import fold_name
from vnnews_parse._context import Context
from vnnews_parse._dates import parse_datetime, parse_datetime_us
from vnnews_parse._page import Page
from vnnews_parse._text import unescape

_ARTICLE_TYPES = frozenset(
    "newsarticle article reportagenewsarticle reportagenews analysisnewsarticle blogposting"
    " opinionnewsarticle backgroundnewsarticle reviewnewsarticle liveblogposting webpage".split()
)


def types(obj: dict[str, Any]) -> set[str]:
    """The ``@type`` values of a JSON-LD object, in lower case."""
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {v.lower() for v in values if isinstance(v, str)}


def article_object(page: Page) -> dict[str, Any] | None:
    """The JSON-LD object that describes the article (a NewsArticle beats a WebPage), found once per page."""
    return page.memo("article_object", lambda: _article_object(page))


def _article_object(page: Page) -> dict[str, Any] | None:
    best: dict[str, Any] | None = None
    for obj in page.jsonld:
        kinds = types(obj) & _ARTICLE_TYPES
        if kinds and kinds != {"webpage"}:
            return obj
        if kinds and best is None and isinstance(obj.get("headline"), str):
            best = obj
    return best


def strings(value: Any, key: str = "name", depth: int = 0) -> Iterator[str]:
    """Strings out of a JSON-LD value that may be a string, an object or a list of either."""
    if depth > 3:
        return
    if isinstance(value, str):
        yield unescape(value)
    elif isinstance(value, dict):
        yield from strings(value.get(key), key, depth + 1)
    elif isinstance(value, list):
        for item in value[:20]:
            yield from strings(item, key, depth + 1)


def first_string(obj: dict[str, Any] | None, key: str) -> str | None:
    """The first string of a JSON-LD property, if any."""
    return next(iter(strings(obj.get(key))), None) if obj else None


def people(value: Any, depth: int = 0) -> Iterator[str]:
    """Author names from JSON-LD, skipping organisations (a site credited as its own author)."""
    if depth > 3:
        return
    if isinstance(value, list):
        for item in value[:20]:
            yield from people(item, depth + 1)
    elif isinstance(value, dict):
        if not types(value) & {"organization", "newsmediaorganization"}:
            yield from strings(value.get("name"))
    elif isinstance(value, str):
        yield unescape(value)


# Microsoft's en-US DateTime format ("1/28/2026 6:52:01 AM"): meta fields of .NET CMSes use it,
# and seconds plus AM/PM never occur in a Vietnamese day-first date.
_US_META = re.compile(r"^\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M$")


def meta_date(text: str | None) -> datetime | None:
    """A date from a meta tag or JSON-LD: ISO 8601, a Vietnamese date, or .NET's US format."""
    if not text:
        return None
    if _US_META.match(text):
        return parse_datetime_us(text)
    return parse_datetime(text)


# Words outlets put before their name in their site name: "Báo điện tử Dân trí", "Tạp chí ...".
_SITE_PREFIXES = ("baodientu", "bao", "tapchi", "trangtin", "dientu")
_TLDS = frozenset(("vn", "com", "net", "org", "gov", "edu", "info", "tv", "news", "online", "www", "m"))


def site_names(ctx: Context) -> set[str]:
    """The site's own names, folded (``_byline.fold_name``): its name metadata, its publisher, its host.

    "Báo Lào Cai", "baolaocai.vn" and "Lào Cai" all fold to a name in the set.
    """

    def find() -> set[str]:
        page = ctx.page
        obj = article_object(page)
        publisher = obj.get("publisher") if obj is not None else None
        raw = [page.meta(key) or "" for key in ("og:site_name", "application-name", "apple-mobile-web-app-title")]
        raw.append(page.meta("twitter:site") or "")
        raw.append(first_string(publisher if isinstance(publisher, dict) else None, "name") or "")
        host = page.host or ""
        if not host and page.canonical:
            host = page.canonical.split("//", 1)[-1].split("/", 1)[0].lower()
        raw.extend(label for label in host.split(".") if label not in _TLDS)
        names = {fold_name(x) for x in raw}
        names |= {n[len(p) :] for n in names for p in _SITE_PREFIXES if n.startswith(p)}
        return {n for n in names if len(n) >= 3}

    return ctx.memo("site_names", find)
