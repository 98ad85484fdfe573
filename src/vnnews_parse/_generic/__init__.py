"""The generic fallback: for each field, a cascade of finders, most reliable first.

Each field has a module that reads, top to bottom, how that field is found on a page no
adapter was written for: the page's JSON-LD, its OpenGraph and other ``<meta>`` tags, then
heuristics on the page itself. A finder yields :class:`~vnnews_parse._context.Candidate` values
in its order of preference; ``parse`` takes the first one the plausibility checks
(``_checks``) accept. ``heuristics=False`` asks for the metadata steps only (for a field an
adapter's template does not show, a heuristic would only find a neighbouring box).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic import authors, body, comments, dates, headline, images, lead, rights, taxonomy
from vnnews_parse._metadata import article_object

Finder = Callable[[Context, bool], Iterator[Candidate]]


def _none(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """A field only an adapter or another field's candidate settles."""
    return iter(())


FINDERS: dict[str, Finder] = {
    "headline": headline.candidates,
    "published": dates.published,
    "updated": dates.updated,
    "lead": lead.candidates,
    "body": body.candidates,
    "authors": authors.candidates,
    "source": _none,  # named by bylines ("Theo TTXVN"): see authors and body
    "comment_count": comments.candidates,
    "rights": rights.candidates,
    "section": taxonomy.section,
    "tags": taxonomy.tags,
    "images": images.candidates,
}

__all__ = ["FINDERS", "article_object", "body"]
