"""Plausibility checks: a candidate value is checked before it is accepted, whoever proposed it.

The same checks stand behind an adapter's selectors and the generic fallback. A value that fails
is turned down with a reason (``--explain`` lists them) and the next candidate is tried: the
adapter's next selector, then the fallback. This is what keeps a stale adapter from returning
the wrong thing when a site changes its layout.

A check is a function ``(value, ctx) -> reason | Trimmed | None``: ``None`` accepts the value,
a reason string turns it down, and :class:`Trimmed` accepts part of it (the authors a byline
names, less those that are not people), recording each part dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any, NamedTuple

from vnnews_parse._byline import SECTIONS, fold_name, name_problem
from vnnews_parse._context import Candidate, Context, Rejection
from vnnews_parse._fields import credit_of
from vnnews_parse._metadata import article_object, first_string, site_names
from vnnews_parse._notices import software_credit

_EARLIEST = datetime(1990, 1, 1, tzinfo=timezone(timedelta(hours=7)))


class Trimmed(NamedTuple):
    """A value accepted in part: what is kept, and each part dropped with the reason."""

    value: Any
    dropped: tuple[tuple[Any, str], ...]


Check = Callable[[Any, Context], "str | Trimmed | None"]


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
# The imprint of a site's footer: who publishes it, its licence, address and contacts. Matched on
# cleaned, case-folded text, once a cheap search for its words has found one.
_IMPRINT_HINT = re.compile(
    "biên tập|giấy phép|/gp-|chủ quản|trách nhiệm|bản quyền|©|copyright|rights reserved|quảng cáo|ghi rõ nguồn|"
    "sao chép|thiết kế|điện thoại|đt|tel|fax|mail|địa chỉ|trụ sở|tòa soạn|hotline"
)
_IMPRINT = re.compile(
    r"tổng biên tập|giấy phép (?:số|thiết lập|hoạt động|xuất bản|mạng)|/gp-|cơ quan chủ quản|"
    r"chịu trách nhiệm (?:nội dung|xuất bản|quản lý)|bản quyền (?:thuộc|của)|©|copyright|all rights reserved|"
    r"(?:điện thoại|đt|tel|fax|e-?mail|địa chỉ|trụ sở|tòa soạn|hotline) ?:|liên hệ quảng cáo|ghi rõ nguồn|"
    r"(?:cấm|không được) sao chép|thiết kế (?:và phát triển )?bởi"
)
_SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "”", "’", "'", ")")


def is_imprint(text: str) -> bool:
    """A footer imprint line: licence, editor in chief, address, contacts, copyright (``text`` cleaned)."""
    folded = text.casefold()
    if _IMPRINT_HINT.search(folded) is None:
        return False
    hits = len(_IMPRINT.findall(folded))
    return hits >= 2 or (hits == 1 and len(text) < 200)


def imprint(ctx: Context, text: str) -> bool:
    """:func:`is_imprint`, answered once per text and parse (the body check tests the paragraphs the
    container scan tested)."""
    known: dict[str, bool] = ctx.memo("imprints", dict)
    found = known.get(text)
    if found is None:
        found = known[text] = is_imprint(text)
    return found


def _sentence(block: str) -> bool:
    """A paragraph of article prose: a long block, or a sentence ending as one."""
    return len(block) >= 120 or (len(block.split()) >= 6 and block.rstrip().endswith(_SENTENCE_END))


def _lead(value: str, ctx: Context) -> str | None:
    if len(value) < 20 or len(value.split()) < 4:
        return "too short for a sapo"
    if len(value) > 3000:
        return "longer than a sapo"
    if credit_of(value):
        return "a photo caption (it ends with a photo credit)"
    headline = ctx.values.get("headline")
    if headline and ctx.words(value) == ctx.words(headline):
        return "the headline again"
    if imprint(ctx, value):
        return "the site's imprint"
    return None


def _body(value: str, ctx: Context) -> str | None:
    blocks = [b for b in value.split("\n\n") if b.strip()]
    total = sum(map(len, blocks))
    if not any(len(b.split()) >= 6 for b in blocks):
        return "no sentence of article text"
    # A footer's imprint is short: a long text is not one, whatever it mentions.
    if total < 3000 and sum(len(b) for b in blocks if imprint(ctx, b)) > 0.4 * total:
        return "the site's imprint (licence, editor in chief, address), not an article"
    # A menu or a list of teaser titles: many short lines, hardly a sentence, no paragraph at all
    # (an article listing prices or results still has paragraphs around its list).
    if (
        len(blocks) >= 4
        and all(len(b) < 150 for b in blocks)
        and sum(len(b) for b in blocks if _sentence(b)) < 0.3 * total
    ):
        return "short lines without sentences (navigation or a teaser list), not an article"
    return None


# -- byline ----------------------------------------------------------------------------------------
def _authors(value: tuple[str, ...], ctx: Context) -> str | Trimmed | None:
    # Each name is checked on its own: a byline may name a writer and, beside her, the site or a
    # section; the writer is kept. A candidate left with nobody is turned down, so the next is tried.
    kept: list[str] = []
    dropped: list[tuple[str, str]] = []
    for name in value:
        reason = name_problem(name) or _not_the_site(name, ctx)
        if reason is None:
            kept.append(name)
        else:
            dropped.append((name, reason))
    if not dropped:
        return None
    if not kept:
        return "; ".join(f"{name!r}: {reason}" for name, reason in dropped)
    return Trimmed(tuple(kept), tuple(dropped))


def _not_the_site(name: str, ctx: Context) -> str | None:
    """Why ``name`` is the site or the article's section rather than a writer; ``None`` if it is neither."""
    folded = fold_name(name)
    if folded in site_names(ctx):
        return "the site's own name"
    section = first_string(article_object(ctx.page), "articleSection") or ctx.page.meta("article:section") or ""
    if name.casefold() in SECTIONS or (section and folded == fold_name(section)):
        return "a section's name"
    return None


def _source(value: str, ctx: Context) -> str | None:
    # Sites name themselves where a byline goes ("Vietnam+ (VietnamPlus)"): they are not their own source.
    if fold_name(value) in site_names(ctx):
        return "the site's own name"
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
    "source": _source,
    "comment_count": _comment_count,
    "rights": _rights,
}


def accept(field: str, candidate: Candidate, ctx: Context) -> Candidate | None:
    """The candidate as the field's check lets it pass (maybe trimmed), or ``None``.

    Rejections, and the parts a check trimmed off, are recorded in ``ctx.rejected``.
    """
    check = _CHECKS.get(field)
    verdict = check(candidate.value, ctx) if check is not None else None
    if verdict is None:
        return candidate
    if isinstance(verdict, Trimmed):
        for part, reason in verdict.dropped:
            ctx.rejected.append(Rejection(field, candidate.origin, part, reason))
        return candidate._replace(value=verdict.value)
    ctx.rejected.append(Rejection(field, candidate.origin, candidate.value, verdict))
    return None
