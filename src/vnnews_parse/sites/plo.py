"""Báo Pháp Luật TP. Hồ Chí Minh, https://plo.vn (templates seen: mcms 2025 mobile-asset page, LENS photo layout)."""

from vnnews_parse.sites import _mcms
from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="plo",
    hosts=("plo.vn", "phapluattp.vn"),
    fingerprints=("//meta[@property='og:site_name'][@content='Báo Pháp Luật TP. Hồ Chí Minh']",),
    headline=_mcms.HEADLINE,
    lead=_mcms.LEAD,
    # Header byline "A - B" (a.name per author); repeated per author after the body, where it is excluded.
    authors=_mcms.AUTHORS,
    published=_mcms.PUBLISHED,
    updated=_mcms.UPDATED,
    body=_mcms.BODY,
    body_exclude=_mcms.BODY_EXCLUDE,
    # "Pháp Luật TP.HCM giữ bản quyền ..." in div.footer-info; the "© Báo điện tử ..." line is the imprint.
    rights=_mcms.RIGHTS,
    section=_mcms.SECTION,
    tags=_mcms.TAGS,
    images=_mcms.IMAGES,
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "authors", "published", "body", "rights"),
    templates=("mcms 2025 (plo.vn, mobile assets)",),
)
