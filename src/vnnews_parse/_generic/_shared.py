"""Page structure the field finders share: the headline element, the article container, marked elements."""

from __future__ import annotations

import re

from lxml import etree

from vnnews_parse._context import Context
from vnnews_parse._page import Names, Page
from vnnews_parse._text import clean, lines_of, short_text_of, text_of

# A headline at least this long is an article's title, not a site's logo.
_MIN_TITLE = 25
# What separates the words of a class or id value (as Page.named reads them).
_SPLIT_NAME = re.compile(r"[\s_-]+")


def klass(names: Names) -> str:
    """XPath test: the element's class or id holds one of ``names`` (for the few elements tested one by one)."""
    # The attribute test first: re:test calls back into Python, which is costly on every element.
    return f"(@class or @id) and re:test(concat(@class, ' ', @id), '{names.regex()}', 'i')"


def has_name(el: etree._Element, names: Names) -> bool:
    """Whether the element's class or id holds one of ``names`` (as ``Page.named`` tests, for one element)."""
    klass, ident = el.get("class"), el.get("id")
    if not klass and not ident:
        return False
    value = f"{klass or ''} {ident or ''}".lower()
    # map() over a bound method: no Python frame per name.
    if any(map(value.__contains__, names.parts)):
        return True
    return bool(names.words) and not set(names.words).isdisjoint(_SPLIT_NAME.split(value))


def line(el: etree._Element | None) -> int:
    """The element's source line: a cheap stand-in for document order."""
    number = el.sourceline if el is not None else None
    return number if isinstance(number, int) else 0


def own_text(el: etree._Element) -> str:
    """The element's direct text nodes (not its children's)."""
    return " ".join(t for t in [el.text or "", *(c.tail or "" for c in el)] if t)


def marked(page: Page, attributes: str, names: Names) -> list[etree._Element]:
    """Elements marked by an attribute value (``attributes``: XPath) or a class/id name, in page order."""
    found = {el: line(el) for el in page.xpath(attributes)}
    for el in page.named(names):
        if el not in found and el.tag not in ("meta", "link", "body", "html"):
            found[el] = line(el)
    return sorted(found, key=found.__getitem__)


def headline_element(ctx: Context) -> etree._Element | None:
    """The article's ``<h1>``: the one with the most text (site logos are short ``<h1>`` too)."""

    def find() -> etree._Element | None:
        best = None
        best_len = 0
        # Lengths come from XPath (C); reading each h1 in Python is quadratic when broken markup nests them.
        for h1 in ctx.page.xpath("(//h1)[position() <= 20]"):
            length = int(ctx.page.xpath("string-length(normalize-space())", h1)[0])
            if length > best_len:
                best, best_len = h1, length
        return best if best_len >= 8 else None

    return ctx.memo("h1", find)


def headline_anchor(ctx: Context) -> etree._Element | None:
    """The element that displays the headline (decided first): the ``<h1>`` when it is the article's,
    else the first element whose text is the headline (old layouts title an article in a table cell,
    a ``<div class="tieude">``, an ``<h2>``, and keep the ``<h1>`` for the site's logo)."""

    def find() -> etree._Element | None:
        h1 = headline_element(ctx)
        headline = ctx.values.get("headline")
        if not isinstance(headline, str) or (h1 is not None and _titles(text_of(h1), headline)):
            return h1
        probe = headline[:12]
        for el in ctx.page.holding((probe,)) if len(probe) == 12 else ():
            text = short_text_of(el, 2 * len(headline))
            if text and text.startswith(probe) and _titles(text, headline) and el.tag != "a":
                return el
        return None

    return ctx.memo("anchor", find)


def _titles(shown: str, headline: str) -> bool:
    """Whether a displayed text is the article's headline: most of its words, or a title's length
    (a logo ``<h1>`` is a short site name)."""
    if len(shown) >= _MIN_TITLE:
        return True
    words = set(shown.casefold().split())
    return bool(words) and len(words & set(headline.casefold().split())) >= 0.5 * len(
        words | set(headline.casefold().split())
    )


