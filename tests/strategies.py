"""Shared hypothesis strategies."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import strategies as st

VN_TZ = timezone(timedelta(hours=7))

# From 2 January 1990 so that a UTC rendering ("...Z") never falls back into 1989, outside the plausible range.
vn_minutes = st.datetimes(
    min_value=datetime(1990, 1, 2),
    max_value=datetime(2040, 12, 31, 23, 59),
    timezones=st.just(VN_TZ),
).map(lambda moment: moment.replace(second=0, microsecond=0))
"""Aware datetimes in +07:00 at minute precision, 1990-2040."""

# Characters dates are made of, so generated text reaches deep into the parser rather than failing at once.
_DATE_ALPHABET = "0123456789 /:-.,|()+hHgTZtứThứnămngàyGMTUTCAPMSACHCN" + "\u0300\u0301\u0303\u0309\u0323"
date_like_text = st.text(alphabet=_DATE_ALPHABET, max_size=60)
"""Short strings of date characters and Vietnamese words, including stray combining marks."""

adversarial_text = st.builds(
    lambda piece, times, tail: piece * times + tail,
    st.sampled_from(["1", "/", " ", "ệ", "1/", "1 ", "12:", "-", "e\u0302\u0323", "Thứ ", "GMT+", "1.", "(", "9h"]),
    st.integers(min_value=1, max_value=100_000),
    st.sampled_from(["", "10/11/2016", "x", "10/11/2016 14:30 (GMT+7)"]),
)
"""Long runs of digits, separators, spaces and diacritics, optionally followed by a date."""


# -- Hostile and broken input (issue #4) ------------------------------------------------------------------
FIXTURE_PAGES: tuple[bytes, ...] = tuple(
    p.read_bytes() for p in sorted((Path(__file__).parent / "sites").glob("*/*.html"))
)
"""The raw bytes of every fixture page under tests/sites/."""

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def encode_windows_1258(text: str) -> bytes:
    """Text as windows-1258 writes Vietnamese: a precomposed letter where the code page has one, else the
    letter (with its circumflex, breve or horn) and a separate tone byte; '?' for what it cannot hold."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        letter = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        tones = "".join(c for c in parts if c in _TONE_MARKS)
        out += (letter + tones).encode("cp1258", errors="replace")
    return bytes(out)


# JSON values of any shape, for JSON-LD fields that should be strings and are not.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
_DATE_STRINGS = st.sampled_from(
    ["2025-10-22T14:57:00+07:00", "1899-01-01T00:00:00Z", "1989-12-31T23:59:00+07:00", "2999-01-01T00:00:00+07:00",
     "22/10/2025 14:57", "0000-00-00", "9999-99-99T99:99:99", "", "x" * 500]
)  # fmt: skip
_URL_STRINGS = st.sampled_from(
    ["https://cdn.example.vn/a.jpg", "/img/b.jpg", "c.jpg", "//cdn.example.vn/d.jpg", "javascript:alert(1)",
     "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:image/png;base64,AAAA", "vbscript:x", "file:///etc/passwd",
     "http://exa mple.vn/e.jpg", "http://\u200bexample.vn/f.jpg", "http://[::1", "https://example.vn/\x00g.jpg", ""]
)  # fmt: skip
article_jsonld = st.fixed_dictionaries(
    {"@type": st.sampled_from(["NewsArticle", "Article", ["NewsArticle", 5], "WebPage", 5, None, {"@id": 1}])},
    optional={
        "headline": st.text(max_size=80) | json_values | st.just({"name": "Tiêu đề là một đối tượng"}),
        "author": json_values | st.integers() | st.lists(st.fixed_dictionaries({"name": json_values})),
        "datePublished": _DATE_STRINGS | st.lists(_DATE_STRINGS, max_size=3) | json_values,
        "dateModified": _DATE_STRINGS | json_values,
        "image": _URL_STRINGS | st.lists(st.fixed_dictionaries({"url": _URL_STRINGS}), max_size=3) | json_values,
        "keywords": st.text(max_size=60) | json_values,
        "articleSection": st.text(max_size=30) | json_values,
        "@graph": json_values,
    },
)
"""A JSON-LD article object whose fields may have any type (author as number, dates as lists...)."""


