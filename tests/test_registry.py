"""The registry: every adapter registered once, hosts claimed once, fixtures owned by their adapter."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import vnnews_parse
import vnnews_parse.sites
from conftest import SITES
from vnnews_parse._page import normalise_host
from vnnews_parse._registry import adapter_for_host
from vnnews_parse.sites import ALL


def test_every_site_module_is_registered() -> None:
    """Each public module in sites/ contributes its ADAPTER to ALL."""
    names = [m.name for m in pkgutil.iter_modules(vnnews_parse.sites.__path__) if not m.name.startswith("_")]
    modules = [importlib.import_module(f"vnnews_parse.sites.{name}").ADAPTER for name in names]
    assert sorted(a.name for a in modules) == sorted(a.name for a in ALL)


def test_no_host_claimed_twice() -> None:
    """No host belongs to two adapters."""
    hosts = [h for a in ALL for h in a.hosts]
    assert sorted({h for h in hosts if hosts.count(h) > 1}) == []


def test_hosts_are_normalised() -> None:
    """Adapters list bare hosts: no scheme, no www./m. prefix, lower case."""
    assert [] == [h for a in ALL for h in a.hosts if normalise_host("https://" + h) != h]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://hanoimoi.vn/a.html", "hanoimoi"),
        ("https://www.hanoimoi.vn/a.html", "hanoimoi"),
        ("http://m.hanoimoi.vn:8080/a.html", "hanoimoi"),
        ("https://nhipsonghanoi.hanoimoi.vn/a.html", "hanoimoi"),
        ("https://hanoimoi.com.vn/tin-tuc/a.html", "hanoimoi"),
        ("https://HANOIMOI.VN/a.html", "hanoimoi"),
        ("https://nothanoimoi.vn/a.html", None),
        ("https://example.com/a.html", None),
    ],
)
def test_host_lookup(url: str, expected: str | None) -> None:
    """Hosts match exactly or as a parent domain, after normalisation."""
    adapter = adapter_for_host(normalise_host(url))
    assert expected == (adapter.name if adapter else None)


def test_all_is_in_module_order() -> None:
    """ALL lists the adapters in the sorted order of their modules: one obvious place per site."""
    names = [m.name for m in pkgutil.iter_modules(vnnews_parse.sites.__path__) if not m.name.startswith("_")]
    owner = {id(importlib.import_module(f"vnnews_parse.sites.{name}").ADAPTER): name for name in names}
    modules = [owner[id(a)] for a in ALL]
    assert sorted(modules) == modules


@pytest.mark.parametrize("html", sorted(SITES.glob("*/*.html")), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_owned_by_its_adapter_only(html: Path) -> None:
    """Without a URL, a fixture is recognised as its own site's page (canonical or fingerprint)."""
    site = html.parent.name
    assert site == vnnews_parse.parse(html.read_bytes()).site


@pytest.mark.parametrize("html", sorted(SITES.glob("*/*.html")), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fingerprint_unique(html: Path) -> None:
    """Exactly one adapter's fingerprints match each fixture."""
    from vnnews_parse._page import load

    page = load(html.read_bytes(), None, 10**8)
    matches = [a.name for a in ALL if any(page.xpath(expr) for expr in a.fingerprints)]
    assert [html.parent.name] == matches


def test_unknown_site_name() -> None:
    """Forcing a site that does not exist is a ParseError naming it."""
    with pytest.raises(vnnews_parse.ParseError, match="unknown site 'nope'"):
        vnnews_parse.parse("<html><h1>x</h1></html>", site="nope")
