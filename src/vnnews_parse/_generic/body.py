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
text: the headline or the lead printed again as the first paragraph, and the byline and source
lines closing it (``_byline.closing_byline``: the lines the authors finder read as the closing byline).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from vnnews_parse._byline import closing_byline, split_byline
from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._shared import container_blocks
from vnnews_parse._text import words


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Body candidates, most reliable first."""
    if heuristics:
        blocks = container_blocks(ctx)
        if blocks:
            yield Candidate("\n\n".join(blocks), "heuristic")


def without_headline(ctx: Context, blocks: list[str]) -> list[str]:
    """The blocks without the headline printed again as the first paragraph."""
    key = ctx.words(ctx.values.get("headline") or "")
    start = 0
    while key and start < len(blocks) and ctx.words(blocks[start]) == key:
        start += 1
    return blocks[start:]


def finish(ctx: Context) -> None:
    """The body without the headline or lead printed again, and without the byline or source line closing it."""
    values: dict[str, Any] = ctx.values
    body = values.get("body")
    if not body:
        return
    blocks = without_headline(ctx, body.split("\n\n"))
    lead = values.get("lead")
    if lead:
        key = ctx.words(lead)
        while blocks and (first := ctx.words(blocks[0])) and key.startswith(first):
            blocks.pop(0)
    # The byline and source lines often close the body on the page; they are not article text.
    # By their shape ("NGUYỄN VĂN A", "Tin, ảnh: X", "Theo TTXVN"), whoever the authors are...
    closing = closing_byline(blocks)
    if closing is not None:
        del blocks[len(blocks) - closing.lines :]
        _credit_source(ctx, closing.source)
    # ...and a short last line naming the authors returned, whatever its shape ("Khánh (tổng hợp)").
    names = {words(a) for a in values.get("authors") or ()}
    while blocks and len(blocks[-1]) <= 80:
        authors, source = split_byline([blocks[-1]])
        if not (authors and {words(a) for a in authors} <= names):
            break
        blocks.pop()
        _credit_source(ctx, source)
    if blocks:
        values["body"] = "\n\n".join(blocks)
    else:
        del values["body"]


def _credit_source(ctx: Context, source: str | None) -> None:
    """The source a closing line names, unless the source is known already."""
    if source and not ctx.values.get("source"):
        ctx.values["source"] = source
        ctx.provenance["source"] = ctx.provenance.get("body", "heuristic")
