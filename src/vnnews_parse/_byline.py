"""Reading bylines: who wrote the article (authors) and whom it was taken from (source)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from vnnews_parse._text import clean, unique

# "Theo X", "Nguồn: X", "Nguồn X": the article was taken from X, who is a source, not an author.
_SOURCE = re.compile(r"^(?:theo|nguồn|nguon|source)\b\s*:?\s*(?P<source>.+)$", re.I)
# Role labels before the names: "Bài và ảnh:", "Tác giả:", "Thực hiện:", "PV:", "Nhóm PV:" is kept below.
_LABEL = re.compile(
    r"^(?:bài\s+và\s+ảnh|bài\s*[,&/]\s*ảnh|bài|tác\s+giả|thực\s+hiện|ghi\s+chép|nhóm\s+thực\s+hiện|"
    r"phóng\s+viên|by|viết\s+bởi|đăng\s+bởi|người\s+viết|biên\s+tập|text|ảnh|video|clip|đồ\s+họa)\s*[:\-–]\s*",
    re.I,
)
_MARKS = re.compile(r"\((?:ảnh|\*|tổng\s+hợp|lược\s+dịch|dịch|biên\s+dịch|th|th\.|theo\s+[^)]*)\)|\(\*\)|\*", re.I)
_EMAIL = re.compile(r"(?<!\S)\S+@\S+")
# Each alternative starts at the first space of a run ((?<!\s)), so a long run of spaces is not
# rescanned from every position inside it.
_SPLIT = re.compile(r"(?<!\s)\s+[-–—|/]\s+|(?:(?<!\s)\s+)?[,;&|/]\s*|(?<!\s)\s+và\s+|(?<!\s)\s+and\s+", re.I)
_EDGE = re.compile(r"^[\s\-–—|:,.;/•·]+|[\s\-–—|:,;/•·]+$")
# News agencies and outlets are credited as sources even when printed where a byline goes.
AGENCIES = frozenset(
    x.casefold()
    for x in (
        "TTXVN",
        "TTXVN/VNA",
        "VNA",
        "Vietnam+",
        "TTXVN/Vietnam+",
        "AFP",
        "Reuters",
        "AP",
        "Xinhua",
        "Tân Hoa Xã",
        "Bloomberg",
        "CNN",
        "BBC",
        "Kyodo",
        "Yonhap",
        "Sputnik",
        "TASS",
        "RIA Novosti",
        "Tuổi Trẻ",
        "Thanh Niên",
        "VnExpress",
        "Dân trí",
        "Vietnamnet",
        "VTV",
        "VOV",
        "Zing",
        "Znews",
        "Tiền Phong",
        "Người Lao Động",
        "Nhân Dân",
        "Hànộimới",
        "Hà Nội Mới",
        "Chinhphu.vn",
        "Baochinhphu.vn",
        "Tổng hợp",
        "CafeF",
        "CafeBiz",
    )
)
# "Minh Nguyễn/Vcamp.vn": a web address in a byline names the outlet the text came from.
_DOMAIN = re.compile(r"[\w-]\.(?:vn|com|net|org|info)\b", re.I)
# "và 1 tác giả khác" is a UI hint that more names are hidden, not a name.
_NOT_A_NAME = re.compile(r"^(?:\d+\s+tác\s+giả\s+khác|tác\s+giả\s+khác|\d+|theo\s+dõi|xem\s+thêm.*|ảnh\s*:.*)$", re.I)


_PAREN = re.compile(r"\(([^()]{1,60})\)\s*$")


def _is_outlet(text: str) -> bool:
    """An agency, an outlet's web address, or several of them ("TTXVN/Vietnam+")."""
    parts = [p.strip() for p in re.split(r"[/,]", text)]
    return all(p.casefold() in AGENCIES or _DOMAIN.search(p) for p in parts if p)


# How outlets are named ("báo Dân Việt", "tạp chí Forbes", "đài VTV"): never a person.
_OUTLET_WORD = re.compile(r"^(?:báo|tạp\s+chí|đài|trang|kênh|tờ|hãng|tập\s+đoàn|công\s+ty|nhóm)\b", re.I)


def _is_person(name: str) -> bool:
    """A person's name or pen name: a few capitalised words, not an outlet ("Sầm Hoa", not "báo Dân Việt")."""
    words = name.split()
    return (
        0 < len(words) <= 5
        and all(w[:1].isupper() for w in words)
        and not _OUTLET_WORD.match(name)
        and not _is_outlet(name)
        and not any(c.isdigit() for c in name)
    )


def split_byline(texts: Iterable[str]) -> tuple[tuple[str, ...], str | None]:
    """Split byline texts into (authors, source) by the rules that hold across Vietnamese sites."""
    authors: list[str] = []
    source: str | None = None
    for raw in texts:
        text = _EMAIL.sub(" ", clean(raw))
        text = _MARKS.sub(" ", text)
        text = clean(_EDGE.sub("", text))
        if not text:
            continue
        # "(TTXVN/Vietnam+)" alone credits a source; "Lan Anh (TTXVN)" a writer and her agency.
        paren = _PAREN.search(text)
        outlet_named = False
        if paren and (paren.start() == 0 or _is_outlet(paren.group(1))):
            source = source or clean(paren.group(1)) or None
            text = clean(text[: paren.start()])
            outlet_named = True
            if not text:
                continue
        match = _SOURCE.match(text)
        if match:
            credited = clean(_EDGE.sub("", match.group("source")))
            # "Theo Sầm Hoa (Vietnamnet/Reuters)", "Theo Minh Nguyễn/Vcamp.vn": with the outlet named
            # apart, the person after "Theo" is the writer who took the text from it.
            name, slash, outlet = (clean(x) for x in credited.partition("/"))
            if slash and _is_outlet(outlet) and _is_person(name):
                authors.append(name)
                source = source or outlet
            elif outlet_named and _is_person(credited):
                authors.append(credited)
            else:
                source = source or credited or None
            continue
        text = _LABEL.sub("", text)
        for part in _SPLIT.split(text):
            name = clean(_EDGE.sub("", part))
            if not name or _NOT_A_NAME.match(name):
                continue
            if name.casefold() in AGENCIES or _DOMAIN.search(name):
                source = source or name
                continue
            # A sentence is not a byline: names are a few words without sentence punctuation.
            if len(name) > 40 or len(name.split()) > 6 or re.search(r"[.!?:]\s", name):
                continue
            authors.append(name)
    return unique(authors), source
