"""VietnamPlus, https://www.vietnamplus.vn (templates seen: mcms 2026 desktop, video article)."""

from __future__ import annotations

import re

from vnnews_parse._page import Page
from vnnews_parse._text import text_of
from vnnews_parse.sites import _mcms
from vnnews_parse.sites._base import SiteAdapter

_CREDIT = f"//div[{_mcms.has_class('article__source')}]//*[{_mcms.has_class('name')}]"
_PARENS = re.compile(r"\(([^()]*)\)")


def _bylines(page: Page) -> list[str] | None:
    # The credit box prints agencies in parentheses, "(TTXVN/Vietnam+)", which the shared byline
    # splitter would keep as names "(TTXVN" and "Vietnam+)": a credit that is only a parenthesis
    # is a source ("Theo ..."), a parenthesis after a name is a separate credit.
    texts: list[str] = []
    for node in page.xpath(_CREDIT):
        text = text_of(node)
        whole = _PARENS.fullmatch(text)
        if whole:
            text = "Theo " + whole.group(1) if whole.group(1).strip() else ""
        else:
            text = _PARENS.sub(r" - \1", text)
        if text:
            texts.append(text)
    return texts or None


ADAPTER = SiteAdapter(
    name="vietnamplus",
    hosts=("vietnamplus.vn",),
    fingerprints=("//meta[@property='og:site_name'][@content='Vietnam+ (VietnamPlus)']",),
    headline=_mcms.HEADLINE,
    lead=_mcms.LEAD,
    published=_mcms.PUBLISHED,
    updated=_mcms.UPDATED,
    body=_mcms.BODY,
    body_exclude=_mcms.BODY_EXCLUDE,
    # "© Bản quyền thuộc về VietnamPlus, TTXVN. Cấm sao chép ..." is one footer line.
    rights=_mcms.RIGHTS,
    section=_mcms.SECTION,
    tags=_mcms.TAGS,
    custom={"authors": _bylines, "images": _mcms.images},
    # Only a video page was seen: its credit box names an agency; a personal byline's markup is unconfirmed.
    required=("headline", "lead", "published", "body", "rights"),
    templates=("mcms 2026 desktop (video article)",),
)
