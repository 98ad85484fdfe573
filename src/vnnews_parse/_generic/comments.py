"""The comment count, as the server wrote it into the page.

1. A counter that says what it counts, in the comment box or in the headline's block:
   "Bình luận (3)", "(0) Bình luận", "Ý kiến (2)", "Ý kiến bạn đọc (5)", "12 ý kiến", "Có 4 bình luận",
   "BÌNH LUẬN [7]", "12 comments"; its number may sit in a child or a neighbour element
   ("<b>2</b><i>BÌNH LUẬN</i>", "Bình luận <span>(5)</span>").
2. A bare number in an in-page link to the comment section ("href=#comment…", "title=bình luận")
   in the headline's block: the share bar's counter.
3. A hidden field in the comment box that holds the count (``input#CommentCount``): the box's
   script shows it. Hidden fields elsewhere (a page's configuration) are not shown as a count.

Counters of other articles are not the article's: none is read inside a teaser link, a related
list, a "most read / most commented" box, or any box outside the article's block. A counter that
the page's script fills in is not in the static HTML (an empty placeholder): the count is then ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree

from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._shared import has_name, headline_anchor, headline_element, own_text
from vnnews_parse._numbers import parse_count
from vnnews_parse._page import Names
from vnnews_parse._text import short_text_of

# Words that elements naming comments hold in their own text (bình luận, ý kiến, comment(s)), in the
# cases pages write them: Page.holding finds them with one search of the page's text nodes.
COMMENT_WORDS = ("luận", "Luận", "LUẬN", "kiến", "KIẾN", "omment", "hản hồi", "HẢN HỒI")
_NUMBER = r"(?P<n>\d[\d.,]*\s?[kK]?)"
# "Bình luận", "Bạn đọc bình luận", "Bình luận của bạn đọc", "Ý kiến bạn đọc", "Ý kiến phản hồi",
# "Phản hồi" (older portals and WordPress's Vietnamese "3 phản hồi"), "Comments".
_LABEL = (
    r"(?:(?:bạn\s+đọc\s+)?bình\s+luận(?:\s+của\s+bạn\s+đọc)?|ý\s+kiến(?:\s+bạn\s+đọc|\s+phản\s+hồi)?"
    r"|phản\s+hồi|comments?)"
)
_COMMENT = re.compile(
    # "(0) Bình luận", "12 ý kiến", "Có 4 bình luận", "Xem 3 bình luận"
    rf"^(?:(?:có|xem|tất\s+cả)\s+)?[(\[]?\s*{_NUMBER}\s*[)\]]?\s*{_LABEL}$"
    # "Bình luận (3)", "Ý kiến bạn đọc: 5", "BÌNH LUẬN [7]", "Bình luận 12"
    rf"|^{_LABEL}\s*(?:[(\[:]\s*)?{_NUMBER.replace('?P<n>', '?P<m>')}\s*[)\]]?$",
    re.I,
)
_COMMENT_LABEL = re.compile(_LABEL, re.I)
_MAX_COUNTER = 40
# Boxes whose counters are other articles': related lists, "most read", "most commented".
_ELSEWHERE = Names(
    parts=(
        "relate", "lienquan", "lien-quan", "tinkhac", "tin-khac", "othernews", "other-news", "mostread",
        "most-read", "mostcomment", "most-comment", "popular", "xemnhieu", "xem-nhieu", "docnhieu", "doc-nhieu",
        "binhluannhieu", "binh-luan-nhieu",
    ),
    words=("aside", "box-news", "list-news", "top-news", "topnews", "hot", "hotnews"),
)  # fmt: skip
# An in-page link (href="#..."): the share bar's link to the comment section is one; its address or
# title names the comments.
_IN_PAGE_LINKS_X = "descendant::a/@href[starts-with(., '#')]/.."
_TO_COMMENTS = re.compile(r"omment|binhluan|binh-luan|bình luận|ykien|y-kien|ý kiến", re.I)
_BARE_NUMBER = re.compile(r"^[(\[]?\s*\d[\d.,]*\s?[kK]?\s*[)\]]?$")
# How far up from the headline the share bar may sit (levels of the shared block).
_SHARE_BAR_LEVELS = 3
# A counter of the article shares this block with its headline (levels up from it), or sits in the
# comment box (an ancestor this near, named for comments).
_ARTICLE_LEVELS = 3
_BOX_LEVELS = 4
_FOREIGN_LEVELS = 8
# Fields that hold the count by their id or name, and the comment box they must be in.
_COUNT_FIELD = Names(parts=("commentcount", "comment-count", "comment_count", "totalcomment", "commenttotal"))
_COMMENT_BOX = Names(parts=("comment", "binhluan", "binh-luan", "ykien", "y-kien"))


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Comment count candidates: a labelled counter, the share bar's counter, the comment box's field."""
    if not heuristics:
        return
    for find in (_labelled, _linked, _hidden):
        count = find(ctx)
        if count is not None:
            yield Candidate(count, "heuristic")
            return


