"""The worked example of docs/your-own-sites.md, run: one invented site as TOML, in Python and as a plugin.

examples/your-own-sites/ holds the page (written by us, invented text), the site in TOML
(langgio.toml), the same site in Python as a plugin package (vnnews-langgio/) and the expected
record (langgio-2026.json). Every form must give that record, through parse, the command line and
the batch mode.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import vnnews_parse
from conftest import install_distribution
from vnnews_parse._adapters import tomllib
from vnnews_parse._cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "your-own-sites"
TOML = EXAMPLE / "langgio.toml"
PAGE = EXAMPLE / "langgio-2026.html"
PLUGIN = EXAMPLE / "vnnews-langgio"
EXPECTED: dict[str, Any] = json.loads((EXAMPLE / "langgio-2026.json").read_text("utf-8"))


def _python_adapter() -> vnnews_parse.SiteAdapter:
    """The plugin package's module, imported from its file."""
    spec = importlib.util.spec_from_file_location("langgio_example", PLUGIN / "vnnews_langgio" / "__init__.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    adapter: vnnews_parse.SiteAdapter = module.ADAPTER
    return adapter


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The plugin package installed as pip would: its module, and its entry points read from its pyproject.toml."""
    project = tomllib.loads((PLUGIN / "pyproject.toml").read_text("utf-8"))["project"]
    install_distribution(tmp_path, project["name"], project["entry-points"], {}, project["version"])
    shutil.copytree(PLUGIN / "vnnews_langgio", tmp_path / "vnnews_langgio")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    sys.modules.pop("vnnews_langgio", None)


def test_expected_record_has_every_field_from_the_site() -> None:
    """The example's expected record has a value for every field, each found by the site's adapter."""
    empty = [f for f in vnnews_parse.FIELDS if EXPECTED[f] in (None, [], "")]
    assert ([], set(vnnews_parse.FIELDS)) == (empty, set(EXPECTED["provenance"]))


def test_toml_site_through_parse() -> None:
    """parse with load_adapters("langgio.toml") gives the expected record."""
    article = vnnews_parse.parse(PAGE.read_bytes(), adapters=vnnews_parse.load_adapters(TOML))
    assert EXPECTED == article.to_dict()


def test_toml_site_strict() -> None:
    """The page has every required field of the site: a strict parse passes."""
    adapters = vnnews_parse.load_adapters(TOML)
    assert EXPECTED == vnnews_parse.parse(PAGE.read_bytes(), strict=True, adapters=adapters).to_dict()


def test_toml_site_through_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    """vnnews-parse --adapters langgio.toml PAGE prints the expected record."""
    assert 0 == main(["--adapters", str(TOML), str(PAGE)])
    assert EXPECTED == json.loads(capsys.readouterr().out)


def test_toml_site_through_batch_mode(tmp_path: Path) -> None:
    """vnnews-parse --jobs 2 --adapters langgio.toml FOLDER writes the expected record for each page."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a.html", "b.html", "c.html"):
        shutil.copy(PAGE, folder / name)
    out = tmp_path / "out.jsonl"
    assert 0 == main(["--jobs", "2", "--adapters", str(TOML), str(folder), "-o", str(out)])
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [{"input": str(folder / name), **EXPECTED} for name in ("a.html", "b.html", "c.html")] == records


def test_python_adapter_is_the_toml_adapter() -> None:
    """The Python module declares the very adapter the TOML file describes."""
    assert vnnews_parse.load_adapters(TOML) == (_python_adapter(),)


def test_python_adapter_through_parse() -> None:
    """parse with the Python adapter gives the expected record."""
    assert EXPECTED == vnnews_parse.parse(PAGE.read_bytes(), adapters=(_python_adapter(),)).to_dict()


def test_plugin_through_parse(installed_plugin: None) -> None:
    """The installed plugin, through plugin_adapters(), gives the expected record."""
    adapters = vnnews_parse.plugin_adapters()
    assert (["langgio"], EXPECTED) == (
        [a.name for a in adapters],
        vnnews_parse.parse(PAGE.read_bytes(), adapters=adapters).to_dict(),
    )


def test_plugin_through_the_cli(installed_plugin: None, capsys: pytest.CaptureFixture[str]) -> None:
    """vnnews-parse --plugins PAGE prints the expected record."""
    assert 0 == main(["--plugins", str(PAGE)])
    assert EXPECTED == json.loads(capsys.readouterr().out)


def test_plugin_through_batch_mode(installed_plugin: None, tmp_path: Path) -> None:
    """vnnews-parse --jobs 2 --plugins PAGE writes the expected record."""
    out = tmp_path / "out.jsonl"
    assert 0 == main(["--jobs", "2", "--plugins", str(PAGE), "-o", str(out)])
    assert {"input": str(PAGE), **EXPECTED} == json.loads(out.read_text("utf-8"))


def test_morning_check_of_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    """vnnews-parse --check-adapters langgio.toml PAGE: every required field found, exit 0."""
    assert 0 == main(["--check-adapters", str(TOML), str(PAGE)])
    assert "vnnews-parse: checked 1 page with" in capsys.readouterr().err