@st.composite
def jsonld_payloads(draw: st.DrawFn) -> str:
    """What a page may put in a ld+json script: valid, broken, deeply nested or wrong-typed JSON."""
    text = json.dumps(draw(article_jsonld | json_values), ensure_ascii=draw(st.booleans()))
    kind = draw(st.sampled_from(["valid", "truncated", "trailing-comma", "cdata", "deep-list", "deep-object", "junk"]))
    if kind == "truncated":
        return text[: draw(st.integers(0, len(text)))]
    if kind == "trailing-comma":
        return text.replace("}", ",}").replace("]", ",]") + ";"
    if kind == "cdata":
        return "//<![CDATA[\n" + text + "\n//]]>"
    if kind == "deep-list":
        depth = draw(st.integers(1, 100_000))
        return "[" * depth + text + "]" * depth
    if kind == "deep-object":
        depth = draw(st.integers(1, 20_000))
        return '{"@graph":' * depth + text + "}" * depth
    if kind == "junk":
        return draw(st.text(max_size=200))
    return text


# Pieces of markup, text and trouble; random sequences of them make tag soup that reaches every extractor.
SOUP_PIECES = (
    "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<title>Tiêu đề trang - Báo</title>",
    "<h1>", "</h1>", "<h1 class='title-detail'>", "<p>", "</p>", "<p class='Normal'>", "<div>", "</div>",
    "<div class='detail-content'>", "<article>", "</article>", "<span class='date'>", "</span>", "<br>",
    "<table><tr><td>", "</td></tr></table>", "<figure><img src='a.jpg'><figcaption>Ảnh: Nguyễn Văn A",
    "</figcaption></figure>", "<ul><li><a href='/x'>", "</a></li></ul>", "<script>", "</script>", "<style>",
    "<!--", "-->", "<![CDATA[", "]]>", "<?php echo 1; ?>", "<!DOCTYPE html>", "<meta charset='windows-1258'>",
    "<meta property='og:title' content='Tiêu đề &amp;amp; meta'>", "<meta property='og:image' content='javascript:x'>",
    "<meta property='article:published_time' content='2999-01-01T00:00:00+07:00'>",
    "<link rel='canonical' href='javascript:alert(1)'>", "<base href='https://cdn.example.vn/base/'>",
    "<base href='javascript:alert(1)'>", "<img src='data:image/png;base64,AAAA'>", "<img src='//x.vn/i.jpg'>",
    "<time datetime='1985-01-01'>", "<div class='author'>", "<p style='text-align:right'><strong>",
    "Thứ tư, 22/10/2025, 14:57 (GMT+7)", "22/10/2025 14:57", "31/12/1899", "14:57 ngày 21 tháng 09 năm 2025",
    "Bình luận (1.234)", "(12) Bình luận", "© Copyright 2026", "Bản quyền thuộc Báo", "Theo TTXVN", "Bài và ảnh: ",
    "Nguyễn Văn A", "Một đoạn văn bản tiếng Việt đủ dài để được coi là nội dung của bài báo này. ",
    "Tie\u0302\u0301ng Vie\u0323\u0302t", "\u200b", "\u202e", "\u00ad", "\ufeff", "\x00", "\x0b", "\x7f", "\x85",
    "&#0;", "&#xD800;", "&#8203;", "&amp;#8203;", "&#1114112;", "&nbsp;", "&lol;", "<", ">", "&", "\"", "'",
)  # fmt: skip
markup_soup = st.lists(st.sampled_from(SOUP_PIECES) | st.text(max_size=12), max_size=120).map("".join)
"""Random sequences of tags, dates, bylines, entities and invisible or control characters."""

_JUNK = (
    b"\x00", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x81",
    b"\xe2\x80\x8b", b"\xe2\x80\xae", b"\x1b[31m", b"\x7f", b"\xc2\x85", b"<!--", b"-->", b"<![CDATA[", b"]]>",
    b"<script>", b"</html>", b"<h1>", b"</p>", b"&#0;", b"&#xD800;", b"&amp;#8203;", b"<?xml version='1.0'?>",
)  # fmt: skip
_CHARSET_LABELS = (
    "windows-1258", "iso-8859-1", "utf-16", "utf-7", "hex", "zlib", "shift_jis", "x-user-defined", "bogus", "utf-8",
)  # fmt: skip
_TAG_SPAN = re.compile(rb"<[^<>]{0,300}>")
XHTML_PROLOG = (
    '<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet href="style.xsl"?>\n'
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" [\n'
    '  <!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
    '  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n'
    '  <!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x.dtd">\n'
    "]>\n"
)
"""An XHTML prolog: XML declaration, processing instruction, DOCTYPE with billion-laughs and external entities."""


