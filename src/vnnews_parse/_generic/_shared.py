"""Page structure the field finders share: the headline element, the article container, marked elements."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree

from vnnews_parse._checks import imprint
from vnnews_parse._context import Context
from vnnews_parse._dates import search_datetime
from vnnews_parse._page import Names, Page
from vnnews_parse._text import BLOCK_TAGS, SKIP_TAGS, clean, lines_of, short_text_of, text_of
from vnnews_parse._xpath import XML_SPACE, merge

_HEADINGS = frozenset(("h1", "h2", "h3", "h4"))
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
    named = [el for el in page.named(names) if el.tag not in ("meta", "link", "body", "html")]
    # In document order, each once (libxml2 sorts): source lines tie on a page printed on one line.
    return merge(page.tree, [page.xpath(attributes), named])


def h1s(ctx: Context) -> list[etree._Element]:
    """The page's first twenty ``<h1>`` elements, in page order."""
    # lxml's iter() walks the tree in C and hands over only the <h1>s: cheaper than an XPath walk.
    return ctx.memo("h1s", lambda: list(islice(ctx.page.tree.iter("h1"), 20)))


def headline_element(ctx: Context) -> etree._Element | None:
    """The article's ``<h1>``: the one with the most text (site logos are short ``<h1>`` too)."""

    def find() -> etree._Element | None:
        best = None
        best_len = 0
        # Lengths come from XPath (C); reading each h1 in Python is quadratic when broken markup nests them.
        for h1 in h1s(ctx):
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
            if not text or not text.startswith(probe) or not _titles(text, headline):
                continue
            if el.tag != "a":
                return el
            # A link is another article's teaser, unless it is the whole of a heading: old CMSes
            # (Joomla) title an article with a link to itself, "<h3><a>Headline</a></h3>".
            heading = el.getparent()
            if heading is not None and heading.tag in _HEADINGS and short_text_of(heading, 2 * len(headline)) == text:
                return heading
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
        "relate", "relation", "lienquan", "lien-quan", "lien_quan", "share", "social", "comment", "binhluan", "binh-luan",
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
# Page furniture and the boxes beside an article: what sits in them is never the article's container.
# (Not "sidebar": templates name their main column so, VnExpress's "sidebar-1" holds the article.)
FURNITURE = Names(
    parts=(
        "footer", "comment", "binhluan", "binh-luan", "relate", "relation", "lienquan", "lien-quan", "tinkhac", "tin-khac",
        "othernews", "other-news", "mostread", "most-read", "mostview", "most-view", "popular", "newsletter",
        "copyright", "breadcrumb", "xemnhieu", "xem-nhieu", "docnhieu", "doc-nhieu", "ykien", "y-kien",
    ),
    words=("nav", "menu", "aside", "cmt"),
)  # fmt: skip
_FURNITURE_TAGS = frozenset(("footer", "nav", "aside", "header"))
# Names tested one element at a time, on the few elements a heuristic looks at: cheaper than a
# page-wide lookup (Page.named) when only a handful of elements are asked about.
_FURNITURE_NAME = re.compile(FURNITURE.regex())
_BOILERPLATE_NAME = re.compile(BOILERPLATE.regex())
# With the boxes named like boilerplate (BOILERPLATE):
_BOILERPLATE_X = (
    ".//nav | .//aside | .//footer | .//header | .//figure | .//figcaption"
    " | .//table[.//img] | .//ul[count(li) > 1 and count(li) = count(li[a])]"
)
# Captions: not article text, except in a photo story, which is told in its captions. Classed
# "caption" ("PhotoCMS_Caption", "pCaption") or "chú thích" ("img_chu_thich", "chuthich-anh").
_CAPTION_CLASSES = ("caption", "Caption", "chu_thich", "chuthich", "chu-thich")
_CAPTION_X = (
    ".//figcaption | .//*["
    + " or ".join(f"contains(@class, '{name}')" for name in _CAPTION_CLASSES)
    + "] | .//table[.//img]"
)
# A caption is short: an element classed so that holds more is a wrapper of the text.
_MAX_CAPTION = 400
# Paragraphs: <p>; captions (a photo story is told in them); the divs and cells of older templates
# that hold their text directly or in <em>. "/descendant::p" is walked faster than "//p", and a
# paragraph's raw length is a cheap first test (its cleaned text is measured in Python). The divs
# and cells are the parents of the texts found ("div/text()[...]/.."): libxml2 tests each text
# once, faster than a predicate on every div that gathers its text children.
_PARAGRAPH_X = (
    "/descendant::p[string-length() > 24] | /descendant::figcaption[string-length() > 24]"
    " | /descendant::div/text()[string-length(normalize-space()) > 24]/.."
    " | /descendant::div/em[string-length(normalize-space()) > 60]/.."
    " | /descendant::td/text()[string-length(normalize-space()) > 24]/.."
)
# The same but for the divs and cells holding a long text, when the page's texts are at hand.
_PARAGRAPH_REST_X = (
    "/descendant::p[string-length() > 24] | /descendant::figcaption[string-length() > 24]"
    " | /descendant::div/em[string-length(normalize-space()) > 60]/.."
)
_TEXT_HOLDERS = frozenset(("div", "td"))
_XML_LEADING_SPACE = re.compile("[ \t\r\n]*")
# Short blocks holding a link: candidates for a link-only "read also" teaser. Filtered in XPath
# (C) so that nested containers are not each read in Python, which is quadratic on deep pages.
_TEASER_X = "(.//p | .//li | .//h2 | .//h3 | .//div[not(.//div)])[.//a][string-length(normalize-space()) < 300]"
# (No EXSLT regular expressions in these: lxml would register them on every call.)
_LENGTH_X = etree.XPath("string-length(normalize-space())", regexp=False)
_RAW_LENGTH_X = etree.XPath("string-length()", regexp=False)
_CLASSED_X = etree.XPath("descendant::*[@class or @id]", regexp=False)
# Only their lengths are read: plain strings, without the parent element each smart string carries.
_LINK_TEXTS_X = etree.XPath("descendant::a/descendant::text()", smart_strings=False, regexp=False)
_SHORT_TEXTS_X = etree.XPath(
    ".//text()[string-length(normalize-space()) >= 3][string-length(normalize-space()) <= 60]", regexp=False
)

