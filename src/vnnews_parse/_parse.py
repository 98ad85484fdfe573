"""``parse``: one page in, one `Article` out; the adapter first, the fallback for the rest."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from vnnews_parse._article import Article
from vnnews_parse._byline import split_byline
from vnnews_parse._errors import NotAnArticleError
from vnnews_parse._fields import FIELDS
from vnnews_parse._generic import STEPS, article_object
from vnnews_parse._page import Page, load
from vnnews_parse._registry import find_adapter, tiers_of
from vnnews_parse._text import clean, spaced_text_of
from vnnews_parse.sites._base import SiteAdapter

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_EARLIEST = datetime(1990, 1, 1, tzinfo=timezone(timedelta(hours=7)))
_WORD = re.compile(r"\w+")


def parse(
    html: str | bytes,
    url: str | None = None,
    *,
    site: str | None = None,
    strict: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    adapters: Sequence[SiteAdapter] = (),
) -> Article:
    """Parse the HTML of a Vietnamese news article page into an `Article`.

    Args:
        html: the page, as ``str`` or as the ``bytes`` served (decoded by BOM, declared charset,
            UTF-8, then windows-1258).
        url: the page's address, if known; it chooses the site adapter and resolves relative links.
            Without it the adapter is chosen by the page's canonical URL, then by its markup.
        site: force an adapter by name (``"vnexpress"``, or one of ``adapters``); ``"generic"``
            forces the fallback.
        strict: raise `FieldError` (a ``ParseError``) when the
            matched adapter finds nothing for a field its template always has, instead of
            falling back silently; meant for tests and template-change monitoring.
        max_bytes: inputs larger than this raise ``ParseError("input too large: ...")``.
        adapters: your own `SiteAdapter`s (from Python, `load_adapters` or `plugin_adapters`),
            tried before the built-in ones by the same rules: for the page's host, then for its
            canonical host, the first of yours claiming it (the longest claim) beats a built-in
            one; without a host, one of yours whose fingerprints alone match wins before the
            built-in fingerprints are tried. They hold for this call only.

    Returns:
        The article. Fields the page does not carry are ``None`` or ``()``; nothing is guessed.

    Raises:
        ParseError: the input is empty, not HTML, undecodable, too large, or not an article page
            (neither a headline nor article text). Never any other exception for a page.
        TypeError: ``adapters`` is not a tuple or list of `SiteAdapter` (a programming error,
            raised before the page is read).

    The function reads no file, opens no socket and keeps no state between calls.
    """
    tiers_of(adapters)  # a wrong argument fails on every page, never only on the good ones
    page = load(html, url, max_bytes)
    adapter = find_adapter(page, site, adapters)
    values: dict[str, Any] = {}
    provenance: dict[str, str] = {}
    if adapter is not None:
        values = adapter.extract(page, strict=strict)
        provenance = dict.fromkeys(values, "site")
    for name, step in STEPS:
        decided = values
        if name == "heuristic" and adapter is not None:
            # What an adapter has no selector for, its template does not show: the page's
            # metadata may still say it, but heuristics would only find a neighbouring box.
            decided = {**dict.fromkeys(adapter.unread), **values}
        if all(field in decided for field in FIELDS):
            break
        for field, value in step(page, decided).items():
            # A field an adapter decided (absent from its template, or empty) is never filled.
            if field not in values and value is not None and value != () and value != "":
                values[field] = value
                provenance[field] = name
    _tidy(page, values, provenance)
    headline = values.get("headline")
    body = values.get("body") or ""
    if not headline:
        raise NotAnArticleError("not an article page: no headline found")
    if not body and not values.get("lead") and adapter is None and article_object(page) is None:
        raise NotAnArticleError("not an article page: no article text found")
    return Article(
        headline=headline,
        lead=values.get("lead"),
        authors=values.get("authors", ()),
        source=values.get("source"),
        published=values.get("published"),
        updated=values.get("updated"),
        body=body,
        comment_count=values.get("comment_count"),
        rights=values.get("rights"),
        url=page.canonical or page.url,
        site=adapter.name if adapter is not None else "generic",
        section=values.get("section"),
        tags=values.get("tags", ()),
        images=values.get("images", ()),
        language=_language(page),
        # Provenance says where each field was found; a field decided empty was not found.
        provenance={k: v for k, v in provenance.items() if values.get(k) not in (None, (), "")},
    )


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _tidy(page: Page, values: dict[str, Any], provenance: dict[str, str]) -> None:
    """Rules that hold whatever found the fields: displayed headline, body without lead or byline."""
    headline = values.get("headline")
    if headline and provenance.get("headline") in ("jsonld", "meta"):
        # Metadata titles differ from the page in punctuation, word order or a site suffix;
        # readers see the h1, so it wins when it is recognisably the same headline.
        shown = _displayed_headline(page, headline)
        if shown:
            values["headline"] = shown
            provenance["headline"] = "heuristic"
    for field in ("published", "updated"):
        when = values.get(field)
        # Dates before the Vietnamese web existed or in the future are template placeholders, not facts.
        if when is not None and not (_EARLIEST <= when <= datetime.now(timezone.utc) + timedelta(days=1)):
            del values[field]
            provenance.pop(field, None)
    body = values.get("body")
    if not body:
        return
    blocks = body.split("\n\n")
    lead = values.get("lead")
    if lead:
        key = _words(lead)
        while blocks and _words(blocks[0]) and key.startswith(_words(blocks[0])):
            blocks.pop(0)
    # The byline or source line often closes the body on the page; it is not article text.
    names = {_words(a) for a in values.get("authors", ())}
    while blocks and len(blocks[-1]) <= 80:
        last = blocks[-1]
        authors, source = split_byline([last])
        is_byline = (authors and {_words(a) for a in authors} <= names) or (
            source and last.casefold().startswith(("theo", "nguồn"))
        )
        if not is_byline:
            break
        blocks.pop()
        if source and "source" not in values:
            values["source"] = source
            provenance["source"] = provenance.get("body", "heuristic")
    values["body"] = "\n\n".join(blocks)
    if not values["body"]:
        del values["body"]


def _displayed_headline(page: Page, title: str) -> str | None:
    """The ``<h1>`` that says the same as the metadata title (most of its words), if any."""
    want = set(_words(title).split())
    if not want:
        return None
    for h1 in page.xpath("(//h1)[position() <= 20]"):
        shown = spaced_text_of(h1)
        got = set(_words(shown).split())
        common = len(want & got)
        if got and common >= 0.6 * len(got) and common >= 0.5 * len(want):
            return shown
    return None


def _language(page: Page) -> str:
    """The page language: declared for the content first, then ``<html lang>``, else ``"vi"``.

    Templates copied from English boilerplate keep ``<html lang="en">`` on Vietnamese pages, so
    the article's own ``inLanguage`` and ``og:locale`` are trusted before it.
    """
    obj = article_object(page)
    declared = obj.get("inLanguage") if obj else None
    for value in (
        declared,
        page.meta("inlanguage", "og:locale"),
        page.tree.get("lang"),
        page.meta("content-language", "language"),
    ):
        if isinstance(value, str) and clean(value):
            # "vi-VN", "vi_VN", "vi,en": the first tag's primary language.
            return re.split(r"[-_,;\s]", clean(value).lower(), maxsplit=1)[0] or "vi"
    return "vi"
