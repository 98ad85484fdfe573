"""Hostile and broken input: parse returns an Article or raises a one-line ParseError, quickly, without side effects.

The long run of the same properties is ``python scripts/fuzz.py --examples 100000``.
"""

from __future__ import annotations

import builtins
import io
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import vnnews_parse
from fuzz import regex_sweep
from fuzz.checks import article_problems, error_problems, outcome, problems_of
from strategies import (
    FIXTURE_PAGES,
    XHTML_PROLOG,
    damaged_pages,
    encode_windows_1258,
    jsonld_payloads,
    markup_soup,
    page_urls,
)
from vnnews_parse import _errors
from vnnews_parse._page import _parse_utf8, decode, load

HERE = Path(__file__).parent
FIXTURES = sorted((HERE / "sites").glob("*/*.html"))
IDS = [f"{p.parent.name}/{p.stem}" for p in FIXTURES]
SHORT = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), database=None)
ARTICLE = (
    "<html><head><title>Tiêu đề - Báo</title>{head}</head><body><h1>{headline}</h1>"
    "<div class='detail-content'><p>Một đoạn văn bản tiếng Việt đủ dài để được coi là nội dung của bài báo này.</p>"
    "<p>Đoạn thứ hai cũng đủ dài để thuật toán tìm ra khối nội dung chính của trang.</p>{body}</div></body></html>"
)
MB = 1024 * 1024


def _page(head: str = "", headline: str = "Tiêu đề bài báo về một sự kiện", body: str = "") -> str:
    return ARTICLE.format(head=head, headline=headline, body=body)


URLS = {path: json.loads(path.with_suffix(".json").read_text("utf-8"))["url"] for path in FIXTURES}


# -- Random and damaged input -----------------------------------------------------------------------------
@SHORT
@given(damaged_pages(), page_urls)
def test_damaged_fixture_gives_clean_outcome(page: bytes, url: str | None) -> None:
    """A fixture truncated, flipped, re-encoded, stuffed with junk or hostile markup: Article or one-line error."""
    assert [] == problems_of(outcome(page, url=url))


@SHORT
@given(markup_soup, st.booleans())
def test_markup_soup_gives_clean_outcome(soup: str, as_bytes: bool) -> None:
    """Random tag soup with dates, bylines, entities and control characters: Article or one-line error."""
    assert [] == problems_of(outcome(soup.encode("utf-8", "surrogatepass") if as_bytes else soup))


@SHORT
@given(jsonld_payloads())
def test_jsonld_payload_never_loses_the_page(payload: str) -> None:
    """Broken, deep, huge or wrong-typed JSON-LD never costs the page its Article."""
    html = _page(head=f'<script type="application/ld+json">{payload}</script>')
    result = outcome(html.encode("utf-8", "surrogatepass"))
    assert (True, []) == (isinstance(result, vnnews_parse.Article), problems_of(result))


# -- Size limits and nesting ------------------------------------------------------------------------------
def test_input_over_the_limit_raises_too_large() -> None:
    """50 MB of markup is refused at once with ParseError("input too large: ...")."""
    with pytest.raises(_errors.InputTooLargeError, match=r"^input too large: 52,428,800 bytes"):
        vnnews_parse.parse(b"<p>" + b"a" * (50 * MB - 3))


def test_max_bytes_keyword_sets_the_limit() -> None:
    """The limit is configurable by keyword and applies to str input too."""
    with pytest.raises(_errors.InputTooLargeError, match=r"^input too large: .*max_bytes=100\)"):
        vnnews_parse.parse(_page(), max_bytes=100)


