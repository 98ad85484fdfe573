"""The generic fallback: JSON-LD, then OpenGraph and other meta, then heuristics on the page.

Each step is a function ``(Page, found) -> {field: value}``; ``parse`` keeps, for each field,
the first step that finds it. ``found`` holds what earlier steps decided, so heuristics can
use it (the body container is searched away from the lead that is already known, etc.).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from lxml import etree

from vnnews_parse._article import Image
from vnnews_parse._byline import AGENCIES, split_byline
from vnnews_parse._dates import parse_datetime, parse_datetime_us
from vnnews_parse._fields import image_of, read_date
from vnnews_parse._numbers import parse_count
from vnnews_parse._page import Names, Page
from vnnews_parse._text import clean, lines_of, text_of, unescape, unique

Step = Callable[[Page, dict[str, Any]], dict[str, Any]]

_ARTICLE_TYPES = frozenset(
    "newsarticle article reportagenewsarticle reportagenews analysisnewsarticle blogposting"
    " opinionnewsarticle backgroundnewsarticle reviewnewsarticle liveblogposting webpage".split()
)


# -- JSON-LD -------------------------------------------------------------------------------------
def _types(obj: dict[str, Any]) -> set[str]:
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {v.lower() for v in values if isinstance(v, str)}


def article_object(page: Page) -> dict[str, Any] | None:
    """The JSON-LD object that describes the article (a NewsArticle beats a WebPage)."""
    best: dict[str, Any] | None = None
    for obj in page.jsonld:
        kinds = _types(obj) & _ARTICLE_TYPES
        if kinds and kinds != {"webpage"}:
            return obj
        if kinds and best is None and isinstance(obj.get("headline"), str):
            best = obj
    return best


def _strings(value: Any, key: str = "name", depth: int = 0) -> Iterator[str]:
    """Strings out of a JSON-LD value that may be a string, an object or a list of either."""
    if depth > 3:
        return
    if isinstance(value, str):
        yield unescape(value)
    elif isinstance(value, dict):
        yield from _strings(value.get(key), key, depth + 1)
    elif isinstance(value, list):
        for item in value[:20]:
            yield from _strings(item, key, depth + 1)


def _people(value: Any, depth: int = 0) -> Iterator[str]:
    """Author names from JSON-LD, skipping organisations (a site credited as its own author)."""
    if depth > 3:
        return
    if isinstance(value, list):
        for item in value[:20]:
            yield from _people(item, depth + 1)
    elif isinstance(value, dict):
        if "organization" not in _types(value) and "newsmediaorganization" not in _types(value):
            yield from _strings(value.get("name"))
    elif isinstance(value, str):
        yield unescape(value)


def _plausible_people(page: Page, names: Iterable[str]) -> list[str]:
    """Drop "authors" that are the site itself, a URL or an agency."""
    site_words = {w for w in (page.meta("og:site_name") or "").casefold().split() if len(w) > 3}
    out = []
    for name in names:
        name = clean(name)
        folded = name.casefold()
        if not name or "http" in folded or "/" in folded or ".vn" in folded or ".com" in folded or ".net" in folded:
            continue
        if folded.startswith("báo ") or folded in AGENCIES or (site_words and set(folded.split()) <= site_words):
            continue
        out.append(name)
    return out


def from_jsonld(page: Page, found: dict[str, Any]) -> dict[str, Any]:
    """Fields from the page's JSON-LD article object (those not ``found`` already)."""
    obj = article_object(page)
    if obj is None:
        return {}
    out: dict[str, Any] = {}
    if "headline" not in found:
        headline = next(iter(_strings(obj.get("headline"))), None)
        if headline:
            out["headline"] = clean(headline)
    if "authors" not in found:
        names = _plausible_people(page, _people(obj.get("author")))
        if names:
            out["authors"], source = split_byline(names)
            if source:
                out["source"] = source
    for field, key in (("published", "datePublished"), ("updated", "dateModified")):
        if field not in found:
            raw = next(iter(_strings(obj.get(key))), None)
            value = parse_datetime(raw) if raw else None
            if value is not None:
                out[field] = value
    if "section" not in found:
        section = next(iter(_strings(obj.get("articleSection"))), None)
        if section:
            out["section"] = clean(section)
    if "tags" not in found:
        keywords = list(_strings(obj.get("keywords")))
        if len(keywords) == 1:
            keywords = keywords[0].split(",")
        tags = unique(clean(k) for k in keywords)
        if tags:
            out["tags"] = tags
    if "images" not in found:
        images = unique(u for u in (page.resolve(x) for x in _strings(obj.get("image"), "url")) if u)
        if images:
            out["images"] = tuple(Image(url=u) for u in images)
    return out


