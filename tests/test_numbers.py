"""Table tests for the comment/view counter reader."""

from __future__ import annotations

import unicodedata

import pytest

from vnnews_parse._numbers import parse_count

COUNTS = [
    pytest.param("0", 0, id="zero"),
    pytest.param("12", 12, id="plain"),
    pytest.param("1.234", 1234, id="dot-thousands"),
    pytest.param("1.234.567", 1234567, id="dot-millions"),
    pytest.param("1,234", 1234, id="comma-thousands"),
    pytest.param("1,2K", 1200, id="comma-decimal-k"),
    pytest.param("1,2k", 1200, id="comma-decimal-lower-k"),
    pytest.param("1.2K", 1200, id="dot-decimal-k"),
    pytest.param("3K", 3000, id="whole-k"),
    pytest.param("1,5 nghìn", 1500, id="nghin"),
    pytest.param("2 triệu", 2000000, id="trieu"),
    pytest.param("1tr", 1000000, id="tr"),
    pytest.param("1,2M", 1200000, id="m"),
    pytest.param("3 bình luận", 3, id="n-binh-luan"),
    pytest.param("(0) Bình luận", 0, id="parenthesised-zero"),
    pytest.param("Bình luận (12)", 12, id="binh-luan-parenthesised"),
    pytest.param("Ý kiến (2)", 2, id="y-kien"),
    pytest.param("Ý kiến bạn đọc (5)", 5, id="y-kien-ban-doc"),
    pytest.param("Có 4 bình luận", 4, id="co-n-binh-luan"),
    pytest.param("BÌNH LUẬN [7]", 7, id="upper-case-brackets"),
    pytest.param("(1.234) Ý kiến", 1234, id="parenthesised-thousands"),
    pytest.param("2\u00a0BÌNH LUẬN", 2, id="no-break-space"),
    pytest.param("Bình luận: 1.234", 1234, id="label-colon-thousands"),
    pytest.param("12.", 12, id="sentence-full-stop"),
    pytest.param("  7  ", 7, id="padded"),
    pytest.param("5 bình luận, 120 lượt xem", 5, id="first-number-wins"),
    pytest.param(unicodedata.normalize("NFD", "Bình luận (12)"), 12, id="nfd"),
    pytest.param("1000000000", 1000000000, id="limit"),
]

NOT_COUNTS = [
    pytest.param(None, id="none"),
    pytest.param("", id="empty"),
    pytest.param("Bình luận", id="label-only"),
    pytest.param("abc", id="letters"),
    pytest.param("-3", id="negative"),
    pytest.param("Bình luận (-3)", id="negative-in-label"),
    pytest.param("1000000001", id="absurd"),
    pytest.param("2 tỷ", id="billions-over-limit"),
    pytest.param("1,5", id="decimal-without-scale"),
    pytest.param("1.23", id="short-group"),
    pytest.param("1.234,5", id="mixed-separators"),
    pytest.param("1.2.3K", id="two-separators-with-scale"),
    pytest.param("9" * 30, id="very-long-number"),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_reads_count(text: str, expected: int) -> None:
    """Each counter format gives its integer."""
    actual = parse_count(text)
    assert expected == actual


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_rejects_non_count(text: str | None) -> None:
    """Missing, negative, absurd or malformed counters give None."""
    assert parse_count(text) is None
