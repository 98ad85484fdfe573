"""The authors (the byline's writers) and the source ("Theo TTXVN") of the article.

1. JSON-LD ``author`` (people only, not the organisation that publishes the site).
2. ``article:author`` / ``<meta name="author">`` / ``dc.creator``.
   Metadata naming nobody the page shows (a CMS account, an editor) waits until after 3 and 4.
3. The innermost elements marked as a byline (``rel="author"``, ``itemprop="author"``, a class or
   id such as ``author``, ``tacgia``, ``nguontin``; a ``post-meta`` line that is all names),
   outside comment and related boxes, read with a space between inline elements.
4. The byline closing the article's text: its last short lines when they are a byline by their
   shape ("NGUYỄN VĂN A", "Lan Anh - Hoàng Nam", "Tin, ảnh: X", "Theo X/Outlet", "Theo X" over
   the outlet). For a fallback-found body, the text after its container up to the next box of the
   page is read too: templates split an article over several elements.
5. A writer's credit line printed apart from the text, below the headline ("Nội dung: A",
   "Thực hiện: A", "Bài: A - Ảnh: B"), as long-form and photo stories do.
6. A name printed in the publication date's line ("Lan Anh | 10/11/2016 14:30").

Every byline text goes through the shared byline rules (``_byline``), which split names and tell a
source from a writer; in an author slot (1-3), "Theo Phạm Trường" credits the writer. The
plausibility check (``_checks``) then drops what is not a person: handles, the site's own name,
outlets, sections, web teams; a candidate left with nobody gives way to the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import islice

from lxml import etree

from vnnews_parse._byline import PROVINCES, byline_names, closing_byline, is_outlet, split_byline
from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._shared import (
    BOILERPLATE,
    container,
    has_name,
    headline_element,
    in_furniture,
    klass,
    line,
    marked,
)
from vnnews_parse._generic.dates import date_line
from vnnews_parse._metadata import article_object, people
from vnnews_parse._page import Names
from vnnews_parse._text import BLOCK_TAGS, SKIP_TAGS, clean, lines_of, short_text_of
from vnnews_parse._xpath import merge

AUTHOR_CLASS = Names(parts=("author", "byline", "tacgia", "tac-gia", "writer", "journalist", "reporter", "nguoi-viet"))
# Where templates print the credited source, often with the writer ("Theo Sầm Hoa (Vietnamnet)").
SOURCE_CLASS = Names(parts=("nguontin", "nguon-tin", "nguon_tin"))
# A line under the headline that many mobile and blog templates use for the byline, the date or
# both: taken only when it is all names ("Hạ Trắng"), never a date line.
META_CLASS = Names(parts=("post-meta", "entry-meta", "article-meta"))
# A byline inside these boxes belongs to a comment, a teaser or the site, not to the article.
_IN_BOX_X = f"ancestor::*[{klass(Names(parts=('comment', 'relate', 'footer', 'menu', 'nav')))}]"
# A link to the writer's page ("/tac-gia/tri-tuc-3617.htm", "/author/lan-anh/") marks a byline
# whatever the template's class names: the Vietnamese press and WordPress give writers such pages.
_AUTHOR_X = (
    "/descendant::*/@data-role[.='author']/parent::*"
    " | /descendant::*/@itemprop[.='author']/parent::*[not(self::meta or self::link)]"
    " | /descendant::*/@rel[.='author']/parent::*[not(self::link)]"
    " | /descendant::a/@href[contains(., '/tac-gia/') or contains(., '/author/')]/parent::a"
)
# How many marked elements are tried: the first ones are the article's; later ones sit in boxes.
_MARKED = 3
# "và 1 tác giả khác", "+2 tác giả": the byline names some of the writers, a list elsewhere all of them.
_MORE_HIDDEN = re.compile(r"\bvà\s+\d+\s+tác\s+giả\s+khác|\+\s*\d+\s+tác\s+giả", re.I)
# How far up two byline elements of one list of writers meet.
_LIST_LEVELS = 4
# A byline element holds a few lines; a longer one is a box of the page.
_MAX_BYLINE = 300


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Author candidates, most reliable first; each may name the source too."""
    page = ctx.page
    obj = article_object(page)
    metadata = [
        _byline(_credits(people(obj.get("author"))), "jsonld", slot=True) if obj is not None else None,
        _byline(_credits([page.meta("article:author", "author", "dc.creator") or ""]), "meta", slot=True),
    ]
    found = [c for c in metadata if c is not None]
    # Metadata naming someone the page does not show (a CMS account, an editor) comes after the
    # byline the page displays; when the page displays none, it is still taken.
    hidden = [c for c in found if heuristics and c.value and not _displayed(ctx, c.value)]
    yield from (c for c in found if c not in hidden)
    if heuristics:
        for texts, slot in islice(_marked_bylines(ctx), _MARKED):
            candidate = _byline(texts, "heuristic", slot=slot)
            if candidate is not None:
                yield candidate
        closing = _closing(ctx)
        if closing is not None:
            yield closing
        labelled = _labelled(ctx)
        if labelled is not None:
            yield labelled
        beside = _beside_the_date(ctx)
        if beside is not None:
            yield beside
    yield from hidden


