"""Choosing the adapter for a page: by URL host, then canonical URL, then a unique fingerprint."""

from __future__ import annotations

from vnnews_parse._errors import UnknownSiteError
from vnnews_parse._page import Page, normalise_host
from vnnews_parse.sites import ALL
from vnnews_parse.sites._base import SiteAdapter

BY_NAME: dict[str, SiteAdapter] = {adapter.name: adapter for adapter in ALL}


def adapter_for_host(host: str | None) -> SiteAdapter | None:
    """The adapter whose host equals ``host`` or is its parent domain; the longest match wins."""
    if not host:
        return None
    best: tuple[int, SiteAdapter] | None = None
    for adapter in ALL:
        for claimed in adapter.hosts:
            if (host == claimed or host.endswith("." + claimed)) and (best is None or len(claimed) > best[0]):
                best = (len(claimed), adapter)
    return best[1] if best else None


def find_adapter(page: Page, site: str | None = None) -> SiteAdapter | None:
    """The adapter for ``page`` (``None`` means the generic fallback); ``site`` forces one by name."""
    if site is not None:
        if not isinstance(site, str):
            raise UnknownSiteError(f"site must be an adapter name (str), not {type(site).__name__}")
        if site == "generic":
            return None
        if site not in BY_NAME:
            names = ", ".join(sorted(BY_NAME))
            raise UnknownSiteError(f"unknown site {site!r}: expected 'generic' or one of {names}")
        return BY_NAME[site]
    adapter = adapter_for_host(page.host) or adapter_for_host(normalise_host(page.canonical))
    if adapter is not None:
        return adapter
    # Fingerprints decide only when exactly one adapter recognises the page.
    matches = [a for a in ALL if any(page.xpath(expr) for expr in a.fingerprints)]
    return matches[0] if len(matches) == 1 else None