def test_input_under_the_limit_parses() -> None:
    """A 15 MB page (a fixture with a huge inline script) is still parsed."""
    page = FIXTURE_PAGES[0].replace(b"</body>", b"<script>" + b"var x = 1;\n" * (15 * MB // 11) + b"</script></body>")
    assert vnnews_parse.parse(page).headline == vnnews_parse.parse(FIXTURE_PAGES[0]).headline


@pytest.mark.parametrize("tag", ["div", "span", "b", "table"])
def test_100000_levels_of_nesting_keep_what_comes_first(tag: str) -> None:
    """100,000 nested elements neither crash nor hang; the headline before them is kept."""
    html = _page() + f"<{tag}>" * 100_000 + "x" + f"</{tag}>" * 100_000
    assert "Tiêu đề bài báo về một sự kiện" == vnnews_parse.parse(html).headline


# -- Encodings ----------------------------------------------------------------------------------------
def _expected(path: Path) -> dict[str, Any]:
    return vnnews_parse.parse(path.read_bytes()).to_dict()


REENCODINGS = {
    "utf-16-bom": lambda text: text.encode("utf-16"),
    "utf-16-le-no-bom": lambda text: text.encode("utf-16-le"),
    "utf-16-be-no-bom": lambda text: text.encode("utf-16-be"),
    "utf-8-bom": lambda text: text.encode("utf-8-sig"),
    "decomposed-nfd": lambda text: unicodedata.normalize("NFD", text).encode("utf-8"),
    "decomposed-str": lambda text: unicodedata.normalize("NFD", text),
    "meta-says-windows-1258": lambda text: ('<meta charset="windows-1258">' + text).encode("utf-8"),
    "meta-says-iso-8859-1": lambda text: ('<meta charset="iso-8859-1">' + text).encode("utf-8"),
    "meta-says-zlib": lambda text: ('<meta charset="zlib">' + text).encode("utf-8"),
}


@pytest.mark.parametrize("how", sorted(REENCODINGS))
@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_reencoded_fixture_parses_the_same(path: Path, how: str) -> None:
    """UTF-16 with or without BOM, a BOM, decomposed Unicode or a lying meta charset change nothing."""
    page = REENCODINGS[how](path.read_text("utf-8"))
    assert _expected(path) == vnnews_parse.parse(page).to_dict()


@pytest.mark.parametrize("declared", ["windows-1258", "iso-8859-1", "utf-8", None])
def test_windows_1258_page_is_read_as_nfc(declared: str | None) -> None:
    """A windows-1258 page, declared as such, as Latin-1, as UTF-8 or not at all, gives the NFC headline."""
    head = f'<meta charset="{declared}">' if declared else ""
    page = encode_windows_1258(_page(head=head, headline="Tiếng Việt đẹp: Đường phố Hà Nội ngày mưa"))
    assert "Tiếng Việt đẹp: Đường phố Hà Nội ngày mưa" == vnnews_parse.parse(page).headline


def test_truncated_utf8_stays_utf8() -> None:
    """A UTF-8 download cut inside a character is read as UTF-8, not as windows-1258 mojibake."""
    page = _page(headline="Đường phố Hà Nội ngày mưa").encode("utf-8")
    cut = page.index("Hà".encode()) + 1
    assert "Đường phố" in decode(page[:cut] + page[cut + 1 :])


def _loaded(data: bytes, direct: bool) -> bytes | str:
    """The tree, serialised, or the error's class name."""
    try:
        page = load(data, None, 1 << 30, direct=direct)
    except vnnews_parse.ParseError as exc:
        return type(exc).__name__
    return etree.tostring(page.tree)


@SHORT
@given(
    st.one_of(
        damaged_pages(),
        st.sampled_from(FIXTURE_PAGES).map(lambda page: unicodedata.normalize("NFD", page.decode("utf-8")).encode()),
        st.sampled_from(FIXTURE_PAGES).map(lambda page: page.decode("utf-8").encode("cp1258", "replace")),
    )
)
def test_bytes_read_directly_give_the_careful_result(page: bytes) -> None:
    """Whether libxml2 reads page bytes directly (plain UTF-8) or after careful decoding, the tree is the same."""
    assert _loaded(page, direct=False) == _loaded(page, direct=True)


def test_deep_nesting_before_damaged_bytes_reads_alike() -> None:
    """Nesting deeper than libxml2's limit stops the direct read early: the careful path decides, as it does alone."""
    page = b"<b>" * 300 + b"\xed\xa0\x80" * 24 + FIXTURE_PAGES[0]
    assert _loaded(page, direct=False) == _loaded(page, direct=True)


def test_plain_utf8_is_read_directly_and_other_bytes_are_not() -> None:
    """The direct path takes plain (or decomposed) UTF-8, and leaves damaged and legacy bytes to the careful path."""
    text = _page(headline="Đường phố Hà Nội ngày mưa")
    assert _parse_utf8(text.encode("utf-8")) is not None
    assert _parse_utf8(encode_windows_1258(text)) is None
    assert _parse_utf8(text.encode("utf-8").replace("Hà".encode(), b"H\xe0")) is None
    decomposed = unicodedata.normalize("NFD", text).encode("utf-8")
    tree = _parse_utf8(decomposed)
    assert tree is not None
    assert "Đường phố Hà Nội ngày mưa" in etree.tostring(tree, encoding=str)  # composed before parsing
    assert _parse_utf8(b"\xef\xbb\xbf" + text.encode("utf-8")) is None


def test_undecodable_bytes_raise_decode_error() -> None:
    """Bytes that are neither UTF-8 nor windows-1258 give DecodeError, not mojibake."""
    with pytest.raises(_errors.DecodeError, match=r"^cannot decode input: "):
        vnnews_parse.parse(b"<html><body><h1>" + b"\x81\x8d\x8f\x90\x9d" * 200 + b"</h1></body></html>")


# -- XML: entities, processing instructions, nothing resolved ------------------------------------------------
def test_entity_declarations_are_not_expanded() -> None:
    """Billion-laughs and external entities in an XHTML DOCTYPE are never expanded or fetched."""
    html = XHTML_PROLOG + _page(headline="Tiêu đề &lol3; &xxe; &remote; cuối")
    article = vnnews_parse.parse(html.encode("utf-8"))
    assert ("lollol" in json.dumps(article.to_dict()), "root:" in article.body) == (False, False)


def test_xhtml_page_with_doctype_and_processing_instruction_parses() -> None:
    """An XHTML page with XML declaration, DOCTYPE and processing instructions gives its headline."""
    html = XHTML_PROLOG + _page().replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">')
    assert "Tiêu đề bài báo về một sự kiện" == vnnews_parse.parse(html.encode("utf-8")).headline


# -- Output hygiene ------------------------------------------------------------------------------------
def test_base_href_resolves_relative_images() -> None:
    """Relative image URLs resolve against <base href>, itself resolved against the page URL."""
    html = _page(head="<base href='/static/'>", body="<p><img src='a.jpg'><img src='../b.jpg'></p>")
    article = vnnews_parse.parse(html, url="https://example.vn/tin/1.html", site="generic")
    assert ["https://example.vn/static/a.jpg", "https://example.vn/b.jpg"] == [image.url for image in article.images]


@pytest.mark.parametrize(
    "src", ["javascript:alert(1)", " JavaScript:alert(1)", "data:image/png;base64,AAAA", "vbscript:x", "file:///x.jpg"]
)
def test_non_http_image_urls_are_dropped(src: str) -> None:
    """javascript:, data:, vbscript: and file: URLs never reach Article.images."""
    html = _page(head=f"<meta property='og:image' content='{src}'>", body=f"<p><img src='{src}'></p>")
    assert () == vnnews_parse.parse(html, url="https://example.vn/tin/1.html").images


def test_javascript_canonical_url_is_dropped() -> None:
    """A javascript: canonical link never becomes Article.url; the page URL does."""
    html = _page(head="<link rel='canonical' href='javascript:alert(1)'>")
    assert "https://example.vn/tin/1.html" == vnnews_parse.parse(html, url="https://example.vn/tin/1.html").url


INVISIBLE = "\u200b\u200c\u200d\u200e\u202e\u2066\u2060\u00ad\ufeff\x00\x01\x0b\x1b\x7f\x85"


def test_text_fields_hold_no_control_or_zero_width_characters() -> None:
    """Zero-width, bidi and control characters in markup and metadata never reach a text field."""
    dirty = "Tiêu" + INVISIBLE + " đề bài báo về một sự kiện"
    html = _page(
        head=f"<meta property='article:section' content='Thời{INVISIBLE}sự'><meta name='author' content='Lê{INVISIBLE} A'>",
        headline=dirty,
        body=f"<p>Đoạn{INVISIBLE} ba có ký tự vô hình ở giữa các chữ cái của câu văn.</p>",
    )
    assert [] == article_problems(vnnews_parse.parse(html))


@pytest.mark.parametrize(
    "when", ["1989-12-31T23:59:00+07:00", "1900-01-01T00:00:00Z", "2999-01-01T00:00:00+07:00", "tomorrow-plus-one"]
)
def test_implausible_dates_are_ignored(when: str) -> None:
    """Dates before 1990 or more than a day ahead are placeholders: published stays None."""
    if when == "tomorrow-plus-one":
        when = (datetime.now(timezone.utc) + timedelta(days=2)).isoformat()
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{when}"}}</script>'
    head += f"<meta property='article:published_time' content='{when}'>"
    assert None is vnnews_parse.parse(_page(head=head, body=f"<time datetime='{when}'></time>")).published


# -- No side effects, threads, determinism ----------------------------------------------------------------
class _Forbidden(BaseException):
    """Raised by a patched system call; a BaseException so that no ``except Exception`` can hide it."""


@pytest.fixture
def no_system_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make opening files, sockets and processes raise during the test; return the attempts made."""
    attempts: list[str] = []

    def forbid(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[:2]!r}")
            raise _Forbidden(name)

        return call

    for target, name in ((builtins, "open"), (io, "open"), (os, "open"), (socket, "socket"),
                         (socket, "create_connection"), (subprocess, "Popen"), (os, "system")):  # fmt: skip
        monkeypatch.setattr(target, name, forbid(f"{target.__name__}.{name}"))
    return attempts


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_parse_opens_no_file_socket_or_process(path: Path, no_system_calls: list[str]) -> None:
    """parse never opens a file, a socket or a process, even for XHTML with external entities."""
    page = FIXTURE_PAGES[FIXTURES.index(path)]
    vnnews_parse.parse(page, url=URLS[path])
    vnnews_parse.parse(XHTML_PROLOG.encode() + page)
    assert [] == no_system_calls


class _WatchedEnviron(dict):  # type: ignore[type-arg]
    """os.environ stand-in that records every read."""

    reads: list[str]

    def __getitem__(self, key: Any) -> Any:
        self.reads.append(key)
        return super().__getitem__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        self.reads.append(key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self.reads.append(str(key))
        return super().__contains__(key)


def test_parse_reads_no_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """parse reads no environment variable: options are keyword arguments only."""
    environ = _WatchedEnviron(os.environ)
    environ.reads = []
    monkeypatch.setattr(os, "environ", environ)
    for page in FIXTURE_PAGES:
        vnnews_parse.parse(page)
    assert [] == environ.reads


def test_parse_logs_nothing_at_warning_level(caplog: pytest.LogCaptureFixture) -> None:
    """Ordinary pages, and broken ones, log nothing at warning level or above."""
    caplog.set_level(logging.WARNING)
    for page in FIXTURE_PAGES:
        vnnews_parse.parse(page)
        outcome(page[: len(page) // 2] + b"\xff\x00<<<")
    assert [] == [record.getMessage() for record in caplog.records]


def test_eight_threads_give_the_serial_results() -> None:
    """Eight threads parsing different pages at once get exactly what a serial run gets."""
    pages = [FIXTURE_PAGES[i % len(FIXTURE_PAGES)] for i in range(8)]
    serial = [vnnews_parse.parse(page).to_dict() for page in pages]
    results: list[list[dict[str, Any]]] = [[] for _ in pages]
    barrier = threading.Barrier(len(pages))

    def work(index: int) -> None:
        barrier.wait()
        for _ in range(10):
            results[index].append(vnnews_parse.parse(pages[index]).to_dict())

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(pages))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [[expected] * 10 for expected in serial] == results


def test_same_input_gives_identical_output() -> None:
    """Parsing the same bytes twice gives identical to_dict()."""
    first = [vnnews_parse.parse(page).to_dict() for page in FIXTURE_PAGES]
    assert first == [vnnews_parse.parse(page).to_dict() for page in FIXTURE_PAGES]


_DUMP = "import json,sys; sys.path.insert(0, 'tests'); import vnnews_parse, strategies; " + (
    "print(json.dumps([vnnews_parse.parse(p).to_dict() for p in strategies.FIXTURE_PAGES], sort_keys=True))"
)


def test_output_does_not_depend_on_hash_seed() -> None:
    """Two interpreters with different hash seeds give identical output (no set-order dependence)."""
    outputs = {
        subprocess.run(
            [sys.executable, "-c", _DUMP], env={**os.environ, "PYTHONHASHSEED": seed}, cwd=HERE.parent,
            capture_output=True, text=True, check=True, timeout=120,
        ).stdout
        for seed in ("1", "2")
    }  # fmt: skip
    assert 1 == len(outputs)


# -- Error messages ----------------------------------------------------------------------------------------
ERROR_CASES: dict[type[vnnews_parse.ParseError], tuple[Any, dict[str, Any], str]] = {
    _errors.EmptyInputError: (b" \n\t ", {}, "empty input"),
    _errors.NotHTMLError: (b"just words, no markup at all", {}, "not HTML"),
    _errors.DecodeError: (b"\xef\xbb\xbf<p>" + b"\xff\xfe\x81" * 100, {}, "cannot decode input"),
    _errors.InputTooLargeError: (b"<p>" * 100, {"max_bytes": 10}, "input too large"),
    _errors.NotAnArticleError: (b"<html><body><ul><li>menu</li></ul></body></html>", {}, "not an article page"),
    _errors.UnknownSiteError: (_page(), {"site": "no-such-site\nsecond line"}, "unknown site"),
    _errors.FieldError: (_page(), {"site": "vnexpress", "strict": True}, ""),
}


def test_every_error_class_is_reachable_from_input() -> None:
    """Every ParseError subclass has an input that raises it, below."""
    classes = {cls for cls in vars(_errors).values() if isinstance(cls, type) and issubclass(cls, _errors.ParseError)}
    assert classes - {_errors.ParseError} == set(ERROR_CASES)


@pytest.mark.parametrize("cls", sorted(ERROR_CASES, key=lambda c: c.__name__), ids=lambda c: c.__name__)
def test_error_message_is_one_line_naming_the_problem(cls: type[vnnews_parse.ParseError]) -> None:
    """Each error's message is one short line that starts by naming the problem."""
    html, kwargs, starts = ERROR_CASES[cls]
    with pytest.raises(cls) as caught:
        vnnews_parse.parse(html, **kwargs)
    assert ([], True) == (error_problems(caught.value), str(caught.value).startswith(starts))


# -- Regular expressions stay linear ---------------------------------------------------------------------
# Each pattern scans 50,000-character runs of digits, spaces, separators and Vietnamese letters. Linear
# patterns need milliseconds (the worst, with bounded repeats like {0,200}, ~0.4 s of CPU); a quadratic
# one needs ~1e9 steps, 5 s or more. The budget lies between the two with a wide margin either way, and
# it is CPU time of this process (ITIMER_PROF), not wall time, so a loaded CI machine does not make the
# test flaky. The regex engine checks for signals while it backtracks, so a runaway pattern is stopped at
# the budget instead of hanging the suite. No timing ratio between two sizes is involved.
CPU_BUDGET = 1.5
PATTERNS = regex_sweep.all_patterns()
# Quadratic on long runs of white space or non-space characters; fixes proposed in the issue #4 report.
SUPER_LINEAR: dict[str, str] = {}


def _pattern_params() -> list[Any]:
    marks = {name: pytest.mark.xfail(strict=True, reason=why) for name, why in SUPER_LINEAR.items()}
    return [pytest.param(name, id=name, marks=marks.get(name, ())) for name in sorted(PATTERNS)]


def test_every_compiled_pattern_is_found() -> None:
    """re.compile is only called at import time, so the sweep below sees every compiled pattern."""
    assert [] == regex_sweep.compile_calls_outside_module_level()


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs POSIX interval timers")
@pytest.mark.parametrize("name", _pattern_params())
def test_regex_is_linear_on_adversarial_input(name: str) -> None:
    """The pattern scans 50,000 characters of adversarial input within a generous CPU budget."""
    pattern = PATTERNS[name]
    subjects = regex_sweep.subjects(pattern)
    assert None is next(
        (label for label, text in subjects if regex_sweep.scan_within(pattern, text, CPU_BUDGET) is None), None
    )
