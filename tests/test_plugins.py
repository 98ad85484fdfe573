"""Plugins: adapters offered by installed packages (entry points), used only when asked for."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import vnnews_parse
from conftest import install_distribution
from vnnews_parse import plugin_adapters

GROUP = "vnnews_parse.sites"
MODULE = """
from vnnews_parse import SiteAdapter, has_class

ADAPTER = SiteAdapter(name="tm", hosts=("tm.example.vn",), headline=(f"//h1[{has_class('tm-title')}]",))
BOTH = (ADAPTER, SiteAdapter(name="tm2", hosts=("tm2.example.vn",), headline=("//h1",)))
NOT_ADAPTERS = ["//h1"]
"""
PAGE = (
    "<html><head><title>x</title></head><body><h1>Tiêu đề chung</h1><h1 class='tm-title'>Tiêu đề</h1>"
    "<div><p>Một đoạn văn bản đủ dài để làm thân bài của trang thử nghiệm này.</p></div></body></html>"
)


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on sys.path where tests install distributions; their modules are forgotten afterwards."""
    monkeypatch.syspath_prepend(str(tmp_path))
    before = set(sys.modules)
    yield tmp_path
    for name in set(sys.modules) - before:
        if name.startswith("tm_"):
            del sys.modules[name]


def test_plugin_adapter_is_offered(installed: Path) -> None:
    """An entry point naming a SiteAdapter gives that adapter."""
    install_distribution(installed, "tm-sites", {GROUP: {"tm": "tm_sites:ADAPTER"}}, {"tm_sites.py": MODULE})
    assert ["tm"] == [a.name for a in plugin_adapters()]


def test_plugin_tuple_is_offered(installed: Path) -> None:
    """An entry point naming a tuple of adapters gives them all, in order."""
    install_distribution(installed, "tm-sites", {GROUP: {"tm": "tm_sites:BOTH"}}, {"tm_sites.py": MODULE})
    assert ["tm", "tm2"] == [a.name for a in plugin_adapters()]


def test_plugins_used_only_when_asked(installed: Path) -> None:
    """An installed plugin changes nothing until its adapters are passed to parse."""
    install_distribution(installed, "tm-sites", {GROUP: {"tm": "tm_sites:ADAPTER"}}, {"tm_sites.py": MODULE})
    url = "https://tm.example.vn/a.html"
    assert ("generic", "tm") == (
        vnnews_parse.parse(PAGE, url).site,
        vnnews_parse.parse(PAGE, url, adapters=plugin_adapters()).site,
    )


def test_plugins_in_entry_point_name_order(installed: Path) -> None:
    """Plugins come in the order of their entry-point names, whatever the order of installation."""
    install_distribution(installed / "b", "tm-b", {GROUP: {"zz": "tm_sites:ADAPTER"}}, {"tm_sites.py": MODULE})
    install_distribution(installed / "a", "tm-a", {GROUP: {"aa": "tm_other:ADAPTER"}},
                         {"tm_other.py": MODULE.replace('name="tm"', 'name="first"')})  # fmt: skip
    sys.path[:0] = [str(installed / "b"), str(installed / "a")]
    try:
        assert ["first", "tm"] == [a.name for a in plugin_adapters()]
    finally:
        del sys.path[:2]


@pytest.mark.parametrize(
    ("value", "files", "problem"),
    [
        pytest.param("tm_missing:ADAPTER", {}, "cannot load: ModuleNotFoundError: No module named 'tm_missing'", id="import"),
        pytest.param("tm_sites:NOPE", {"tm_sites.py": MODULE}, "cannot load: AttributeError", id="attribute"),
        pytest.param("tm_sites:NOT_ADAPTERS", {"tm_sites.py": MODULE}, "gives list, not a SiteAdapter", id="not-adapters"),
        pytest.param("tm_bad:ADAPTER", {"tm_bad.py": MODULE.replace("tm-title')}]", "tm-title')}")},
                     "cannot load: AdapterError: site 'tm': key 'headline': invalid XPath", id="broken-adapter"),
    ],
)  # fmt: skip
def test_broken_plugin_warns_once_and_is_skipped(
    installed: Path, value: str, files: dict[str, str], problem: str
) -> None:
    """A plugin that fails gives one warning naming it and is skipped; the other plugins still load."""
    install_distribution(installed, "tm-broken", {GROUP: {"broken": value}}, files)
    install_distribution(installed, "tm-good", {GROUP: {"good": "tm_good:ADAPTER"}}, {"tm_good.py": MODULE})
    with pytest.warns(UserWarning, match="^vnnews_parse: plugin ") as warned:
        adapters = plugin_adapters()
    messages = [str(w.message) for w in warned]
    start = f"vnnews_parse: plugin 'broken' ({value} from tm-broken 1.0): "
    assert (["tm"], 1, True, True) == (
        [a.name for a in adapters],
        len(messages),
        messages[0].startswith(start) and problem in messages[0],
        messages[0].endswith("; skipped"),
    )