def _text_of(page: bytes) -> str:
    return page.decode("utf-8", errors="replace")


def _truncate(page: bytes, draw: st.DrawFn) -> bytes:
    return page[: draw(st.integers(0, len(page)))]


def _flip_bytes(page: bytes, draw: st.DrawFn) -> bytes:
    buf = bytearray(page)
    for _ in range(draw(st.integers(1, 16))):
        if buf:
            buf[draw(st.integers(0, len(buf) - 1))] = draw(st.integers(0, 255))
    return bytes(buf)


def _delete_tag(page: bytes, draw: st.DrawFn) -> bytes:
    tags = list(_TAG_SPAN.finditer(page))
    if not tags:
        return page
    tag = draw(st.sampled_from(tags))
    return page[: tag.start()] + page[tag.end() :]


def _duplicate_tag(page: bytes, draw: st.DrawFn) -> bytes:
    tags = list(_TAG_SPAN.finditer(page))
    if not tags:
        return page
    tag = draw(st.sampled_from(tags))
    at = draw(st.integers(0, len(page)))
    return page[:at] + tag.group(0) * draw(st.integers(1, 3)) + page[at:]


def _insert_junk(page: bytes, draw: st.DrawFn) -> bytes:
    at = draw(st.integers(0, len(page)))
    return page[:at] + draw(st.sampled_from(_JUNK)) * draw(st.integers(1, 70)) + page[at:]


def _lie_about_charset(page: bytes, draw: st.DrawFn) -> bytes:
    label = draw(st.sampled_from(_CHARSET_LABELS)).encode()
    lied = re.sub(rb"(?i)charset=[\"']?[\w.:-]+", b"charset=" + label, page, count=1)
    return lied if lied != page else b'<meta charset="' + label + b'">' + page


def _reencode(page: bytes, draw: st.DrawFn) -> bytes:
    text = _text_of(page)
    how = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "nfd", "windows-1258", "utf-16-cut"]))
    if how == "nfd":
        return unicodedata.normalize("NFD", text).encode("utf-8")
    if how == "windows-1258":
        return encode_windows_1258(text.replace("utf-8", "windows-1258").replace("UTF-8", "windows-1258"))
    if how == "utf-16-cut":
        data = text.encode("utf-16")
        return data[: draw(st.integers(0, len(data)))]
    return text.encode(how, errors="surrogatepass")


def _inject_jsonld(page: bytes, draw: st.DrawFn) -> bytes:
    script = '<script type="application/ld+json">' + draw(jsonld_payloads()) + "</script>"
    at = draw(st.integers(0, len(page)))
    return page[:at] + script.encode("utf-8", errors="surrogatepass") + page[at:]


def _xhtml(page: bytes, draw: st.DrawFn) -> bytes:
    text = _text_of(page)
    text = re.sub(r"(?is)^\s*<!doctype[^>]*>", "", text).replace("<h1", "<h1 data-x='&lol3;'", 1)
    return (XHTML_PROLOG + text.replace("</h1>", "&lol3;&xxe;&remote;</h1>", 1)).encode("utf-8", "surrogatepass")


def _hostile_urls(page: bytes, draw: st.DrawFn) -> bytes:
    text = _text_of(page)
    base = draw(st.sampled_from(["https://cdn.example.vn/base/", "javascript:alert(1)", "/relative/", "data:,x", ""]))
    src = draw(_URL_STRINGS)
    text = text.replace("<head>", f"<head><base href='{base}'>", 1)
    text = re.sub(r"""(<img[^>]*?\ssrc=)["'][^"']*["']""", lambda m: f"{m.group(1)}'{src}'", text, count=3)
    text = re.sub(r"""(rel=["']canonical["'][^>]*href=)["'][^"']*["']""", lambda m: f"{m.group(1)}'{src}'", text)
    return text.encode("utf-8", "surrogatepass")


def _deep_nesting(page: bytes, draw: st.DrawFn) -> bytes:
    at = draw(st.integers(0, len(page)))
    tag = draw(st.sampled_from([b"<div>", b"<span>", b"<b>", b"<table><tr><td>", b"<p>", b"<ul><li>"]))
    return page[:at] + tag * draw(st.integers(1, 5000)) + page[at:]


