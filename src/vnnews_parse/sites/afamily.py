"""Afamily, https://afamily.vn (templates seen: 2014 mobile m.afamily.vn; VCCorp 2026 desktop selectors shared with kenh14)."""

from vnnews_parse._page import Page
from vnnews_parse.sites import _vccorp as vc
from vnnews_parse.sites._base import SiteAdapter, has_class


def _body(page: Page) -> str | None:
    return vc.body_with_captions(page, (*vc.BODY, *vc.M_BODY), ADAPTER.body_exclude)


ADAPTER = SiteAdapter(
    name="afamily",
    hosts=("afamily.vn",),
    fingerprints=(*vc.fingerprints("afamily"), "//title[contains(., 'Afamily Mobile')]"),
    headline=(*vc.HEADLINE, *vc.M_HEADLINE),
    lead=(*vc.LEAD, *vc.M_LEAD),
    authors=(*vc.AUTHORS, *vc.M_AUTHORS),
    published=(*vc.PUBLISHED, *vc.M_PUBLISHED),
    body=(*vc.BODY, *vc.M_BODY),
    body_exclude=(*vc.BODY_EXCLUDE, vc.M_CAPTION, ".//*[@id='admbackground']"),
    rights=vc.RIGHTS,
    section=(*vc.SECTION, f"//span[{has_class('post-breadcrumb')}]//a[last()]"),
    tags=vc.TAGS,
    images=(*vc.IMAGES, *(x + "//img" for x in vc.M_BODY)),
    custom={"body": _body},
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "authors", "published", "body"),
    templates=("2014 mobile m.afamily.vn", "VCCorp 2026 desktop (as kenh14)"),
)