def _displayed(ctx: Context, names: Iterable[str]) -> bool:
    """Whether the page's text shows one of the names (as written or in capitals)."""
    return any(ctx.page.holding((name, name.upper())) for name in names)


def _byline(texts: Iterable[str], origin: str, *, slot: bool = False) -> Candidate | None:
    """The authors of byline texts, with the source they name; ``None`` when they name neither."""
    authors, source = split_byline(texts, slot=slot)
    if not authors and not source:
        return None
    # A byline naming only a source ("Theo TTXVN") still names the source.
    return Candidate(authors, origin, {"source": source} if source else {})


def _credits(names: Iterable[str]) -> list[str]:
    """Metadata author values, without those that are only an outlet or an address.

    Sites put their own name or their CMS company there ("VnExpress", "VCCorp.vn"): that is
    neither a writer nor the source. An outlet credited as such ("Theo TTXVN") is the source.
    """
    texts = (clean(name) for name in names)
    return [t for t in texts if t and not is_outlet(t) and "http" not in t.casefold()]


def _marked_bylines(ctx: Context) -> Iterator[tuple[list[str], bool]]:
    """The lines of each innermost element marked as a byline, and whether it is a writer's slot."""
    page = ctx.page
    found = marked(page, _AUTHOR_X, AUTHOR_CLASS)
    sources = set(page.named(SOURCE_CLASS))
    metas = set(page.named(META_CLASS))
    chosen = set(found) | sources | metas
    group: list[etree._Element] = []
    texts: list[str] = []
    # In document order (libxml2 sorts): source lines tie on a page printed on one line.
    for el in merge(page.tree, [found, list(sources), list(metas)]):
        # Innermost marked element only; the look below is bounded so nested markup stays linear.
        if el.tag in ("meta", "link", "body", "html") or any(d in chosen for d in islice(el.iterdescendants(), 500)):
            continue
        lines = [text for text in _spaced_lines(el) or () if len(text) <= 80]
        if not lines or page.xpath(_IN_BOX_X, el):
            continue
        if el in metas and el not in sources and not all(byline_names(text) for text in lines):
            continue  # a date or category line, not a byline
        # A list of writers, each in an element of its own ("author-item" cards, one per writer):
        # elements of one class side by side are one byline.
        if group and _same_list(group[-1], el):
            group.append(el)
            texts.extend(lines)
            continue
        if group and not _names_hidden(group[0]):
            yield texts, group[0] not in sources
        group, texts = [el], lines
    if group and not _names_hidden(group[0]):
        yield texts, group[0] not in sources


def _names_hidden(el: etree._Element) -> bool:
    """Whether the byline around the element shows only some of the writers ("Lan Anh và 1 tác giả
    khác"): the whole list is elsewhere on the page (a drop-down of every writer)."""
    parent = el.getparent()
    text = short_text_of(parent, _MAX_BYLINE) if parent is not None else None
    return text is not None and _MORE_HIDDEN.search(text) is not None


def _same_list(one: etree._Element, other: etree._Element) -> bool:
    """Whether two byline elements are items of one list: the same class, a common ancestor a few
    levels up, and nothing but white space between them."""
    if one.get("class") != other.get("class") or one.tag != other.tag:
        return False
    ancestors = list(islice(one.iterancestors(), _LIST_LEVELS))
    common = next((a for a in islice(other.iterancestors(), _LIST_LEVELS) if a in ancestors), None)
    if common is None:
        return False
    # Text between them (a date, a title) makes them two bylines of two things.
    between = _text_between(common, one, other)
    return between is not None and not clean(between).strip(" ,;-–&|")


def _text_between(common: etree._Element, one: etree._Element, other: etree._Element) -> str | None:
    """The text after ``one`` and before ``other`` inside ``common``; ``None`` when they lie far apart."""
    pieces: list[str] = []
    started = False
    for steps, (event, node) in enumerate(etree.iterwalk(common, events=("start", "end"))):
        if steps > _MAX_BYLINE:
            return None
        if not started:
            if event == "end" and node is one:
                started = True
                pieces.append(node.tail or "")
            continue
        if event == "start":
            if node is other:
                return "".join(pieces)
            if node.tag not in SKIP_TAGS:
                pieces.append(node.text or "")
        else:
            pieces.append(node.tail or "")
    return None


_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.;:!?)\]])")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[]) ")


