"""``parse``: one page in, one `Article` out; the adapter first, the fallback for the rest."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from vnnews_parse._article import Article
from vnnews_parse._byline import split_byline
from vnnews_parse._checks import accept
from vnnews_parse._context import Candidate, Context, Rejection
from vnnews_parse._dates import VN_TZ
from vnnews_parse._errors import FieldError, NotAnArticleError
from vnnews_parse._fields import FIELDS
from vnnews_parse._generic import FINDERS, article_object, body
from vnnews_parse._generic.dates import day_only
from vnnews_parse._page import Page, load
from vnnews_parse._registry import find_adapter, tiers_of
from vnnews_parse._text import clean
from vnnews_parse.sites._base import SiteAdapter

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


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
    ctx = extract(page, find_adapter(page, site, adapters), strict=strict)
    return _article(ctx)


def explain(
    html: str | bytes,
    url: str | None = None,
    *,
    site: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    adapters: Sequence[SiteAdapter] = (),
) -> tuple[Article, list[Rejection]]:
    """``parse``, and the candidates the plausibility checks turned down on the way (for ``--explain``)."""
    tiers_of(adapters)
    page = load(html, url, max_bytes)
    ctx = extract(page, find_adapter(page, site, adapters))
    return _article(ctx), ctx.rejected


# The order fields are decided in: a later field's finders may use an earlier one (the body is
# searched knowing the lead; the byline closing the body is read once the body is known).
ORDER = (
    "headline", "published", "updated", "lead", "body", "authors", "source", "comment_count", "rights",
    "section", "tags", "images",
)  # fmt: skip
assert sorted(ORDER) == sorted(FIELDS)


def extract(page: Page, adapter: SiteAdapter | None, *, strict: bool = False) -> Context:
    """Decide every field: the adapter's selectors first, then the generic cascade; each value checked."""
    ctx = Context(page, adapter)
    for field in ORDER:
        _decide(ctx, field, strict)
        if field == "source":
            body.finish(ctx)  # the lead, byline and source are known: what is left is article text
    return ctx


def _empty(value: Any) -> bool:
    return value is None or value == () or value == "" or value == []


def _take(ctx: Context, field: str, candidate: Candidate) -> bool:
    """Accept the candidate if it is not empty and passes the checks; record the values it carries."""
    empty = _empty(candidate.value)
    # The check may trim the value (a byline's names less those that are not people).
    taken = None if empty else accept(field, candidate, ctx)
    if taken is not None or empty:
        # An authorless byline ("Theo TTXVN") still names the source; a rejected candidate names nothing.
        for other, value in candidate.also.items():
            if not _empty(value) and other not in ctx.values:
                ctx.also.setdefault(other, (value, candidate.origin))
    if taken is not None:
        ctx.values[field] = taken.value
        ctx.provenance[field] = taken.origin
    return taken is not None


def _decide(ctx: Context, field: str, strict: bool) -> None:
    """One field: the adapter's selectors, values other fields' candidates carried, the generic cascade."""
    adapter = ctx.adapter
    if adapter is not None and adapter.reads(field):
        empty_slot = False
        for value in adapter.candidates(ctx.page, field):
            if field == "authors" and value is not None:
                # Byline texts are split by the shared rules; "Theo TTXVN" names the source, not an author.
                names, source = split_byline(value)
                candidate = Candidate(names, "site", {"source": source} if source else {})
                if _take(ctx, field, candidate):
                    return
                if value and not names:
                    # A byline naming only a source: the adapter decided that nobody is the author.
                    ctx.values[field], ctx.provenance[field] = (), "site"
                    return
                empty_slot = empty_slot or not value
            elif _take(ctx, field, Candidate(value, "site")):
                _complete_day(ctx, field)
                return
        if empty_slot:
            ctx.values[field], ctx.provenance[field] = (), "site"  # a byline slot the page left empty
            return
        if strict and field in adapter.required:
            raise FieldError(f"{adapter.name}: strict: no {field} found ({adapter.tried(field)})")
    if field in ctx.also:
        value, origin = ctx.also[field]
        if _take(ctx, field, Candidate(value, origin)):
            return
    # What the adapter says of its template holds only on a page in that template: an older or a
    # redesigned layout of the site is read as any page without an adapter.
    in_template = adapter is not None and _in_template(ctx)
    if in_template and field in adapter.no_fallback:  # type: ignore[union-attr]
        ctx.values[field] = None
        return
    # What an adapter has no selector for, its template does not show: the page's metadata may
    # still say it, but heuristics would only find a neighbouring box.
    heuristics = not in_template or adapter.reads(field)  # type: ignore[union-attr]
    for candidate in FINDERS[field](ctx, heuristics):
        if _take(ctx, field, candidate):
            return


def _complete_day(ctx: Context, field: str) -> None:
    """An adapter's date without its time (a day-only selector, or one that finds another layout's
    date line) gives way to the time the page displays for that same day, as the fallback reads it."""
    value = ctx.values.get(field)
    if field not in ("published", "updated") or not isinstance(value, datetime) or not day_only(value):
        return
    day = value.astimezone(VN_TZ).date()
    for candidate in FINDERS[field](ctx, True):
        moment = candidate.value
        if isinstance(moment, datetime) and moment.astimezone(VN_TZ).date() == day and not day_only(moment):
            taken = accept(field, candidate, ctx)
            if taken is not None:
                ctx.values[field], ctx.provenance[field] = taken.value, taken.origin
            return


def _in_template(ctx: Context) -> bool:
    """Whether the page is in the adapter's template: a selector of its body (else its headline) finds an element."""

    def find() -> bool:
        adapter = ctx.adapter
        for field in ("body", "headline"):
            selectors: tuple[str, ...] = getattr(adapter, field)
            if selectors:
                return any(ctx.page.xpath(expr) for expr in selectors)
        return True  # custom functions only: the adapter knows its template

    return ctx.memo("in-template", find)


# An article without a date or a sapo has at least this much text (a short news item does).
_MIN_UNDATED_TEXT = 300


def _article(ctx: Context) -> Article:
    """The record of a finished extraction; ``NotAnArticleError`` for a page that has no article."""
    page, values, adapter = ctx.page, ctx.values, ctx.adapter
    headline = values.get("headline")
    body_text = values.get("body") or ""
    if not headline:
        raise NotAnArticleError("not an article page: no headline found")
    if not body_text and not values.get("lead") and adapter is None and article_object(page) is None:
        raise NotAnArticleError("not an article page: no article text found")
    if (
        len(body_text) < _MIN_UNDATED_TEXT
        and not values.get("lead")
        and not values.get("published")
        and adapter is None
        and article_object(page) is None
        and (page.meta("og:type") or "").casefold() == "website"
    ):
        # A home or section page, as it says: its densest text is a box's blurb, with no date and no
        # sapo. (Not a page that says nothing: a short article may show neither.)
        raise NotAnArticleError("not an article page: a website page with no date, no sapo and hardly any text")
    return Article(
        headline=headline,
        lead=values.get("lead"),
        authors=values.get("authors") or (),
        source=values.get("source"),
        published=values.get("published"),
        updated=values.get("updated"),
        body=body_text,
        comment_count=values.get("comment_count"),
        rights=values.get("rights"),
        url=page.canonical or page.url,
        site=adapter.name if adapter is not None else "generic",
        section=values.get("section"),
        tags=values.get("tags") or (),
        images=values.get("images") or (),
        language=_language(page),
        # Provenance says where each field was found; a field decided empty was not found.
        provenance={k: v for k, v in ctx.provenance.items() if not _empty(values.get(k))},
    )


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
