"""Table tests for the Vietnamese date parser."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone

import pytest

from vnnews_parse._dates import VN_TZ, find_datetimes, parse_datetime, parse_datetime_us, search_datetime

UTC = timezone.utc
NOW = datetime(2026, 3, 7, 12, 0, tzinfo=VN_TZ)


def vn(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    """A datetime in +07:00."""
    return datetime(year, month, day, hour, minute, second, tzinfo=VN_TZ)


ABSOLUTE = [
    # Day/month/year with a time, as the sites print them.
    pytest.param("11/11/2016 06:15", vn(2016, 11, 11, 6, 15), id="dmy-time"),
    pytest.param("28/01/2026 - 06:52", vn(2026, 1, 28, 6, 52), id="dmy-dash-time"),
    pytest.param("Thứ năm, 10/11/2016, 14:30 (GMT+7)", vn(2016, 11, 10, 14, 30), id="weekday-dmy-time-gmt"),
    pytest.param("08:15' 06/12/2008 (GMT+7)", vn(2008, 12, 6, 8, 15), id="minute-mark"),
    pytest.param("8h15’ ngày 6/12/2008", vn(2008, 12, 6, 8, 15), id="minute-mark-curly"),
    pytest.param("Thứ bảy, 7/3/2026, 00:05 (GMT+7)", vn(2026, 3, 7, 0, 5), id="weekday-bare-numbers"),
    pytest.param("07/03/2026 08:01 GMT+7", vn(2026, 3, 7, 8, 1), id="dmy-time-gmt-no-parens"),
    pytest.param("Thứ Bảy, 07/03/2026 - 08:52", vn(2026, 3, 7, 8, 52), id="weekday-title-case"),
    pytest.param("07-03-2026 - 00:01 AM", vn(2026, 3, 7, 0, 1), id="dmy-hyphens-am"),
    pytest.param("07-03-2026 - 12:01 AM", vn(2026, 3, 7, 0, 1), id="12-am-is-midnight"),
    pytest.param("07-03-2026 - 12:01 PM", vn(2026, 3, 7, 12, 1), id="12-pm-is-noon"),
    pytest.param("07-03-2026 - 02:01 PM", vn(2026, 3, 7, 14, 1), id="pm"),
    pytest.param("07-03-2026 - 13:05 PM", vn(2026, 3, 7, 13, 5), id="24-hour-with-pm"),
    pytest.param("10/11/2016 2:30 CH", vn(2016, 11, 10, 14, 30), id="vi-chieu-marker"),
    pytest.param("10/11/2016 9:30 SA", vn(2016, 11, 10, 9, 30), id="vi-sang-marker"),
    pytest.param("14:30 10/11/2016", vn(2016, 11, 10, 14, 30), id="time-first"),
    pytest.param("14:30 ngày 10/11/2016", vn(2016, 11, 10, 14, 30), id="time-ngay-dmy"),
    pytest.param("Cập nhật: 10/11/2016 - 14:30", vn(2016, 11, 10, 14, 30), id="prefix-cap-nhat"),
    pytest.param("Ngày đăng: 10/11/2016 14:30", vn(2016, 11, 10, 14, 30), id="prefix-ngay-dang"),
    pytest.param("Đăng lúc 14:30 10/11/2016", vn(2016, 11, 10, 14, 30), id="prefix-dang-luc"),
    pytest.param("Xuất bản: 10/11/2016 14:30", vn(2016, 11, 10, 14, 30), id="prefix-xuat-ban"),
    pytest.param("Published: 10/11/2016 14:30", vn(2016, 11, 10, 14, 30), id="prefix-published"),
    pytest.param("10/11/2016 lúc 14:30", vn(2016, 11, 10, 14, 30), id="infix-luc"),
    pytest.param("Thứ Ba, 23/06/2015 - 13:58", vn(2015, 6, 23, 13, 58), id="weekday-thu-ba"),
    pytest.param("04/01/2014 | 00:03", vn(2014, 1, 4, 0, 3), id="pipe-separator"),
    pytest.param("21/12/2012 - 08:04", vn(2012, 12, 21, 8, 4), id="dmy-dash-time-2012"),
    pytest.param("Thứ hai, 21/12/2012 08:04 AM", vn(2012, 12, 21, 8, 4), id="weekday-am"),
    pytest.param("21/12/12 08:04", vn(2012, 12, 21, 8, 4), id="two-digit-year-2000s"),
    pytest.param("21/12/95 08:04", vn(1995, 12, 21, 8, 4), id="two-digit-year-1900s"),
    pytest.param("10.11.2016 14:30", vn(2016, 11, 10, 14, 30), id="dotted-date"),
    pytest.param("Chủ nhật, 8/3/2026 | 07:00", vn(2026, 3, 8, 7, 0), id="weekday-chu-nhat"),
    pytest.param("08:04 21/12/2012 (GMT+7)", vn(2012, 12, 21, 8, 4), id="time-first-gmt"),
    pytest.param("21/12/2012 08h04", vn(2012, 12, 21, 8, 4), id="h-separator"),
    pytest.param("8h04 ngày 21/12/2012", vn(2012, 12, 21, 8, 4), id="h-separator-bare-hour"),
    pytest.param("14g30 ngày 21/12/2012", vn(2012, 12, 21, 14, 30), id="g-separator"),
    pytest.param("14 giờ 30 phút ngày 10/11/2016", vn(2016, 11, 10, 14, 30), id="gio-phut-words"),
    pytest.param("10/11/2016 14:30:45", vn(2016, 11, 10, 14, 30, 45), id="seconds"),
    pytest.param("14:30 - 10/11/2016", vn(2016, 11, 10, 14, 30), id="time-dash-date"),
    pytest.param("Thứ Năm, 14:30, 10/11/2016", vn(2016, 11, 10, 14, 30), id="weekday-time-comma-date"),
    pytest.param("Thứ năm, ngày 10/11/2016 - 14:30", vn(2016, 11, 10, 14, 30), id="weekday-ngay-dash-time"),
    pytest.param("10/11/2016 14:30 (GMT+07:00)", vn(2016, 11, 10, 14, 30), id="gmt-hh-mm-parenthesised"),
    pytest.param("Thứ Năm, 10/11/2016 14:30 (UTC+07:00)", vn(2016, 11, 10, 14, 30), id="utc-hh-mm-parenthesised"),
    pytest.param("Cập nhật: 10/11/2016 14:30", vn(2016, 11, 10, 14, 30), id="prefix-cap-nhat-no-dash"),
    pytest.param("Sửa lúc 14:30 10/11/2016", vn(2016, 11, 10, 14, 30), id="prefix-sua-luc"),
    pytest.param("Chỉnh sửa: 10/11/2016", vn(2016, 11, 10), id="prefix-chinh-sua"),
    pytest.param("Đăng ngày: 10/11/2016 lúc 14:30", vn(2016, 11, 10, 14, 30), id="prefix-dang-ngay"),
    pytest.param("Gửi lúc 14:30 10/11/2016", vn(2016, 11, 10, 14, 30), id="prefix-gui-luc"),
    # Dates written in words.
    pytest.param("14:57 ngày 21 tháng 09 năm 2025", vn(2025, 9, 21, 14, 57), id="words-with-time"),
    pytest.param("Thứ Năm, ngày 10 tháng 11 năm 2016", vn(2016, 11, 10), id="words-date-only-midnight"),
    pytest.param("10 tháng 11, 2016 | 14:30", vn(2016, 11, 10, 14, 30), id="words-comma-year-pipe-time"),
    pytest.param("10 tháng 11 2016", vn(2016, 11, 10), id="words-no-nam"),
    pytest.param("Thứ Năm, 10 Tháng 11 2016 14:30", vn(2016, 11, 10, 14, 30), id="words-title-case-thang"),
    pytest.param("10 thg 11, 2016", vn(2016, 11, 10), id="words-thg-abbreviation"),
    pytest.param("10 Tháng Mười Một 2016", vn(2016, 11, 10), id="month-name-muoi-mot"),
    pytest.param("10 tháng Mười Một năm 2016", vn(2016, 11, 10), id="month-name-with-nam"),
    pytest.param("1 tháng Mười Hai, 2016", vn(2016, 12, 1), id="month-name-muoi-hai"),
    pytest.param("31 tháng Mười 2016", vn(2016, 10, 31), id="month-name-muoi"),
    pytest.param("5 tháng Tư năm 2016 lúc 9:00", vn(2016, 4, 5, 9, 0), id="month-name-tu"),
    pytest.param("10 tháng Năm năm 2016", vn(2016, 5, 10), id="month-name-nam-then-nam"),
    pytest.param("10 THÁNG BẢY 2016", vn(2016, 7, 10), id="month-name-upper-case"),
    # A date alone is midnight in Vietnam.
    pytest.param("10/11/2016", vn(2016, 11, 10), id="date-only-midnight"),
    pytest.param("05/06/2016", vn(2016, 6, 5), id="day-before-month"),
    # ISO 8601 and its near relatives.
    pytest.param("2026-03-07T08:52:00+07:00", vn(2026, 3, 7, 8, 52), id="iso-offset"),
    pytest.param("2026-03-07T01:52:00Z", datetime(2026, 3, 7, 1, 52, tzinfo=UTC), id="iso-z"),
    pytest.param("2026-03-07T08:52:00.000 +07:00", vn(2026, 3, 7, 8, 52), id="iso-fraction-space-offset"),
    pytest.param("2026-03-07T08:52:00+0700", vn(2026, 3, 7, 8, 52), id="iso-offset-no-colon"),
    pytest.param("2026-03-07 08:07", vn(2026, 3, 7, 8, 7), id="iso-space-no-seconds"),
    pytest.param("2026-03-07T08:52:00", vn(2026, 3, 7, 8, 52), id="iso-naive-is-vn"),
    pytest.param("2026-03-07", vn(2026, 3, 7), id="iso-date-only-midnight"),
    pytest.param("24-03-2019T07:50:00+07:00", vn(2019, 3, 24, 7, 50), id="day-first-pseudo-iso"),
    # Offsets.
    pytest.param("10/11/2016 14:30 GMT+07:00", vn(2016, 11, 10, 14, 30), id="gmt-hh-mm"),
    pytest.param("10/11/2016 14:30 UTC+7", vn(2016, 11, 10, 14, 30), id="utc-plus-7"),
    pytest.param("10/11/2016 14:30 GMT+0700", vn(2016, 11, 10, 14, 30), id="gmt-hhmm"),
    pytest.param("10/11/2016 14:30 ICT", vn(2016, 11, 10, 14, 30), id="ict"),
    pytest.param("10/11/2016 14:30 GMT", datetime(2016, 11, 10, 14, 30, tzinfo=UTC), id="bare-gmt-is-utc"),
    pytest.param("10/11/2016 14:30 +07:00", vn(2016, 11, 10, 14, 30), id="bare-offset-after-time"),
    # Weekday spellings.
    pytest.param("Thu nam, 10/11/2016 14:30", vn(2016, 11, 10, 14, 30), id="weekday-no-diacritics"),
    pytest.param("THỨ NĂM, 10/11/2016 14:30", vn(2016, 11, 10, 14, 30), id="weekday-upper-case"),
    pytest.param("Thứ 5, 10/11/2016 14:30", vn(2016, 11, 10, 14, 30), id="weekday-digit"),
    pytest.param("T5, 10/11/2016 14:30", vn(2016, 11, 10, 14, 30), id="weekday-t5"),
    pytest.param("CN, 13/11/2016 14:30", vn(2016, 11, 13, 14, 30), id="weekday-cn"),
    pytest.param("  10/11/2016\u00a0\n 14:30  ", vn(2016, 11, 10, 14, 30), id="odd-whitespace"),
    # Known limitations.
    pytest.param(
        "Mar 7, 2026 08:52 AM",
        vn(2026, 3, 7, 8, 52),
        id="english-month-name",
        marks=pytest.mark.xfail(strict=True, reason="English month names are not parsed"),
    ),
    pytest.param(
        "20260307T085200+0700",
        vn(2026, 3, 7, 8, 52),
        id="iso-basic-format",
        marks=pytest.mark.xfail(strict=True, reason="ISO 8601 basic format (no separators) is not parsed"),
    ),
]

NOT_DATES = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("Hà Nội", id="place-name"),
    pytest.param("12345", id="bare-number"),
    pytest.param("2 bình luận", id="comment-count"),
    pytest.param("13/25/2016", id="month-25"),
    pytest.param("12/13/2016", id="month-13-no-swap"),
    pytest.param("31/02/2020", id="february-31"),
    pytest.param("29/02/2019", id="february-29-non-leap"),
    pytest.param("10/11/2016 25:00", id="hour-25"),
    pytest.param("10/11/2016 14:60", id="minute-60"),
    pytest.param("10/11/2016 13:30 AM", id="13-am"),
    pytest.param("10/11/1989", id="year-before-1990"),
    pytest.param("10/11/2101", id="year-after-2100"),
    pytest.param("10/11/2016 14:30 GMT+15", id="offset-too-large"),
    pytest.param("10/11", id="no-year"),
    pytest.param("8h04", id="time-without-date"),
    pytest.param("10/11/2016 14:30 | Thời sự", id="trailing-words"),
    pytest.param("10/11/2016 11/11/2016", id="two-dates"),
    pytest.param("10/11/2016 14:30 15:30", id="two-times"),
    pytest.param("10/11/2016 AM", id="meridiem-without-time"),
    pytest.param("10/11-2016", id="mixed-separators"),
    pytest.param("10 tháng 13 2016", id="words-month-13"),
    pytest.param("10 tháng Mười Ba 2016", id="words-no-such-month-name"),
    pytest.param("32 tháng 1 2016", id="words-day-32"),
    pytest.param("tháng 11 2016", id="words-no-day"),
    pytest.param("10 tháng 11", id="words-no-year"),
    pytest.param("2 giờ trước", id="relative-without-now"),
    pytest.param("Hôm qua 10:15", id="yesterday-without-now"),
    pytest.param("vừa xong", id="just-now-without-now"),
    pytest.param("x" * 1000 + "10/11/2016", id="too-long"),
]

RELATIVE = [
    pytest.param("2 giờ trước", vn(2026, 3, 7, 10, 0), id="hours-ago"),
    pytest.param("5 phút trước", vn(2026, 3, 7, 11, 55), id="minutes-ago"),
    pytest.param("30 giây trước", vn(2026, 3, 7, 11, 59, 30), id="seconds-ago"),
    pytest.param("3 ngày trước", vn(2026, 3, 4, 12, 0), id="days-ago"),
    pytest.param("1 tuần trước", vn(2026, 2, 28, 12, 0), id="weeks-ago"),
    pytest.param("Cập nhật 2 giờ trước", vn(2026, 3, 7, 10, 0), id="prefixed-hours-ago"),
    pytest.param("vừa xong", NOW, id="vua-xong"),
    pytest.param("Vừa xong", NOW, id="vua-xong-capital"),
    pytest.param("Hôm nay 10:15", vn(2026, 3, 7, 10, 15), id="today"),
    pytest.param("Hôm qua 10:15", vn(2026, 3, 6, 10, 15), id="yesterday"),
    pytest.param("Hôm kia 10:15", vn(2026, 3, 5, 10, 15), id="day-before-yesterday"),
    pytest.param("10:15 hôm qua", vn(2026, 3, 6, 10, 15), id="time-then-yesterday"),
    pytest.param("2 hours ago", vn(2026, 3, 7, 10, 0), id="english-hours-ago"),
    pytest.param("just now", NOW, id="english-just-now"),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_parses_absolute_date(text: str, expected: datetime) -> None:
    """Each supported format gives the moment it names."""
    actual = parse_datetime(text)
    assert expected == actual


@pytest.mark.parametrize("text", NOT_DATES)
def test_rejects_non_date(text: str) -> None:
    """Impossible, implausible, ambiguous or unrecognised text gives None."""
    assert parse_datetime(text) is None


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_resolves_relative_phrase_against_now(text: str, expected: datetime) -> None:
    """Relative phrases count back from the reference time."""
    actual = parse_datetime(text, now=NOW)
    assert expected == actual


@pytest.mark.parametrize("text", [pytest.param("2 giờ trước", id="ago"), pytest.param("Hôm qua 10:15", id="day")])
def test_relative_result_is_in_vietnam_time(text: str) -> None:
    """A relative result carries +07:00 even when the reference time is in UTC."""
    moment = parse_datetime(text, now=NOW.astimezone(UTC))
    actual = moment.utcoffset() if moment else None
    assert timedelta(hours=7) == actual


def test_yesterday_is_counted_in_vietnam_time() -> None:
    """ "Hôm qua" is the day before the Vietnamese date of ``now``, not the UTC date."""
    now = datetime(2026, 3, 6, 18, 0, tzinfo=UTC)  # already 7 March 01:00 in Hanoi
    actual = parse_datetime("Hôm qua 10:15", now=now)
    assert vn(2026, 3, 6, 10, 15) == actual


def test_naive_now_is_vietnam_time() -> None:
    """A naive reference time is taken to be +07:00."""
    actual = parse_datetime("2 giờ trước", now=datetime(2026, 3, 7, 12, 0))
    assert vn(2026, 3, 7, 10, 0) == actual


def test_gmt_plus_7_is_east_of_utc() -> None:
    """ "GMT+7" means +07:00, not the POSIX reading -07:00 that dateutil gives."""
    actual = parse_datetime("10/11/2016 14:30 GMT+7")
    assert datetime(2016, 11, 10, 7, 30, tzinfo=UTC) == actual


def test_gmt_minus_offset_is_west_of_utc() -> None:
    """ "GMT-5" means -05:00."""
    actual = parse_datetime("10/11/2016 14:30 GMT-5")
    assert datetime(2016, 11, 10, 19, 30, tzinfo=UTC) == actual


def test_default_offset_is_vietnam() -> None:
    """Text without an offset is read as +07:00."""
    moment = parse_datetime("10/11/2016 14:30")
    actual = moment.tzinfo if moment else None
    assert VN_TZ == actual


def test_decomposed_unicode_is_normalised() -> None:
    """NFD input parses like NFC input."""
    text = "Thứ năm, ngày 10 tháng 11 năm 2016, 14:30 (GMT+7)"
    actual = parse_datetime(unicodedata.normalize("NFD", text))
    assert vn(2016, 11, 10, 14, 30) == actual


def test_absolute_date_ignores_now() -> None:
    """An absolute date does not depend on the reference time."""
    actual = parse_datetime("10/11/2016 14:30", now=NOW)
    assert vn(2016, 11, 10, 14, 30) == actual


US = [
    pytest.param("1/28/2026 6:52:01 AM", vn(2026, 1, 28, 6, 52, 1), id="seconds-am"),
    pytest.param("1/28/2026 6:52:01 PM", vn(2026, 1, 28, 18, 52, 1), id="seconds-pm"),
    pytest.param("12/1/2026 12:05 AM", vn(2026, 12, 1, 0, 5), id="no-seconds-midnight"),
    pytest.param("28/1/2026 6:52:01 AM", None, id="day-first-rejected"),
    pytest.param("1/28/2026", None, id="no-time"),
    pytest.param("1/28/2026 6:52:01", None, id="no-meridiem"),
    pytest.param("2/30/2026 6:52 AM", None, id="impossible-date"),
]


@pytest.mark.parametrize(("text", "expected"), US)
def test_parses_us_meta_format(text: str, expected: datetime | None) -> None:
    """The month-first US meta format gives the moment in +07:00, anything else None."""
    actual = parse_datetime_us(text)
    assert expected == actual


SEARCH_CASES = [
    ("Hà Nội, 10/11/2016 | Thời sự", datetime(2016, 11, 10, 0, 0, tzinfo=VN_TZ)),
    ("Tác giả - 14:30 10/11/2016 (GMT+7) Chia sẻ", datetime(2016, 11, 10, 14, 30, tzinfo=VN_TZ)),
    ("Cập nhật: Thứ Hai, 23/06/2015 - 13:58 | 3 bình luận", datetime(2015, 6, 23, 13, 58, tzinfo=VN_TZ)),
    ("Đăng lúc 08:04 AM ngày 21/12/2012 bởi PV", datetime(2012, 12, 21, 8, 4, tzinfo=VN_TZ)),
    ("xuất bản 2026-03-07T01:52:00Z trên web", datetime(2026, 3, 7, 8, 52, tzinfo=VN_TZ)),
    # The weekday between a time and its date.
    ("Cập nhật lúc 08:20, Thứ Hai, 10/11/2008 (GMT+7)", datetime(2008, 11, 10, 8, 20, tzinfo=VN_TZ)),
    ("14:30 - T5, 10/11/2016", datetime(2016, 11, 10, 14, 30, tzinfo=VN_TZ)),
    ("Số 12/3 phố Huế", None),
    ("1/2/3/4/5/6/2016", None),
    ("Trang 12/2016 số 5", None),
]


@pytest.mark.parametrize(("text", "expected"), SEARCH_CASES, ids=[c[0] for c in SEARCH_CASES])
def test_search_datetime(text: str, expected: datetime | None) -> None:
    """search_datetime finds the explicit date, with its time and offset, inside a longer line."""
    assert expected == search_datetime(text)


FIND_CASES = [
    pytest.param("Thứ Năm, 10/11/2016 - 14:30", [("thu nam", vn(2016, 11, 10, 14, 30))], id="weekday-is-the-label"),
    pytest.param(
        "Đăng lúc 08:00 10/11/2016 | Cập nhật lúc 14:30 11/11/2016",
        [("dang luc", vn(2016, 11, 10, 8, 0)), ("cap nhat luc", vn(2016, 11, 11, 14, 30))],
        id="published-then-updated",
    ),
    pytest.param(
        "Tác giả: Lan - 10 tháng 11, 2016 | 14:30", [("tac gia: lan", vn(2016, 11, 10, 14, 30))], id="byline-words"
    ),
    pytest.param("2016-11-10T14:30:00+07:00", [("", vn(2016, 11, 10, 14, 30))], id="iso"),
    pytest.param("Không có ngày tháng ở đây", [], id="no-date"),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_datetimes(text: str, expected: list[tuple[str, datetime]]) -> None:
    """find_datetimes gives every date of a line with the (folded) words before it."""
    assert expected == find_datetimes(text)
