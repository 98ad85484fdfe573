"""Adapters as data: load_adapters(FILE.toml), and one-line errors naming the file, the site and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

import vnnews_parse
from vnnews_parse import AdapterError, SiteAdapter, load_adapters

EXAMPLE = Path(__file__).parent.parent / "examples" / "your-own-sites"
SITE = """\
[sites.tm]
hosts = ["tm.example.vn"]
headline = "//h1[contains(@class, 'tm-title')]"
"""
PAGE = (
    "<html><head><title>x</title></head><body><h1 class='tm-title'>Tiêu đề</h1><h1>Khác</h1>"
    "<div class='tm-body'><p>Một đoạn văn bản đủ dài để làm thân bài của trang thử nghiệm này.</p></div></body></html>"
)


def _load(tmp_path: Path, text: str | bytes) -> tuple[SiteAdapter, ...]:
    path = tmp_path / "sites.toml"
    if isinstance(text, str):
        path.write_text(text, "utf-8")
    else:
        path.write_bytes(text)
    return load_adapters(path)


def test_toml_site_reads_every_field() -> None:
    """The example TOML site gives every field of the example page, each from the adapter."""
    adapters = load_adapters(EXAMPLE / "langgio.toml")
    article = vnnews_parse.parse((EXAMPLE / "langgio-2026.html").read_bytes(), adapters=adapters)
    assert (set(vnnews_parse.FIELDS), "langgio") == ({f for f, v in article.provenance.items() if v == "site"},
                                                      article.site)  # fmt: skip


def test_adapters_in_file_order(tmp_path: Path) -> None:
    """Sites come in the order of the file; names may be quoted; a lone string is one selector."""
    text = SITE + '\n[sites."bao-khac"]\nhosts = "baokhac.vn"\n'
    assert [("tm", ("tm.example.vn",)), ("bao-khac", ("baokhac.vn",))] == [
        (a.name, a.hosts) for a in _load(tmp_path, text)
    ]


def test_toml_adapter_equals_python_adapter(tmp_path: Path) -> None:
    """A TOML site builds the same SiteAdapter as the Python declaration."""
    python = SiteAdapter(name="tm", hosts=("tm.example.vn",), headline=("//h1[contains(@class, 'tm-title')]",))
    assert (python,) == _load(tmp_path, SITE)


def test_toml_adapter_in_parse(tmp_path: Path) -> None:
    """A TOML site is used by parse for its host."""
    article = vnnews_parse.parse(PAGE, "https://tm.example.vn/a", adapters=_load(tmp_path, SITE))
    assert ("tm", "Tiêu đề") == (article.site, article.headline)


BROKEN = [
    pytest.param(SITE.replace('"//h1[contains', '"//h1[[contains'), "sites.toml:3: site 'tm': key 'headline': invalid XPath", id="xpath"),
    pytest.param(SITE + "headlin = '//h1'\n", "sites.toml:4: site 'tm': key 'headlin': unknown key (keys: hosts, ", id="unknown-field"),
    pytest.param(SITE + "custom = '//h1'\n", "sites.toml:4: site 'tm': key 'custom': custom functions need a Python adapter", id="custom"),
    pytest.param(SITE + "published = 2026-01-01\n", "sites.toml:4: site 'tm': key 'published': expected a string or an array of strings, got a date or time", id="wrong-type"),
    pytest.param(SITE + "tags = ['//a', 3]\n", "sites.toml:4: site 'tm': key 'tags': expected a string or an array of strings, got an integer in the array", id="wrong-item"),
    pytest.param(SITE.replace('hosts = ["tm.example.vn"]\n', ""), "sites.toml:1: site 'tm': key 'hosts': missing", id="missing-hosts"),
    pytest.param(SITE.replace('"tm.example.vn"', '"https://tm.example.vn"'), "sites.toml:2: site 'tm': key 'hosts': 'https://tm.example.vn' is not a bare host name", id="bad-host"),
    pytest.param(SITE + "required = ['headline', 'body']\n", "sites.toml:4: site 'tm': key 'required': 'body' is required but has no selector", id="required"),
    pytest.param(SITE.replace("tm-title')]\"", "tm-title')]"), "sites.toml:3: site 'tm': key 'headline': invalid TOML: ", id="syntax"),
    pytest.param(SITE + "lead = [\n  '//p',\n  '//div'\n  '//span',\n]\n", "sites.toml:7: site 'tm': key 'lead': invalid TOML: ", id="syntax-in-array"),
    pytest.param("[site.tm]\nhosts = 'tm.example.vn'\n", "sites.toml: key 'site': unknown top-level key", id="top-level"),
    pytest.param("# nothing yet\n", "sites.toml: key 'sites': no site", id="empty"),
    pytest.param("sites.tm = 'x'\n", "sites.toml: site 'tm': expected a table [sites.tm], got a string", id="not-a-table"),
    pytest.param(SITE.encode().replace(b"tm-title", b"tm-\xe0-title"), "sites.toml: not UTF-8 text (byte ", id="not-utf8"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "start"), BROKEN)
def test_broken_file_is_one_line_naming_file_site_key(tmp_path: Path, text: str | bytes, start: str) -> None:
    """Each broken file raises one AdapterError line that starts with the file (and line), the site and the key."""
    with pytest.raises(AdapterError) as caught:
        _load(tmp_path, text)
    message = str(caught.value).replace(str(tmp_path) + "/", "")
    assert (start, 1) == (message[: len(start)], len(message.splitlines()))


def test_error_names_the_invalid_selector_line(tmp_path: Path) -> None:
    """In an array spread over lines, the error gives the line of the selector at fault."""
    text = SITE + "lead = [\n  '//p[@class=\"sapo\"]',\n  '//div[@class=\"sapo\"',\n]\n"
    with pytest.raises(AdapterError) as caught:
        _load(tmp_path, text)
    assert (6, "lead", '//div[@class="sapo"') == (caught.value.line, caught.value.key, caught.value.selector)


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    """A file that does not exist raises FileNotFoundError, as open() does."""
    with pytest.raises(FileNotFoundError):
        load_adapters(tmp_path / "nope.toml")
