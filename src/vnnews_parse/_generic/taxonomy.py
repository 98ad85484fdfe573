"""Where the article is filed: its section and its tags.

Section:
1. JSON-LD ``articleSection``, then ``article:section`` (the first, when several are listed).
2. The JSON-LD ``BreadcrumbList``: its first level below the home page.
3. The page's breadcrumb (an element classed ``breadcrumb``): its first link below the home page.

Tags (the keywords shown as links):
1. Links marked ``rel="tag"``, or inside an element classed like a tag list (``tags``,
   ``keyword``, ``tukhoa``), below the headline.
2. JSON-LD ``keywords``, then every ``article:tag``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree

from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._shared import headline_element, line
from vnnews_parse._metadata import article_object, first_string, strings, types
from vnnews_parse._page import Names, normalise_host
from vnnews_parse._text import clean, text_of, unique

_HOME = frozenset(("trang chủ", "trang chu", "home", "trang nhất", "tin tức", "báo"))
_BREADCRUMB = Names(parts=("breadcrumb", "bread-crumb", "breadcrum", "duong-dan", "duongdan"))
_TAG_BOX = Names(
    parts=("tags", "tag-list", "taglist", "keyword", "tukhoa", "tu-khoa", "tu_khoa", "the-tag", "box-tag"),
    words=("tag",),
)
# Labels a tag box opens with, and marks some sites put before each tag.
_TAG_LABEL = re.compile(r"^(?:từ\s+khóa|từ\s+khoá|tags?|chủ\s+đề|keywords?)\s*:?\s*$", re.I)
_LABEL_WORDS = ("Từ khóa", "Từ khoá", "TỪ KHÓA", "Tags", "Tag:", "TAGS", "Chủ đề", "CHỦ ĐỀ")
_MAX_TAGS = 30
_MAX_TAG = 80


def section(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Section candidates, most reliable first."""
    obj = article_object(ctx.page)
    value = _first_listed(first_string(obj, "articleSection"))
    if value:
        yield Candidate(value, "jsonld")
    value = _first_listed(ctx.page.meta("article:section"))
    if value:
        yield Candidate(value, "meta")
    value = _breadcrumb_list(ctx)
    if value:
        yield Candidate(value, "jsonld")
    if heuristics:
        value = _breadcrumb(ctx)
        if value:
            yield Candidate(value, "heuristic")