MUTATIONS = {
    "truncate": _truncate, "flip-bytes": _flip_bytes, "delete-tag": _delete_tag, "duplicate-tag": _duplicate_tag,
    "insert-junk": _insert_junk, "lie-about-charset": _lie_about_charset, "re-encode": _reencode,
    "inject-jsonld": _inject_jsonld, "xhtml-entities": _xhtml, "hostile-urls": _hostile_urls,
    "deep-nesting": _deep_nesting,
}  # fmt: skip
"""Named mutations of a page: each takes the page bytes and a ``draw`` function."""


@st.composite
def damaged_pages(draw: st.DrawFn) -> bytes:
    """A fixture page after one to four random mutations (see MUTATIONS)."""
    page = draw(st.sampled_from(FIXTURE_PAGES))
    for name in draw(st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=4)):
        page = MUTATIONS[name](page, draw)
    return page


page_urls = st.sampled_from(
    [None, "https://vnexpress.net/a-1.html", "http://example.vn/x/y.html", "https://tuoitre.vn/", "javascript:alert(1)",
     "not a url", "//cdn.example.vn/z", "http://[::1", "https://www.dantri.com.vn:8080/a?b=c#d", ""]
)  # fmt: skip
"""Page URLs a caller may pass, from proper ones to garbage."""


# -- Bylines (issue #10) -------------------------------------------------------------------------------------
_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương")
_GIVEN = ("Lan", "Anh", "Minh", "Nam", "Thu", "Hà", "Hải", "Đăng", "Quang", "Huy", "Ngọc", "Mai", "Tâm", "Hằng", "Khôi")
person_names = st.builds(
    lambda first, rest, caps: (" ".join((first, *rest))).upper() if caps else " ".join((first, *rest)),
    st.sampled_from(_SURNAMES + _GIVEN),
    st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=3),
    st.booleans(),
)
"""Vietnamese names and pen names of 2-4 syllables, capitalised or in capitals, as bylines print them."""

outlet_names = st.sampled_from(("TTXVN", "Reuters", "AFP", "VnExpress", "Dân trí", "Vcamp.vn", "Tuổi Trẻ", "Forbes"))
"""Agencies and outlets an article is credited to."""

byline_texts = st.one_of(
    person_names,
    st.builds(lambda a, b, sep: f"{a}{sep}{b}", person_names, person_names, st.sampled_from((" - ", ", ", " và "))),
    st.builds(
        lambda label, a: f"{label} {a}", st.sampled_from(("Tin, ảnh:", "Bài và ảnh:", "Bài:", "Tác giả:")), person_names
    ),
    st.builds(lambda o: f"Theo {o}", outlet_names),
    st.builds(lambda a, o: f"{a} ({o})", person_names, outlet_names),
    st.builds(lambda a, o: f"Theo {a}/{o}", person_names, outlet_names),
    st.builds(lambda a, o: f"{a}{o}", person_names, st.sampled_from(("TTXVN", "VNA"))),
    outlet_names,
    st.text(max_size=40),
)
"""Byline lines of the Vietnamese press (writers, labels, sources, agencies, glued credits) and noise."""


# -- Article text (issue #10) -----------------------------------------------------------------------------
_VN_WORDS = (
    "người", "dân", "huyện", "tỉnh", "thành", "phố", "cây", "cầu", "đường", "trường", "học", "sinh", "giáo",
    "viên", "kinh", "tế", "giá", "vàng", "xăng", "dầu", "mưa", "lũ", "nông", "dân", "mùa", "lúa", "bệnh", "viện",
    "bác", "sĩ", "công", "nhân", "doanh", "nghiệp", "xuất", "khẩu", "sáng", "chiều", "hôm", "qua", "năm", "nay",
    "đã", "sẽ", "đang", "được", "cho", "biết", "khi", "với", "trong", "ngoài", "tại", "về", "của", "và", "những",
    "nhiều", "mới", "cũ", "lớn", "nhỏ", "tăng", "giảm", "mạnh", "nhẹ", "Hà", "Nội", "Đà", "Nẵng", "Huế", "Cần", "Thơ",
)  # fmt: skip
_vn_words = st.lists(st.sampled_from(_VN_WORDS), min_size=1, max_size=60)


def _sentence(words: list[str], end: str) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] + end


vn_title = st.lists(st.sampled_from(_VN_WORDS), min_size=5, max_size=12).map(lambda w: _sentence(w, ""))
"""A headline of Vietnamese words, capitalised, without a final stop."""

vn_paragraph = st.lists(st.sampled_from(_VN_WORDS), min_size=14, max_size=50).map(lambda w: _sentence(w, "."))
"""A paragraph of Vietnamese words: a capitalised sentence of 14 to 50 words with a full stop."""