def _spaced_lines(el: etree._Element) -> list[str] | None:
    """The lines of a byline element, every element boundary read as a space.

    Inline parts never fuse: ``<b>Tâm Hằng</b><i>(TTXVN)</i>`` reads "Tâm Hằng (TTXVN)". Blocks
    (a rating box under the byline) are lines of their own. ``None`` when the element is too long
    for a byline.
    """
    if not len(el):
        # A leaf (most bylines): its text is all there is.
        own = "" if el.tag in SKIP_TAGS else clean(el.text)
        return None if len(own) > _MAX_BYLINE else [own] if own else []
    pieces: list[str] = []
    size = 0
    walker = etree.iterwalk(el, events=("start", "end"))
    for steps, (event, node) in enumerate(walker):
        if steps > _MAX_BYLINE:
            return None  # hundreds of elements: a box of the page, however little text it holds
        tag = node.tag
        if not isinstance(tag, str) or tag in SKIP_TAGS:
            if event == "start":
                walker.skip_subtree()
            elif node is not el and node.tail:
                pieces.append(node.tail)
            continue
        pieces.append("\n" if tag in BLOCK_TAGS else " ")
        text = node.text if event == "start" else (node.tail if node is not el else None)
        if text:
            pieces.append(text)
            size += len(text)
            if size > _MAX_BYLINE:
                return None
    texts = (clean(text) for text in "".join(pieces).split("\n"))
    return [_SPACE_AFTER_OPEN.sub("", _SPACE_BEFORE_PUNCT.sub("", text)) for text in texts if text]


def _closing(ctx: Context) -> Candidate | None:
    """The byline closing the body; for a fallback body, the byline may close what follows its container."""
    body = ctx.values.get("body")
    if not body:
        return None
    blocks = body.split("\n\n")
    tail = _tail_lines(ctx) if ctx.provenance.get("body") == "heuristic" else []
    # The byline ends the article: at the end of the lines after the container, or just before a
    # share or print label there; else at the end of the body itself.
    sizes = [*range(len(tail), max(len(tail) - _TAIL_SKIP, 0), -1), 0]
    for size in sizes:
        closing = closing_byline(blocks + tail[:size])
        if closing is not None:
            return Candidate(closing.authors, "heuristic", {"source": closing.source} if closing.source else {})
    return None


# The words that open a writer's credit line, as long-form and photo stories print it apart from the
# text ("Nội dung: A", "Thực hiện: A", "Bài: A - Ảnh: B"), in any case.
_CREDIT_WORDS = ("Nội dung", "NỘI DUNG", "Thực hiện", "THỰC HIỆN", "Bài", "BÀI", "Tác giả", "TÁC GIẢ")
_CREDIT_LINE = re.compile(r"^(?:nội\s+dung|(?:nhóm\s+)?thực\s+hiện|bài(?:\s+viết)?|tác\s+giả)\s*:", re.I)
_MAX_CREDIT = 80


def _labelled(ctx: Context) -> Candidate | None:
    """The first writer's credit line below the headline, outside the boxes of the page: "Nội dung: A"."""
    page = ctx.page
    h1_line = line(headline_element(ctx))
    for el in page.holding(_CREDIT_WORDS):
        if line(el) < h1_line:
            continue
        credits = [t for t in _spaced_lines(el) or () if len(t) <= _MAX_CREDIT and _CREDIT_LINE.match(t)]
        # Page furniture (related, comment, footer boxes...) holds other articles' credits.
        if not credits or in_furniture(el):
            continue
        for text in credits:
            candidate = _byline([text], "heuristic")
            if candidate is not None and candidate.value:
                return candidate
    return None


# A date line is short (dates.py reads no longer one as a date line).
_MAX_DATE_LINE = 150
# What separates the parts of a date line: "Lan Anh | 10/11/2016 14:30", "10/11/2016 - Lan Anh".
_LINE_PARTS = re.compile(r"\s[-–—|•·]\s|\s?\|\s?")


def _beside_the_date(ctx: Context) -> Candidate | None:
    """The name printed in the publication date's line ("Lan Anh | 10/11/2016 14:30"), when a part of
    that line without a figure has a name's shape (not a place, a section or an outlet)."""
    published = ctx.values.get("published")
    if not isinstance(published, datetime):
        return None
    line_el = date_line(ctx, published)
    text = short_text_of(line_el, _MAX_DATE_LINE) if line_el is not None else None
    if not text:
        return None
    names = [
        name
        for part in _LINE_PARTS.split(text)
        if part.strip() and not any(c.isdigit() for c in part)
        for name in byline_names(part)
        if name.casefold() not in PROVINCES  # a dateline: "Quảng Ninh | 10/11/2016"
    ]
    return _byline(names, "heuristic") if names else None


# The container's next siblings looked at, and how many trailing lines may follow the byline.
_TAIL_ELEMENTS = 30
_TAIL_SKIP = 3


def _tail_lines(ctx: Context) -> list[str]:
    """The text lines after the body's container, up to the first box of the page.

    The container found may hold only part of the article (templates split it into several
    elements), and the byline then closes one of its siblings ("Anh Dũng" after the last
    paragraph, "Lao Động" under "Theo Vân Anh").
    """
    box = container(ctx)
    if box is None:
        return []
    lines: list[str] = []
    for sibling in islice(box.itersiblings(), _TAIL_ELEMENTS):
        if not isinstance(sibling.tag, str) or sibling.tag in SKIP_TAGS:
            continue
        # Tested here, not through the page's class index: a few siblings are cheaper to test.
        if has_name(sibling, BOILERPLATE) or sibling.tag in ("ul", "ol", "nav", "aside", "footer", "form", "table"):
            break
        lines.extend(lines_of(sibling))
    return lines
