"""Properties: parse() raises nothing but ParseError on any input; text cleaning is idempotent NFC."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import vnnews_parse
from vnnews_parse._text import clean

FIXTURES = sorted((Path(__file__).parent / "sites").glob("*/*.html"))
PAGES = [p.read_bytes() for p in FIXTURES]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse_or_error(data: str | bytes) -> vnnews_parse.Article | None:
    try:
        return vnnews_parse.parse(data)
    except vnnews_parse.ParseError as exc:
        assert 1 == len(str(exc).splitlines())
        return None


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    """Random bytes give an Article or a one-line ParseError, nothing else."""
    _parse_or_error(data)


@SETTINGS
@given(st.text(max_size=2000))
def test_random_text(data: str) -> None:
    """Random text gives an Article or a one-line ParseError, nothing else."""
    _parse_or_error(data)


@SETTINGS
@given(st.sampled_from(PAGES), st.data())
def test_truncated_fixture(page: bytes, data: st.DataObject) -> None:
    """A fixture cut anywhere (a truncated download) still parses or fails cleanly."""
    cut = data.draw(st.integers(min_value=0, max_value=len(page)))
    _parse_or_error(page[:cut])


@SETTINGS
@given(st.sampled_from(PAGES), st.data())
def test_mutated_fixture(page: bytes, data: st.DataObject) -> None:
    """A fixture with random bytes overwritten parses or fails cleanly."""
    buf = bytearray(page)
    for _ in range(data.draw(st.integers(min_value=1, max_value=20))):
        pos = data.draw(st.integers(min_value=0, max_value=len(buf) - 1))
        buf[pos] = data.draw(st.integers(min_value=0, max_value=255))
    _parse_or_error(bytes(buf))


@SETTINGS
@given(st.sampled_from(PAGES), st.data())
def test_fixture_with_markup_deleted(page: bytes, data: st.DataObject) -> None:
    """A fixture with a random slice removed or repeated parses or fails cleanly."""
    start = data.draw(st.integers(min_value=0, max_value=len(page) - 1))
    end = data.draw(st.integers(min_value=start, max_value=min(len(page), start + 400)))
    if data.draw(st.booleans()):
        mutated = page[:start] + page[end:]
    else:
        mutated = page[:end] + page[start:end] + page[end:]
    _parse_or_error(mutated)


@given(st.text())
def test_clean_is_idempotent(text: str) -> None:
    """Cleaning twice changes nothing."""
    assert clean(text) == clean(clean(text))


@given(st.text())
@example("e\u200b\u0301")  # a zero-width space between a base letter and its tone mark
def test_clean_is_nfc_without_edge_space(text: str) -> None:
    """Cleaned text is NFC and has no leading, trailing or doubled white space."""
    out = clean(text)
    assert (True, out.strip(), False) == (unicodedata.is_normalized("NFC", out), out, "  " in out)


def test_decomposed_input_is_composed() -> None:
    """A page typed in decomposed Unicode ('Unicode tổ hợp') gives NFC text."""
    page = PAGES[0].decode("utf-8")
    article = vnnews_parse.parse(unicodedata.normalize("NFD", page))
    assert unicodedata.is_normalized("NFC", article.headline + article.body)
