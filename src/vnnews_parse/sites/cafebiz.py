"""CafeBiz, https://cafebiz.vn (templates seen: 2014 ASP.NET mobile m.cafebiz.vn; VCCorp 2026 desktop selectors shared with cafef)."""

from vnnews_parse._page import Page
from vnnews_parse.sites import _vccorp as vc
from vnnews_parse.sites._base import SiteAdapter, has_class

_M_BODY = "//div[@id='newsContent']"


def _authors(page: Page) -> list[str] | None:
    # As on cafef, the author slot prints "Theo <writer>" and the outlet has its own slot.
    return vc.byline_texts(page, ("//p[@class='author']", "//*[@data-role='author']", *vc.ASPX_BYLINE))


def _body(page: Page) -> str | None:
    return vc.body_with_captions(page, (*vc.BODY, _M_BODY), ADAPTER.body_exclude)


ADAPTER = SiteAdapter(
    name="cafebiz",
    hosts=("cafebiz.vn",),
    fingerprints=(*vc.fingerprints("cafebiz"), "//title[contains(., 'CafeBiz')]"),
    headline=(*vc.HEADLINE, f"//h1[{has_class('newsTitle')}]"),
    lead=(*vc.LEAD, f"//h2[{has_class('initNewsContent')}]"),
    source=(*vc.SOURCE, *vc.ASPX_SOURCE),
    published=(*vc.PUBLISHED, f"//div[@id='newsDetail']/p[{has_class('time')}]"),
    body=(*vc.BODY, _M_BODY),
    body_exclude=(
        *vc.BODY_EXCLUDE,
        *vc.ASPX_BODY_EXCLUDE,
        f".//h2[{has_class('initNewsContent')}]",
    ),
    rights=vc.RIGHTS,
    tags=(*vc.TAGS, "//div[contains(@id, 'tagList')]//li/a"),
    images=(*vc.IMAGES, _M_BODY + "//img"),
    custom={"authors": _authors, "body": _body},
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "authors", "published", "body", "rights"),
    templates=("2014 ASP.NET mobile m.cafebiz.vn", "VCCorp 2026 desktop (as cafef)"),
)