def tags(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Tag candidates, most reliable first."""
    if heuristics:
        found = _tag_links(ctx)
        if found:
            yield Candidate(found, "heuristic")
    obj = article_object(ctx.page)
    if obj is not None:
        found = _split(strings(obj.get("keywords")))
        if found:
            yield Candidate(found, "jsonld")
    found = _split(el.get("content") or "" for el in ctx.page.heads["meta"] if el.get("property") == "article:tag")
    if found:
        yield Candidate(found, "meta")


def _first_listed(value: str | None) -> str | None:
    """The first of a comma-separated list ("Thể thao,World Cup 2026" gives "Thể thao")."""
    return clean(value.split(",")[0]) or None if value else None


def _split(values: Iterable[str]) -> tuple[str, ...]:
    """Keywords, each once, from values that may each hold a comma-separated list."""
    return unique(clean(part) for value in values for part in value.split(",") if 0 < len(clean(part)) <= _MAX_TAG)


def _is_home(name: str) -> bool:
    return name.casefold() in _HOME or not name


def _breadcrumb_list(ctx: Context) -> str | None:
    """The first level below home in the page's JSON-LD ``BreadcrumbList``."""
    for obj in ctx.page.jsonld:
        if "breadcrumblist" not in types(obj):
            continue
        items = obj.get("itemListElement")
        if not isinstance(items, list):
            continue
        ranked = sorted((_position(item), _item_name(item)) for item in items[:20] if isinstance(item, dict))
        for _, name in ranked:
            if name and not _is_home(name):
                return name
    return None


def _position(item: dict[str, Any]) -> int:
    value = item.get("position")
    return value if isinstance(value, int) else int(value) if isinstance(value, str) and value.isdigit() else 0


def _item_name(item: dict[str, Any]) -> str:
    name = next(iter(strings(item.get("name"))), None) or next(iter(strings(item.get("item"))), "")
    return clean(name)


def _breadcrumb(ctx: Context) -> str | None:
    """The first link below home in the first breadcrumb above or at the headline."""
    h1_line = line(headline_element(ctx))
    for box in ctx.page.named(_BREADCRUMB):
        if box.tag in ("meta", "link", "script", "body", "html") or (h1_line and line(box) > h1_line + 50):
            continue
        for link in box.iter("a"):
            name = text_of(link)
            if name and len(name) <= 60 and not _is_home(name) and link.get("href") not in ("/", "#"):
                return name
    return None


def _tag_links(ctx: Context) -> tuple[str, ...]:
    """The tags of the first tag list below the headline, or the texts of ``rel="tag"`` links."""
    page = ctx.page
    h1_line = line(headline_element(ctx))
    boxes = {box: line(box) for box in page.named(_TAG_BOX)}
    # A list opening with a label ("Từ khóa:", "Chủ đề:", "Tags:") is a tag list whatever its class.
    for label in page.holding(_LABEL_WORDS):
        parent = label.getparent()
        if parent is not None and _TAG_LABEL.match(text_of(label)):
            boxes.setdefault(parent, line(parent))
    for box in sorted(boxes, key=boxes.__getitem__):
        if box.tag in ("meta", "link", "script", "body", "html", "input") or boxes[box] < h1_line:
            continue
        found = _texts(ctx, _items(box))
        if found:
            return found
    found = _texts(ctx, page.xpath("/descendant::*/@rel[.='tag']/parent::a"))
    if found:
        return found
    # Links to the site's tag pages ("/tag/gia-vang.html", "/tu-khoa/gia-vang"), the first group of
    # them below the headline: the list a template prints without naming it.
    h1 = headline_element(ctx)
    groups: dict[etree._Element, list[etree._Element]] = {}
    # After the headline in document order (source lines tie on a page printed on one line).
    for link in page.xpath("following::" + _TAG_HREF_X, h1) if h1 is not None else page.xpath("//" + _TAG_HREF_X):
        parent = link.getparent()
        if parent is not None:
            groups.setdefault(parent, []).append(link)
    for links in groups.values():
        found = _texts(ctx, links)
        if found:
            return found
    return ()


_TAG_HREF_X = (
    "a/@href[contains(., '/tag/') or contains(., '/tags/') or contains(., '/tu-khoa/') or contains(., '/tukhoa/')]"
    "/parent::a"
)


# Tags are links, or plain words set apart in spans ("<span>giá vàng</span><span>bất ổn</span>").
_ITEM_TAGS = ("a", "span", "strong", "b", "em", "li")


def _items(box: etree._Element) -> list[etree._Element]:
    """The innermost inline items of a tag list, in page order."""
    items = [el for el in box.iter(*_ITEM_TAGS) if el is not box]
    return [el for el in items if not any(True for _ in el.iterdescendants(*_ITEM_TAGS))]


def _texts(ctx: Context, items: Iterable[etree._Element]) -> tuple[str, ...]:
    """The tag texts of the items: labels, share links and list punctuation left out."""
    own = {h for h in (ctx.page.host, normalise_host(ctx.page.canonical)) if h}
    texts = []
    for item in items:
        href = item.get("href") if item.tag == "a" else None
        if href and href.startswith(("http://", "https://", "//")):
            host = normalise_host(href if not href.startswith("//") else "https:" + href)
            # A tag links to the site's own tag page; a link elsewhere is a share button.
            if host and (host not in own if own else host.endswith(_SOCIAL)):
                continue
        text = clean(text_of(item).strip(" ,;·|#"))
        # "Xem thêm chủ đề:", "Từ khóa:": a label, not a tag.
        if text and len(text) <= _MAX_TAG and not text.endswith(":") and not _TAG_LABEL.match(text):
            texts.append(text)
        if len(texts) > _MAX_TAGS:
            return ()  # a whole menu, not the article's tags
    return unique(texts)


_SOCIAL = (
    "facebook.com",
    "twitter.com",
    "x.com",
    "zalo.me",
    "google.com",
    "youtube.com",
    "instagram.com",
    "tiktok.com",
)
