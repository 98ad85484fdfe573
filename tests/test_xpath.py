"""The XPath rewrite for speed never changes a selector's result."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from vnnews_parse._xpath import _NS, compile_xpath, rewrite
from vnnews_parse.sites import ALL

PAGES = sorted((Path(__file__).parent / "sites").glob("*/*.html"))
FIELDS = (
    *("fingerprints", "headline", "lead", "authors", "source", "published", "updated", "body"),
    *("comment_count", "rights", "section", "tags", "images"),
)
SELECTORS = sorted({expr for adapter in ALL for field in FIELDS for expr in getattr(adapter, field)})


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("//h1", "/descendant::h1"),
        ("//div[@class='a']//p", "/descendant::div[@class='a']/descendant::p"),
        ("//li[2]", "//li[2]"),
        ("//ol/li[last()]", "/descendant::ol/li[last()]"),
        ("(//base[@href])[1]/@href", "(/descendant::base[@href])[1]/@href"),
        (".//figcaption", "./descendant::figcaption"),
        ("//a[contains(@href, '//x')]", "/descendant::a[contains(@href, '//x')]"),
    ],
)
def test_rewrite(expr: str, expected: str) -> None:
    """'//step' becomes '/descendant::step' unless the step has a positional predicate."""
    assert expected == rewrite(expr)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_adapter_selector_gives_the_same_nodes(page: Path) -> None:
    """On every fixture page, each adapter selector finds the same nodes before and after the rewrite."""
    tree = lxml.html.fromstring(page.read_bytes())
    differing = [
        expr
        for expr in SELECTORS
        if etree.XPath(expr, namespaces=_NS, smart_strings=False)(tree) != compile_xpath(expr)(tree)
    ]
    assert [] == differing