# Containers that sit in or next to an article but never hold its text.
BOILERPLATE = Names(
    parts=(
        "relate", "lienquan", "lien-quan", "lien_quan", "share", "social", "comment", "binhluan", "binh-luan",
        "banner", "quangcao", "advert", "xemthem", "xem-them", "readmore", "read-more", "breadcrumb", "sidebar",
        "newsletter", "subscribe", "recommend", "popular", "mostread", "most-read", "tinkhac", "tin-khac",
        "othernews", "other-news", "samecate", "same-cate", "cungchuyenmuc", "cung-chuyenmuc", "cungchuyen-muc",
        "cung-chuyen-muc",
    ),
    words=(
        "ad", "ads", "tag", "tags", "nav", "menu", "footer", "header", "print", "vote", "poll", "rating", "author",
        "byline", "source", "sapo", "lead", "date", "time", "meta", "toolbar", "social",
    ),
)  # fmt: skip
# With the boxes named like boilerplate (Page.named(BOILERPLATE)):
_BOILERPLATE_X = (
    ".//nav | .//aside | .//footer | .//header | .//figure | .//figcaption"
    " | .//table[.//img] | .//ul[count(li) > 1 and count(li) = count(li[a])]"
)
_LABEL_LINE = re.compile(
    r"^(?:>>|»|xem\s+thêm|tin\s+liên\s+quan|bài\s+liên\s+quan|đọc\s+thêm|tin\s+cùng\s+chuyên\s+mục|"
    r"mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc)|chia\s+sẻ|bình\s+luận|ảnh\s*:|video\s*:)",
    re.I,
)
# Paragraphs, and the divs/cells of older templates that hold their text directly or in inline tags.
_PARAGRAPH_X = (
    "//p[string-length(normalize-space()) > 24] | //div[text()[string-length(normalize-space()) > 60] or em[string-length(normalize-space()) > 60]]"
    " | //td[text()[string-length(normalize-space()) > 60]]"
)
# Short blocks holding a link: candidates for a link-only "read also" teaser. Filtered in XPath
# (C) so that nested containers are not each read in Python, which is quadratic on deep pages.
_TEASER_X = "(.//p | .//li | .//h2 | .//h3 | .//div[not(.//div)])[.//a][string-length(normalize-space()) < 300]"


def container(ctx: Context) -> etree._Element | None:
    """The element holding the densest run of paragraphs (text length, links discounted)."""

    def find() -> etree._Element | None:
        scores: dict[etree._Element, float] = {}
        for p in ctx.page.xpath(_PARAGRAPH_X):
            text = text_of(p)
            if len(text) < 25:
                continue
            links = sum(len(text_of(a)) for a in p.iter("a"))
            weight = len(text) - 2 * links
            if weight <= 0:
                continue
            if p.tag in ("div", "td"):
                scores[p] = scores.get(p, 0.0) + weight
            parent = p.getparent()
            if parent is not None and p.tag == "p":
                scores[parent] = scores.get(parent, 0.0) + weight
                grand = parent.getparent()
                if grand is not None:
                    scores[grand] = scores.get(grand, 0.0) + weight / 2
        if not scores:
            return None
        return max(scores.items(), key=lambda kv: kv[1])[0]

    return ctx.memo("container", find)


def container_blocks(ctx: Context) -> list[str]:
    """Text blocks of the container: boilerplate boxes, labels and link-only teasers dropped."""

    def find() -> list[str]:
        box = container(ctx)
        if box is None:
            return []
        page = ctx.page
        skip = {x for x in page.xpath(_BOILERPLATE_X, box) if isinstance(x, etree._Element)}
        skip.update(el for el in page.named(BOILERPLATE) if any(a is box for a in el.iterancestors()))
        # A paragraph that is nothing but a link is a "read also" teaser.
        for p in page.xpath(_TEASER_X, box):
            if p in skip:
                continue
            text = text_of(p)
            if text and text == clean(" ".join(text_of(a) for a in p.iter("a"))):
                skip.add(p)
        return [b for b in lines_of(box, skip) if not _LABEL_LINE.match(b)]

    return ctx.memo("blocks", find)
