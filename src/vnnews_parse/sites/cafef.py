"""CafeF, https://cafef.vn (templates seen: VCCorp 2026 desktop, 2014 ASP.NET mobile m.cafef.vn)."""

from vnnews_parse._page import Page
from vnnews_parse.sites import _vccorp as vc
from vnnews_parse.sites._base import SiteAdapter, has_class

# 2014 mobile: the date sits in a styled span in the block right before the headline's block.
_M_DATE = "//h1[@id='h1news']/../preceding-sibling::div[1]/span"
_M_BODY = "//div[@id='DivContent']//div[@id='a1']"


def _authors(page: Page) -> list[str] | None:
    # The author slot prints "Theo <writer>" with the outlet in its own p.source: here "Theo" credits a person.
    return vc.byline_texts(page, ("//p[@class='author']", "//*[@data-role='author']", *vc.ASPX_BYLINE))


def _body(page: Page) -> str | None:
    return vc.body_with_captions(page, (*vc.BODY, _M_BODY), ADAPTER.body_exclude)


ADAPTER = SiteAdapter(
    name="cafef",
    hosts=("cafef.vn",),
    fingerprints=(*vc.fingerprints("cafef"), "//title[contains(., 'CafeF mobile')]"),
    headline=(*vc.HEADLINE, "//h1[@id='h1news']"),
    lead=(*vc.LEAD, "//div[@id='briefNews']"),
    source=(*vc.SOURCE, *vc.ASPX_SOURCE),
    published=(*vc.PUBLISHED, _M_DATE),
    body=(*vc.BODY, _M_BODY),
    body_exclude=(
        *vc.BODY_EXCLUDE,
        *vc.ASPX_BODY_EXCLUDE,
        # The stock-quote box of the company the article names (hidden until a script fills it).
        f".//div[{has_class('chisochungkhoan')}]",
        ".//div[@id='briefNews']",
        ".//img/parent::div[not(normalize-space())]",
    ),
    rights=vc.RIGHTS,
    section=(*vc.SECTION, "//select[contains(@id, 'selectCat')]/option[@selected]"),
    tags=(*vc.TAGS, "//div[contains(@id, 'tagList')]//li/a"),
    images=(*vc.IMAGES, _M_BODY + "//img"),
    custom={"authors": _authors, "body": _body},
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "authors", "published", "body", "rights"),
    templates=("VCCorp 2026 desktop", "2014 ASP.NET mobile m.cafef.vn"),
)
