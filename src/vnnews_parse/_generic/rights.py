"""The rights notice that covers the article.

1. A "(*)" no-copying notice printed with the article.
2. A no-copying notice outside the footer.
3. A copyright sentence (a rights word: "bản quyền", "copyright", "all rights reserved").
4. A bare "©" imprint.
5. Last, a no-copying line in the footer that only repeats its terms.

Only the sentence holding the notice is returned, not the whole footer around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._shared import container, klass, own_text
from vnnews_parse._page import Names
from vnnews_parse._text import clean, lines_of

# Words that elements holding a notice have in their own text (Page.holding).
RIGHTS_WORDS = ("sao chép", "©", "opyright", "COPYRIGHT", "bản quyền", "Bản quyền", "BẢN QUYỀN")
_NO_COPY = re.compile(r"(?:không|nghiêm\s+cấm|cấm)\b[^.]{0,60}sao\s+chép", re.I)
_RIGHTS_WORD = re.compile(r"bản\s+quyền|copyright|all\s+rights\s+reserved|\(c\)", re.I)
_SENTENCE = re.compile(r"[^.|\n]{0,100}(?:sao\s+chép|bản\s+quyền|copyright|©|\(c\))[^|\n]{0,200}", re.I)
_MARKER = re.compile(r"sao\s+chép|bản\s+quyền|copyright|©|\(c\)", re.I)
_INLINE = frozenset("a abbr b em font i small span strong sup sub u".split())
_IN_FOOTER_X = f"ancestor-or-self::*[self::footer or {klass(Names(parts=('footer', 'copyright', 'bottom')))}]"
_MAX_RIGHTS = 300


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Rights notice candidates: the best-ranked sentence on the page."""
    if not heuristics:
        return
    # Text inside the article container is the article's own, when the fallback found the body.
    box = container(ctx) if ctx.provenance.get("body") == "heuristic" else None
    notice = _find(ctx, box)
    if notice:
        yield Candidate(notice, "heuristic")


def _sentence(text: str) -> re.Match[str] | None:
    """The rights sentence in a line; the cheap marker search first keeps long lines linear."""
    marker = _MARKER.search(text)
    return _SENTENCE.search(text, max(0, marker.start() - 100)) if marker else None


def _rank(text: str, in_footer: bool) -> int:
    """How surely a sentence is the article's rights notice (0: not one)."""
    if _NO_COPY.search(text):
        if text.startswith("(*)"):
            return 5
        return 1 if in_footer else 4
    if _RIGHTS_WORD.search(text):
        return 3
    return 2 if "©" in text else 0


def _find(ctx: Context, box: etree._Element | None) -> str | None:
    """The best-ranked rights sentence of the page, outside the article container."""
    page = ctx.page
    best: tuple[int, str] | None = None
    for element in page.holding(RIGHTS_WORDS):
        if element.tag == "title" or not any(w in own_text(element) for w in RIGHTS_WORDS):
            continue
        # The few marked elements are checked, rather than collecting the whole container.
        if box is not None and (element is box or any(a is box for a in element.iterancestors())):
            continue
        # A marker in an inline tag ("<span>© 2026 – </span>Công ty ...") belongs to its block's line.
        for _ in range(3):
            parent = element.getparent()
            if element.tag not in _INLINE or parent is None:
                break
            element = parent
        # The element's own line holding the marker: footers put several notices in one block.
        found = next(((text, m) for text in lines_of(element) if (m := _sentence(text))), None)
        if found is None:
            continue
        text, match = found
        text = text if len(text) <= _MAX_RIGHTS else clean(match.group(0))
        rank = _rank(text, bool(page.xpath(_IN_FOOTER_X, element)))
        if rank and (best is None or rank > best[0]):
            best = (rank, clean(text[:_MAX_RIGHTS]))
    return best[1] if best else None
