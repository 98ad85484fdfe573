"""GenK, https://genk.vn (templates seen: VCCorp 2026 desktop, 2012 ASP.NET desktop)."""

import re

from vnnews_parse._fields import first_text
from vnnews_parse._page import Page
from vnnews_parse._text import clean
from vnnews_parse.sites import _vccorp as vc
from vnnews_parse.sites._base import SiteAdapter, has_class

# 2012: div.init_content holds the bullet-point lead as text lines; the article follows it.
_INIT = f"//div[{has_class('init_content')}]"
_BODY_2012 = f"{_INIT}/following-sibling::*"
# 2012: the byline closes the body as right-aligned italic lines: "Theo <translator>/<outlet>", then "<source>".
_RIGHT = "[contains(translate(@style, 'RIGHT', 'right'), 'right') or @align='right']"
_OUTLET = re.compile(r"(?<!\s)\s*/\s*[\w.-]+\.(?:vn|com|net|org)\b.*$", re.IGNORECASE)


def _authors(page: Page) -> list[str] | None:
    names = page.xpath(f"{vc.AUTHORS[0]} | {vc.AUTHORS[1]}[not(.//*[@itemprop='name'])]")
    if names:
        # 2026: span.kbwcm-author holds the name (itemprop=name) followed by ", <outlet>".
        return [clean(n.xpath("string()")) for n in names] or None
    lines = page.xpath(f"({_BODY_2012}//div{_RIGHT})[1]")
    # 2012: "Theo Minh Nguyễn/Vcamp.vn" credits the translator; the "/domain" part is the outlet.
    texts = vc.strip_theo([_OUTLET.sub("", clean(line.xpath("string()"))) for line in lines])
    return texts


def _lead(page: Page) -> str | None:
    # 2012: the lead is the bullet lines written straight into div.init_content, before its child elements.
    lines = [clean(t) for t in page.xpath(f"{_INIT}/text()")]
    return first_text(page, vc.LEAD) or " ".join(line for line in lines if line) or None


ADAPTER = SiteAdapter(
    name="genk",
    hosts=("genk.vn",),
    fingerprints=(*vc.fingerprints("genk"), "//title[contains(., 'GenK.vn')]"),
    headline=(*vc.HEADLINE, "//div[contains(@class, 'news-showtitle')]/h1"),
    lead=vc.LEAD,  # with the 2012 fallback in _lead
    # 2012: the second right-aligned line names the original outlet.
    source=(*vc.SOURCE, f"({_BODY_2012}//div{_RIGHT})[2]"),
    published=(*vc.PUBLISHED, "//span[contains(@id, 'lblDattime')]"),
    body=(*vc.BODY, _BODY_2012),
    body_exclude=(*vc.BODY_EXCLUDE, f".//div{_RIGHT}"),
    rights=vc.RIGHTS,
    section=(*vc.SECTION, "//h2[@id='title']/a"),
    tags=(*vc.TAGS, "//div[contains(@class, 'news-show')]//div[@class='tags']//a"),
    images=(*vc.IMAGES, f"{_BODY_2012}//img"),
    custom={"authors": _authors, "lead": _lead},
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "authors", "published", "body", "rights"),
    templates=("VCCorp 2026 desktop", "2012 ASP.NET desktop"),
)
