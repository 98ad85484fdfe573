"""Reading bylines: who wrote the article (authors) and whom it was taken from (source).

The rules here hold across the Vietnamese press, whatever the template:

* :func:`split_byline` splits byline texts into writers and a source ("Lan Anh - Hoàng Nam",
  "Bài và ảnh: Minh Chiến", "Theo TTXVN", "Theo Sầm Hoa (Vietnamnet/Reuters)").
* :func:`name_problem` tells whether a text has the shape of a person's name, a pen name or a
  collective credit ("Nhóm PV"), and if not, what it is instead (a handle, an outlet, a web team...).
* :func:`closing_byline` finds the byline and source lines that close an article's text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from vnnews_parse._text import clean, unique

# "Theo X", "Nguồn: X", "Nguồn X": the article was taken from X, who is a source, not an author.
_SOURCE = re.compile(r"^(?:theo|nguồn|nguon|source)\b\s*:?\s*(?P<source>.+)$", re.I)
# "(Theo Reuters)", "(Nguồn: TTXVN)": a source credited in brackets, alone or after the writer.
_SOURCE_PAREN = re.compile(r"\(\s*(?:theo|nguồn|nguon)\b\s*:?\s*(?P<source>[^()]{1,60})\)", re.I)
# Role labels before the writers' names: "Bài và ảnh:", "Tin, ảnh:", "Tác giả:", "Thực hiện:"...
_LABEL = re.compile(
    r"^(?:(?:bài|tin)\s+và\s+ảnh|(?:bài|tin)\s*[,&/-]\s*ảnh|bài\s+viết|bài|tin|tác\s+giả|thực\s+hiện|ghi\s+chép|"
    r"nhóm\s+thực\s+hiện|nhóm\s+pv|nhóm\s+phóng\s+viên|nội\s+dung|phóng\s+viên|pv|by|viết\s+bởi|đăng\s+bởi|người\s+viết|text)\s*[:\-–]\s*",
    re.I,
)
# "(tổng hợp)", "(T/h)", "(lược dịch)", "(thực hiện)", "(*)": how the writer worked, not part of
# her name ("(thực hiện)" and "(ghi)" close interviews and reported accounts).
_MARKS = re.compile(
    r"\((?:ảnh|\*|th|th\.|t/h|t\.h|th/|thực\s+hiện|ghi|ghi\s+chép|lược\s+ghi|ctv|pv|btv|cộng\s+tác\s+viên|phóng\s+viên)\)"
    r"|\((?:tổng\s+hợp|lược\s+dịch|biên\s+dịch|dịch)\b[^()]{0,60}\)|\(\*\)|\*",
    re.I,
)
# A role word before the name without a colon: "PV Lan Anh", "Phóng viên Lan Anh", "Bởi Lan Anh" (a
# CMS's "by"), "Tác giả Lan Anh".
_ROLE = re.compile(
    r"^(?:pv|ctv|btv|phóng\s+viên|cộng\s+tác\s+viên|nhà\s+báo|tác\s+giả|(?:viết\s+|đăng\s+)?bởi|by)\s+(?=[^\W\d_])",
    re.I,
)
_EMAIL = re.compile(r"(?<!\S)\S+@\S+")
# Each alternative starts at the first space of a run ((?<!\s)), so a long run of spaces is not
# rescanned from every position inside it.
_SPLIT = re.compile(r"(?<!\s)\s+[-–—|/]\s+|(?:(?<!\s)\s+)?[,;&|/]\s*|(?<!\s)\s+và\s+|(?<!\s)\s+and\s+", re.I)
_EDGE = re.compile(r"^[\s\-–—|:,.;/•·]+|[\s\-–—|:,;/•·]+$")
# News agencies and outlets are credited as sources even when printed where a byline goes.
AGENCIES = frozenset(
    x.casefold()
    for x in (
        # Agencies.
        "TTXVN", "TTXVN/VNA", "VNA", "Vietnam+", "TTXVN/Vietnam+", "AFP", "Reuters", "AP", "Xinhua", "Tân Hoa Xã",
        "Bloomberg", "CNN", "BBC", "Kyodo", "Yonhap", "Sputnik", "TASS", "RIA Novosti", "ANTARA", "Bernama",
        "dpa", "EFE", "ANSA", "UPI", "Interfax", "CCTV", "NHK",
        # Vietnamese outlets (credited as "Theo <outlet>" when an article is taken from them).
        "Tuổi Trẻ", "Thanh Niên", "VnExpress", "Dân trí", "Vietnamnet", "VTV", "VOV", "VTC", "VTC News", "Zing",
        "Znews", "Zing News", "Tiền Phong", "Người Lao Động", "Lao Động", "Nhân Dân", "Hànộimới", "Hà Nội Mới",
        "Chinhphu.vn", "Baochinhphu.vn", "CafeF", "CafeBiz", "GenK", "Kenh14", "Kênh 14", "Afamily", "Soha",
        "Trí Thức Trẻ", "Nhịp Sống Kinh Tế", "Dân Việt", "Người Đưa Tin", "Infonet", "Ngôi Sao", "2Sao",
        "Sài Gòn Giải Phóng", "SGGP", "Quân Đội Nhân Dân", "QĐND", "Công An Nhân Dân", "CAND", "An Ninh Thủ Đô",
        "Kinh Tế & Đô Thị", "Kinh tế và Đô thị", "Pháp Luật TP.HCM", "Pháp Luật Việt Nam", "PLO",
        "Đời Sống & Pháp Luật", "Đời sống và Pháp luật", "Gia Đình & Xã Hội", "Gia đình và Xã hội", "Sức Khỏe & Đời Sống",
        "Khoa Học & Đời Sống", "Thể Thao & Văn Hóa", "Giáo Dục & Thời Đại", "Giáo dục Việt Nam", "VnEconomy",
        "Vietnamplus", "VietnamFinance", "Thời báo Kinh tế Việt Nam", "Đầu Tư", "Báo Đầu tư", "Doanh Nhân Sài Gòn",
        "Tin Tức", "Báo Tin tức", "Báo Mới", "Baomoi", "VietNamNet", "Tổ Quốc", "Lao Động Thủ Đô", "Phụ Nữ",
        "Phụ Nữ Việt Nam", "Phụ Nữ TP.HCM", "Thanh Tra", "Văn Hóa", "Nông Nghiệp Việt Nam", "Kiến Thức", "Eva",
        "Yan", "Ione", "Vietgiaitri", "Tri Thức", "Trí Thức", "Tri Thức - Znews", "Thời Đại", "Đất Việt",
        # Foreign outlets an article is translated from.
        "Forbes", "The Verge", "TechCrunch", "Engadget", "Wired", "The Guardian", "Guardian", "The New York Times",
        "New York Times", "NYTimes", "Washington Post", "WSJ", "Wall Street Journal", "Financial Times", "FT",
        "The Economist", "Economist", "Business Insider", "CNBC", "Fortune", "Time", "Newsweek", "Nikkei",
        "Nikkei Asia", "SCMP", "South China Morning Post", "Daily Mail", "Telegraph", "The Telegraph",
        "Independent", "The Independent", "Mirror", "The Sun", "Fox News", "NBC", "ABC", "CBS", "Al Jazeera",
        "Sina", "Sohu", "QQ", "Tencent", "Weibo", "Mashable", "Gizmodo", "Ars Technica", "CNET", "ZDNet",
        "9to5Mac", "MacRumors", "AppleInsider", "Android Authority", "Phys.org", "Live Science", "Science Alert",
        "ScienceAlert", "National Geographic", "Huffington Post", "HuffPost", "Vox", "Politico", "Axios",
        "Korea Herald", "Korea Times", "Soompi", "Allkpop", "Naver", "Dispatch", "Sohu", "NetEase", "Baidu",
        # Not a writer: compiled from several sources.
        "Tổng hợp",
    )
)  # fmt: skip
# "Minh Nguyễn/Vcamp.vn": a web address in a byline names the outlet the text came from.
_DOMAIN = re.compile(r"[\w-]\.(?:vn|com|net|org|info|gov|edu|co|tv|io)\b", re.I)
# "và 1 tác giả khác" is a UI hint that more names are hidden, not a name; "Ảnh: X", "Video: X"
# credit pictures, not the text.
_NOT_A_NAME = re.compile(
    r"^(?:\d+\s+tác\s+giả\s+khác|tác\s+giả\s+khác|\d+|theo\s+dõi|xem\s+thêm.*|"
    r"(?:ảnh|hình|hình\s+ảnh|photo|video|clip|đồ\s+họa|đồ\s+hoạ|thiết\s+kế|trình\s+bày|quay\s+phim|"
    r"dựng\s+phim|kỹ\s+thuật|infographic)\s*:.*)$",
    re.I,
)
_PAREN = re.compile(r"\(([^()]{1,60})\)\s*$")


# An agency's or broadcaster's regional bureau: "VOV-Tây Bắc", "TTXVN Cần Thơ", "VTV8".
_BUREAU = re.compile(
    r"^(?:"
    + "|".join(sorted((re.escape(a) for a in AGENCIES if len(a) >= 3), key=len, reverse=True))
    + r")(?:[\s\-–]+(?P<desk>.+)|\d{1,2})$",
    re.I,
)


def _agency(name: str) -> bool:
    """An agency or outlet by name, or one of its bureaus."""
    if name.casefold() in AGENCIES:
        return True
    bureau = _BUREAU.match(name)
    # The bureau is a place or a desk, capitalised: "Tây Bắc", "Cần Thơ" (not "là tạp chí ...").
    desk = bureau["desk"] if bureau else None
    return bureau is not None and (
        desk is None or (len(desk.split()) <= 3 and all(w[:1].isupper() for w in desk.split()))
    )


def is_outlet(text: str) -> bool:
    """An agency, an outlet's web address, or several of them ("TTXVN/Vietnam+")."""
    parts = [p.strip() for p in re.split(r"[/,]", text)]
    return any(parts) and all(_agency(p) or _DOMAIN.search(p) for p in parts if p)


