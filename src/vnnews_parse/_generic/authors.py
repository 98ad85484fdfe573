"""The authors (the byline's writers) and the source ("Theo TTXVN") of the article.

1. JSON-LD ``author`` (people only, not the organisation that publishes the site).
2. ``article:author`` / ``<meta name="author">`` / ``dc.creator``.
3. The innermost element marked as a byline (``rel="author"``, ``itemprop="author"``, a class or
   id such as ``author``, ``tacgia``), outside comment and related boxes.
4. A bold or right-aligned short paragraph closing the article container.

Every byline text goes through the shared byline rules (``_byline.split_byline``), which split
names and tell a source from a writer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from vnnews_parse._byline import AGENCIES, split_byline
from vnnews_parse._context import Candidate, Context
from vnnews_parse._generic._metadata import article_object, people
from vnnews_parse._generic._shared import container, klass, marked
from vnnews_parse._page import Names, Page
from vnnews_parse._text import clean, text_of

AUTHOR_CLASS = Names(parts=("author", "byline", "tacgia", "tac-gia", "writer", "journalist", "reporter", "nguoi-viet"))
# A byline inside these boxes belongs to a comment, a teaser or the site, not to the article.
_IN_BOX_X = f"ancestor::*[{klass(Names(parts=('comment', 'relate', 'footer', 'menu', 'nav')))}]"
_AUTHOR_X = (
    "/descendant::*/@data-role[.='author']/parent::*"
    " | /descendant::*/@itemprop[.='author']/parent::*[not(self::meta or self::link)]"
    " | /descendant::*/@rel[.='author']/parent::*[not(self::link)]"
)


def candidates(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Author candidates, most reliable first; each may name the source too."""
    page = ctx.page
    obj = article_object(page)
    if obj is not None:
        candidate = _byline(_plausible_people(page, people(obj.get("author"))), "jsonld")
        if candidate is not None:
            yield candidate
    candidate = _byline(_plausible_people(page, [page.meta("article:author", "author", "dc.creator") or ""]), "meta")
    if candidate is not None:
        yield candidate
    if heuristics:
        candidate = _byline(_byline_texts(ctx), "heuristic")
        if candidate is not None:
            yield candidate


def _byline(texts: Iterable[str], origin: str) -> Candidate | None:
    """The authors of byline texts, with the source they name; ``None`` when they name neither."""
    authors, source = split_byline(texts)
    if not authors and not source:
        return None
    # A byline naming only a source ("Theo TTXVN") still names the source.
    return Candidate(authors, origin, {"source": source} if source else {})


def _plausible_people(page: Page, names: Iterable[str]) -> list[str]:
    """Drop "authors" that are the site itself, a URL or an agency."""
    site_words = {w for w in (page.meta("og:site_name") or "").casefold().split() if len(w) > 3}
    out = []
    for name in names:
        name = clean(name)
        folded = name.casefold()
        if not name or "http" in folded or "/" in folded or ".vn" in folded or ".com" in folded or ".net" in folded:
            continue
        if folded.startswith("báo ") or folded in AGENCIES or (site_words and set(folded.split()) <= site_words):
            continue
        out.append(name)
    return out


def _byline_texts(ctx: Context) -> list[str]:
    """Byline texts: the innermost author-marked element, else a bold or right-aligned last paragraph."""
    page = ctx.page
    found = marked(page, _AUTHOR_X, AUTHOR_CLASS)
    chosen = set(found)
    for el in found:
        text = text_of(el)
        # Innermost marked element only; the look below is bounded so nested markup stays linear.
        if not text or len(text) > 80 or any(d in chosen for d in islice(el.iterdescendants(), 500)):
            continue
        if page.xpath(_IN_BOX_X, el):
            continue
        return [text]
    box = container(ctx)
    if box is None:
        return []
    # A bold or right-aligned short last paragraph is the byline on many templates.
    # The last paragraph with text: read from the end, not the whole container again.
    last = next((p for p in reversed(page.xpath("./p | ./div", box)) if text_of(p)), None)
    if last is not None:
        text = text_of(last)
        if len(text) > 60:
            return []
        style = (last.get("style") or "") + " " + (last.get("align") or "") + " " + (last.get("class") or "")
        # Outermost bold elements only: nested <b><b>… would be read once per level.
        bold = "".join(
            text_of(b) for b in page.xpath(".//*[self::strong or self::b][not(ancestor::strong or ancestor::b)]", last)
        )
        if "right" in style.lower() or bold == text:
            return [text]
    return []