def _labelled(ctx: Context) -> int | None:
    """The first counter text that names comments, read with the elements around it when split."""
    for holder in ctx.page.holding(COMMENT_WORDS):
        own = own_text(holder)
        if len(own) > 60 or not _COMMENT_LABEL.search(own):
            continue
        element: etree._Element | None = holder
        # The number may be in a child ("Bình luận <span>5</span>") or a neighbour ("<b>2</b><i>BÌNH LUẬN</i>").
        for _ in range(3):
            if element is None or element.tag in ("body", "html"):
                break
            text = short_text_of(element, _MAX_COUNTER * 4)
            if text is None or len(text) > _MAX_COUNTER:
                break
            match = _COMMENT.match(text)
            if match:
                if _foreign(element) or not _article_s(ctx, element):
                    break
                return parse_count(match.group("n") or match.group("m"))
            element = element.getparent()
    return None


def _linked(ctx: Context) -> int | None:
    """A bare number in a link to the comment section, in the headline's block (the share bar's counter)."""
    h1 = headline_element(ctx)
    if h1 is None:
        return None
    block = next((a for n, a in enumerate(h1.iterancestors(), 1) if n == _SHARE_BAR_LEVELS), None)
    for element in ctx.page.xpath(_IN_PAGE_LINKS_X, block if block is not None else h1):
        if not _TO_COMMENTS.search(f"{element.get('href')} {element.get('title') or ''}"):
            continue
        text = short_text_of(element, _MAX_COUNTER * 4)
        if text and _BARE_NUMBER.match(text) and not _foreign(element):
            return parse_count(text.strip("()[] "))
    return None


def _hidden(ctx: Context) -> int | None:
    """The count field of the comment box: a hidden input named for the count, inside the box."""
    for field in ctx.page.named(_COUNT_FIELD):
        value = (field.get("value") or "").strip()
        if field.tag != "input" or (field.get("type") or "").lower() != "hidden" or not value.isdigit():
            continue
        if any(has_name(ancestor, _COMMENT_BOX) for ancestor in islice(field.iterancestors(), 3)):
            return parse_count(value)
    return None


def _article_s(ctx: Context, element: etree._Element) -> bool:
    """Whether a counter is the article's: in the comment box, or in the block the headline is in
    (the byline, the share bar, the tools under the text); a box elsewhere on the page counts
    other articles' comments."""
    ancestors = list(islice(element.iterancestors(), _BOX_LEVELS))
    if any(has_name(node, _COMMENT_BOX) for node in (element, *ancestors)):
        return True
    anchor = headline_anchor(ctx)
    if anchor is None:
        return False
    block = next(islice(anchor.iterancestors(), _ARTICLE_LEVELS - 1, None), None)
    return block is None or any(node is block for node in element.iterancestors())


def _long(element: etree._Element) -> bool:
    """Whether an element says more than a counter."""
    text = short_text_of(element, _MAX_COUNTER * 4)
    return text is None or len(text) > _MAX_COUNTER


def _foreign(element: etree._Element) -> bool:
    """Whether a counter belongs to another article: in a teaser link (a link saying more) or a list box."""
    # A teaser's box is a few levels up: the page's outer wrappers need no test.
    for node in (element, *islice(element.iterancestors(), _FOREIGN_LEVELS)):
        if has_name(node, _ELSEWHERE):
            return True
        if node.tag == "a" and node is not element and _long(node):
            return True
    return False