# Lines that label a link or a box, whatever follows them.
_LABEL_LINE = re.compile(
    r"^(?:>>|»|(?:xem thêm|tin liên quan|bài liên quan|đọc thêm|tin cùng chuyên mục|từ khóa|từ khoá|tags?|chủ đề|"
    r"xem thêm chủ đề) ?:|mời (?:quý )?(?:độc giả|bạn đọc) )",
    re.I,
)
# Lines that are a button or a label of their own ("Chia sẻ với báo chí, ông..." is a sentence).
_BUTTON_LINE = re.compile(
    r"^(?:chia sẻ|share|bình luận|in bài|gửi bài|lưu (?:tin|bài)|tặng sao(?: cho bài viết hay)?|quay lại|"
    r"về trang chủ|lên đầu trang|theo dõi .{1,40} (?:trên|tại) google news)(?: ?:| ?\(\d+\))?$|^(?:ảnh|video) ?:",
    re.I,
)
# A share bar read as a line: nothing but sharing words and the services' names. Each word after
# the first needs a separator before it, so the pattern cannot split a run two ways (linear time).
_SHARE_WORD = (
    r"(?:chia sẻ|share|bài viết|qua|lên|facebook|zalo|twitter|email|e-mail|messenger|linkedin|pinterest|"
    r"google\+?|copy link|sao chép link|in bài|gửi bài|lưu tin|bình luận|\d+)"
)
_SHARE_BAR = re.compile(rf"^{_SHARE_WORD}(?:[ :,|/]+{_SHARE_WORD})*[ :,|/]*$", re.I)
# The titles of the boxes Vietnamese sites put in and after the article ("Tin liên quan", "Đọc
# nhiều", "Có thể bạn quan tâm"...), as a line of their own: the title and the rest of its box
# are not article text.
_BOX_TITLE = re.compile(
    r"^(?:(?:tin|bài|bài viết|tin tức|tin bài|video|ảnh) (?:liên quan|cùng (?:chuyên mục|danh mục|chủ đề|sự kiện)|"
    r"khác|mới|mới nhất|mới cập nhật|nổi bật|(?:đang )?(?:được )?(?:đọc|xem) nhiều(?: nhất)?|hot|nóng|được quan tâm|"
    r"tiêu điểm|đã đưa)|các tin (?:khác|đã đưa)|cùng chuyên mục|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|"
    r"có thể bạn (?:quan tâm|muốn xem|chưa đọc)|bạn có thể quan tâm|đọc thêm|xem thêm|tham khảo thêm|bình luận|"
    r"ý kiến(?: bạn đọc| của bạn)?|gửi (?:bình luận|ý kiến)|viết bình luận|tiêu điểm|đừng bỏ lỡ|đáng chú ý|"
    r"newsletters?|nhận tin|đăng ký nhận (?:tin|bản tin)|từ khóa|từ khoá|tags?)"
    r" ?(?::|\(\d+\)|\d+)?$",
    re.I,
)
# A promotion closing the article addresses the reader ("X giới thiệu tới độc giả...", "Mời bạn đọc...").
_PROMO = re.compile(
    r"(?:giới thiệu|gửi) (?:tới |đến |với |cùng )?(?:quý )?(?:độc giả|bạn đọc)|(?:kính )?mời (?:quý )?(?:độc giả|bạn đọc)",
    re.I,
)
# Every promotion ends naming the reader: looked for in the lower-case block first, a cheap test
# that spares most blocks the search of _PROMO (case-insensitive, with no literal start to skip to).
# ("độc g", not "độc giả": in _PROMO "i" also matches "İ", whose lower case is two characters.)
_READER = ("độc g", "bạn đọc")
_SENTENCE_END = (".", "!", "?", "…")
# A teaser card holds a picture link, a title link and a description.
_CARD_ITEMS = 4
# How far up a paragraph's weight is counted and a box title's box is looked for: bounded, so that
# pages nested thousands of levels deep stay linear.
_LEVELS = 4
_MAX_CLIMB = 40


