"""The body: the article's own paragraphs and subheadings, joined by a blank line.

1. The article container (``_shared.container``): the element holding the densest run of
   paragraphs (links discounted; footer imprints, teaser descriptions, page furniture and boxes
   beside the article left out), widened where the CMS cut the text in two around an ad.
   Its text without boilerplate boxes (related links, share bars, ads...), boxes opened by a box
   title ("Tin liên quan", "Đọc nhiều", "Có thể bạn quan tâm"...), labels, link-only teasers,
   captions (except in a photo story told in them), the headline and date line repeated at the
   top and a promotion addressing the reader at the end (``_shared.container_blocks``).

The plausibility check (``_checks._body``) turns down a footer imprint, navigation or a teaser
list, whoever proposed it.

Whatever found the body, :func:`finish` then removes what a reader does not read as article
text: the headline or the lead printed again as the first paragraph, and the byline or source
line closing it.
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


def without_headline(blocks: list[str], headline: str | None) -> list[str]:
    """The blocks without the headline printed again as the first paragraph."""
    key = words(headline or "")
    start = 0
    while key and start < len(blocks) and words(blocks[start]) == key:
        start += 1
    return blocks[start:]


def finish(ctx: Context) -> None:
    """The body without the headline or lead printed again, and without the byline or source line closing it."""
    values: dict[str, Any] = ctx.values
    body = values.get("body")
    if not body:
        return
    blocks = without_headline(body.split("\n\n"), values.get("headline"))
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