# How outlets and organisations are named ("báo Dân Việt", "tạp chí Forbes", "đài VTV"): never a person.
_OUTLET_WORD = re.compile(
    r"^(?:báo|tạp\s+chí|đài|trang\s+(?:tin|web|thông\s+tin)|kênh|tờ|hãng|tập\s+đoàn|công\s+ty|nhóm|thời\s+báo|tuần\s+báo|nhật\s+báo|"
    r"cổng\s+thông\s+tin|website|ban|bộ|sở|cục|tổng\s+cục|ủy\s+ban|uỷ\s+ban|ubnd|viện|ngân\s+hàng|bệnh\s+viện)\b",
    re.I,
)
# Credits that name a team of the newsroom, not a person, and are printed as the byline: kept.
_COLLECTIVE = re.compile(
    r"^(?:nhóm\s+(?:pv|phóng\s+viên|ctv|cộng\s+tác\s+viên)(?:\s+\S+){0,3}|pv|ctv|pv\s*-\s*ctv)$", re.I
)
# Who publishes the page, not who wrote the article: the site's staff accounts and desks.
_WEB_TEAM = re.compile(
    r"^(?:ban\s+biên\s+tập|bbt|btv|biên\s+tập\s+viên|biên\s+tập|admin|administrator|quản\s+trị(?:\s+viên)?|"
    r"webmaster|web\s*team|webteam|web\s+editor|editor|editorial|staff|tòa\s+soạn|toà\s+soạn|ban\s+điện\s+tử|"
    r"ban\s+thư\s+ký(?:\s+tòa\s+soạn)?|thư\s+ký\s+tòa\s+soạn|tkts|bộ\s+phận\s+biên\s+tập|nhóm\s+biên\s+tập|"
    r"phòng\s+điện\s+tử|ban\s+báo\s+điện\s+tử|báo\s+điện\s+tử|khách|guest|thành\s+viên|member|user|"
    r"người\s+dùng|unknown|anonymous|ẩn\s+danh|vô\s+danh|n/a|none|null)$",
    re.I,
)
# Words of box titles, weekdays ("Thứ Hai"), share buttons, outlet names ("Hà Tĩnh Online",
# "Vietnam Finance") and other phrases a short line of a page may hold: never a word of a name.
_NOT_NAME_WORDS = frozenset(
    "có thể bạn của là các những được không cho với này đã sẽ đang trong khi vì nhưng thì mà cũng rất "
    "tin bài xem thêm đọc nhiều mới hot video clip ảnh tháng năm ngày giờ phút lúc về tại theo nguồn "
    "tác giả chia sẻ cáo tải nhập tiếp hết thứ chủ hôm gửi email facebook zalo twitter youtube tiktok "
    "instagram like share print follow dõi báo tức luật sống truyền điện the of and by in on at for from with "
    "news online times post daily today finance magazine media journal review herald tribune insider world "
    "weekly express press network group corp jsc company club".split()
)
# Places a short closing line may name (a dateline), never a writer.
_PLACES = frozenset(
    x.casefold()
    for x in ("Hà Nội", "Việt Nam", "Sài Gòn", "Đà Nẵng", "Cần Thơ", "TP Hồ Chí Minh", "Thành Phố Hồ Chí Minh")
)
# With the other provinces and cities a dateline names ("Quảng Ninh | 10/11/2016"). Some are given
# names too ("Thái Bình"), so they are set aside only where a place is the likelier reading.
PROVINCES = _PLACES | frozenset(
    x.casefold()
    for x in (
        "An Giang|Bà Rịa - Vũng Tàu|Bà Rịa Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|"
        "Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|"
        "Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hưng Yên|"
        "Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|"
        "Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|"
        "Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Huế|Tiền Giang|TP HCM|TP.HCM|Trà Vinh|"
        "Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Nha Trang|Đà Lạt|Vũng Tàu|Hạ Long|Phú Quốc"
    ).split("|")
)
# Buttons and box titles whose words may each be a name's ("Luận", "Thích", "Bật" are given names):
# as a whole, never a writer.
_NOT_NAME_PHRASES = frozenset(
    "bình luận|nổi bật|yêu thích|quan tâm|đăng ký|liên hệ|tìm kiếm|phản hồi|xu hướng|tiêu điểm|bản in".split("|")
)
# Sections of news sites, printed in capitals in menus and breadcrumbs next to a byline.
SECTIONS = frozenset(
    x.casefold()
    for x in (
        "Thời sự", "Thế giới", "Kinh doanh", "Kinh tế", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe",
        "Sức khoẻ", "Đời sống", "Du lịch", "Khoa học", "Công nghệ", "Số hóa", "Số hoá", "Xe", "Ô tô", "Xe máy",
        "Ý kiến", "Tâm sự", "Văn hóa", "Văn hoá", "Xã hội", "Tài chính", "Bất động sản", "Chứng khoán", "Quốc tế",
        "Góc nhìn", "Chính trị", "Quân sự", "Môi trường", "Nông nghiệp", "Y tế", "An ninh", "Bạn đọc", "Việc làm",
        "Tuyển sinh", "Âm nhạc", "Điện ảnh", "Thời trang", "Làm đẹp", "Ẩm thực", "Gia đình", "Nhà đất", "Podcast",
        "Infographic", "Multimedia", "Emagazine", "Magazine", "Tin tức", "Tin nóng", "Trang chủ", "Giới trẻ",
        "Showbiz", "Cộng đồng", "Nhịp sống", "Thị trường", "Doanh nghiệp", "Doanh nhân", "Đầu tư", "Ngân hàng",
        "Quốc phòng", "Hình sự", "Tình yêu", "Hôn nhân", "Tiêu dùng", "Bảo hiểm", "Xã luận", "Chuyên đề",
        "Phóng sự", "Điều tra", "Tiêu điểm", "Sự kiện", "Trong nước", "Bóng đá", "Sống khỏe", "Nhân ái",
        "Thời tiết", "Giao thông", "Đô thị", "Mua sắm", "Truyền hình", "Văn học", "Kiến thức", "Học đường",
        "Du học", "Cảnh giác", "Chuyển đổi số", "Tin mới", "Tin nổi bật", "Đọc nhiều", "Xem nhiều",
    )
)  # fmt: skip
# Particles of foreign names, in lower case inside a name ("Leonardo da Vinci").
_PARTICLES = frozenset("de da di du van der von la le del dos bin al".split())
# Degrees and professions printed before a writer's name ("ThS.", "PGS.TS", "BSCKII"), dots removed.
_TITLES = frozenset(
    "ths ts tskh pgs gs pgsts gsts gstskh pgstskh bs bsck bscki bsckii ds ks ls ncs thsbs thsls".split()
)
# Initials used as a byline ("TP", "T.P", "H.A."): up to four capital letters.
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.?){2,4}$|^(?:[A-ZĐ]\.){1,4}[A-ZĐ]?$")