def _length(el: etree._Element) -> int:
    """The length of the element's text, white space collapsed (computed in C)."""
    return int(_LENGTH_X(el))  # type: ignore[arg-type]


def _classed(el: etree._Element) -> list[etree._Element]:
    """The element's descendants that have a class or an id."""
    return [x for x in _CLASSED_X(el) if isinstance(x, etree._Element)]  # type: ignore[union-attr]


def _caption_classed(el: etree._Element) -> bool:
    """Whether the element's class names it a caption (as _CAPTION_X tests it)."""
    value = el.get("class")
    return value is not None and any(map(value.__contains__, _CAPTION_CLASSES))


def _names(el: etree._Element) -> str:
    """The element's class and id, lower case, as ``Names.regex`` expects them."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower().replace("\n", " ")


def furniture(el: etree._Element) -> bool:
    """Page furniture or a box beside the article: a footer, a nav, a related or comment box."""
    if el.tag in _FURNITURE_TAGS:
        return True
    return (el.get("class") is not None or el.get("id") is not None) and _FURNITURE_NAME.search(_names(el)) is not None


def within(el: etree._Element, ancestor: etree._Element) -> bool:
    """Whether ``el`` lies inside ``ancestor`` (a bounded look up)."""
    return any(a is ancestor for a in islice(el.iterancestors(), _MAX_CLIMB))


def following(el: etree._Element, limit: int) -> Iterator[etree._Element]:
    """The elements after ``el`` in document order (not inside it), at most ``limit`` of them."""
    count = 0
    node: etree._Element | None = el
    for _ in range(_MAX_CLIMB):
        if node is None:
            return
        for sibling in node.itersiblings():
            for inner in sibling.iter():
                count += 1
                if count > limit:
                    return
                if isinstance(inner.tag, str):
                    yield inner
        node = node.getparent()


def paragraph_text(el: etree._Element) -> tuple[str, int]:
    """A paragraph's own text and the length of its link text; a div's or cell's nested blocks are not its own."""
    if el.tag == "p" or el.tag == "figcaption":
        text = text_of(el)
        if not len(el) or not text:
            return text, 0  # a leaf, as most paragraphs are: no link inside
        return text, sum(len(text_of(a)) for a in el.iter("a"))
    nested = {c for c in el if isinstance(c.tag, str) and c.tag in BLOCK_TAGS and c.tag != "br"}
    text = text_of(el, nested)
    links = sum(len(text_of(a)) for c in el if c not in nested for a in c.iter("a")) if text else 0
    return text, links


