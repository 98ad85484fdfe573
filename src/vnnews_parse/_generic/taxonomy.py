"""Where the article is filed: its section and its tags, from the page's metadata.

Section: JSON-LD ``articleSection``, then ``article:section``.
Tags: JSON-LD ``keywords``, then every ``article:tag``.
"""

from __future__ import annotations

from collections.abc import Iterator

from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._metadata import article_object, first_string, strings
from vnnews_parse._text import clean, unique


def section(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Section candidates."""
    value = first_string(article_object(ctx.page), "articleSection")
    if value and clean(value):
        yield Candidate(clean(value), "jsonld")
    value = ctx.page.meta("article:section")
    if value:
        yield Candidate(value, "meta")


def tags(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Tag candidates."""
    obj = article_object(ctx.page)
    if obj is not None:
        keywords = list(strings(obj.get("keywords")))
        if len(keywords) == 1:
            keywords = keywords[0].split(",")
        found = unique(clean(k) for k in keywords)
        if found:
            yield Candidate(found, "jsonld")
    found = unique(clean(el.get("content")) for el in ctx.page.heads["meta"] if el.get("property") == "article:tag")
    if found:
        yield Candidate(found, "meta")
