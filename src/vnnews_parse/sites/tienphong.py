"""Báo điện tử Tiền Phong, https://tienphong.vn (templates seen: mcms 2026 desktop, article and photo story)."""

from vnnews_parse.sites import _mcms
from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="tienphong",
    hosts=("tienphong.vn",),
    fingerprints=("//meta[@property='og:site_name'][@content='Báo điện tử Tiền Phong']",),
    headline=_mcms.HEADLINE,
    lead=_mcms.LEAD,
    # div.author in the header meta, span.name in div.article__author after the body.
    authors=_mcms.AUTHORS,
    published=_mcms.PUBLISHED,
    updated=_mcms.UPDATED,
    body=_mcms.BODY,
    body_exclude=_mcms.BODY_EXCLUDE,
    # "© Bản quyền thuộc báo Tiền Phong" in div.copyright-wrap.
    rights=_mcms.RIGHTS,
    section=_mcms.SECTION,
    tags=_mcms.TAGS,
    images=_mcms.IMAGES,
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "authors", "published", "body", "rights"),
    templates=("mcms 2026 desktop", "mcms 2026 photo story (text in captions)"),
)
