"""The lead (sapo): the summary paragraph printed apart from the body, under the headline.

1. An element marked as the sapo (``data-role="sapo"``, ``itemprop="description"``, a class or
   id such as ``sapo``, ``summary``, ``lead``) below the headline, holding prose, not links.
2. The first paragraph of the article text, when ``og:description`` says it is the summary.
"""

from __future__ import annotations

from collections.abc import Iterator

from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._shared import container_blocks, headline_element, line, marked
from vnnews_parse._page import Names
from vnnews_parse._text import clean, text_of

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


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Lead candidates, most reliable first."""
    if not heuristics:
        return
    lead = _marked_sapo(ctx)
    if lead:
        yield Candidate(lead, "heuristic")
    adapter = ctx.adapter
    if adapter is None or "body" in adapter.unread:
        lead = _description_lead(ctx)
        if lead:
            yield Candidate(lead, "heuristic")


def _marked_sapo(ctx: Context) -> str | None:
    """The sapo: a prose element classed as such below the headline."""
    page = ctx.page
    h1_line = line(headline_element(ctx))
    for el in marked(page, _SAPO_X, SAPO):
        if line(el) < h1_line:  # the cheap test first: teaser lists above the headline are many
            continue
        text = text_of(el)
        if not 30 <= len(text) <= 1500 or page.xpath(".//p[2]", el):
            continue
        # Menus and teaser lists are classed "summary"/"desc" too; a sapo is prose, not links.
        if sum(len(text_of(a)) for a in el.iter("a")) > len(text) / 2:
            continue
        return text
    return None


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
