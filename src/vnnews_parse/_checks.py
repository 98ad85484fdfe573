"""Plausibility checks: a candidate value is checked before it is accepted, whoever proposed it.

The same checks stand behind an adapter's selectors and the generic fallback. A value that fails
is turned down with a reason (``--explain`` lists them) and the next candidate is tried: the
adapter's next selector, then the fallback. This is what keeps a stale adapter from returning
the wrong thing when a site changes its layout.

A check is a function ``(value, ctx) -> reason | None``: ``None`` accepts the value.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from vnnews_parse._context import Candidate, Context, Rejection
from vnnews_parse._page import normalise_host
from vnnews_parse._text import clean

_EARLIEST = datetime(1990, 1, 1, tzinfo=timezone(timedelta(hours=7)))

Check = Callable[[Any, Context], "str | None"]


# -- the site's own names ------------------------------------------------------------------------
def site_names(ctx: Context) -> frozenset[str]:
    """The names the site gives itself (``og:site_name``, the app name, the host), folded."""

    def find() -> frozenset[str]:
        # Not the <title>'s suffix: "Báo X - Headline" puts the headline where the name usually is.
        page = ctx.page
        names = {page.meta(key) for key in ("og:site_name", "application-name", "apple-mobile-web-app-title")}
        host = page.host or normalise_host(page.canonical)
        if host:
            names.update((host, host.split(".")[0]))
        return frozenset(folded for name in names if isinstance(name, str) and (folded := fold_name(name)))

    return ctx.memo("site_names", find)


# Diacritics dropped ("đ" too): "Báo Bình Định" and the host "baobinhdinh.com.vn" compare as names.
_FOLD = {**dict.fromkeys(range(0x300, 0x370)), ord("đ"): "d"}


def fold_name(text: str) -> str:
    """A name in lower case, without diacritics, spaces, punctuation or a leading "báo" (newspaper)."""
    letters = unicodedata.normalize("NFD", clean(text).casefold()).translate(_FOLD)
    return "".join(c for c in letters if c.isalnum()).removeprefix("bao")


# -- headline --------------------------------------------------------------------------------------
_MAX_HEADLINE = 400


def _headline(value: str, ctx: Context) -> str | None:
    if len(value) > _MAX_HEADLINE:
        return f"longer than {_MAX_HEADLINE} characters: a paragraph, not a headline"
    if fold_name(value) in site_names(ctx):
        return "the site's name, not a headline"
    return None


# -- dates -----------------------------------------------------------------------------------------
def _moment(value: datetime, ctx: Context) -> str | None:
    # Dates before the Vietnamese web existed or in the future are template placeholders, not facts.
    if value < _EARLIEST:
        return "before 1990"
    if value > datetime.now(timezone.utc) + timedelta(days=1):
        return "in the future"
    return None


def _published(value: datetime, ctx: Context) -> str | None:
    return _moment(value, ctx)


def _updated(value: datetime, ctx: Context) -> str | None:
    return _moment(value, ctx)


# -- text ------------------------------------------------------------------------------------------
def _lead(value: str, ctx: Context) -> str | None:
    return None


def _body(value: str, ctx: Context) -> str | None:
    return None


# -- byline ----------------------------------------------------------------------------------------
def _authors(value: tuple[str, ...], ctx: Context) -> str | None:
    return None


# -- counters and notices --------------------------------------------------------------------------
def _comment_count(value: int, ctx: Context) -> str | None:
    return None


def _rights(value: str, ctx: Context) -> str | None:
    return None


_CHECKS: dict[str, Check] = {
    "headline": _headline,
    "published": _published,
    "updated": _updated,
    "lead": _lead,
    "body": _body,
    "authors": _authors,
    "comment_count": _comment_count,
    "rights": _rights,
}


def accept(field: str, candidate: Candidate, ctx: Context) -> bool:
    """Whether the candidate passes the field's check; a rejection is recorded in ``ctx.rejected``."""
    check = _CHECKS.get(field)
    reason = check(candidate.value, ctx) if check is not None else None
    if reason is None:
        return True
    ctx.rejected.append(Rejection(field, candidate.origin, candidate.value, reason))
    return False