# -- OpenGraph and other meta ----------------------------------------------------------------------
# Microsoft's en-US DateTime format ("1/28/2026 6:52:01 AM"): meta fields of .NET CMSes use it,
# and seconds plus AM/PM never occur in a Vietnamese day-first date.
_US_META = re.compile(r"^\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M$")


def _meta_date(text: str | None) -> Any:
    if not text:
        return None
    if _US_META.match(text):
        return parse_datetime_us(text)
    return parse_datetime(text)


def from_meta(page: Page, found: dict[str, Any]) -> dict[str, Any]:
    """Fields from OpenGraph, ``article:*``, Dublin Core and plain ``<meta>`` tags (those not ``found`` already)."""
    out: dict[str, Any] = {}
    if "headline" not in found:
        title = page.meta("og:title", "twitter:title", "dc.title")
        if title:
            out["headline"] = title
    if "authors" not in found:
        names = _plausible_people(page, [page.meta("article:author", "author", "dc.creator") or ""])
        if names:
            out["authors"], source = split_byline(names)
            if source:
                out["source"] = source
    if "published" not in found:
        published = _meta_date(
            page.meta("article:published_time", "og:published_time", "pubdate", "publishdate", "datepublished",
                      "dc.date.issued", "dc.date", "date")
        )  # fmt: skip
        if published is not None:
            out["published"] = published
    if "updated" not in found:
        updated = _meta_date(page.meta("article:modified_time", "og:updated_time", "datemodified", "lastmod"))
        if updated is not None:
            out["updated"] = updated
    if "section" not in found:
        section = page.meta("article:section")
        if section:
            out["section"] = section
    if "tags" not in found:
        tags = unique(clean(el.get("content")) for el in page.heads["meta"] if el.get("property") == "article:tag")
        if tags:
            out["tags"] = tags
    if "images" not in found:
        image = page.resolve(page.meta("og:image", "twitter:image"))
        if image:
            out["images"] = (Image(url=image),)
    return out


# -- Heuristics on the page -------------------------------------------------------------------------
def _klass(names: Names) -> str:
    """XPath test: the element's class or id holds one of ``names`` (for the few elements tested one by one)."""
    # The attribute test first: re:test calls back into Python, which is costly on every element.
    return f"(@class or @id) and re:test(concat(@class, ' ', @id), '{names.regex()}', 'i')"