def name_problem(name: str) -> str | None:
    """Why ``name`` is not a person's name, pen name or collective credit; ``None`` when it is one.

    A name is 2 to 5 capitalised words (or ALL CAPS), or initials ("TP", "T.P"), or a collective
    credit ("Nhóm PV"); not a handle, an address, an outlet, a web team or a phrase of the page.
    """
    name = clean(name)
    if not name:
        return "empty"
    folded = name.casefold()
    if "@" in name or "http" in folded or "www." in folded or _DOMAIN.search(name):
        return "an address or account"
    if _COLLECTIVE.match(name):
        return None
    if "_" in name or any(c.isdigit() for c in name):
        return "an account or handle"
    if _WEB_TEAM.match(name):
        return "the site's staff, not a writer"
    if is_outlet(name) or _OUTLET_WORD.match(name):
        return "an outlet or organisation"
    if folded in _PLACES:
        return "a place"
    if folded in _NOT_NAME_PHRASES:
        return "a phrase, not a name"
    if folded in SECTIONS:
        return "a section's name"
    words = name.split()
    if len(words) > 5 or len(name) > 40:
        return "too long for a name"
    if len(words) == 1 and not _INITIALS.match(name):
        return "a single word"
    for i, word in enumerate(words):
        if word.casefold() in _NOT_NAME_WORDS:
            return "a phrase, not a name"
        if 0 < i < len(words) - 1 and word in _PARTICLES:
            continue
        if i < len(words) - 1 and word.replace(".", "").casefold() in _TITLES:
            continue  # "ThS. Nguyễn Văn A", "PGS.TS Lê B": the writer's degree, printed with the name
        if not _name_word(word):
            return "not a name's shape"
    return None


