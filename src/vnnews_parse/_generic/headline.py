"""The headline: as displayed in the page's ``<h1>``, found through the metadata or the page itself.

1. JSON-LD ``headline``, then ``og:title`` / ``twitter:title`` / ``dc.title``. Metadata titles
   differ from the page in punctuation, word order or a site suffix: when an ``<h1>`` says
   recognisably the same, the ``<h1>`` is what readers see, and it is taken instead.
2. The longest ``<h1>`` (site logos are short ``<h1>`` too).
3. ``<title>`` without the site name after its last separator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._metadata import article_object, first_string
from vnnews_parse._generic._shared import headline_element
from vnnews_parse._page import Page
from vnnews_parse._text import clean, spaced_text_of, text_of, words


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Headline candidates, most reliable first."""
    page = ctx.page
    title = first_string(article_object(page), "headline")
    if title and clean(title):
        yield displayed(page, Candidate(clean(title), "jsonld"))
    title = page.meta("og:title", "twitter:title", "dc.title")
    if title:
        yield displayed(page, Candidate(title, "meta"))
    if heuristics:
        h1 = headline_element(ctx)
        if h1 is not None:
            yield Candidate(text_of(h1), "heuristic")
        title = _title_headline(page)
        if title:
            yield Candidate(title, "heuristic")


def displayed(page: Page, candidate: Candidate) -> Candidate:
    """The ``<h1>`` that says the same as a metadata title (most of its words), else the title itself."""
    want = set(words(candidate.value).split())
    if not want:
        return candidate
    for h1 in page.xpath("(//h1)[position() <= 20]"):
        shown = spaced_text_of(h1)
        got = set(words(shown).split())
        common = len(want & got)
        if got and common >= 0.6 * len(got) and common >= 0.5 * len(want):
            return Candidate(shown, "heuristic")
    return candidate


def _title_headline(page: Page) -> str | None:
    """``<title>`` without the site name that follows the last separator."""
    # The title's text node: text_of() reads <title> as invisible (it is not in the page body).
    title = text_of(next(iter(page.xpath("//title/text()")), None))
    if not title:
        return None
    parts = re.split(r"(?<!\s)\s+[|\-–—]\s+", title)
    if len(parts) > 1 and len(parts[-1]) < 40:
        parts = parts[:-1]
    return clean(" - ".join(parts)) or None
