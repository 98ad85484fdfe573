"""Vietnamese date/time parsing: explicit patterns, day before month, UTC+07:00 unless the text says otherwise."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta, timezone, tzinfo

__all__ = ["VN_TZ", "find_datetimes", "parse_datetime", "parse_datetime_us", "search_datetime"]

VN_TZ = timezone(timedelta(hours=7))

# A date line is short; anything longer is prose, not a date, and the cap keeps every call cheap.
_MAX_LEN = 200
_MIN_YEAR, _MAX_YEAR = 1990, 2100
# Two-digit years: "21/12/12" is 2012, "21/12/95" is 1995.
_CENTURY_CUTOFF = 69
# Sites never print offsets beyond real-world zones; a larger value means we misread something.
_MAX_OFFSET = timedelta(hours=14)

# Matching runs on a folded copy (no diacritics, "đ" -> "d", lower case), so "Thứ Năm", "thu nam" and NFD
# input look the same and the patterns stay ASCII. U+0300..U+036F are the combining marks Vietnamese uses.
_FOLD = {**dict.fromkeys(range(0x300, 0x370)), ord("đ"): "d", ord("Đ"): "d"}


def _fold(text: str) -> str:
    """The text without diacritics, in lower case, with single spaces, without minute marks."""
    folded = " ".join(unicodedata.normalize("NFD", text).translate(_FOLD).lower().split())
    return _MINUTE_MARK.sub("", folded) if "'" in folded or "\u2019" in folded or "\u2032" in folded else folded


# A minute mark after a time, as older sites print it: "08:15' 06/12/2008", "8h15'".
_MINUTE_MARK = re.compile(r"(?<=\d[:h]\d\d)['\u2019\u2032]", re.ASCII)


_TZ_SUFFIX = r"(?P<tz>z|[+-]\d{2}(?::?\d{2})?)?"
_HMS = r"(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d{1,9})?)?"

# Whole-string ISO 8601 forms (and the day-first variant some CMSes emit), tried before the tokenizer.
_ISO_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})[t ]" + _HMS + r" ?" + _TZ_SUFFIX, re.ASCII),
    re.compile(r"(?P<d>\d{2})-(?P<m>\d{2})-(?P<y>\d{4})t" + _HMS + r" ?" + _TZ_SUFFIX, re.ASCII),
)

# Months in words, as the folded text spells them ("tháng Mười Một" is "thang muoi mot"), longest first.
_MONTH_NAMES = {
    "muoi mot": 11, "muoi hai": 12, "muoi": 10, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5,
    "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}  # fmt: skip
# "10 tháng 11 năm 2016", "10 tháng 11, 2016", "10 tháng 11 2016", "10 Tháng Mười Một 2016", "10 thg 11, 2016"
# (the short month of the vi-VN locale). The day always comes first.
_WORD_DATE = (
    r"(?P<d>\d{1,2}) (?:thang|thg) (?P<m>\d{1,2}|" + "|".join(_MONTH_NAMES) + r")(?![a-z0-9])"
    r"(?:,? nam|,)? ?(?P<y>\d{4})(?!\d)"
)

# Everything else is read as a sequence of known tokens; one unknown word makes the text "not a date".
# Order matters: at each position the first pattern that matches wins.
_WORD_END = r"(?![a-z0-9])"
_Token = tuple[str, re.Match[str]]
_TOKENS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ago", re.compile(r"(?P<n>\d{1,4}) ?(?P<unit>giay|phut|gio|ngay|tuan) truoc" + _WORD_END, re.ASCII)),
    ("ago", re.compile(r"(?P<n>\d{1,4}) (?P<unit>second|minute|min|hour|day|week)s? ago" + _WORD_END, re.ASCII)),
    ("ago", re.compile(r"(?:vua xong|just now)" + _WORD_END, re.ASCII)),
    ("date", re.compile(r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?!\d)", re.ASCII)),
    ("date", re.compile(_WORD_DATE, re.ASCII)),
    ("date", re.compile(r"(?P<y>\d{4})(?P<sep>[/-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)", re.ASCII)),
    ("date", re.compile(r"hom (?P<rel>nay|qua|kia)" + _WORD_END, re.ASCII)),
    # "14:30", "14:30:05.123", "8h04", "14g30"
    ("time", re.compile(r"(?P<H>\d{1,2})[:hg](?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d{1,9})?)?(?!\d)", re.ASCII)),
    # "8h", "8 giờ", "8 giờ 30 phút"; minutes must not be the start of a date
    ("time", re.compile(r"(?P<H>\d{1,2}) ?(?:h|gio)(?: (?P<M>\d{1,2})(?![\d/.-])(?: phut)?)?" + _WORD_END, re.ASCII)),
    ("offset", re.compile(r"(?:gmt|utc)(?:(?P<sign>[+-])(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?" + _WORD_END, re.ASCII)),
    ("offset", re.compile(r"ict" + _WORD_END, re.ASCII)),  # Indochina Time, +07:00
    # A bare "+07:00" only counts right after a time ("08:52:00 +07:00"); elsewhere "-" is a separator.
    ("bare_offset", re.compile(r"(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2})(?!\d)", re.ASCII)),
    # "SA"/"CH" are the vi-VN AM/PM designators ("sáng"/"chiều"); "tối" (evening) is also PM.
    ("meridiem", re.compile(r"(?:(?P<am>am|a\.m\.|sa|sang)|(?P<pm>pm|p\.m\.|ch|chieu|toi))(?![a-z0-9])", re.ASCII)),
    (
        "noise",
        re.compile(
            r"(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|t[2-7]|cn"
            r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
            r"|cap nhat|ngay dang|xuat ban|dang luc|dang|chinh sua|sua|gui|luc|vao|ngay"
            r"|published|updated|modified|posted|on|at)" + _WORD_END,
            re.ASCII,
        ),
    ),
    ("punct", re.compile(r"[,|()\[\]:;/.\-\u2013\u2014\u2022\u00b7]")),
)
_UNITS = {
    "giay": "seconds", "second": "seconds",
    "phut": "minutes", "minute": "minutes", "min": "minutes",
    "gio": "hours", "hour": "hours",
    "ngay": "days", "day": "days",
    "tuan": "weeks", "week": "weeks",
}  # fmt: skip
_DAYS_BACK = {"nay": 0, "qua": 1, "kia": 2}
# Microsoft's en-US format; seconds optional, AM/PM required so a Vietnamese day-first date cannot match.
_US = re.compile(
    r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}) (?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))? ?(?P<ampm>[ap])\.?m\.?",
    re.ASCII | re.IGNORECASE,
)


def parse_datetime(text: str, *, now: datetime | None = None) -> datetime | None:
    """The moment a date line names, +07:00 unless it gives an offset; a bare date is midnight; relative needs now."""
    text = text.strip()
    if not text or len(text) > _MAX_LEN:
        return None
    folded = _fold(text)
    for pattern in _ISO_PATTERNS:
        match = pattern.fullmatch(folded)
        if match:
            return _build(_ymd(match), _hms(match), None, _iso_offset(match["tz"]))
    tokens = _tokenize(folded)
    return _assemble(tokens, now) if tokens else None


# A date inside a longer line ("Hà Nội, 10/11/2016 | Thời sự", "Tác giả - 14:30 10/11/2016 (GMT+7)"):
# the explicit formats above, with the time and offset that stand next to the date. Bounded repeats only.
_SEARCH = (
    re.compile(
        r"(?<![\d/.-])\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?: ?(?:z|[+-]\d{2}:?\d{2}))?)?",
        re.ASCII,
    ),
    re.compile(
        # A time before the date may have the weekday between them: "08:20, Thứ Hai, 10/11/2008".
        r"(?<![\d/.:-])(?:\d{1,2}[:h]\d{2}(?: ?(?:am|pm|sa|ch)(?![a-z]))?[ ,|-]{0,4}"
        r"(?:(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|t[2-7]|cn)[ ,|-]{1,4})?(?:ngay )?)?"
        r"(?<![\d/.-])(?:\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})(?![\d/.-]?\d)|"
        + re.sub(r"\?P<\w+>", "?:", _WORD_DATE)  # the same form, without its group names
        + r")"
        r"(?:[ ,|-]{0,4}(?:luc )?\d{1,2}[:h]\d{2}(?::\d{2})?(?! ?[/.-]\d)(?: ?(?:am|pm|sa|ch)(?![a-z]))?)?"
        r"(?: ?\(?(?:gmt|utc) ?[+-] ?\d{1,2}(?::?\d{2})?\)?)?",
        re.ASCII,
    ),
)


def search_datetime(text: str) -> datetime | None:
    """The first explicit date (with the time and offset beside it) inside a longer line of text."""
    folded = _fold(text[:2000])
    for pattern in _SEARCH:
        for match in pattern.finditer(folded):
            found = parse_datetime(match.group(0).strip(" ,|-"))
            if found is not None:
                return found
    return None


def find_datetimes(text: str) -> list[tuple[str, datetime]]:
    """Every explicit date of a line, in order, each with the words before it (folded: "cap nhat luc").

    The words are what stands between the previous date (or the start of the line) and this one:
    the label that says which date it is ("Đăng lúc ... | Cập nhật lúc ...").
    """
    folded = _fold(text[:2000])
    spans: list[tuple[int, int, datetime]] = []
    for pattern in _SEARCH:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if any(start < e and s < end for s, e, _ in spans):
                continue  # the ISO form of a date another form already read
            found = parse_datetime(match.group(0).strip(" ,|-"))
            if found is not None:
                spans.append((start, end, found))
    spans.sort(key=lambda span: span[0])
    found_dates: list[tuple[str, datetime]] = []
    previous = 0
    for start, end, moment in spans:
        found_dates.append((folded[previous:start].strip(" ,|-:()"), moment))
        previous = end
    return found_dates


def parse_datetime_us(text: str) -> datetime | None:
    """An aware datetime (+07:00) from the US meta format "1/28/2026 6:52:01 AM" (month first)."""
    text = text.strip()
    match = _US.fullmatch(" ".join(text.split())) if len(text) <= _MAX_LEN else None
    if not match:
        return None
    ymd = (int(match["y"]), int(match["m"]), int(match["d"]))
    return _build(ymd, _hms(match), match["ampm"].lower(), VN_TZ)


def _tokenize(folded: str) -> list[_Token] | None:
    """The meaningful tokens of the text (noise and punctuation dropped), or None if a part is unknown."""
    tokens: list[_Token] = []
    pos, end = 0, len(folded)
    while pos < end:
        if folded[pos] == " ":
            pos += 1
            continue
        for kind, pattern in _TOKENS:
            if kind == "bare_offset" and (not tokens or tokens[-1][0] != "time"):
                continue
            match = pattern.match(folded, pos)
            if match:
                break
        else:
            return None
        if kind not in ("noise", "punct"):
            tokens.append(("offset" if kind == "bare_offset" else kind, match))
        pos = match.end()
    return tokens


def _assemble(tokens: list[_Token], now: datetime | None) -> datetime | None:
    """The datetime that one date, an optional time, AM/PM and offset make, or a relative phrase resolved."""
    by_kind: dict[str, list[re.Match[str]]] = {}
    for kind, match in tokens:
        by_kind.setdefault(kind, []).append(match)
    if any(len(found) > 1 for found in by_kind.values()):
        return None  # two dates or two times: we would be guessing which one is meant
    if "ago" in by_kind:
        return _ago(by_kind["ago"][0], now) if len(by_kind) == 1 else None
    if "date" not in by_kind or ("meridiem" in by_kind and "time" not in by_kind):
        return None
    day_match = by_kind["date"][0]
    relative = day_match.groupdict().get("rel")
    if relative:
        if now is None:
            return None
        try:
            day = _vn_now(now).date() - timedelta(days=_DAYS_BACK[relative])
        except OverflowError:  # a reference time at the very edge of what datetime can hold
            return None
        ymd = (day.year, day.month, day.day)
    else:
        ymd = _ymd(day_match)
    moment = _hms(by_kind["time"][0]) if "time" in by_kind else (0, 0, 0)
    meridiem = by_kind["meridiem"][0] if "meridiem" in by_kind else None
    half = None if meridiem is None else ("a" if meridiem["am"] else "p")
    tz = _offset(by_kind["offset"][0]) if "offset" in by_kind else VN_TZ
    return _build(ymd, moment, half, tz)


def _ago(match: re.Match[str], now: datetime | None) -> datetime | None:
    """``now`` minus the span the phrase names, in +07:00."""
    if now is None:
        return None
    span = timedelta(**{_UNITS[match["unit"]]: int(match["n"])}) if match.groupdict().get("n") else timedelta()
    try:
        moment = _vn_now(now) - span
    except OverflowError:  # "9999 tuần trước" from a reference time near year 1
        return None
    return moment if _MIN_YEAR <= moment.year <= _MAX_YEAR else None


def _vn_now(now: datetime) -> datetime:
    """The reference time in +07:00; a naive one is taken to be Vietnamese local time."""
    return now.replace(tzinfo=VN_TZ) if now.tzinfo is None else now.astimezone(VN_TZ)


def _ymd(match: re.Match[str]) -> tuple[int, int, int]:
    """Year, month, day of a date match; two-digit years get their century, months in words their number."""
    year = int(match["y"])
    if len(match["y"]) == 2:
        year += 2000 if year <= _CENTURY_CUTOFF else 1900
    month = match["m"]
    return year, _MONTH_NAMES[month] if month in _MONTH_NAMES else int(month), int(match["d"])


def _hms(match: re.Match[str]) -> tuple[int, int, int]:
    """Hour, minute, second of a time match (missing parts are zero)."""
    parts = match.groupdict()
    return int(parts["H"]), int(parts["M"] or 0), int(parts.get("S") or 0)


def _offset(match: re.Match[str]) -> tzinfo | None:
    """The zone a "GMT+7"/"UTC+07:00"/"+0700"/"ICT" token names; "GMT+7" is +07:00, not the POSIX reading."""
    parts = match.groupdict()
    if not parts.get("sign"):
        # A bare "GMT"/"UTC" is UTC; "ICT" is Indochina Time.
        return VN_TZ if match[0] == "ict" else timezone.utc
    return _zone(parts["sign"], parts["oh"], parts["om"])


def _iso_offset(suffix: str | None) -> tzinfo | None:
    """The zone of an ISO 8601 suffix ("z", "+07:00", "+0700", "+07"); none given means +07:00."""
    if suffix is None:
        return VN_TZ
    if suffix == "z":
        return timezone.utc
    digits = suffix[1:].replace(":", "")
    return _zone(suffix[0], digits[:2], digits[2:])


def _zone(sign: str, hours: str, minutes: str | None) -> tzinfo | None:
    """The fixed offset the parts name, or None when it is out of range."""
    span = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if span > _MAX_OFFSET or int(minutes or 0) >= 60:
        return None
    return timezone(-span if sign == "-" else span)


def _build(
    ymd: tuple[int, int, int], hms: tuple[int, int, int], half: str | None, tz: tzinfo | None
) -> datetime | None:
    """The aware datetime, or None when a part is impossible (31/02, 25:00, 13 AM) or the year implausible."""
    if tz is None or not _MIN_YEAR <= ymd[0] <= _MAX_YEAR:
        return None
    hour, minute, second = hms
    if half is not None:
        # 12-hour clock; some sites append "PM" to a 24-hour time ("13:05 PM"), which is still unambiguous.
        if half == "a" and hour > 12:
            return None
        if hour == 12 and half == "a":
            hour = 0
        elif hour < 12 and half == "p":
            hour += 12
    try:
        return datetime.combine(date(*ymd), time(hour, minute, second), tz)
    except ValueError:
        return None
