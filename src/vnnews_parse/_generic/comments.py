"""The comment count, as the server wrote it into the page.

1. A short counter text of its own: "Bình luận (3)", "(0) Bình luận", "Ý kiến (2)", "12 comments".

A counter that the page's script fills in is not in the static HTML: the count is then ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._shared import own_text
from vnnews_parse._numbers import parse_count
from vnnews_parse._text import text_of

# Words that elements naming comments hold in their own text (bình luận, ý kiến, comment(s)):
# Page.holding finds them with one search of the page's text nodes.
COMMENT_WORDS = ("luận", "kiến", "omment")
_COMMENT = re.compile(
    r"^(?:\(\s*(?P<a>[\d.,]+[kK]?)\s*\)\s*(?:bình\s+luận|ý\s+kiến)|(?:bình\s+luận|ý\s+kiến|comments?)"
    r"\s*[(:]\s*(?P<b>[\d.,]+[kK]?)\s*\)?|(?P<c>[\d.,]+[kK]?)\s+(?:bình\s+luận|ý\s+kiến|comments?))$",
    re.I,
)


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Comment count candidates."""
    if not heuristics:
        return
    for parent in ctx.page.holding(COMMENT_WORDS):
        own = own_text(parent)
        if len(own) > 60 or not any(w in own for w in COMMENT_WORDS):
            continue
        text = text_of(parent)
        if len(text) > 40:
            continue
        match = _COMMENT.match(text)
        if match:
            count = parse_count(match.group("a") or match.group("b") or match.group("c"))
            if count is not None:
                yield Candidate(count, "heuristic")
                return