def block_before(el: etree._Element) -> etree._Element | None:
    """The element before ``el``, past line breaks."""
    before = el.getprevious()
    while before is not None and before.tag == "br":
        before = before.getprevious()
    return before


def in_furniture(el: etree._Element) -> bool:
    """Whether the element sits in a related, comment or footer box (a bounded look up)."""
    # Not <header>: the article's own header holds the headline and, often, the sapo and byline.
    return any(a.tag != "header" and furniture(a) for a in islice(el.iterancestors(), 20))


def teaser(el: etree._Element) -> bool:
    """A teaser's description: a paragraph right under a link title (a list of other articles)."""
    before = block_before(el)
    if before is None or not isinstance(before.tag, str) or (before.tail or "").strip():
        return False
    if before.tag == "a":
        return len(text_of(before)) >= 15
    if (before.text or "").strip():
        return False  # a title holds nothing but its link: a block opening with its own words is text
    if (
        before.tag not in ("h2", "h3", "h4", "h5", "div", "span", "strong", "b", "p")
        or next(before.iter("a"), None) is None
    ):
        return False  # the paragraph before it, as in any article: no link, no title
    title = short_text_of(before, 300)
    return title is not None and len(title) >= 15 and title == clean(" ".join(text_of(a) for a in before.iter("a")))


class _Scan:
    """Paragraph weights summed on the elements around them (see :func:`container`)."""

    __slots__ = ("_outside", "count", "h1", "mass", "score")

    def __init__(self, ctx: Context) -> None:
        # The container: a paragraph's text scores its parent, half its grandparent (readability's
        # rule); a div or cell holding its text directly is a paragraph and may be the container.
        self.score: dict[etree._Element, float] = {}
        # The paragraph text and the paragraphs under an element, a few levels down (for widening).
        self.mass: dict[etree._Element, float] = {}
        self.count: dict[etree._Element, int] = {}
        self.h1 = headline_element(ctx)
        self._outside: dict[etree._Element, bool] = {}
        score, mass, count = self.score, self.mass, self.count
        for p in _paragraphs(ctx.page):
            text, links = paragraph_text(p)
            weight = len(text) - 2 * links
            # The imprint test is for short paragraphs: a long one is prose whatever it mentions.
            if len(text) < 25 or weight <= 0 or (len(text) < 500 and imprint(ctx, text)) or teaser(p):
                continue
            parent = p.getparent()
            if parent is None:
                continue
            if p.tag == "div" or p.tag == "td":
                score[p] = score.get(p, 0.0) + weight
            score[parent] = score.get(parent, 0.0) + weight
            grand = parent.getparent()
            if grand is not None:
                score[grand] = score.get(grand, 0.0) + weight / 2
            el = p
            for _ in range(_LEVELS + 1):
                mass[el] = mass.get(el, 0.0) + weight
                count[el] = count.get(el, 0) + 1
                up = el.getparent()
                if up is None:
                    break
                el = up

    def outside(self, el: etree._Element) -> bool:
        """Whether the element is or sits in page furniture (the answers along the way are kept)."""
        chain = []
        answer = False
        for a in islice(_self_and_ancestors(el), _MAX_CLIMB):
            known = self._outside.get(a)
            if known is not None:
                answer = known
                break
            chain.append(a)
            if furniture(a):
                answer = True
                break
        for a in chain:
            self._outside[a] = answer
        return answer

    @staticmethod
    def link_density(el: etree._Element) -> float:
        """The share of the element's text that is link text."""
        total = int(_RAW_LENGTH_X(el))  # type: ignore[arg-type]
        if not total:
            return 1.0
        return min(sum(map(len, _LINK_TEXTS_X(el))) / total, 1.0)  # type: ignore[arg-type]


