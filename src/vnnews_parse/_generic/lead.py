"""The lead (sapo): the summary paragraph that opens a Vietnamese article, under the headline.

1. An element marked as the sapo (``data-role="sapo"``, ``itemprop="description"``, a class or
   id such as ``sapo``, ``summary``, ``lead``) below the headline, holding prose, not links.
2. The first paragraph of prose after the headline, when it has a sapo's shape, marked up or not:
   it opens with the outlet's tag and a dash ("(Dân trí) -", "(NLĐO)-", "TTO -", "VOV.VN -",
   "- "); it is bold or a heading; it is printed apart, before the article container; or
   ``og:description`` says the same. Captions, date lines, bylines and link lists on the way
   are passed over.
3. The first paragraph of the article container, when ``og:description`` says it is the summary.

Whichever step finds it, the checks (``_checks._lead``) turn down a caption, the headline again
or a fragment; ``body.finish`` removes the lead where the body repeats it at the top.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree

from vnnews_parse._context import Candidate, Context
from vnnews_parse._dates import search_datetime
from vnnews_parse._fields import credit_of
from vnnews_parse._generic._shared import (
    block_before,
    container,
    container_blocks,
    following,
    headline_anchor,
    headline_element,
    in_furniture,
    line,
    marked,
    paragraph_text,
    teaser,
    within,
)
from vnnews_parse._page import Names
from vnnews_parse._text import BLOCK_TAGS, clean, short_text_of, text_of, words

# Attribute steps from elements ("/descendant::*/@a"), not "//@a": that would visit text nodes too.
_SAPO_X = (
    "/descendant::*/@data-slot[.='sapo']/parent::* | /descendant::*/@data-role[.='sapo']/parent::*"
    " | /descendant::*/@data-field[.='sapo']/parent::*"
    " | /descendant::*/@itemprop[.='description']/parent::*[not(self::meta)]"
)
SAPO = Names(
    parts=("sapo", "chapeau", "summary", "tomtat", "tom-tat"),
    words=("desc", "description", "lead", "intro", "excerpt", "abstract", "teaser"),
)
# Vietnamese capital letters, with their marks ("HÀ NỘI").
_UPPER = "".join(
    c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha() and ord(c) not in range(0x370, 0x1E00)
)
# The outlet's tag and a dash opening a sapo: "(Dân trí) -", "(NLĐO)-", "(giao duc) -", "TT -",
# "TPO -", "VOV.VN -", "Zing.vn -", "Infonet -", "TP HCM -" and "HÀ NỘI -" (datelines), a tag in
# brackets without a dash before a capital ("(CLO) Sáng nay..."), or a dash alone ("- Amazon...").
OUTLET_TAG = re.compile(
    r"^(?:\([^()\n]{1,40}\)\s*[-–—]"
    rf"|\([^()\n]{{1,25}}\)\s+(?=[{_UPPER}])"
    r"|(?:[A-ZĐ][A-ZĐ0-9.&+]{1,14}|[\w-]+(?:\.[\w-]+)*\.(?:vn|VN|net|com|org))(?:\s[A-ZĐ][\w.]{1,10})?\s*[-–—]"
    # A brand in one word ("Infonet -"), the dash set apart by spaces (not "Covid-19").
    r"|[A-Z][a-z0-9]{3,15}\s+[-–—](?=\s)"
    rf"|[{_UPPER}]{{2,}}(?:\s[{_UPPER}]{{2,}}){{1,2}}\s*[-–—]"
    r"|[-–—](?=\s))\s*(?=[\w\"“‘'(])",
)
# Inline tags that older templates set as a line of their own between <br>s (a bold sapo).
_LINE_TAGS = frozenset(("b", "strong", "span", "font", "em", "i"))
# A heading tag holding a paragraph of prose is a sapo set in large type (h2.sapo and the like).
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_CAPTION_X = "ancestor-or-self::*[self::figure or self::figcaption or contains(@class, 'caption')][position() <= 6]"
_HAS_TEXT = etree.XPath("boolean(normalize-space())", regexp=False)
# How many elements after the headline are looked at: the sapo is near it, and this keeps the
# walk bounded on any page.
_WALK = 400


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Lead candidates, most reliable first."""
    if not heuristics:
        return
    for marked_lead in _marked_sapos(ctx):
        yield Candidate(marked_lead, "heuristic")
    shaped = _shaped_lead(ctx)
    if shaped:
        yield Candidate(shaped, "heuristic")
    adapter = ctx.adapter
    if adapter is None or "body" in adapter.unread:
        described = _description_lead(ctx)
        if described:
            yield Candidate(described, "heuristic")


def _marked_sapos(ctx: Context) -> Iterator[str]:
    """Prose elements classed as the sapo below the headline (a few: a caption may be classed so too)."""
    page = ctx.page
    h1_line = line(headline_element(ctx))
    found = 0
    for el in marked(page, _SAPO_X, SAPO):
        if line(el) < h1_line:  # the cheap test first: teaser lists above the headline are many
            continue
        if el.tag == "table" or page.xpath(_CAPTION_X, el):
            continue  # a picture's caption classed "desc" or "summary"
        text = text_of(el)
        if not 30 <= len(text) <= 1500 or page.xpath(".//p[2]", el):
            continue
        # Menus and teaser lists are classed "summary"/"desc" too; a sapo is prose, not links.
        if sum(len(text_of(a)) for a in el.iter("a")) > len(text) / 2 or _teaser_description(ctx, el):
            continue
        yield text
        found += 1
        if found == 3:
            return