# Containers that sit in or next to an article but never hold its text.
_BOILERPLATE = Names(
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
# With the boxes named like boilerplate (Page.named(_BOILERPLATE)):
_BOILERPLATE_X = (
    ".//nav | .//aside | .//footer | .//header | .//figure | .//figcaption"
    " | .//table[.//img] | .//ul[count(li) > 1 and count(li) = count(li[a])]"
)
_LABEL_LINE = re.compile(
    r"^(?:>>|»|xem\s+thêm|tin\s+liên\s+quan|bài\s+liên\s+quan|đọc\s+thêm|tin\s+cùng\s+chuyên\s+mục|"
    r"mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc)|chia\s+sẻ|bình\s+luận|ảnh\s*:|video\s*:)",
    re.I,
)
# Attribute steps from elements ("/descendant::*/@a"), not "//@a": that would visit text nodes too.
_SAPO_X = (
    "/descendant::*/@data-slot[.='sapo']/parent::* | /descendant::*/@data-role[.='sapo']/parent::*"
    " | /descendant::*/@data-field[.='sapo']/parent::*"
    " | /descendant::*/@itemprop[.='description']/parent::*[not(self::meta)]"
)
_SAPO = Names(
    parts=("sapo", "chapeau", "summary", "tomtat", "tom-tat"),
    words=("desc", "description", "lead", "intro", "excerpt", "abstract", "teaser"),
)
_DATE_CLASS = Names(parts=("date", "time", "publish", "ngay", "posted", "created", "datetime"))
_AUTHOR_CLASS = Names(parts=("author", "byline", "tacgia", "tac-gia", "writer", "journalist", "reporter", "nguoi-viet"))
_COMMENT = re.compile(
    r"^(?:\(\s*(?P<a>[\d.,]+[kK]?)\s*\)\s*(?:bình\s+luận|ý\s+kiến)|(?:bình\s+luận|ý\s+kiến|comments?)"
    r"\s*[(:]\s*(?P<b>[\d.,]+[kK]?)\s*\)?|(?P<c>[\d.,]+[kK]?)\s+(?:bình\s+luận|ý\s+kiến|comments?))$",
    re.I,
)
# Rights sentences, best first: a "(*)" no-copying notice printed with the article; a no-copying
# notice outside the footer; a copyright sentence (a rights word); a bare "©" imprint; last, a
# no-copying line that only repeats the footer's terms.
_NO_COPY = re.compile(r"(?:không|nghiêm\s+cấm|cấm)\b[^.]{0,60}sao\s+chép", re.I)
_RIGHTS_WORD = re.compile(r"bản\s+quyền|copyright|all\s+rights\s+reserved|\(c\)", re.I)
_SENTENCE = re.compile(r"[^.|\n]{0,100}(?:sao\s+chép|bản\s+quyền|copyright|©|\(c\))[^|\n]{0,200}", re.I)


# Words that elements naming comments or rights hold in their own text: one search of the body's
# text nodes (Page.holding) serves both the comment counter and the rights notice.
_COMMENT_WORDS = ("luận", "kiến", "omment")  # bình luận, ý kiến, comment(s)
_RIGHTS_WORDS = ("sao chép", "©", "opyright", "COPYRIGHT", "bản quyền", "Bản quyền", "BẢN QUYỀN")


def _own_text(el: etree._Element) -> str:
    """The element's direct text nodes (not its children's)."""
    return " ".join(t for t in [el.text or "", *(c.tail or "" for c in el)] if t)


def _title_headline(page: Page) -> str | None:
    """``<title>`` without the site name that follows the last separator."""
    title = text_of(next(iter(page.xpath("//title")), None))
    if not title:
        return None
    parts = re.split(r"(?<!\s)\s+[|\-–—]\s+", title)
    if len(parts) > 1 and len(parts[-1]) < 40:
        parts = parts[:-1]
    return clean(" - ".join(parts)) or None


def _h1(page: Page) -> etree._Element | None:
    """The article's ``<h1>``: the one with the most text (site logos are short ``<h1>`` too)."""
    best = None
    best_len = 0
    # Lengths come from XPath (C); reading each h1 in Python is quadratic when broken markup nests them.
    for h1 in page.xpath("(//h1)[position() <= 20]"):
        length = int(page.xpath("string-length(normalize-space())", h1)[0])
        if length > best_len:
            best, best_len = h1, length
    return best if best_len >= 8 else None


def _line(el: etree._Element | None) -> int:
    """The element's source line: a cheap stand-in for document order."""
    line = el.sourceline if el is not None else None
    return line if isinstance(line, int) else 0


# Paragraphs, and the divs/cells of older templates that hold their text directly or in inline tags.
_PARAGRAPH_X = (
    "//p[string-length(normalize-space()) > 24] | //div[text()[string-length(normalize-space()) > 60] or em[string-length(normalize-space()) > 60]]"
    " | //td[text()[string-length(normalize-space()) > 60]]"
)


def _body_container(page: Page) -> etree._Element | None:
    """The element holding the densest run of paragraphs (text length, links discounted)."""
    scores: dict[etree._Element, float] = {}
    for p in page.xpath(_PARAGRAPH_X):
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


# Short blocks holding a link: candidates for a link-only "read also" teaser. Filtered in XPath
# (C) so that nested containers are not each read in Python, which is quadratic on deep pages.
_TEASER_X = "(.//p | .//li | .//h2 | .//h3 | .//div[not(.//div)])[.//a][string-length(normalize-space()) < 300]"


def _blocks(page: Page, container: etree._Element) -> list[str]:
    """Body blocks of a container found by heuristics: boilerplate boxes, labels and credits dropped."""
    skip = {x for x in page.xpath(_BOILERPLATE_X, container) if isinstance(x, etree._Element)}
    skip.update(el for el in page.named(_BOILERPLATE) if any(a is container for a in el.iterancestors()))
    # A paragraph that is nothing but a link is a "read also" teaser.
    for p in page.xpath(_TEASER_X, container):
        if p in skip:
            continue
        text = text_of(p)
        if text and text == clean(" ".join(text_of(a) for a in p.iter("a"))):
            skip.add(p)
    return [b for b in lines_of(container, skip) if not _LABEL_LINE.match(b)]


def _marked(page: Page, attributes: str, names: Names) -> list[etree._Element]:
    """Elements marked by an attribute value (``attributes``: XPath) or a class/id name, in page order."""
    found = {el: _line(el) for el in page.xpath(attributes)}
    for el in page.named(names):
        if el not in found and el.tag not in ("meta", "link", "body", "html"):
            found[el] = _line(el)
    return sorted(found, key=found.__getitem__)


def _lead(page: Page, h1: etree._Element | None) -> str | None:
    """The sapo: a prose element classed as such below the headline."""
    h1_line = _line(h1)
    for el in _marked(page, _SAPO_X, _SAPO):
        if _line(el) < h1_line:  # the cheap test first: teaser lists above the headline are many
            continue
        text = text_of(el)
        if not 30 <= len(text) <= 1500 or page.xpath(".//p[2]", el):
            continue
        # Menus and teaser lists are classed "summary"/"desc" too; a sapo is prose, not links.
        if sum(len(text_of(a)) for a in el.iter("a")) > len(text) / 2:
            continue
        return text
    return None


def _description_lead(page: Page, blocks: list[str]) -> str | None:
    """The first body block, when og:description says it is the summary."""
    description = page.meta("og:description", "description", "twitter:description")
    if not description or not blocks:
        return None
    probe = clean(description)[:40].rstrip(".… ")
    if len(probe) >= 20 and probe.casefold() in blocks[0][:80].casefold() and len(blocks) > 2:
        return blocks[0]
    return None


def _date_near(page: Page, h1: etree._Element | None) -> Any:
    """The first displayed date after the headline (else anywhere) in a date-like element."""
    marked = _marked(page, "//time", _DATE_CLASS)  # in page order
    h1_line = _line(h1)
    # Those after the headline first; the first that reads as a date wins (no need to read the rest).
    for el in (*(e for e in marked if _line(e) >= h1_line), *(e for e in marked if _line(e) < h1_line)):
        raw = el.get("datetime") or "" if el.tag == "time" and el.get("datetime") else text_of(el)
        if len(raw) > 120:  # a container classed "date…", not a date line
            continue
        value = read_date(raw) if raw else None
        if value is not None:
            return value
    return None


# A byline inside these boxes belongs to a comment, a teaser or the site, not to the article.
_IN_BOX_X = f"ancestor::*[{_klass(Names(parts=('comment', 'relate', 'footer', 'menu', 'nav')))}]"
_AUTHOR_X = (
    "/descendant::*/@data-role[.='author']/parent::*"
    " | /descendant::*/@itemprop[.='author']/parent::*[not(self::meta or self::link)]"
    " | /descendant::*/@rel[.='author']/parent::*[not(self::link)]"
)


def _byline(page: Page, h1: etree._Element | None, container: etree._Element | None) -> list[str]:
    """Byline texts: the innermost author-marked element, else a bold or right-aligned last paragraph."""
    candidates = _marked(page, _AUTHOR_X, _AUTHOR_CLASS)
    marked = set(candidates)
    for el in candidates:
        text = text_of(el)
        # Innermost marked element only; the look below is bounded so nested markup stays linear.
        if not text or len(text) > 80 or any(d in marked for d in islice(el.iterdescendants(), 500)):
            continue
        if page.xpath(_IN_BOX_X, el):
            continue
        return [text]
    if container is None:
        return []
    # A bold or right-aligned short last paragraph is the byline on many templates.
    # The last paragraph with text: read from the end, not the whole container again.
    last = next((p for p in reversed(page.xpath("./p | ./div", container)) if text_of(p)), None)
    if last is not None:
        text = text_of(last)
        if len(text) > 60:
            return []
        style = (last.get("style") or "") + " " + (last.get("align") or "") + " " + (last.get("class") or "")
        # Outermost bold elements only: nested <b><b>… would be read once per level.
        bold = "".join(
            text_of(b) for b in page.xpath(".//*[self::strong or self::b][not(ancestor::strong or ancestor::b)]", last)
        )
        if "right" in style.lower() or bold == text:
            return [text]
    return []


def _comment_count(marked: list[etree._Element]) -> int | None:
    """The first short "Bình luận (3)" / "(0) Bình luận" / "Ý kiến (2)" counter among the marked elements."""
    for parent in marked:
        own = _own_text(parent)
        if len(own) > 60 or not any(w in own for w in _COMMENT_WORDS):
            continue
        text = text_of(parent)
        if len(text) > 40:
            continue
        match = _COMMENT.match(text)
        if match:
            return parse_count(match.group("a") or match.group("b") or match.group("c"))
    return None


_INLINE = frozenset("a abbr b em font i small span strong sup sub u".split())


_MARKER = re.compile(r"sao\s+chép|bản\s+quyền|copyright|©|\(c\)", re.I)


def _sentence(line: str) -> re.Match[str] | None:
    """The rights sentence in a line; the cheap marker search first keeps long lines linear."""
    marker = _MARKER.search(line)
    return _SENTENCE.search(line, max(0, marker.start() - 100)) if marker else None


def _rights_rank(text: str, in_footer: bool) -> int:
    """How surely a sentence is the article's rights notice (0: not one)."""
    if _NO_COPY.search(text):
        if text.startswith("(*)"):
            return 5
        return 1 if in_footer else 4
    if _RIGHTS_WORD.search(text):
        return 3
    return 2 if "©" in text else 0


_IN_FOOTER_X = f"ancestor-or-self::*[self::footer or {_klass(Names(parts=('footer', 'copyright', 'bottom')))}]"


def find_rights(page: Page, marked: list[etree._Element], container: etree._Element | None = None) -> str | None:
    """The rights notice: a no-copying notice printed with the article, else the footer's copyright sentence."""
    best: tuple[int, str] | None = None
    for element in marked:
        if element.tag == "title" or not any(w in _own_text(element) for w in _RIGHTS_WORDS):
            continue
        # Text inside the article container is the article's (the few marked elements are checked,
        # rather than collecting the whole container).
        if container is not None and (element is container or any(a is container for a in element.iterancestors())):
            continue
        # A marker in an inline tag ("<span>© 2026 – </span>Công ty ...") belongs to its block's line.
        for _ in range(3):
            parent = element.getparent()
            if element.tag not in _INLINE or parent is None:
                break
            element = parent
        # The element's own line holding the marker: footers put several notices in one block.
        found = next(((line, m) for line in lines_of(element) if (m := _sentence(line))), None)
        if found is None:
            continue
        line, match = found
        text = line if len(line) <= 300 else clean(match.group(0))
        in_footer = bool(page.xpath(_IN_FOOTER_X, element))
        rank = _rights_rank(text, in_footer)
        if rank and (best is None or rank > best[0]):
            best = (rank, clean(text[:300]))
    return best[1] if best else None


def from_heuristics(page: Page, found: dict[str, Any]) -> dict[str, Any]:
    """Fields read off the page itself: headline, date, byline, sapo, body, comments, rights."""
    out: dict[str, Any] = {}
    h1 = _h1(page)
    if "headline" not in found:
        headline = text_of(h1) if h1 is not None else _title_headline(page)
        if headline:
            out["headline"] = headline
    if "published" not in found:
        published = _date_near(page, h1)
        if published is not None:
            out["published"] = published
    lead = None if "lead" in found else _lead(page, h1)
    container = None
    if "body" not in found:
        container = _body_container(page)
        blocks = _blocks(page, container) if container is not None else []
        if lead is None and "lead" not in found:
            lead = _description_lead(page, blocks)
            if lead:
                blocks = blocks[1:]
        if blocks:
            out["body"] = "\n\n".join(blocks)
    if lead:
        out["lead"] = lead
    if "authors" not in found:
        authors, source = split_byline(_byline(page, h1, container))
        if authors:
            out["authors"] = authors
        if source and "source" not in found:
            out["source"] = source
    marked = page.holding(
        (*(_COMMENT_WORDS if "comment_count" not in found else ()), *(_RIGHTS_WORDS if "rights" not in found else ()))
    )
    if "comment_count" not in found:
        count = _comment_count(marked)
        if count is not None:
            out["comment_count"] = count
    if "rights" not in found:
        rights = find_rights(page, marked, container)
        if rights:
            out["rights"] = rights
    if "images" not in found and container is not None:
        images = [image_of(page, img) for img in container.iter("img")]
        unique_images = {i.url: i for i in images if i is not None}
        if unique_images:
            out["images"] = tuple(unique_images.values())
    return out


STEPS: tuple[tuple[str, Step], ...] = (("jsonld", from_jsonld), ("meta", from_meta), ("heuristic", from_heuristics))
