"""The site adapter: a declaration of where a site's template keeps each field.

`SiteAdapter`, `has_class` and `FIELDS` are public (re-exported by ``vnnews_parse``); the rest
of this module is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypedDict, cast

import attrs
from lxml import etree

from vnnews_parse._byline import split_byline
from vnnews_parse._errors import AdapterError
from vnnews_parse._fields import (
    FIELDS,
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
from vnnews_parse._page import Page, normalise_host
from vnnews_parse._xpath import class_plan, compile_xpath, union_branches

__all__ = ["FIELDS", "SiteAdapter", "has_class"]

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


def _tuple(value: str | Sequence[str]) -> tuple[str, ...]:
    # A lone string is a common slip for a one-selector tuple: accept it rather than iterate characters.
    if isinstance(value, str):
        return (value,)
    # Anything else but a list or tuple is left as is, for the checks to name the adapter and the key.
    return tuple(value) if isinstance(value, (list, tuple)) else cast("tuple[str, ...]", value)


@attrs.frozen(slots=True)
class SiteAdapter:
    """Where one news site's template(s) keep each field, as XPath selectors tried in order.

    Pass your own to ``parse(..., adapters=(...))``, write them in TOML (`load_adapters`) or offer
    them from a package (`plugin_adapters`); see "Your own sites" in the documentation.

    Every field of `FIELDS` (``headline``, ``lead``, ``source``, ``published``, ``updated``,
    ``comment_count``, ``rights``, ``section``, ``tags``, ``images``, and ``authors`` and ``body``
    below) is a tuple of XPath expressions; the first that finds a non-empty value wins (a new
    template gets a new expression first, the old one stays). The values are read by the shared
    rules: Vietnamese dates, counts, bylines, body blocks, images and captions. A field left
    empty comes from the page's metadata (JSON-LD, OpenGraph): the adapter declares that its
    template does not show it, so the generic heuristics, which read the page itself, run only
    for a field whose selectors missed.

    Attributes:
        name: the adapter's name, ``Article.site`` of the pages it reads and ``parse(site=...)``.
        hosts: host names the adapter claims (``"baomau.vn"`` also claims its subdomains), bare:
            lower case, no scheme, port or ``www.``/``m.``/``amp.``/``mobile.`` prefix.
        fingerprints: XPaths that recognise the site's pages when no host does (a page without
            URL nor canonical link); the adapter is used when it is the only one matching.
        authors: selectors of byline elements; their texts are split by the shared byline rules
            into authors and a source ("Theo TTXVN").
        body: selectors of the article container(s), or of its paragraphs.
        body_exclude: XPaths, relative to each body container, of parts that are not article text.
        custom: field name -> function ``(page) -> value | None`` for what a selector cannot say;
            it replaces the selectors of that field. Of the page, ``page.xpath(expr, node=None)``
            (a list), ``page.tree`` (the lxml root element) and ``page.url`` are stable.
        required: the fields every page of the template has: ``parse(..., strict=True)`` and
            ``vnnews-parse --check-adapters`` report a required field the selectors miss. By
            default the headline, the publication time and the body, those the adapter reads.
        no_fallback: fields only this adapter may read: when its selectors miss, the field stays
            ``None`` rather than coming from the generic fallback (a counter drawn by script).
        templates: the layouts the selectors were written from, as a note (``"2024 desktop"``).

    A lone string is accepted where a tuple is expected. Everything is checked when the adapter
    is built: every selector is compiled as it will run and tried once on a small page;
    ``custom``, ``required`` and ``no_fallback`` must name fields of `FIELDS` (a required field
    needs a selector); ``hosts`` must be bare host names. A problem raises `AdapterError`
    naming the adapter, the key and the selector: a bad adapter never fails in the middle of a
    batch.
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
    required: tuple[str, ...] = attrs.field(
        default=attrs.Factory(lambda self: _default_required(self), takes_self=True), converter=_tuple
    )
    no_fallback: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    templates: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def __attrs_post_init__(self) -> None:
        _validate(self)

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


def _default_required(adapter: SiteAdapter) -> tuple[str, ...]:
    """Without ``required``: the headline, the publication time and the body, those the adapter reads."""
    custom = adapter.custom if isinstance(adapter.custom, Mapping) else {}
    return tuple(f for f in ("headline", "published", "body") if f in custom or getattr(adapter, f, None))


# -- checks when an adapter is built ------------------------------------------------------------------
SELECTOR_KEYS = ("fingerprints", *FIELDS, "body_exclude")
# XPath 1.0's functions, and EXSLT's regular expressions (the only namespace selectors may use).
_FUNCTIONS = frozenset(
    "last position count id local-name namespace-uri name string concat starts-with contains"
    " substring-before substring-after substring string-length normalize-space translate boolean not"
    " true false lang number sum floor ceiling round".split()
)
_NODE_TYPES = frozenset(("node", "text", "comment", "processing-instruction"))
_PREFIXED = {"re": frozenset(("test", "match", "replace")), "xml": frozenset()}
_OPERATORS = frozenset(("and", "or", "div", "mod"))
_KNOWN = _FUNCTIONS | _NODE_TYPES | _OPERATORS
_STRINGS = re.compile(r"'[^']*'|\"[^\"]*\"")
_CALL = re.compile(r"(?<![\w.:@$-])([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*\(")
_PREFIX = re.compile(r"(?<![\w.:-])([A-Za-z_][\w.-]*):(?!:)")
_VARIABLE = re.compile(r"\$[A-Za-z_][\w.-]*")
# A page with the elements selectors usually start from, to try each selector once as it will run.
_PROBE = (
    b"<html lang='vi'><head><meta property='og:title' content='t'><title>t</title></head><body>"
    b"<div class='a b' id='x'><h1 class='title'>t</h1><p class='p'>t <a href='/a'>a</a> <span>s</span></p>"
    b"<img src='/i.jpg'><table><tr><td>t</td></tr></table><ul><li>t</li></ul></div><article><time>t</time>"
    b"</article><footer><p>t</p></footer></body></html>"
)


