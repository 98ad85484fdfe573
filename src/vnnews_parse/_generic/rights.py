"""The rights notice that covers the article.

1. A "(*)" no-copying notice printed with the article.
2. A no-copying notice outside the footer.
3. A copyright sentence (a rights word: "bản quyền", "copyright", "all rights reserved", "giữ bản quyền"),
   in any case ("BẢN QUYỀN THUỘC VỀ ..."), in a footer of any age (``<footer>``, ``div#footer``, a
   table cell, ``<center>``).
4. A bare "©" imprint.
5. Last, a no-copying line in the footer that only repeats its terms, or the terms of reuse alone
   ("Ghi rõ nguồn ... khi phát hành lại thông tin từ website này").

The notice is the whole sentence, up to its end: a year range ("2007 - 2014") or a dash between the
outlet and its owner ("Báo X - Cơ quan của Y") does not end it. The lines right after it that carry
the same terms ("® X giữ bản quyền ...", "Chỉ được phát hành lại ... khi có sự đồng ý") belong to it,
within 300 characters; the rest of the footer does not, nor the imprint sentences that share its
line ("Copyright © 2016 X. Tổng biên tập: Y.", "Giấy phép số ... Bản quyền thuộc X."). The copyright of the software or agency that
made the site ("Powered by vBulletin® ... Copyright © Jelsoft", "Copyright © phpBB Group", "Thiết kế
bởi ABC © 2015") is not the publisher's notice: the line is cut before it, and a line that is
nothing else is passed over (a credit that claims nothing is left as printed). Inside the
article's container (when the fallback found the body) only a line shaped like a notice counts:
prose that mentions copyright is not one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._shared import container, klass, own_text
from vnnews_parse._notices import CREDIT, MARKER, SOFTWARE, publisher_notice
from vnnews_parse._page import Names, Page
from vnnews_parse._text import clean, lines_of, short_text_of, text_of

# Words that elements holding a notice have in their own text (Page.holding).
# "ản quyền" is in "bản quyền" and "Bản quyền": each word is one search of the page's text.
RIGHTS_WORDS = (
    "sao chép",
    "©",
    "opyright",
    "COPYRIGHT",
    "ản quyền",
    "ản Quyền",
    "ẢN QUYỀN",
    "(C)",
    "eserved",
    "rõ nguồn",
)
_NO_COPY = re.compile(r"(?:không|nghiêm\s+cấm|cấm)\b[^.]{0,60}sao\s+chép", re.I)
_RIGHTS_WORD = re.compile(r"bản\s+quyền|copyright|all\s+rights\s+reserved|\(c\)", re.I)
# The terms of reuse alone: "Ghi rõ nguồn ... khi phát hành lại thông tin từ website này".
_REUSE = re.compile(r"ghi\s+rõ\s+nguồn[^.]{0,120}phát\s+hành\s+lại|phát\s+hành\s+lại[^.]{0,120}ghi\s+rõ\s+nguồn", re.I)
# A line shaped like a notice, as opposed to prose that mentions copyright.
_NOTICE = re.compile(
    r"^(?:\(\*\)\s*|®\s*)?(?:©|\(c\)|copyright|(?:toàn\s+bộ\s+)?bản\s+quyền|(?:nghiêm\s+)?cấm\s+sao\s+chép"
    r"|không\s+(?:được\s+)?sao\s+chép|ghi\s+rõ\s+nguồn)|all\s+rights\s+reserved|giữ\s+bản\s+quyền|bản\s+quyền\s+thuộc",
    re.I,
)
# Terms a notice continues with on its next lines.
_TERMS = re.compile(
    r"sao\s+chép|bản\s+quyền|copyright|all\s+rights\s+reserved|phát\s+hành\s+lại|ghi\s+rõ\s+nguồn"
    r"|(?:đồng\s+ý|chấp\s+thuận)\s+bằng\s+văn\s+bản",
    re.I,
)
_INLINE = frozenset("a abbr b em font i small span strong sup sub u".split())
_IN_FOOTER_X = f"ancestor-or-self::*[self::footer or {klass(Names(parts=('footer', 'copyright', 'bottom')))}]"
_MAX_RIGHTS = 300
# Inside the article container, a notice is short; a long line there is prose.
_MAX_IN_ARTICLE = 200


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Rights notice candidates: the best-ranked sentence on the page."""
    if not heuristics:
        return
    # Text inside the article container is the article's own, when the fallback found the body.
    box = container(ctx) if ctx.provenance.get("body") == "heuristic" else None
    notice = _find(ctx, box)
    if notice:
        yield Candidate(notice, "heuristic")


