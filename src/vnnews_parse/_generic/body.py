"""The body: the article's own paragraphs and subheadings, joined by a blank line.

1. The element holding the densest run of paragraphs (text length, links discounted), without
   boilerplate boxes (related links, share bars, ads...), labels and link-only teasers.

Whatever found the body, :func:`finish` then removes what a reader does not read as article
text: the lead printed again as the first paragraph, and the byline or source line closing it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from vnnews_parse._byline import split_byline
from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._shared import container_blocks
from vnnews_parse._text import words


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Body candidates, most reliable first."""
    if heuristics:
        blocks = container_blocks(ctx)
        if blocks:
            yield Candidate("\n\n".join(blocks), "heuristic")


def finish(ctx: Context) -> None:
    """The body without the lead printed again and without the byline or source line closing it."""
    values: dict[str, Any] = ctx.values
    body = values.get("body")
    if not body:
        return
    blocks = body.split("\n\n")
    lead = values.get("lead")
    if lead:
        key = words(lead)
        while blocks and words(blocks[0]) and key.startswith(words(blocks[0])):
            blocks.pop(0)
    # The byline or source line often closes the body on the page; it is not article text.
    names = {words(a) for a in values.get("authors") or ()}
    while blocks and len(blocks[-1]) <= 80:
        last = blocks[-1]
        authors, source = split_byline([last])
        is_byline = (authors and {words(a) for a in authors} <= names) or (
            source and last.casefold().startswith(("theo", "nguồn"))
        )
        if not is_byline:
            break
        blocks.pop()
        if source and not values.get("source"):
            values["source"] = source
            ctx.provenance["source"] = ctx.provenance.get("body", "heuristic")
    if blocks:
        values["body"] = "\n\n".join(blocks)
    else:
        del values["body"]
