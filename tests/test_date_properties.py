"""Property tests for the date parser: render/parse round trip, no day/month swap, no crash, no slowness."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnnews_parse
from strategies import adversarial_text, date_like_text, vn_minutes
from vnnews_parse._dates import VN_TZ, find_datetimes, parse_datetime, parse_datetime_us

# Monday first, as datetime.weekday() counts.
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
WEEKDAYS_ASCII = ("Thu hai", "Thu ba", "Thu tu", "Thu nam", "Thu sau", "Thu bay", "Chu nhat")
WEEKDAYS_SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
# January first, as datetime.month counts (index 0 unused).
MONTH_NAMES = ("", "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")


def _dmy(d: datetime, sep: str = "/") -> str:
    """Zero-padded day, month, four-digit year."""
    return f"{d.day:02}{sep}{d.month:02}{sep}{d.year}"


def _hm(d: datetime) -> str:
    """Zero-padded 24-hour time."""
    return f"{d.hour:02}:{d.minute:02}"


def _twelve(d: datetime, am: str = "AM", pm: str = "PM") -> str:
    """12-hour time with its AM/PM marker."""
    return f"{d.hour % 12 or 12:02}:{d.minute:02} {am if d.hour < 12 else pm}"


FORMATS: dict[str, Callable[[datetime], str]] = {
    "dmy-time": lambda d: f"{_dmy(d)} {_hm(d)}",
    "dmy-dash-time": lambda d: f"{_dmy(d)} - {_hm(d)}",
    "weekday-gmt": lambda d: f"{WEEKDAYS[d.weekday()]}, {_dmy(d)}, {_hm(d)} (GMT+7)",
    "weekday-bare-numbers": lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day}/{d.month}/{d.year}, {d.hour}:{d.minute:02}",
    "gmt-no-parens": lambda d: f"{_dmy(d)} {_hm(d)} GMT+7",
    "weekday-title-dash": lambda d: f"{WEEKDAYS[d.weekday()].title()}, {_dmy(d)} - {_hm(d)}",
    "hyphens-12-hour": lambda d: f"{_dmy(d, '-')} - {_twelve(d)}",
    "sa-ch": lambda d: f"{_dmy(d)} {_twelve(d, 'SA', 'CH')}",
    "time-first": lambda d: f"{_hm(d)} {_dmy(d)}",
    "time-ngay": lambda d: f"{_hm(d)} ngày {_dmy(d)}",
    "words": lambda d: f"{_hm(d)} ngày {d.day:02} tháng {d.month:02} năm {d.year}",
    "cap-nhat": lambda d: f"Cập nhật: {_dmy(d)} - {_hm(d)}",
    "pipe": lambda d: f"{_dmy(d)} | {_hm(d)}",
    "weekday-am-pm": lambda d: f"{WEEKDAYS[d.weekday()]}, {_dmy(d)} {_twelve(d)}",
    "two-digit-year": lambda d: f"{d.day:02}/{d.month:02}/{d.year % 100:02} {_hm(d)}",
    "dotted": lambda d: f"{_dmy(d, '.')} {_hm(d)}",
    "time-first-gmt": lambda d: f"{_hm(d)} {_dmy(d)} (GMT+7)",
    "h-separator": lambda d: f"{_dmy(d)} {d.hour}h{d.minute:02}",
    "iso": lambda d: d.isoformat(),
    "iso-z": lambda d: d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "iso-fraction-space": lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.000 +07:00"),
    "iso-space": lambda d: d.strftime("%Y-%m-%d %H:%M"),
    "iso-naive": lambda d: d.strftime("%Y-%m-%dT%H:%M:%S"),
    "day-first-iso": lambda d: d.strftime("%d-%m-%YT%H:%M:%S+07:00"),
    "gmt-hh-mm": lambda d: f"{_dmy(d)} {_hm(d)} GMT+07:00",
    "utc-plus-7": lambda d: f"{_dmy(d)} {_hm(d)} UTC+7",
    "gmt-hhmm": lambda d: f"{_dmy(d)} {_hm(d)} GMT+0700",
    "weekday-ascii": lambda d: f"{WEEKDAYS_ASCII[d.weekday()]}, {_dmy(d)} {_hm(d)}",
    "weekday-short": lambda d: f"{WEEKDAYS_SHORT[d.weekday()]}, {_dmy(d)} {_hm(d)}",
    "nfd": lambda d: unicodedata.normalize("NFD", f"{WEEKDAYS[d.weekday()]}, {_dmy(d)}, {_hm(d)} (GMT+7)"),
    "words-comma-year": lambda d: f"{d.day} tháng {d.month}, {d.year} | {_hm(d)}",
    "words-no-nam": lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day} Tháng {d.month} {d.year} {_hm(d)}",
    "month-name": lambda d: f"{d.day} Tháng {MONTH_NAMES[d.month]} {d.year} {_hm(d)}",
    "month-name-nam": lambda d: f"{_hm(d)} ngày {d.day} tháng {MONTH_NAMES[d.month].lower()} năm {d.year}",
    "thg": lambda d: f"{d.day} thg {d.month}, {d.year} {_hm(d)}",
    "time-dash-date": lambda d: f"{_hm(d)} - {_dmy(d)}",
    "weekday-time-comma-date": lambda d: f"{WEEKDAYS[d.weekday()]}, {_hm(d)}, {_dmy(d)}",
    "weekday-ngay-dash": lambda d: f"{WEEKDAYS[d.weekday()]}, ngày {_dmy(d)} - {_hm(d)}",
    "gmt-hh-mm-parenthesised": lambda d: f"{_dmy(d)} {_hm(d)} (GMT+07:00)",
    "sua-luc": lambda d: f"Sửa lúc {_hm(d)} {_dmy(d)}",
}


@pytest.mark.parametrize("render", FORMATS.values(), ids=FORMATS.keys())
@given(moment=vn_minutes)
def test_rendered_datetime_parses_back(render: Callable[[datetime], str], moment: datetime) -> None:
    """A minute rendered in a supported format parses back to the same moment."""
    actual = parse_datetime(render(moment))
    assert moment == actual


@given(published=vn_minutes, updated=vn_minutes)
def test_published_and_updated_line_parses_back(published: datetime, updated: datetime) -> None:
    """A "Đăng lúc ... | Cập nhật lúc ..." line gives both moments, each after its label."""
    line = f"Đăng lúc {_hm(published)} {_dmy(published)} | Cập nhật lúc {_hm(updated)} {_dmy(updated)}"
    actual = find_datetimes(line)
    assert [("dang luc", published), ("cap nhat luc", updated)] == actual


@given(moment=vn_minutes)
def test_us_meta_format_parses_back(moment: datetime) -> None:
    """A minute rendered in the US meta format parses back with the US reader."""
    text = f"{moment.month}/{moment.day}/{moment.year} {moment.hour % 12 or 12}:{moment.minute:02}:00 "
    actual = parse_datetime_us(text + ("AM" if moment.hour < 12 else "PM"))
    assert moment == actual


@given(st.integers(1990, 2100), st.integers(1, 12), st.integers(1, 12))
def test_day_comes_before_month(year: int, month: int, day: int) -> None:
    """DD/MM/YYYY is never read as MM/DD, even when both fit."""
    actual = parse_datetime(f"{day:02}/{month:02}/{year}")
    assert datetime(year, month, day, tzinfo=VN_TZ) == actual


@given(st.one_of(st.text(), date_like_text))
def test_never_raises_and_returns_aware_or_none(text: str) -> None:
    """Arbitrary text gives None or an aware datetime, never an exception."""
    actual = parse_datetime(text)
    assert actual is None or actual.tzinfo is not None


@given(st.one_of(st.text(), date_like_text), vn_minutes)
def test_never_raises_with_now(text: str, now: datetime) -> None:
    """Arbitrary text with a reference time gives None or an aware datetime."""
    actual = parse_datetime(text, now=now)
    assert actual is None or actual.tzinfo is not None


@given(adversarial_text)
def test_adversarial_input_is_fast(text: str) -> None:
    """Long runs of digits, separators, spaces or diacritics finish within the hypothesis deadline."""
    actual = parse_datetime(text)
    assert actual is None or actual.tzinfo is not None


def _page(published: datetime, updated: datetime, shown: str) -> str:
    """An article page with both times in its metadata and a displayed date line under the headline."""
    return f"""<html><head><script type="application/ld+json">{{"@type": "NewsArticle",
"datePublished": "{published.isoformat()}", "dateModified": "{updated.isoformat()}"}}</script></head>
<body><h1>Đoàn công tác của tỉnh làm việc với xã vùng cao</h1><div class="date">{shown}</div>
<div class="content"><p>Đoạn văn của bài viết kể lại buổi làm việc của đoàn công tác với chính quyền xã.</p>
<p>Đoạn văn thứ hai kể tiếp kế hoạch trồng rừng của xã trong năm tới và những khó khăn.</p></div></body></html>"""


@settings(max_examples=60, deadline=None)
@given(
    published=vn_minutes,
    updated=vn_minutes,
    shown=vn_minutes,
    label=st.sampled_from(["", "Cập nhật lúc ", "Đăng lúc "]),
)
def test_updated_is_never_before_published(published: datetime, updated: datetime, shown: datetime, label: str) -> None:
    """Whatever the metadata and the displayed line say, the output's update is not before its publication."""
    article = vnnews_parse.parse(_page(published, updated, f"{label}{_hm(shown)} {_dmy(shown)}"))
    moments = (article.published, article.updated)
    assert None in moments or moments[1].replace(second=0) >= moments[0].replace(second=0)  # type: ignore[union-attr]
