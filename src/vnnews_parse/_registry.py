"""Choosing the adapter for a page: by URL host, then canonical URL, then a unique fingerprint.

The caller's adapters (``parse(..., adapters=...)``) are a tier before the built-in ones, under
the same rules: for each host, the caller's adapters are asked first; for fingerprints, one of
the caller's adapters that matches alone wins before the built-in ones are tried. Nothing here
is mutable: the tiers are passed with each call.
"""

from __future__ import annotations

from collections.abc import Sequence

from vnnews_parse._errors import UnknownSiteError
from vnnews_parse._page import Page, normalise_host
from vnnews_parse._xpath import screen
from vnnews_parse.sites import ALL
from vnnews_parse.sites._base import SiteAdapter

Tiers = tuple[Sequence[SiteAdapter], ...]


def adapter_for_host(host: str | None, adapters: Sequence[SiteAdapter] = ALL) -> SiteAdapter | None:
    """The adapter whose host equals ``host`` or is its parent domain; the longest match wins (ties: the first)."""
    if not host:
        return None
    best: tuple[int, SiteAdapter] | None = None
    for adapter in adapters:
        for claimed in adapter.hosts:
            if (host == claimed or host.endswith("." + claimed)) and (best is None or len(claimed) > best[0]):
                best = (len(claimed), adapter)
    return best[1] if best else None


def tiers_of(adapters: Sequence[SiteAdapter]) -> Tiers:
    """The caller's adapters (checked) before the built-in ones."""
    if isinstance(adapters, SiteAdapter) or not isinstance(adapters, (tuple, list)):
        hint = ": write adapters=(adapter,)" if isinstance(adapters, SiteAdapter) else ""
        raise TypeError(f"adapters must be a tuple or list of SiteAdapter, not {type(adapters).__name__}{hint}")
    for adapter in adapters:
        if not isinstance(adapter, SiteAdapter):
            raise TypeError(f"adapters must hold SiteAdapter objects, not {type(adapter).__name__}")
    return (adapters, ALL) if adapters else (ALL,)


def recognise(page: Page, tiers: Tiers) -> tuple[SiteAdapter, str] | None:
    """The adapter for ``page`` among the tiers, and how it was recognised; ``None``: none applies."""
    for how, host in (("url host", page.host), ("canonical host", normalise_host(page.canonical))):
        for adapters in tiers:
            adapter = adapter_for_host(host, adapters)
            if adapter is not None:
                return adapter, how
    for adapters in tiers:
        if adapters is ALL and not any(page.xpath(expr) for expr in _built_in_screen()):
            continue  # no built-in fingerprint matches: each need not be asked
        # Fingerprints decide only when exactly one adapter of a tier recognises the page.
        matches = [a for a in adapters if any(page.xpath(expr) for expr in a.fingerprints)]
        if len(matches) == 1:
            return matches[0], "fingerprint"
        if matches:
            return None
    return None


_SCREEN: list[tuple[str, ...]] = []


def _built_in_screen() -> tuple[str, ...]:
    """The built-in adapters' fingerprints asked in a few walks (see ``_xpath.screen``): a page of
    a site no adapter knows is told so by a few walks of the page instead of one per fingerprint."""
    if not _SCREEN:
        _SCREEN.append(screen([expr for adapter in ALL for expr in adapter.fingerprints]))
    return _SCREEN[0]


def by_name(site: str, tiers: Tiers) -> SiteAdapter | None:
    """The adapter named ``site`` (the first of that name, caller's first); ``None`` for ``"generic"``."""
    if not isinstance(site, str):
        raise UnknownSiteError(f"site must be an adapter name (str), not {type(site).__name__}")
    if site == "generic":
        return None
    for adapters in tiers:
        for adapter in adapters:
            if adapter.name == site:
                return adapter
    names = ", ".join(sorted({a.name for adapters in tiers for a in adapters}))
    raise UnknownSiteError(f"unknown site {site!r}: expected 'generic' or one of {names}")


def find_adapter(page: Page, site: str | None = None, adapters: Sequence[SiteAdapter] = ()) -> SiteAdapter | None:
    """The adapter for ``page`` (``None`` means the generic fallback); ``site`` forces one by name."""
    tiers = tiers_of(adapters)
    if site is not None:
        return by_name(site, tiers)
    found = recognise(page, tiers)
    return found[0] if found else None
