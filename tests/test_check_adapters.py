"""vnnews-parse --check-adapters: what each selector finds on each page, and exit 1 when a required field is missing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import SITES, install_distribution
from test_batch import write_warc
from vnnews_parse._cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "your-own-sites"
TOML = str(EXAMPLE / "langgio.toml")
PAGE = EXAMPLE / "langgio-2026.html"


def _redesigned(tmp_path: Path) -> Path:
    """The example page after an imagined redesign: new classes for the headline and the date."""
    html = PAGE.read_text("utf-8").replace("lg-title", "lg-headline").replace("lg-published", "lg-time")
    path = tmp_path / "redesigned.html"
    path.write_text(html, "utf-8")
    return path


def test_good_page_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """Every required field found: exit 0, the page reported ok."""
    code = main(["--check-adapters", TOML, str(PAGE)])
    captured = capsys.readouterr()
    assert (0, f"{PAGE}: langgio (by canonical host): ok") == (code, captured.out.splitlines()[0])


def test_report_shows_each_selector(capsys: pytest.CaptureFixture[str]) -> None:
    """Each selector of a field is listed with what it found alone (the second date selector finds nothing)."""
    main(["--check-adapters", TOML, str(PAGE)])
    out = capsys.readouterr().out.splitlines()
    at = out.index("      //time[contains(@class, 'lg-published')]/@datetime")
    assert [
        "        -> 1 found: 2026-03-14T07:30:00+07:00",
        "      //meta[@property='article:published_time']/@content",
        "        -> nothing",
    ] == out[at + 1 : at + 4]


def test_redesigned_page_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A required field no selector finds any more: the page fails, exit 1, the summary counts it."""
    code = main(["--check-adapters", TOML, str(PAGE), str(_redesigned(tmp_path))])
    captured = capsys.readouterr()
    failing = [line for line in captured.out.splitlines() if "FAIL" in line]
    assert (1, [f"{tmp_path}/redesigned.html: langgio (by canonical host): FAIL: required headline, published missing"],
            f"vnnews-parse: checked 2 pages with {TOML}: 1 ok, 1 failed\n") == (code, failing, captured.err)  # fmt: skip


def test_missing_field_is_marked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The missing required field is marked MISSING, its selector 'nothing'."""
    main(["--check-adapters", TOML, str(_redesigned(tmp_path))])
    out = capsys.readouterr().out.splitlines()
    at = out.index("  *headline       MISSING")
    assert ["      //h1[contains(@class, 'lg-title')]", "        -> nothing"] == out[at + 1 : at + 3]


def test_page_of_another_site_fails(capsys: pytest.CaptureFixture[str]) -> None:
    """A page that none of the checked adapters recognises fails (the built-in ones are not asked)."""
    page = SITES / "hanoimoi" / "reference-2016.html"
    assert 1 == main(["--check-adapters", TOML, str(page)])
    assert f"{page}: FAIL: no adapter recognises this page" in capsys.readouterr().out


def test_builtin_adapters_on_their_fixtures(capsys: pytest.CaptureFixture[str]) -> None:
    """--check-adapters builtin: every fixture of the built-in sites passes (recognised without URL, strict)."""
    assert 0 == main(["--check-adapters", "builtin", str(SITES)])
    assert "ok" in capsys.readouterr().err


def test_jsonl_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format jsonl: one object per page with the missing fields and each selector's count and value."""
    assert 1 == main(["--check-adapters", TOML, "--format", "jsonl", str(_redesigned(tmp_path))])
    record = json.loads(capsys.readouterr().out)
    published = record["fields"]["published"]
    assert (False, ["headline", "published"], "langgio", True, [0, 0], None) == (
        record["ok"],
        record["missing"],
        record["site"],
        published["required"],
        [s["nodes"] for s in published["selectors"]],
        published["value"],
    )


def test_warc_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Yesterday's pages in a WARC file are checked record by record, with their URLs."""
    warc = tmp_path / "pages.warc.gz"
    html = PAGE.read_bytes().replace(b'<link rel="canonical"', b'<link rel="x"')
    write_warc(warc, [("https://langgio.vn/a.html", "text/html; charset=utf-8", html)])
    assert 0 == main(["--check-adapters", TOML, str(warc)])
    assert ": langgio (by url host): ok" in capsys.readouterr().out.splitlines()[0]


def test_site_forces_an_adapter(capsys: pytest.CaptureFixture[str]) -> None:
    """--site names the adapter to check a page with, even one it would not recognise."""
    page = SITES / "hanoimoi" / "reference-2016.html"
    assert 1 == main(["--check-adapters", TOML, "--site", "langgio", str(page)])
    assert "langgio (by --site): FAIL: required headline, lead, authors, published, body, rights missing" in (
        capsys.readouterr().out
    )


def test_broken_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken TOML file to check is one error line, exit 2."""
    path = tmp_path / "bad.toml"
    path.write_text("[sites.x]\nhosts = ['x.vn']\nheadline = '//h1['\n", "utf-8")
    assert 2 == main(["--check-adapters", str(path), str(PAGE)])
    assert f"vnnews-parse: error: {path}:3: site 'x': key 'headline': invalid XPath '//h1[' (Invalid expression)\n" == (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    "extra",
    [["--jobs", "2"], ["--adapters", TOML], ["--plugins"], ["--explain"], ["--format", "json"], ["--site", "generic"]],
    ids=lambda extra: extra[0],
)
def test_refused_options(extra: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Options that make no sense with --check-adapters are a usage error."""
    assert 2 == main(["--check-adapters", TOML, *extra, str(PAGE)])
    assert capsys.readouterr().err.startswith("vnnews-parse: error: ")


def test_plugins_adapters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """--check-adapters plugins checks the adapters of the installed plugins."""
    module = f"from vnnews_parse import load_adapters\nADAPTERS = load_adapters({TOML!r})\n"
    entry = {"vnnews_parse.sites": {"langgio": "tm_check:ADAPTERS"}}
    install_distribution(tmp_path, "tm-check", entry, {"tm_check.py": module})
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "tm_check", raising=False)
    assert 0 == main(["--check-adapters", "plugins", str(PAGE)])
    assert "vnnews-parse: checked 1 page with plugins: 1 ok, 0 failed\n" == capsys.readouterr().err