_PUNCT_SPACE = re.compile(r"(?<!\S)(\S*)([.!?:])\s")


def _sentence_punctuation(text: str) -> bool:
    """Whether the text holds a sentence's punctuation: a full stop after a degree ("ThS. Lan Anh") or
    an initial ("T. Hà") is not one."""
    for match in _PUNCT_SPACE.finditer(text):
        word, mark = match.groups()
        bare = word.replace(".", "")
        if mark != "." or not (bare.casefold() in _TITLES or (len(bare) == 1 and bare.isupper())):
            return True
    return False


def _name_word(word: str) -> bool:
    """A capitalised or all-caps word (hyphenated parts and initials allowed): "Nguyễn", "LÊ", "T.P", "Ki-moon"."""
    for n, part in enumerate(word.split("-")):
        letters = part.replace(".", "").replace("'", "").replace("’", "")
        # After a hyphen a part may be in lower case ("Ki-moon").
        if not letters or not letters.isalpha() or not (letters[0].isupper() or n > 0):
            return False
        rest = letters[1:]
        if rest and not (rest.islower() or rest.isupper()):
            return False
    return True


def _is_person(name: str) -> bool:
    """A person's name or pen name: a few capitalised words, not an outlet ("Sầm Hoa", not "báo Dân Việt")."""
    return name_problem(name) is None and not _COLLECTIVE.match(name)


