"""One parse in progress: the page, its adapter, the fields decided so far, and the candidates turned down."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from vnnews_parse._page import Page
from vnnews_parse._text import words

if TYPE_CHECKING:
    from vnnews_parse.sites._base import SiteAdapter

T = TypeVar("T")


class Candidate(NamedTuple):
    """A value proposed for a field, where it was found, and fields it settles on the way.

    ``origin`` is ``"site"`` (an adapter's selector), ``"jsonld"``, ``"meta"`` or ``"heuristic"``.
    ``also`` carries values read together with this one ("Theo TTXVN" in a byline names the
    source); they are used for those fields unless the adapter's own selectors find better.
    """

    value: Any
    origin: str
    also: Mapping[str, Any] = {}


class Rejection(NamedTuple):
    """A candidate a plausibility check turned down, and why (shown by ``--explain``)."""

    field: str
    origin: str
    value: Any
    reason: str


class Context:
    """What the field finders and the checks share during one parse."""

    __slots__ = ("_memo", "_words", "adapter", "also", "page", "provenance", "rejected", "values")

    def __init__(self, page: Page, adapter: SiteAdapter | None) -> None:
        self.page = page
        self.adapter = adapter
        self.values: dict[str, Any] = {}
        self.provenance: dict[str, str] = {}
        # Values a candidate for another field carried (``Candidate.also``), with their origin.
        self.also: dict[str, tuple[Any, str]] = {}
        self.rejected: list[Rejection] = []
        self._memo: dict[str, Any] = {}
        self._words: dict[str, str] = {}

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per parse: the headline element, the body container, the site's names..."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]

    def words(self, text: str) -> str:
        """``_text.words(text)``, once per text and parse: the first blocks of the body are compared
        with the headline and the lead by several finders and checks."""
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = words(text)
        return found