def _validate(adapter: SiteAdapter) -> None:
    """Raise `AdapterError` for the first thing in ``adapter`` that cannot work."""
    name = adapter.name
    site = name if isinstance(name, str) else None
    if not isinstance(name, str) or not name.strip():
        got = "an empty one" if isinstance(name, str) else _shown(name)
        raise AdapterError(f"a site name must be a non-empty string, not {got}", site=site, key="name")
    if name == "generic":
        raise AdapterError("'generic' names the fallback, not an adapter", site=site, key="name")
    _strings(adapter.hosts, site, "hosts")
    if not adapter.hosts:
        raise AdapterError("no hosts: a site needs at least one host name (e.g. 'example.vn')", site=site, key="hosts")
    for host in adapter.hosts:
        normal = normalise_host("http://" + host.strip()) if host.strip() else None
        if normal != host:
            hint = f": write {normal!r}" if normal else ""
            raise AdapterError(f"{host!r} is not a bare host name{hint}", site=site, key="hosts")
    probe = _Probe()
    for key in SELECTOR_KEYS:
        selectors = getattr(adapter, key)
        _strings(selectors, site, key)
        for expr in selectors:
            problem = _selector_problem(probe, expr, key)
            if problem is not None:
                raise AdapterError(problem, site=site, key=key, selector=expr)
    if not isinstance(adapter.custom, Mapping):
        raise AdapterError(f"expected a mapping of field names to functions, got {_shown(adapter.custom)}",
                           site=site, key="custom")  # fmt: skip
    for field, function in adapter.custom.items():
        if field not in FIELDS:
            raise AdapterError(_not_a_field(field), site=site, key="custom")
        if not callable(function):
            raise AdapterError(f"{field!r}: expected a function (Page) -> value, got {_shown(function)}",
                               site=site, key="custom")  # fmt: skip
    for key in ("required", "no_fallback"):
        fields = getattr(adapter, key)
        _strings(fields, site, key)
        for field in fields:
            if field not in FIELDS:
                raise AdapterError(_not_a_field(field), site=site, key=key)
    for field in adapter.required:
        if field not in adapter.custom and not getattr(adapter, field):
            raise AdapterError(f"{field!r} is required but has no selector", site=site, key="required")
    _strings(adapter.templates, site, "templates")


def _strings(values: object, site: str | None, key: str) -> None:
    if not isinstance(values, tuple):
        raise AdapterError(f"expected a string or a list of strings, got {_shown(values)}", site=site, key=key)
    for value in values:
        if not isinstance(value, str):
            raise AdapterError(f"expected strings, got {_shown(value)}", site=site, key=key)


def _shown(value: object) -> str:
    return f"{type(value).__name__} {value!r}" if isinstance(value, (int, float)) else type(value).__name__


def _not_a_field(field: object) -> str:
    return f"{field!r} is not a field (fields: {', '.join(FIELDS)})"


# Selectors already checked, by (selector, kind of key): adapters of one CMS share many.
_CHECKED: dict[tuple[str, str], str | None] = {}


class _Probe:
    """The probe page, parsed on first use."""

    __slots__ = ("_page",)

    def __init__(self) -> None:
        self._page: Page | None = None

    @property
    def page(self) -> Page:
        if self._page is None:
            self._page = Page(etree.fromstring(_PROBE, etree.HTMLParser()), None)
        return self._page


def _selector_problem(probe: _Probe, expr: str, key: str) -> str | None:
    """Why ``expr`` cannot serve as a selector of ``key``, or ``None``: compiled and tried as it will run."""
    kind = key if key in ("fingerprints", "body_exclude") else "field"
    if (expr, kind) not in _CHECKED:
        _CHECKED[expr, kind] = _problem(probe, expr, key)
    return _CHECKED[expr, kind]


def _problem(probe: _Probe, expr: str, key: str) -> str | None:
    if not expr.strip():
        return "empty selector"
    code = _STRINGS.sub("''", expr)
    reason = None
    for match in _CALL.finditer(code):
        function = match.group(1)
        prefix, _, local = function.rpartition(":")
        known = local in _PREFIXED.get(prefix, ()) if prefix else function in _KNOWN
        if not known:
            reason = f"unknown function {function}()"
    for match in _PREFIX.finditer(code):
        if match.group(1) not in _PREFIXED:
            reason = f"unknown namespace prefix '{match.group(1)}:' (only 're:', EXSLT regular expressions, is defined)"
    variable = _VARIABLE.search(code)
    if variable:
        reason = f"no variables are defined ({variable.group(0)})"
    if reason is None:
        try:
            # The selector as it runs: rewritten for speed, or planned on the class index.
            compile_xpath(expr)
            class_plan(expr)
            union_branches(expr)
            page = probe.page
            found = page.xpath(expr, page.xpath("//body")[0] if key == "body_exclude" else None)
        except etree.XPathError as exc:
            reason = str(exc) or type(exc).__name__
        except Exception as exc:  # the rewriting for speed met something it cannot read: say so
            reason = f"{type(exc).__name__}: {exc}"
        else:
            if key != "fingerprints" and any(isinstance(x, (bool, float)) for x in found):
                kind = "a number" if isinstance(found[0], float) else "true or false"
                return f"XPath {expr!r} gives {kind}, not elements, attributes or text"
    return None if reason is None else f"invalid XPath {expr!r} ({reason})"