def _unglue(text: str) -> tuple[str, str | None]:
    """ "Tâm HằngTTXVN" is "Tâm Hằng" credited to "TTXVN": split an agency glued to the last name.

    A CMS that strips the tags between the writer and the agency glues them together.
    """
    last = text.rsplit(" ", 1)[-1]
    offset = len(text) - len(last)
    for i in range(1, min(len(last), 40)):
        if last[i - 1].islower() and last[i].isupper():
            if last[i:].casefold() in AGENCIES and last[i:].isupper():
                return text[: offset + i], last[i:]
            break
    return text, None


def _full_stop_off(name: str) -> str:
    """ "Lan Anh." is Lan Anh; "T.P." keeps the full stop of its initials."""
    if name.endswith(".") and "." not in name.rsplit(" ", 1)[-1][:-1] and len(name.rsplit(" ", 1)[-1]) > 2:
        return name[:-1]
    return name


def _unrole(name: str) -> str:
    """ "PV Lan Anh" is Lan Anh: a role word before a name goes (but "Nhóm PV" stays a credit)."""
    bare = _ROLE.sub("", name)
    return bare if bare != name and name_problem(bare) is None else name


def split_byline(texts: Iterable[str], *, slot: bool = False) -> tuple[tuple[str, ...], str | None]:
    """Split byline texts into (authors, source) by the rules that hold across Vietnamese sites.

    ``slot``: the texts come from a place that holds the writer (an element or metadata field
    marked as the author). There "Theo Phạm Trường" credits the writer Phạm Trường, as the
    VCCorp sites print it; elsewhere a bare "Theo X" names the source X.
    The source is never also returned as an author.
    """
    authors: list[str] = []
    source: str | None = None
    for raw in texts:
        text = _EMAIL.sub(" ", clean(raw))
        paren_source = _SOURCE_PAREN.search(text)
        if paren_source:
            # "(Theo Reuters)" alone is a source line; "Lan Anh (theo Reuters)" a writer and her source.
            credited = clean(_EDGE.sub("", paren_source.group("source")))
            rest = clean(text[: paren_source.start()] + " " + text[paren_source.end() :])
            text = rest if rest else "Theo " + credited
            if rest:
                source = source or credited or None
        text = _MARKS.sub(" ", text)
        text = clean(_EDGE.sub("", text))
        text, glued = _unglue(text)
        source = source or glued
        if not text:
            continue
        # "(TTXVN/Vietnam+)" alone credits a source; "Lan Anh (TTXVN)" a writer and her agency.
        paren = _PAREN.search(text)
        outlet_named = glued is not None
        if paren and (
            (paren.start() == 0 and not any(c.isdigit() for c in paren.group(1)))
            or is_outlet(paren.group(1))
            or _OUTLET_WORD.match(paren.group(1))  # "(Đài PT-TH Bình Dương)", "(Báo Quảng Ninh)"
        ):
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
            if slash and is_outlet(outlet) and _is_person(name):
                authors.append(name)
                source = source or outlet
            elif (outlet_named or slot) and _is_person(credited):
                authors.append(credited)
            else:
                source = source or credited or None
            continue
        text = _LABEL.sub("", text)
        for part in _SPLIT.split(text):
            name = _unrole(_full_stop_off(clean(_EDGE.sub("", part))))
            if not name or _NOT_A_NAME.match(name):
                continue
            if name.casefold() in _PLACES:
                continue  # "Lan Anh - Hà Nội": where she wrote from, not a writer
            if _agency(name) or _DOMAIN.search(name):
                source = source or name
                continue
            # A sentence is not a byline: names are a few words without sentence punctuation.
            if len(name) > 40 or len(name.split()) > 6 or _sentence_punctuation(name):
                continue
            authors.append(name)
    if source is not None:
        # The source is whom the text was taken from: never also one of its writers.
        authors = [a for a in authors if a.casefold() != source.casefold()]
    return unique(authors), source


