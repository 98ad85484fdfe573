"""Báo Nhân Dân điện tử, https://nhandan.vn (templates seen: mcms 2026 desktop, incl. the World Cup topic chrome)."""

from vnnews_parse.sites import _mcms
from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="nhandan",
    hosts=("nhandan.vn", "nhandan.com.vn"),
    fingerprints=("//meta[@property='og:site_name'][@content='Báo Nhân Dân điện tử']",),
    headline=_mcms.HEADLINE,
    lead=_mcms.LEAD,
    # The only byline is div.article__author > p.name after the last paragraph.
    authors=_mcms.AUTHORS,
    published=_mcms.PUBLISHED,
    updated=_mcms.UPDATED,
    body=_mcms.BODY,
    body_exclude=_mcms.BODY_EXCLUDE,
    # The page prints no notice (only <meta name=copyright>); a footer line would be taken if present.
    rights=_mcms.RIGHTS,
    section=_mcms.SECTION,
    tags=_mcms.TAGS,
    images=_mcms.IMAGES,
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "authors", "published", "body"),
    templates=("mcms 2026 desktop",),
)
