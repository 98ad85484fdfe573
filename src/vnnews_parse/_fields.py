"""Field readers shared by the site adapters and the generic fallback: node(s) in, typed value out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from lxml import etree

from vnnews_parse._article import Image
from vnnews_parse._dates import parse_datetime, search_datetime
from vnnews_parse._numbers import parse_count
from vnnews_parse._page import Page
from vnnews_parse._text import clean, lines_of, short_text_of, spaced_text_of, text_of, unique

# Every article field, in the order of the Article class.
FIELDS = (
    "headline", "lead", "authors", "source", "published", "updated", "body", "comment_count",
    "rights", "section", "tags", "images",
)  # fmt: skip

# Inside any article container these never carry article text.
DEFAULT_BODY_EXCLUDE = (
    ".//figcaption",
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' caption ')]",
    ".//table[contains(@class, 'image') or contains(@class, 'picture') or contains(@class, 'tplCaption')]",
    # Through the attribute axis: libxml2 tests attribute nodes in C, a predicate per element is dearer.
    "./descendant::*/@type[.='RelatedOneNews' or .='RelatedNewsBox' or .='RelatedNews']/parent::*",
)
_CREDIT = re.compile(
    r"(?:^|[\s(\-–|.])(?:Ảnh|Nguồn ảnh|Ảnh minh họa|Ảnh minh hoạ|Photo)\s*:\s*(?P<credit>[^()]{1,80}?)\s*(?:\)\s*\.?)?\s*$",
    re.I,
)
_MAX_RIGHTS = 300
# A longer "caption" is a page swallowed by broken markup, not a caption.
_MAX_CAPTION = 1000


def node_text(node: Any) -> str:
    """Text of an element, or an XPath string/attribute result, cleaned."""
    return text_of(node)


def first_text(page: Page, selectors: Sequence[str], reader: Any = node_text) -> str | None:
    """The first non-empty text that the selectors, tried in order, find."""
    for expr in selectors:
        for node in page.xpath(expr):
            text = reader(node)
            if text:
                return str(text)
    return None


def headline_text(node: Any) -> str:
    """Headlines are split over spans on some sites: every element boundary reads as a space."""
    return spaced_text_of(node)


def all_texts(page: Page, selectors: Sequence[str]) -> tuple[str, ...]:
    """The texts of every node the first matching selector finds (tags, breadcrumbs)."""
    for expr in selectors:
        texts = unique(node_text(node) for node in page.xpath(expr))
        if texts:
            return texts
    return ()


def read_date(text: str) -> datetime | None:
    """A date line as a whole, else the first explicit date inside it."""
    return parse_datetime(text) or search_datetime(text)


def first_date(page: Page, selectors: Sequence[str], reader: Any = read_date) -> datetime | None:
    """The first node text or attribute that parses as a date."""
    for expr in selectors:
        for node in page.xpath(expr):
            text = node_text(node)
            value = reader(text) if text else None
            if value is not None:
                return value  # type: ignore[no-any-return]
    return None


def first_count(page: Page, selectors: Sequence[str]) -> int | None:
    """The first node text or attribute that reads as a count."""
    for expr in selectors:
        for node in page.xpath(expr):
            count = parse_count(node_text(node))
            if count is not None:
                return count
    return None


def rights_text(node: Any) -> str:
    """A rights notice: the element's text when it is notice-sized, else nothing."""
    text = node_text(node)
    return text if len(text) <= _MAX_RIGHTS else ""


def body_blocks(page: Page, nodes: Iterable[Any], exclude: Sequence[str] = ()) -> list[str]:
    """The text blocks (paragraphs, headings, list items) of the body nodes, without excluded parts."""
    blocks: list[str] = []
    seen: set[etree._Element] = set()
    for node in nodes:
        if not isinstance(node, etree._Element) or node in seen:
            continue
        seen.add(node)
        skip: set[etree._Element] = set()
        for expr in (*DEFAULT_BODY_EXCLUDE, *exclude):
            skip.update(x for x in page.xpath(expr, node) if isinstance(x, etree._Element))
        if node in skip:
            continue
        blocks.extend(lines_of(node, skip))
    return blocks


def first_body(page: Page, selectors: Sequence[str], exclude: Sequence[str] = ()) -> str | None:
    """The body from the first selector that yields text; paragraphs joined by a blank line."""
    for expr in selectors:
        blocks = body_blocks(page, page.xpath(expr), exclude)
        if blocks:
            return "\n\n".join(blocks)
    return None


_CAPTION_X = ".//figcaption | .//*[contains(@class, 'caption')] | .//td[not(.//img)]"


def credit_of(caption: str | None) -> str | None:
    """The photo credit a caption ends with: "... Ảnh: Quang Huy" gives "Quang Huy"."""
    match = _CREDIT.search(caption) if caption else None
    if match is None:
        return None
    credit = clean(match.group("credit"))
    # A sentence's full stop goes ("Reuters." -> "Reuters"); an initial's stays ("M.K.").
    if credit.endswith(".") and len(re.split(r"[\s.]", credit[:-1])[-1]) > 1:
        credit = credit[:-1]
    return credit or None


def image_of(page: Page, img: etree._Element) -> Image | None:
    """An :class:`Image` from an ``<img>``: lazy-load attributes first, caption from its figure."""
    url = None
    for attr in ("data-original", "data-src", "data-lazy-src", "src"):
        url = page.resolve(img.get(attr))
        if url:
            break
    if url is None:
        return None
    caption = None
    # A table frames a caption only when it holds this one picture; layout tables hold the page.
    figure = next(
        (a for a in img.iterancestors("figure", "table") if a.tag == "figure" or len(page.xpath(".//img", a)) == 1),
        None,
    )
    if figure is not None:
        # The figure's own caption, else the one a row of figures shares ("figure + figure + figcaption").
        cap = page.xpath(_CAPTION_X, figure) or page.xpath("following-sibling::figcaption[1]", figure)
        caption = (short_text_of(cap[0], _MAX_CAPTION) or None) if cap else None
    credit = credit_of(caption)
    return Image(url=url, caption=caption, credit=credit)


def images_of(page: Page, selectors: Sequence[str]) -> tuple[Image, ...]:
    """Images of the first selector that finds any, each URL once."""
    for expr in selectors:
        found: dict[str, Image] = {}
        for node in page.xpath(expr):
            if isinstance(node, etree._Element) and node.tag == "img":
                image = image_of(page, node)
                if image is not None and image.url not in found:
                    found[image.url] = image
        if found:
            return tuple(found.values())
    return ()
