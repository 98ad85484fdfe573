"""Plausibility checks: a candidate value is checked before it is accepted, whoever proposed it.

The same checks stand behind an adapter's selectors and the generic fallback. A value that fails
is turned down with a reason (``--explain`` lists them) and the next candidate is tried: the
adapter's next selector, then the fallback. This is what keeps a stale adapter from returning
the wrong thing when a site changes its layout.

A check is a function ``(value, ctx) -> reason | None``: ``None`` accepts the value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from vnnews_parse._context import Candidate, Context, Rejection
from vnnews_parse._generic.rights import software_credit

_EARLIEST = datetime(1990, 1, 1, tzinfo=timezone(timedelta(hours=7)))

Check = Callable[[Any, Context], "str | None"]


# -- headline --------------------------------------------------------------------------------------
def _headline(value: str, ctx: Context) -> str | None:
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
    # An article is updated after it is published. Compared to the minute: a page that displays
    # "16:20" for both may carry the seconds in one of them only.
    published = ctx.values.get("published")
    if isinstance(published, datetime) and _minute(value) < _minute(published):
        return "before the publication"
    return _moment(value, ctx)


def _minute(value: datetime) -> datetime:
    """The moment without its seconds."""
    return value.replace(second=0, microsecond=0)


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
    # The forum or CMS software's copyright, or a design agency's credit, is not the publisher's notice.
    if software_credit(value):
        return "a software or agency credit"
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
