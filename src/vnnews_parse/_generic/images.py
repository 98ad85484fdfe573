"""The article's pictures.

1. JSON-LD ``image``.
2. ``og:image`` / ``twitter:image``.
3. The pictures inside the article container, with their captions, when the fallback found the body.
"""

from __future__ import annotations

from collections.abc import Iterator

from vnnews_parse._article import Image
from vnnews_parse._context import Candidate, Context
from vnnews_parse._fields import image_of
from vnnews_parse._generic._shared import container
from vnnews_parse._metadata import article_object, strings
from vnnews_parse._text import unique


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Image candidates, most reliable first."""
    page = ctx.page
    obj = article_object(page)
    if obj is not None:
        urls = unique(u for u in (page.resolve(x) for x in strings(obj.get("image"), "url")) if u)
        if urls:
            yield Candidate(tuple(Image(url=u) for u in urls), "jsonld")
    url = page.resolve(page.meta("og:image", "twitter:image"))
    if url:
        yield Candidate((Image(url=url),), "meta")
    if heuristics and ctx.provenance.get("body") == "heuristic":
        box = container(ctx)
        if box is not None:
            found = {i.url: i for i in (image_of(page, img) for img in box.iter("img")) if i is not None}
            if found:
                yield Candidate(tuple(found.values()), "heuristic")