def _sentence(text: str) -> str | None:
    """The rights sentence of a long line: from the sentence start (at most 100 characters before the
    marker) to the next "|" (at most 200 characters after it)."""
    marker = MARKER.search(text)
    if marker is None:
        return None
    start = max(0, marker.start() - 100)
    start = max(start, *(text.rfind(stop, start, marker.start()) + 1 for stop in ".|"))
    end = min(len(text), marker.end() + 200)
    bar = text.find("|", marker.end(), end)
    return clean(text[start : end if bar < 0 else bar])


def _rank(text: str, page: Page, block: etree._Element) -> int:
    """How surely a sentence (in ``block``) is the article's rights notice (0: not one)."""
    if _NO_COPY.search(text):
        if text.startswith("(*)"):
            return 5
        # Asked only here, where it decides: the footer test calls back into Python on each ancestor.
        return 1 if page.xpath(_IN_FOOTER_X, block) else 4
    if _RIGHTS_WORD.search(text):
        return 3
    if "©" in text:
        return 2
    return 1 if _REUSE.search(text) else 0


def _find(ctx: Context, box: etree._Element | None) -> str | None:
    """The best-ranked rights notice of the page."""
    page = ctx.page
    best: tuple[tuple[int, bool], str] | None = None
    for holder in page.holding(RIGHTS_WORDS):
        if holder.tag == "title" or not any(w in own_text(holder) for w in RIGHTS_WORDS):
            continue
        # The few marked elements are checked, rather than collecting the whole container.
        in_box = box is not None and (holder is box or any(a is box for a in holder.iterancestors()))
        # A marker in an inline tag ("<span>© 2026 – </span>Công ty ...") belongs to its block's line.
        block = holder
        for _ in range(3):
            parent = block.getparent()
            if block.tag not in _INLINE or parent is None:
                break
            block = parent
        # The block's own line holding the marker: footers put several notices in one block.
        lines = lines_of(block)
        at = next((i for i, text in enumerate(lines) if MARKER.search(text)), None)
        if at is None:
            continue
        notice = _notice(lines[at], holder)
        if notice is None or (in_box and (len(notice) > _MAX_IN_ARTICLE or not _NOTICE.search(notice))):
            continue
        # Ranked by its own line: the terms that follow it do not make it another kind of notice.
        rank = _rank(notice, page, block)
        # Of two notices of one kind, one that opens with its mark ("Copyright 2008 ...", "© ...")
        # is whole; one cut from a long line may start in the words before it.
        key = (rank, MARKER.match(notice) is not None)
        if rank and (best is None or key > best[0]):
            best = (key, _continued(notice, [*lines[at + 1 :], *_next_lines(block)]))
    return best[1] if best else None


def _notice(line: str, holder: etree._Element) -> str | None:
    """The notice a line holds: the whole line when it is notice-sized, else the sentence around the marker."""
    if len(line) > _MAX_RIGHTS:
        # A footer written as one long line: the inline element that holds the notice, else the sentence.
        own = text_of(holder) if holder.tag in _INLINE else ""
        if 15 <= len(own) <= _MAX_RIGHTS and MARKER.search(own):
            line = own
        else:
            sentence = _sentence(line)
            if sentence is None:
                return None
            line = sentence[:_MAX_RIGHTS]
    return publisher_notice(line)


def _continued(notice: str, following: list[str]) -> str:
    """The notice with the lines after it that carry the same terms, within the length of a notice."""
    for line in following:
        if not _TERMS.search(line) or SOFTWARE.search(line) or CREDIT.search(line):
            break
        if len(notice) + len(line) + 1 > _MAX_RIGHTS:
            break
        notice = f"{notice} {line}"
    return notice


def _next_lines(block: etree._Element) -> list[str]:
    """The first line of the element after the block (the next ``<li>`` or ``<p>`` of a footer)."""
    after = block.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # comments between footer items
    text = short_text_of(after, _MAX_RIGHTS) if after is not None else None
    return [text] if text else []