class Closing(NamedTuple):
    """The lines that close an article's text as its byline: how many, and what they name."""

    lines: int
    authors: tuple[str, ...]
    source: str | None


# A closing line longer than this is article text, not a byline or a source line.
_MAX_LINE = 80
# How many lines at the end of a text may make up its byline ("Bài: A", "Ảnh: B", "Theo C"); of
# them, at most two name writers.
_MAX_LINES = 4


def _source_line(text: str) -> bool:
    """A "Theo X" / "Nguồn: X" credit line, not a sentence that starts with "Theo" ("Theo các chuyên gia, ...")."""
    match = _SOURCE.match(text) or _SOURCE_PAREN.fullmatch(text)
    if match is None:
        return False
    credited = clean(_EDGE.sub("", match.group("source")))
    # A credit is a name, an outlet or an address: a few words, capitalised, no sentence in it.
    return (
        bool(credited)
        and (credited[:1].isupper() or credited[:1].isdigit() or _DOMAIN.search(credited) is not None)
        and len(credited.split()) <= 8
        and not re.search(r"[!?;]|[.,:]\s", credited)
    )


def _line_kind(line: str, after_theo: bool) -> str | None:
    """What a short closing line is: "source", "outlet", "byline", "credit"; ``None`` for article text."""
    if len(line) > _MAX_LINE:
        return None
    text = clean(_EDGE.sub("", _MARKS.sub(" ", line)))
    if not text:
        return None
    if _source_line(text):
        return "source"
    if is_outlet(text) or (_PAREN.fullmatch(text) and is_outlet(text[1:-1])):
        return "outlet"
    if after_theo and len(text) <= 40 and not re.search(r"[!?:;]|[.,]\s", text) and text[:1].isupper():
        # "Theo Vũ Vũ" then "Zing/Themost10": the line under a "Theo <writer>" line names the outlet.
        return "outlet"
    if _NOT_A_NAME.match(text):
        return "credit"
    if byline_names(line):
        return "byline"
    return None