def _teaser_description(ctx: Context, el: etree._Element) -> bool:
    """Whether a sapo-classed element is the description under another article's title link (a
    listing page's item), not the article's lead under its own headline."""
    if not teaser(el):
        return False
    anchor = headline_anchor(ctx)
    before = block_before(el)
    if before is None or (anchor is not None and any(x is anchor for x in before.iter())):
        return False
    # Another article's title, one link as long as a headline: not a breadcrumb's links or a section link.
    title = short_text_of(before, 300)
    return title is not None and len(title.split()) >= 5 and sum(1 for _ in before.iter("a")) == 1


def _shaped_lead(ctx: Context) -> str | None:
    """The first paragraph of prose after the headline, when its shape says it is the sapo."""
    anchor = headline_anchor(ctx)
    if anchor is None:
        return None
    box = container(ctx)
    for el in following(anchor, _WALK):
        if el.tag in _LINE_TAGS:
            if not _whole_line(el):
                continue
            text = text_of(el)
            links = sum(len(text_of(a)) for a in el.iter("a"))
        elif el.tag not in BLOCK_TAGS or el.tag in ("br", "hr", "ul", "ol", "table", "tr", "tbody"):
            continue
        elif (opening := _bold_opening_line(el)) is not None:
            # The text opens with a bold line of its own (older templates: "<div><b>Sapo</b><br><br>
            # Text<br><br>..."): that line is the paragraph read first.
            el = opening
            text, links = text_of(el), 0
        else:
            text, links = paragraph_text(el)
        if len(text) < 40 or len(text.split()) < 6 or links > len(text) / 2:
            continue  # a byline, a label, a date, a menu, a teaser
        if not _opens_with_own_text(el):
            continue  # a paragraph inside it comes first in reading order
        if credit_of(text) or ctx.page.xpath(_CAPTION_X, el) or in_furniture(el) or teaser(el):
            continue  # a caption, a box beside the article, a teaser
        if len(text) < 80 and search_datetime(text) is not None:
            continue  # a date line
        # The first paragraph of prose: the sapo if it looks like one, else the article has none apart.
        return text if _sapo_shaped(ctx, el, text, box) else None
    return None


def _bold_opening_line(block: etree._Element) -> etree._Element | None:
    """The bold inline element a block opens with, when it is a whole line (up to a line break)."""
    if (block.text or "").strip():
        return None
    first = next((c for c in block if isinstance(c.tag, str)), None)
    if first is None or first.tag not in ("b", "strong") or not _whole_line(first):
        return None
    return first if len(text_of(first)) >= 40 else None


def _whole_line(el: etree._Element) -> bool:
    """Whether an inline element is a line of its own, between line breaks or blocks (older templates)."""
    if (el.tail or "").strip():
        return False
    after = el.getnext()
    if after is not None and isinstance(after.tag, str) and after.tag not in BLOCK_TAGS:
        return False
    before = el.getprevious()
    if before is None:
        parent = el.getparent()
        return parent is not None and parent.tag in BLOCK_TAGS and not (parent.text or "").strip()
    return isinstance(before.tag, str) and before.tag in BLOCK_TAGS and not (before.tail or "").strip()


def _opens_with_own_text(el: etree._Element) -> bool:
    """Whether the element's own text (not a nested block's) is the first text read in it."""
    if (el.text or "").strip():
        return True
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag in BLOCK_TAGS:
            if child.tag != "br" and _HAS_TEXT(child):
                return False
        elif text_of(child):
            return True
        if (child.tail or "").strip():
            return True
    return False


def _sapo_shaped(ctx: Context, el: etree._Element, text: str, box: etree._Element | None) -> bool:
    """An outlet tag, bold type or a heading, printed apart from the text, or the page's own description."""
    if OUTLET_TAG.match(text) or el.tag in _HEADINGS or _bold(el, text):
        return True
    if box is not None and el is not box and not within(el, box) and line(el) <= line(box):
        # Printed apart between the headline and the article text: a sentence, not a label.
        return len(text) >= 100 or text.rstrip("”\"' ").endswith((".", "!", "?", "…"))
    return _described(ctx, text)


def _bold(el: etree._Element, text: str) -> bool:
    """Whether the paragraph is set in bold (its whole text in ``<strong>``/``<b>``, or styled so)."""
    style = (el.get("style") or "").replace(" ", "").lower()
    if "font-weight:bold" in style or "font-weight:700" in style:
        return True
    bold = sum(len(text_of(b)) for b in el.iter("strong", "b") if _outermost_bold(b, el))
    return bold >= 0.9 * len(text)


def _outermost_bold(b: etree._Element, el: etree._Element) -> bool:
    """Whether no other bold element between ``b`` and ``el`` holds it (its text is counted once)."""
    if b is el:
        return True
    for a in islice(b.iterancestors(), 40):
        if a is el:
            return True
        if a.tag in ("strong", "b"):
            return False
    return True


def _described(ctx: Context, text: str) -> bool:
    """Whether ``og:description`` says the same as the paragraph (its opening words, tag aside)."""
    description = ctx.page.meta("og:description", "description", "twitter:description")
    if not description:
        return False
    opening = words(OUTLET_TAG.sub("", text, count=1) if OUTLET_TAG.match(text) else text).split()[:6]
    return len(opening) >= 5 and f" {' '.join(opening)} " in f" {words(description)} "


def _description_lead(ctx: Context) -> str | None:
    """The first body block, when og:description says it is the summary."""
    description = ctx.page.meta("og:description", "description", "twitter:description")
    if not description:
        return None
    blocks = container_blocks(ctx)
    if not blocks:
        return None
    probe = clean(description)[:40].rstrip(".… ")
    if len(probe) >= 20 and probe.casefold() in blocks[0][:80].casefold() and len(blocks) > 2:
        return blocks[0]
    return None
