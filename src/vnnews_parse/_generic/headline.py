"""The headline: as displayed on the page, found through the metadata or the page itself.

1. JSON-LD ``headline``, then ``og:title`` / ``twitter:title`` / ``dc.title``.
2. The longest ``<h1>`` (site logos are short ``<h1>`` too).
3. ``<title>`` without the site's name ("Headline - Báo X", "Báo X | Headline").

Metadata titles differ from the page in punctuation, word order or a site suffix: when an element
shown on the page (an ``<h1>``, else an ``<h2>`` or an element classed like a title, as on old
table layouts without ``<h1>``) says recognisably the same, that is what readers see, and it is
taken instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree

from vnnews_parse._byline import fold_name
from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._shared import h1s, headline_element
from vnnews_parse._metadata import article_object, first_string, site_names
from vnnews_parse._page import Names
from vnnews_parse._text import clean, spaced_text_of, text_of

# Title separators with spaces around them; a hyphen inside a name ("Bà Rịa-Vũng Tàu") is not one.
_SEPARATOR = re.compile(r"(?<!\s)\s+[|\-–—]\s+")
_TITLE_CLASS = Names(parts=("title", "tieude", "tieu-de", "tieu_de", "headline"))
# Bounds on the elements compared with a title: a headline sits among the first few of them.
_MAX_SHOWN = 60
_MAX_HEADLINE = 400


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Headline candidates, most reliable first."""
    page = ctx.page
    title = first_string(article_object(page), "headline")
    if title and clean(title):
        yield displayed(ctx, Candidate(_without_site(ctx, clean(title)), "jsonld"))
    title = page.meta("og:title", "twitter:title", "dc.title")
    if title:
        yield displayed(ctx, Candidate(_without_site(ctx, title), "meta"))
    if heuristics:
        h1 = headline_element(ctx)
        if h1 is not None:
            yield Candidate(text_of(h1), "heuristic")
        variants = list(_title_headlines(ctx))
        # A variant the page displays is the headline; the others are only what the title says.
        for title in variants:
            shown = _shown_as(ctx, title)
            if shown:
                yield Candidate(shown, "heuristic")
        for title in variants:
            yield Candidate(title, "heuristic")


def _shown(ctx: Context) -> Iterator[etree._Element]:
    """Elements that may display the headline: every ``<h1>``, then ``<h2>`` and title-classed elements.

    The others are looked for only when no ``<h1>`` says the title (most pages display it in one).
    """
    yield from h1s(ctx)

    def others() -> list[etree._Element]:
        found = list(islice(ctx.page.tree.iter("h2"), _MAX_SHOWN))
        return found + [
            el for el in ctx.page.named(_TITLE_CLASS)[:_MAX_SHOWN] if el.tag not in ("meta", "link", "title")
        ]

    yield from ctx.memo("shown_titles", others)


def displayed(ctx: Context, candidate: Candidate) -> Candidate:
    """The headline as the page shows it, when it shows the candidate; else the candidate."""
    shown = _shown_as(ctx, candidate.value)
    return Candidate(shown, "heuristic") if shown else candidate


def _shown_as(ctx: Context, title: str) -> str | None:
    """The text of the element shown on the page that says the same as ``title`` (most of its words)."""
    want = set(ctx.words(title).split())
    if not want:
        return None
    for el in _shown(ctx):
        # Bounded: a container classed "title-box" may hold the whole page.
        shown = spaced_text_of(el) if el.tag == "h1" else (_short(ctx, el) or "")
        got = set(ctx.words(shown).split())
        common = len(want & got)
        if got and common >= 0.6 * len(got) and common >= 0.5 * len(want):
            return shown
    return None


def _short(ctx: Context, el: etree._Element) -> str | None:
    """The element's text as a headline would read (spaced), when it is no longer than a headline."""
    # Measured by libxml2: reading a container that holds the page in Python would be wasted.
    if int(ctx.page.xpath("string-length(normalize-space())", el)[0]) > _MAX_HEADLINE:
        return None
    return spaced_text_of(el)


def _site_parts_off(ctx: Context, parts: list[str]) -> list[str]:
    """The parts of a title without those that name the site, at either end ("Báo X - Headline",
    "Headline | X Online")."""
    names = [n for n in site_names(ctx) if len(n) >= 4]
    kept = list(parts)
    while len(kept) > 1 and any(n in fold_name(kept[-1]) for n in names):
        kept.pop()
    while len(kept) > 1 and any(n in fold_name(kept[0]) for n in names):
        kept.pop(0)
    return kept


def _without_site(ctx: Context, title: str) -> str:
    """A metadata title without the site's name that some CMSes add to it ("Headline - Báo X")."""
    parts = _SEPARATOR.split(title)
    if len(parts) == 1:
        return title
    kept = _site_parts_off(ctx, parts)
    return " - ".join(kept) if len(kept) < len(parts) else title


def _title_headlines(ctx: Context) -> Iterator[str]:
    """``<title>`` without the parts that name the site; failing that, without a short last part."""
    # Not text_of(): that reads what a reader sees in the page, and <title> is not in the page.
    # "/descendant::title[1]" lets libxml2 stop at the first <title>; "(//title)[1]" walks the page.
    title = clean(ctx.page.xpath("string(/descendant::title[1])")[0])
    if not title:
        return
    parts = _SEPARATOR.split(title)
    kept = _site_parts_off(ctx, parts)
    if len(kept) < len(parts):
        yield " - ".join(kept)
        return
    if len(parts) > 1:
        # The site's name is short and usually last, sometimes first.
        if len(parts[-1]) < 40:
            yield " - ".join(parts[:-1])
        if len(parts[0]) < 40:
            yield " - ".join(parts[1:])
    yield title
