"""24h, https://www.24h.com.vn (templates seen: 2012 desktop XHTML, baiviet-*, 2012-12).

The module is named ``h24`` because a module name cannot start with a digit; the adapter is "24h".
"""

from __future__ import annotations

import re

from vnnews_parse._article import Image
from vnnews_parse._fields import credit_of
from vnnews_parse._page import Page
from vnnews_parse._text import clean, text_of
from vnnews_parse.sites._base import SiteAdapter, has_class

_BODY = f"//div[@id='baiviet-container']/div[{has_class('text-conent')}]"
# Photo captions are centred italic paragraphs. They are not article text, except in a photo
# story, whose text is told in its captions: a caption is dropped only when the container also
# holds an ordinary (not centred italic) paragraph with text.
_STYLE = "translate(@style, ' ', '')"
_CAPTION = f"p[contains({_STYLE}, 'font-style:italic')][contains({_STYLE}, 'text-align:center')]"
_PROSE = f"p[normalize-space(.)][not(self::{_CAPTION})]"
# "Theo Sầm Hoa (Vietnamnet/Reuters)": a writer, then the outlets the story was taken from.
# Greedy author (stripped afterwards): a lazy one followed by \s* backtracks on long runs of spaces.
_CREDITED = re.compile(r"^(?:theo\s+)?(?P<author>[^()]+)\((?P<source>[^()]+)\)\s*$", re.IGNORECASE)


def _byline(page: Page) -> list[str] | None:
    # The source box starts with its own text and then holds the rating widget: only the box's
    # own text nodes are the credit line. 24h writes "Theo <writer> (<outlet>)" for a story
    # rewritten from another outlet's writer, and "Theo <outlet>" when no writer is named; the
    # shared splitter would read the first form as a source only.
    text = clean(" ".join(page.xpath(f"//div[{has_class('nguontin')}]/text()")))
    if not text:
        return None
    match = _CREDITED.match(text)
    if match and match.group("author").strip():
        return [match.group("author").strip(), "Theo " + match.group("source")]
    return [text]


def _images(page: Page) -> tuple[Image, ...] | None:
    # The page is laid out in tables, so the shared reader would take a layout cell for the
    # caption. Here a photo sits alone in a paragraph; the next paragraph without a photo is
    # its caption when it is styled as one (photos shown in a row share the caption below them).
    found: dict[str, Image] = {}
    for img in page.xpath(_BODY + "//img"):
        url = page.resolve(img.get("src"))
        if url is None or url in found:
            continue
        after = page.xpath(f"ancestor::p[1]/following-sibling::p[not(.//img)][1][self::{_CAPTION}]", img)
        caption = (text_of(after[0]) or None) if after else None
        found[url] = Image(url=url, caption=caption, credit=credit_of(caption))
    return tuple(found.values()) or None


ADAPTER = SiteAdapter(
    name="24h",
    hosts=("24h.com.vn",),
    fingerprints=(
        "//meta[@name='copyright'][contains(@content, '24H.COM.VN')]",
        f"//div[{has_class('footer-copyright')}][contains(., '24H.COM.VN')]",
    ),
    headline=(f"//h1[{has_class('baiviet-title')}]",),
    lead=(f"//div[{has_class('baiviet-head-noidung')}]",),
    # The visible date; the pubdate meta gives the time the story was filed, hours earlier.
    published=(f"//div[{has_class('publication_date')}]",),
    body=(_BODY, "//div[@id='baiviet-container']"),
    body_exclude=(
        f".//{_CAPTION}[ancestor::div[{has_class('text-conent')}][1]//{_PROSE}]",
        f".//div[{has_class('nguontin')}]",
        f".//div[{has_class('shareFB-green')}]",
        f".//div[{has_class('baiviet-tags')}]",
    ),
    rights=(f"//div[{has_class('footer-copyright')}]/text()[contains(., 'Copyright')]",),
    section=(f"//div[@itemprop='breadcrumb']//a[{has_class('chuyenmuc_title')}]",),
    tags=(f"//div[{has_class('baiviet-tags')}]/a",),
    custom={"authors": _byline, "images": _images},
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "published", "body", "rights"),
    templates=("2012 desktop XHTML (baiviet-title, publication_date, text-conent, nguontin)",),
)