def byline_names(line: str) -> tuple[str, ...]:
    """The names of a line that is a byline by its shape alone ("Lan Anh - Hoàng Nam", "Tin, ảnh: X").

    Every part must have a name's shape (see :func:`name_problem`), so that a short last sentence
    of an article is not taken for a byline. Photo credits, outlets and a bracketed agency may
    stand beside the names ("Lan Anh/VOV.VN", "Lan Anh (TTXVN)").
    """
    if len(line) > _MAX_LINE:
        return ()
    text = _SOURCE_PAREN.sub(" ", _EMAIL.sub(" ", clean(line)))
    text = clean(_EDGE.sub("", _MARKS.sub(" ", text)))
    text, _ = _unglue(text)
    paren = _PAREN.search(text)
    if paren and (is_outlet(paren.group(1)) or _OUTLET_WORD.match(paren.group(1))):
        text = clean(text[: paren.start()])
    text = _LABEL.sub("", text)
    names: list[str] = []
    for part in _SPLIT.split(text):
        name = _unrole(_full_stop_off(clean(_EDGE.sub("", part))))
        if not name or _NOT_A_NAME.match(name) or is_outlet(name):
            continue
        if name.casefold() in _PLACES and names:
            continue  # "Lan Anh - Hà Nội": where the writer wrote from
        if name_problem(name) is not None:
            return ()
        names.append(name)
    return tuple(names)


def closing_byline(blocks: Sequence[str]) -> Closing | None:
    """The byline and source lines at the end of an article's text blocks, if it ends with some.

    Read from the end: a "Theo X" / "Nguồn: X" source line, an outlet alone, a line that is a
    byline by its shape ("NGUYỄN VĂN A", "Lan Anh - Hoàng Nam", "Tin, ảnh: Minh Chiến", "Nhóm PV"),
    a photo credit. Together they must name a writer or a source.
    """
    start = len(blocks)
    kinds: list[str] = []
    # One line more than a byline holds is looked at: a longer run of names is a list in the text
    # (prize winners, a team), not a byline.
    while start > 0 and len(kinds) <= _MAX_LINES:
        before = blocks[start - 2] if start > 1 else ""
        after_theo = len(before) <= _MAX_LINE and _starts_theo(before)
        kind = _line_kind(blocks[start - 1], after_theo)
        if kind is None:
            break
        kinds.append(kind)
        start -= 1
    if len(kinds) > _MAX_LINES or kinds.count("byline") > 2:
        return None
    lines = [clean(line) for line in blocks[start:]]
    texts: list[str] = []
    source: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        below = lines[i + 1] if i + 1 < len(lines) else None
        if _starts_theo(line) and below is not None and _line_kind(below, True) == "outlet":
            # "Theo <writer>" over a line naming the outlet: the writer took the text from that outlet.
            credited = _credited(line)
            if "/" not in credited and "(" not in credited and _is_person(credited):
                texts.append(credited)
                source = source or clean(_EDGE.sub("", below))
                i += 2
                continue
        kind = _line_kind(line, False)
        # A line that is an outlet only by where it stands is credited as one.
        texts.append(line if kind is not None else "Theo " + clean(_EDGE.sub("", line)))
        i += 1
    authors, credited_source = split_byline(texts)
    source = source or credited_source
    authors = tuple(a for a in authors if source is None or a.casefold() != source.casefold())
    if not authors and source is None:
        return None
    return Closing(len(lines), authors, source)


def _credited(line: str) -> str:
    """Who a "Theo X" line credits: X."""
    match = _SOURCE.match(clean(_EDGE.sub("", line)))
    return clean(_EDGE.sub("", match.group("source"))) if match else ""


def _starts_theo(line: str) -> bool:
    """A short "Theo X" credit line."""
    text = clean(_EDGE.sub("", line))
    return len(text) <= _MAX_LINE and text.casefold().startswith("theo") and _source_line(text)


def fold_name(text: str) -> str:
    """A name or site name reduced for comparison: no diacritics, no spaces or punctuation, lower case."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))
