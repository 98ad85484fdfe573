"""Text helpers shared by the adapters and the fallback: cleaning and reading elements."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator

from lxml import etree

# Zero-width characters, soft hyphens, bidi and other format marks, BOMs, C0/C1 controls and lone
# surrogates carry nothing a reader sees (tab, LF and CR are white space, collapsed below).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)
# A space before closing punctuation appears when inline parts are joined with spaces.
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.;:!?…)\]»”’])")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[«“‘]) ")

# Elements whose boundaries a reader sees as a line break: their text never runs into a neighbour's.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "center",
    ]
)
# Elements that never hold reader-visible article text.
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "video",
        "audio",
        "source",
        "button",
        "input",
        "select",
        "textarea",
        "form",
        "head",
        "title",
        "meta",
        "link",
        "map",
    ]
)


def clean(text: str | None) -> str:
    """NFC, invisible characters removed, runs of white space collapsed to one space, stripped."""
    if not text:
        return ""
    if text.isprintable() and "  " not in text:
        # Most texts: no invisible character and no white space but single spaces (both are
        # unprintable, but for the space), told at C speed. Composing makes no white space.
        return unicodedata.normalize("NFC", text).strip(" ")
    # str.split() splits on exactly the characters re's "\s" matches, and is five times faster.
    return " ".join(_visible(text).split())


def _one_line(text: str) -> str:
    """``clean(text)`` for a text read from elements: its lines cleaned apart and joined by a space.

    The line feeds at block boundaries make the whole text untidy; its lines mostly are not.
    """
    return " ".join([line for line in map(clean, text.split("\n")) if line])


def _visible(text: str) -> str:
    """NFC without invisible characters (removed first: that may bring a combining mark next to its base)."""
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))


def unescape(text: str) -> str:
    """Decode HTML entities left in metadata; some CMSes escape twice (``&amp;#7871;``)."""
    for _ in range(2):
        if "&" not in text:
            break
        text = html.unescape(text)
    return text


def _is_element(node: object) -> bool:
    # Comments and processing instructions are nodes too, but their tag is not a string.
    return isinstance(node, etree._Element) and isinstance(node.tag, str)


# Punctuation a word ends with: a capital right after it, across an element boundary, starts the
# next word ("<span>Hà Nội:</span><span>Mong ...</span>", two lines of a headline set by style).
_CLOSING = frozenset(":;,!?…")


def _pieces(el: etree._Element, skip: frozenset[etree._Element] | set[etree._Element]) -> Iterator[str]:
    """Yield the visible text of ``el`` with a line feed at every block boundary."""
    # lxml's iterwalk walks the tree in C (no recursion limit on pages nested thousands of levels
    # deep) and reports each element's start and end: its text comes at the start, its tail at the end.
    walker = etree.iterwalk(el, events=("start", "end"))
    # An inline element set off by style rather than by a space ("<span class=location-stamp>TP
    # HCM</span>Nếu", two links side by side) ends a word where the next word starts capitalised:
    # ``joint`` is set at such an element's end, and a space goes in if a capital follows.
    joint = False
    last = ""
    for event, node in walker:
        tag = node.tag
        if tag in SKIP_TAGS or node in skip or type(tag) is not str:
            if event == "start":
                walker.skip_subtree()
            elif node is not el and node.tail:
                yield node.tail
                last, joint = node.tail[-1], False
            continue
        if event == "start":
            if tag in BLOCK_TAGS:
                yield "\n"
                last, joint = "\n", False
            text = node.text
            if text:
                if joint and (last.isalnum() or last in _CLOSING) and text[0].isupper():
                    yield " "
                yield text
                last, joint = text[-1], False
        else:
            if tag in BLOCK_TAGS:
                yield "\n"
                last, joint = "\n", False
            elif node is not el:
                joint = True
            tail = node.tail
            if node is not el and tail:
                if joint and (last.isalnum() or last in _CLOSING) and tail[0].isupper():
                    yield " "
                yield tail
                last, joint = tail[-1], False


def text_of(el: object, skip: frozenset[etree._Element] | set[etree._Element] = frozenset()) -> str:
    """The visible text of an element (or an XPath string result), cleaned to one line."""
    if el is None:
        return ""
    if not _is_element(el):
        return clean(str(el))
    if not len(el):  # type: ignore[arg-type]
        # A leaf (most paragraphs): its text is all there is; no walk needed.
        return "" if el.tag in SKIP_TAGS or el in skip else clean(el.text)  # type: ignore[attr-defined]
    return _one_line("".join(_pieces(el, skip)))  # type: ignore[arg-type]


def short_text_of(el: etree._Element, limit: int) -> str | None:
    """The visible text of ``el`` when it has at most ``limit`` characters, else ``None``.

    For text that is short by nature (a caption): broken markup can make such an element swallow
    the rest of the page, and reading it whole for every picture would be quadratic.
    """
    pieces: list[str] = []
    size = 0
    for piece in _pieces(el, frozenset()):
        # What a reader sees: the indentation of the source around a piece is not its text.
        size += len(piece.strip())
        # Blank pieces count a little: a walk through thousands of empty elements stops too.
        if size > limit or len(pieces) > limit:
            return None
        pieces.append(piece)
    return _one_line("".join(pieces))


def spaced_text_of(el: object) -> str:
    """Like :func:`text_of`, but every element boundary is a space: for headlines split over spans."""
    if not _is_element(el):
        return text_of(el)
    parts = [t for t in el.itertext() if t]  # type: ignore[attr-defined]
    text = clean(" ".join(parts))
    return _SPACE_AFTER_OPEN.sub("", _SPACE_BEFORE_PUNCT.sub("", text))


def lines_of(el: etree._Element, skip: frozenset[etree._Element] | set[etree._Element] = frozenset()) -> list[str]:
    """The non-empty blocks (paragraphs, headings, list items) of an element, each cleaned."""
    # clean() line by line (composing and removing invisible characters never span a line feed);
    # the lines of indentation between blocks are white space only.
    return [line for line in (clean(x) for x in "".join(_pieces(el, skip)).split("\n") if not x.isspace()) if line]


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """Drop empty and repeated items (case-insensitively), keep the first spelling and the order."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)


_WORD = re.compile(r"\w+")


def words(text: str) -> str:
    """The words of a text in lower case, single-spaced (punctuation dropped): for comparisons."""
    return " ".join(_WORD.findall(text.casefold()))