def _paragraphs(page: Page) -> list[etree._Element]:
    """The elements _PARAGRAPH_X finds, in page order.

    When the body's texts are indexed already (the dates and the notices search them first), the
    divs and cells holding a long text are read from them: libxml2 would measure every text of
    every div (mostly indentation) to find a few. That holds while every div and cell is in the
    body, as the parser puts them (but for odd markup, checked: then libxml2 is asked).
    """
    texts = page.held_texts()
    if texts is None or not _all_in_body(page.tree):
        return page.xpath(_PARAGRAPH_X)
    holders = []
    for text in texts:
        if len(text) > 24:  # normalising never lengthens a text
            holder = text.getparent()
            if text.is_tail:
                holder = holder.getparent()  # lxml gives a tail the element it follows
            if holder is not None and holder.tag in _TEXT_HOLDERS and _normalized_longer(text, 24):
                holders.append(holder)
    # libxml2 sorts them into page order, each once.
    return merge(page.tree, [page.xpath(_PARAGRAPH_REST_X), holders])


def _normalized_longer(text: str, length: int) -> bool:
    """``string-length(normalize-space(text)) > length`` (XML white space collapsed and stripped),
    read no further than needed: a text may be a whole inline script's worth."""
    start = _XML_LEADING_SPACE.match(text).end()  # type: ignore[union-attr]
    head = text[start : start + 4 * length]
    # Normalising keeps every character but white space: counted by str.count, at C speed (a
    # regular expression substitution pays for every space).
    if len(head) - head.count(" ") - head.count("\n") - head.count("\t") - head.count("\r") > length:
        return True
    return len(XML_SPACE.sub(" ", text).strip(" ")) > length


def _all_in_body(root: etree._Element) -> bool:
    """Whether no div or cell lies outside the ``<body>`` (in the head, after the body, beside the root)."""
    outside = [c for c in root if c.tag != "body"]
    outside.extend(root.itersiblings())
    outside.extend(root.itersiblings(preceding=True))
    return not any(next(el.iter(*_TEXT_HOLDERS), None) is not None for el in outside)


def _self_and_ancestors(el: etree._Element) -> Iterator[etree._Element]:
    """The element and its ancestors."""
    yield el
    yield from el.iterancestors()


def container(ctx: Context) -> etree._Element | None:
    """The element holding the article's paragraphs.

    1. The densest run of paragraphs: each paragraph's text (links discounted; imprint lines and
       teaser descriptions not counted) scores its parent, half its grandparent; the best few are
       discounted by their share of link text, page furniture and boxes beside the article left out.
    2. Narrowed to a child that holds nearly all of that score (one div holding the whole text).
    3. Widened to the parent when the article continues in a sibling: CMSes cut the text in two
       around an advertisement ("divfirst", ad slot, "divend"). The parent's other children are
       left out of the text (:func:`container_blocks`).
    """

    def find() -> etree._Element | None:
        scan = _Scan(ctx)
        best, best_score = None, 0.0
        # The four best candidates that are not furniture (a comment box may hold the most text).
        ranked = (
            el for el in sorted(scan.score, key=scan.score.__getitem__, reverse=True)[:20] if not scan.outside(el)
        )
        for el in islice(ranked, 4):
            score = scan.score[el] * (1 - scan.link_density(el))
            if score > best_score:
                best, best_score = el, score
        if best is None:
            return None
        return _widened(ctx, scan, _narrowed(scan, best))

    return ctx.memo("container", find)


def _narrowed(scan: _Scan, best: etree._Element) -> etree._Element:
    """The child that holds nearly all of the element's score, if any, repeatedly."""
    for _ in range(_LEVELS):
        score = scan.score[best]
        inner = next((c for c in best if scan.score.get(c, 0.0) >= 0.9 * score), None)
        if inner is None:
            break
        best = inner
    return best


def _continues(scan: _Scan, sibling: etree._Element, mass: float, preceding: bool) -> bool:
    """Whether a sibling of the container holds more of the article: paragraphs, few links, not a box.

    Before the container, one paragraph is the sapo printed apart, not a part of the text, and
    the block holding the headline is the article's header.
    """
    own = scan.mass.get(sibling, 0.0)
    if own < 40 or sibling.tag in ("figure", "table") or _BOILERPLATE_NAME.search(_names(sibling)):
        return False
    if scan.h1 is not None and (sibling is scan.h1 or within(scan.h1, sibling)):
        return False
    several = scan.count.get(sibling, 0) >= 2
    if own < (0.5 if preceding and not several else 0.2) * mass or scan.outside(sibling):
        return False
    return scan.link_density(sibling) < 0.3


