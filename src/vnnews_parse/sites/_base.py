"""The site adapter: a declaration of where a site's template keeps each field."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypedDict

import attrs

from vnnews_parse._byline import split_byline
from vnnews_parse._fields import (
    all_texts,
    first_body,
    first_count,
    first_date,
    first_text,
    headline_text,
    images_of,
    node_text,
    rights_text,
)
from vnnews_parse._page import Page

Selectors = tuple[str, ...]
Custom = Callable[[Page], Any]


class TemplateFields(TypedDict, total=False):
    """``SiteAdapter`` keyword arguments that a family of sites on one CMS template shares."""

    headline: Selectors
    lead: Selectors
    authors: Selectors
    source: Selectors
    published: Selectors
    updated: Selectors
    body: Selectors
    body_exclude: Selectors
    comment_count: Selectors
    rights: Selectors
    section: Selectors
    tags: Selectors
    images: Selectors
    custom: Mapping[str, Custom]
    no_fallback: tuple[str, ...]


def has_class(name: str) -> str:
    """XPath predicate: the class attribute holds the token ``name`` ("author" is not "wrap-author")."""
    # The plain substring test first: it is cheap and rejects almost every element, so the
    # costly token test (string building per element) runs only on the few candidates.
    return f"contains(@class, '{name}') and contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _tuple(value: str | tuple[str, ...]) -> tuple[str, ...]:
    # A lone string is a common slip for a one-selector tuple: accept it rather than iterate characters.
    return (value,) if isinstance(value, str) else tuple(value)


@attrs.frozen(slots=True)
class SiteAdapter:
    """Where one news site's template(s) keep each field, as XPath selectors tried in order.

    Every field is a tuple of XPath expressions; the first that finds a non-empty value wins
    (a new template gets a new expression first, the old one stays). ``custom`` maps a field
    name to a function ``(Page) -> value | None`` for what a selector cannot say; it replaces
    the selectors of that field. Fields left empty here come from the page's metadata (JSON-LD,
    OpenGraph): the adapter declares that its template does not show them, so the generic
    heuristics, which read the page itself, are run only for a field whose selectors missed.

    ``authors`` selectors find byline elements; their texts are split by the shared byline rules
    into authors and a source ("Theo TTXVN"). ``body`` selectors find the article container(s)
    (or its paragraphs); ``body_exclude`` are XPaths, relative to each container, of parts that
    are not article text. ``required`` names the fields the template always has: with
    ``parse(..., strict=True)`` a required field that the selectors miss raises ``FieldError``.
    """

    name: str
    hosts: tuple[str, ...] = attrs.field(converter=_tuple)
    fingerprints: Selectors = attrs.field(default=(), converter=_tuple)
    headline: Selectors = attrs.field(default=(), converter=_tuple)
    lead: Selectors = attrs.field(default=(), converter=_tuple)
    authors: Selectors = attrs.field(default=(), converter=_tuple)
    source: Selectors = attrs.field(default=(), converter=_tuple)
    published: Selectors = attrs.field(default=(), converter=_tuple)
    updated: Selectors = attrs.field(default=(), converter=_tuple)
    body: Selectors = attrs.field(default=(), converter=_tuple)
    body_exclude: Selectors = attrs.field(default=(), converter=_tuple)
    comment_count: Selectors = attrs.field(default=(), converter=_tuple)
    rights: Selectors = attrs.field(default=(), converter=_tuple)
    section: Selectors = attrs.field(default=(), converter=_tuple)
    tags: Selectors = attrs.field(default=(), converter=_tuple)
    images: Selectors = attrs.field(default=(), converter=_tuple)
    custom: Mapping[str, Custom] = attrs.field(factory=dict)
    required: tuple[str, ...] = attrs.field(default=("headline", "published", "body"), converter=_tuple)
    no_fallback: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    templates: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def unread(self) -> tuple[str, ...]:
        """The fields this adapter has neither selectors nor a custom function for."""
        return tuple(f for f in _READERS if not self.reads(f))

    def reads(self, field: str) -> bool:
        """Whether this adapter has selectors or a custom function for ``field``."""
        return field in self.custom or bool(getattr(self, field))

    def candidates(self, page: Page, field: str) -> Iterator[Any]:
        """The value each selector for ``field`` finds, in order (a custom function gives one).

        A value may be empty (``None``, ``()``, ``""``). ``authors`` values are byline texts, split
        by the shared byline rules afterwards; ``[]`` is a byline slot the page left empty.
        """
        if field in self.custom:
            yield self.custom[field](page)
            return
        reader = _READERS[field]
        for expr in getattr(self, field):
            yield reader(page, (expr,), self)

    def tried(self, field: str) -> str:
        """What this adapter tries for ``field``, for error messages."""
        return "custom function" if field in self.custom else " | ".join(getattr(self, field)) or "no selector"


def _byline_texts(page: Page, selectors: Selectors, adapter: SiteAdapter) -> list[str] | None:
    """Texts of the first selector's byline elements; an empty byline slot names nobody: ``[]``."""
    empty_slot = False
    for expr in selectors:
        nodes = page.xpath(expr)
        texts = [t for t in (node_text(n) for n in nodes) if t]
        if texts:
            return texts
        empty_slot = empty_slot or bool(nodes)
    return [] if empty_slot else None


def _source(page: Page, selectors: Selectors, adapter: SiteAdapter) -> str | None:
    text = first_text(page, selectors)
    if text is None:
        return None
    # The element may print "Theo TTXVN" or only "TTXVN": both name the source.
    return split_byline([text if text.lower().startswith(("theo", "nguồn")) else "Theo " + text])[1]


_READERS: dict[str, Callable[[Page, Selectors, SiteAdapter], Any]] = {
    "headline": lambda p, s, a: first_text(p, s, headline_text),
    "lead": lambda p, s, a: first_text(p, s),
    "authors": _byline_texts,
    "source": _source,
    "published": lambda p, s, a: first_date(p, s),
    "updated": lambda p, s, a: first_date(p, s),
    "body": lambda p, s, a: first_body(p, s, a.body_exclude),
    "comment_count": lambda p, s, a: first_count(p, s),
    "rights": lambda p, s, a: first_text(p, s, rights_text),
    "section": lambda p, s, a: first_text(p, s),
    "tags": lambda p, s, a: all_texts(p, s),
    "images": lambda p, s, a: images_of(p, s),
}