def _widened(ctx: Context, scan: _Scan, best: etree._Element) -> etree._Element:
    """The parent, when the article continues in siblings; what lies beyond them is left out.

    A wrapper holding nothing else than the container is looked through: the article may continue
    beside the wrapper ("divfirst" beside a "divend" that wraps the second part).
    """
    node = best
    for _ in range(_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        mass = scan.mass.get(node, 0.0)
        first = last = node
        for preceding in (False, True):
            for sibling in islice(node.itersiblings(preceding=preceding), 30):
                if not isinstance(sibling.tag, str) or sibling.tag in SKIP_TAGS:
                    continue
                if _continues(scan, sibling, mass, preceding):
                    if preceding:
                        first = sibling
                    else:
                        last = sibling
                elif not _short(sibling) or scan.outside(sibling):
                    break  # an ad slot, a caption or a byline between two parts is passed over, a box is not
        if first is not node or last is not node:
            children = list(parent)
            keep = children[children.index(first) : children.index(last) + 1]
            _left_out(ctx).update(c for c in children if c not in keep)
            best = parent
        elif not all(_short(c) for c in islice(parent, 60) if c is not node and isinstance(c.tag, str)):
            break  # the parent holds more than the container: it is not a mere wrapper
        node = parent
    return best


def _short(el: etree._Element) -> bool:
    """Whether the element holds less than 200 characters of text (an ad slot, a caption, a byline)."""
    return el.tag in SKIP_TAGS or _length(el) < 200


def _left_out(ctx: Context) -> set[etree._Element]:
    """The children of a widened container that lie beyond the article's parts."""
    empty: set[etree._Element] = set()
    return ctx.memo("left-out", lambda: empty)


def container_blocks(ctx: Context) -> list[str]:
    """Text blocks of the container, without what a reader does not read as the article.

    Boxes named like boilerplate (related links, share bars, ads...) and boxes opened by a box
    title ("Tin liên quan", "Đọc nhiều"...), labels and buttons, link-only lines (teasers),
    captions (except in a photo story, told in its captions), the headline and the date line
    printed again at the top, a promotion addressing the reader at the end.
    """

    def find() -> list[str]:
        box = container(ctx)
        if box is None:
            return []
        page = ctx.page
        skip: set[etree._Element] = set(_left_out(ctx))
        # (With every <figcaption> and picture table: the captions _CAPTION_X finds but the classed ones.)
        skip.update(x for x in page.xpath(_BOILERPLATE_X, box) if isinstance(x, etree._Element))
        # Boxes named like boilerplate, tested one by one among the container's classed elements:
        # far fewer than the page's, for which Page.named would search every class on the page.
        classed = _classed(box)
        skip.update(el for el in classed if _BOILERPLATE_NAME.search(_names(el)))
        # Captions, classed as such, and short (figures and picture tables are boilerplate already).
        skip.update(el for el in classed if _caption_classed(el) and _length(el) <= _MAX_CAPTION)
        h1 = headline_element(ctx)
        if h1 is not None:
            skip.add(h1)
        # A paragraph that is nothing but a link is a "read also" teaser.
        for p in page.xpath(_TEASER_X, box):
            if p in skip:
                continue
            text = text_of(p)
            if text and text == clean(" ".join(text_of(a) for a in p.iter("a"))):
                skip.add(p)
        # A teaser card set in the text: links (the picture, the title) and the other article's
        # sapo under them, nothing else ("<div><a><img></a><a>Tiêu đề</a><p>Mô tả...</p></div>").
        skip.update(card for card in map(_card, box.iter("p")) if card is not None and card is not box)
        lines = lines_of(box, skip)
        if any(len(x) <= 60 and _BOX_TITLE.match(x) for x in lines):
            # Boxes opened by a title: looked for only when a line says there is one.
            skip.update(_titled_boxes(box))
            lines = lines_of(box, skip)
        length = sum(map(len, lines))
        if 3 * length < _length(box) and 3 * length < _caption_length(page, box):
            # A photo story: its text is told in the captions, there is little text besides.
            captions = {x for x in page.xpath(_CAPTION_X, box) if isinstance(x, etree._Element)}
            lines = lines_of(box, {x for x in skip if x not in captions and not _frames(x, captions)})
        return _text_lines(ctx, box, lines)

    return ctx.memo("blocks", find)


def _card(p: etree._Element) -> etree._Element | None:
    """The teaser card a paragraph is the description of: its parent, when that holds nothing but
    links and the paragraph, the paragraph right under a link title."""
    parent = p.getparent()
    if parent is None or len(parent) > _CARD_ITEMS or not teaser(p):
        return None
    others = [c for c in parent if c is not p and isinstance(c.tag, str)]
    if not all(c.tag == "a" for c in others) or (parent.text or "").strip():
        return None
    return parent


def _frames(el: etree._Element, captions: set[etree._Element]) -> bool:
    """Whether the element is a figure or picture table framing one of the captions."""
    return el.tag in ("figure", "table") and any(
        a is el for c in captions for a in islice(c.iterancestors(), _LEVELS + 2)
    )


def _caption_length(page: Page, box: etree._Element) -> int:
    """The length of the captions' text in the container."""
    return sum(_length(c) for c in page.xpath(_CAPTION_X, box) if isinstance(c, etree._Element))


def _titled_boxes(box: etree._Element) -> list[etree._Element]:
    """Boxes opened by a box title ("Tin liên quan", "Đọc nhiều"...): the title and the rest of its box."""
    found: list[etree._Element] = []
    for text in _SHORT_TEXTS_X(box):  # type: ignore[union-attr]
        label = clean(str(text))
        if not _BOX_TITLE.match(label):
            continue
        title = text.getparent()  # type: ignore[union-attr]
        if text.is_tail and title is not None:  # type: ignore[union-attr]
            title = title.getparent()
        # Up to the block that holds the title, which must hold nothing else: a title opening a
        # sentence ("<b>Bình luận</b> của chuyên gia...") is text.
        for _ in range(_LEVELS):
            if title is None or title is box or title.tag in BLOCK_TAGS:
                break
            title = title.getparent()
        if title is None or title is box or title.tag in SKIP_TAGS or _length(title) > len(label) + 8:
            continue
        found.extend(_box_of(title, box))
    return found


def _box_of(title: etree._Element, box: etree._Element) -> list[etree._Element]:
    """The box a title opens: the widest element it opens (up to the container), or what follows it."""
    holder = title
    for _ in range(_LEVELS + 2):
        parent = holder.getparent()
        if parent is None or parent is box or (parent.text or "").strip():
            break
        if any(_length(s) for s in islice(holder.itersiblings(preceding=True), 20)):
            break
        holder = parent
    if holder.getparent() is not box:
        # A box of its own; one that would hold half the container is not a box but the article.
        return [holder] if _length(holder) < 0.5 * _length(box) else [title]
    # The title stands in the container itself: it and the link lines after it go (a box's worth).
    found = [holder]
    for sibling in islice(holder.itersiblings(), 60):
        text = text_of(sibling)
        if text and len(text) - sum(len(text_of(a)) for a in sibling.iter("a")) > 40:
            break
        found.append(sibling)
    return found


def _text_lines(ctx: Context, box: etree._Element, lines: list[str]) -> list[str]:
    """The lines that are article text: no labels, no link-only lines, no headline, no closing promotion."""
    links = {text_of(a) for a in box.iter("a")}
    blocks = [
        b
        for b in lines
        if not _LABEL_LINE.match(b)
        and not (len(b) <= 80 and (_BUTTON_LINE.match(b) or _BOX_TITLE.match(b) or _SHARE_BAR.match(b)))
        and not (len(b) < 300 and b in links)
    ]
    # The headline and the date line above the text, when the container holds them (old templates);
    # a short first sentence with a date in it ends as a sentence does.
    headline = ctx.words(ctx.values.get("headline") or "")
    while blocks and (
        (headline and ctx.words(blocks[0]) == headline)
        or (len(blocks[0]) <= 80 and not blocks[0].endswith(_SENTENCE_END) and search_datetime(blocks[0]))
    ):
        blocks.pop(0)
    # A promotion among the last blocks ends the article text.
    for i in range(max(len(blocks) - 3, 1), len(blocks)):
        lower = blocks[i].lower()
        if any(map(lower.__contains__, _READER)) and _PROMO.search(blocks[i]):
            del blocks[i:]
            break
    return blocks
