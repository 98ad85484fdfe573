"""Byline rules that hold across sites: authors split, sources apart, marks removed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import byline_texts
from vnnews_parse._byline import Closing, closing_byline, name_problem, split_byline

CASES = [
    ("Quang Huy", ("Quang Huy",), None),
    ("Lan Anh - Hoàng Nam", ("Lan Anh", "Hoàng Nam"), None),
    ("Lan Anh, Hoàng Nam", ("Lan Anh", "Hoàng Nam"), None),
    ("NHẬT XUÂN và NGHI VŨ", ("NHẬT XUÂN", "NGHI VŨ"), None),
    ("THUẬN VĂN - LÊ ÁNH", ("THUẬN VĂN", "LÊ ÁNH"), None),
    ("Nhóm PV", ("Nhóm PV",), None),
    ("Theo TTXVN", (), "TTXVN"),
    ("Nguồn: Reuters", (), "Reuters"),
    ("TTXVN", (), "TTXVN"),
    ("Hoa Lê (ảnh)", ("Hoa Lê",), None),
    ("XUÂN LONG (*)", ("XUÂN LONG",), None),
    ("Tùng Lâm (tổng hợp)", ("Tùng Lâm",), None),
    ("Bài và ảnh: Minh Chiến", ("Minh Chiến",), None),
    ("Tác giả: Ngọc Mai -", ("Ngọc Mai",), None),
    ("Minh Nguyễn/Vcamp.vn", ("Minh Nguyễn",), "Vcamp.vn"),
    ("NHẬT XUÂN và 1 tác giả khác", ("NHẬT XUÂN",), None),
    ("Lan Anh lananh@baomau.vn", ("Lan Anh",), None),
    ("(TTXVN/Vietnam+)", (), "TTXVN/Vietnam+"),
    ("Lan Anh (TTXVN)", ("Lan Anh",), "TTXVN"),
    ("Một câu rất dài không phải là tên người vì nó có quá nhiều chữ trong đó", (), None),
    # "Theo X" is a source, unless the outlet is named apart: then X is the writer who took the text.
    ("Theo Sầm Hoa (Vietnamnet/Reuters)", ("Sầm Hoa",), "Vietnamnet/Reuters"),
    ("Theo Minh Nguyễn/Vcamp.vn", ("Minh Nguyễn",), "Vcamp.vn"),
    ("Theo Vân Anh", (), "Vân Anh"),
    ("Theo TTXVN/Vietnam+", (), "TTXVN/Vietnam+"),
    ("Theo Tuổi Trẻ (Reuters)", (), "Reuters"),
    ("Theo báo Dân Việt (Reuters)", (), "Reuters"),
    ("Theo nguồn tin (AFP)", (), "AFP"),
]


@pytest.mark.parametrize(("text", "authors", "source"), CASES, ids=[c[0] for c in CASES])
def test_split_byline(text: str, authors: tuple[str, ...], source: str | None) -> None:
    """A byline text splits into the writers and the credited source."""
    assert (authors, source) == split_byline([text])


def test_repeated_names_once() -> None:
    """A name printed twice (top and bottom byline) is one author."""
    assert (("Lan Anh",), None) == split_byline(["Lan Anh", "LAN ANH"])


MORE_CASES = [
    # A CMS that strips the tags between the writer and her agency glues them together.
    ("Tâm HằngTTXVN", ("Tâm Hằng",), "TTXVN"),
    ("VietQ.vn", (), "VietQ.vn"),
    ("Tin, ảnh: Minh Chiến", ("Minh Chiến",), None),
    ("Tin và ảnh: Minh Chiến", ("Minh Chiến",), None),
    ("Bài: Lan Anh - Ảnh: Hoàng Nam", ("Lan Anh",), None),
    ("Nhóm PV: Lan Anh, Hoàng Nam", ("Lan Anh", "Hoàng Nam"), None),
    ("Lan Anh (T/h)", ("Lan Anh",), None),
    ("(Theo VnExpress)", (), "VnExpress"),
    ("Lan Anh (theo Reuters)", ("Lan Anh",), "Reuters"),
    ("PV Lan Anh", ("Lan Anh",), None),
    # A writer's degree is printed with her name, dot and all; it is not a sentence.
    ("ThS. Lan Anh", ("ThS. Lan Anh",), None),
    ("PGS.TS Lan Anh - Hoàng Nam", ("PGS.TS Lan Anh", "Hoàng Nam"), None),
    ("T. Hà", ("T. Hà",), None),
    # A CMS's "by" before the name, in Vietnamese or English.
    ("Bởi Lan Anh", ("Lan Anh",), None),
    ("Viết bởi Lan Anh", ("Lan Anh",), None),
    ("By Lan Anh", ("Lan Anh",), None),
    ("Tác giả Lan Anh", ("Lan Anh",), None),
    ("Nhà báo Lan Anh - Hoàng Nam", ("Lan Anh", "Hoàng Nam"), None),
    ("Thanh Hà (Tổng hợp từ Reuters, AFP)", ("Thanh Hà",), None),
    # Interviews and reported accounts: the mark says how the writer worked.
    ("Hải Yến (thực hiện)", ("Hải Yến",), None),
    ("Lan Anh (ghi)", ("Lan Anh",), None),
    # An agency's regional bureau is the source, not a second writer.
    ("Hải Yến/VOV-Tây Bắc", ("Hải Yến",), "VOV-Tây Bắc"),
    ("Lan Anh (TTXVN Cần Thơ)", ("Lan Anh",), "TTXVN Cần Thơ"),
    # A photo or video credit alone names nobody who wrote the text.
    ("Ảnh: Hoàng Nam", (), None),
    ("Video: Hoàng Nam", (), None),
]


@pytest.mark.parametrize(("text", "authors", "source"), MORE_CASES, ids=[c[0] for c in MORE_CASES])
def test_split_byline_credits(text: str, authors: tuple[str, ...], source: str | None) -> None:
    """Labels, glued agencies, bracketed sources and photo credits are read by the shared rules."""
    assert (authors, source) == split_byline([text])


def test_theo_writer_in_an_author_slot() -> None:
    """In an author slot (metadata, a marked element), "Theo <person>" credits the writer."""
    assert (("Phạm Trường",), None) == split_byline(["Theo Phạm Trường"], slot=True)


def test_theo_outlet_in_an_author_slot_is_the_source() -> None:
    """In an author slot too, "Theo <outlet>" names the source."""
    assert ((), "TTXVN") == split_byline(["Theo TTXVN"], slot=True)


NAMES = [
    "Nguyễn Văn A", "NGUYỄN VĂN A", "Lan Anh", "Vũ Vũ", "TP", "T.P", "H.A.", "Nhóm PV", "PV", "Park Ji-sung",
    "Leonardo da Vinci", "Thu Trang", "Nguyễn Văn Luận", "Thích Nhất Hạnh", "ThS. Nguyễn Văn A",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_name_shapes(name: str) -> None:
    """Names, pen names, initials and collective credits have a name's shape."""
    assert name_problem(name) is None


NOT_NAMES = [
    ("@lananh", "a handle"), ("lan_anh", "a handle"), ("lananh", "a slug"), ("nguyen-van-a", "a slug"),
    ("lananh@baomau.vn", "an e-mail"), ("https://baomau.vn/tac-gia/lan-anh", "a URL"), ("baomau.vn", "a domain"),
    ("Lan Anh 2", "digits"), ("Ban Biên tập", "a web team"), ("BBT", "a web team"), ("Admin", "an account"),
    ("Tòa soạn", "a web team"), ("Web team", "a web team"), ("Báo Lào Cai", "an outlet"), ("Reuters", "an agency"),
    ("Dân trí", "an outlet"), ("THỜI SỰ", "a section"), ("Khoa học", "lower case"), ("Tâm HằngTTXVN", "glued"),
    ("CÓ THỂ BẠN QUAN TÂM", "a box title"), ("Hà Nội", "a place"), ("Forbes", "one word"),
    ("Một câu rất dài không phải là tên", "a sentence"), ("Bình Luận", "a button"), ("Nổi Bật", "a box title"),
    ("Yêu Thích", "a button"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "what"), NOT_NAMES, ids=[c[0] for c in NOT_NAMES])
def test_not_name_shapes(text: str, what: str) -> None:
    """Handles, addresses, web teams, outlets, sections and phrases are not names."""
    assert name_problem(text) is not None


CLOSINGS = [
    (["Đoạn cuối.", "Lan Anh"], Closing(1, ("Lan Anh",), None)),
    (["Đoạn cuối.", "NGUYỄN VĂN A"], Closing(1, ("NGUYỄN VĂN A",), None)),
    (["Đoạn cuối.", "Lan Anh - Hoàng Nam"], Closing(1, ("Lan Anh", "Hoàng Nam"), None)),
    (["Đoạn cuối.", "Tin, ảnh: Minh Chiến"], Closing(1, ("Minh Chiến",), None)),
    (["Đoạn cuối.", "Bài và ảnh: Minh Chiến"], Closing(1, ("Minh Chiến",), None)),
    (["Đoạn cuối.", "Nhóm PV"], Closing(1, ("Nhóm PV",), None)),
    (["Đoạn cuối.", "T.P"], Closing(1, ("T.P",), None)),
    (["Đoạn cuối.", "Lan Anh", "Theo TTXVN"], Closing(2, ("Lan Anh",), "TTXVN")),
    (["Đoạn cuối.", "Lan Anh", "Ảnh: Hoàng Nam"], Closing(2, ("Lan Anh",), None)),
    (["Đoạn cuối.", "Tâm Hằng (TTXVN)"], Closing(1, ("Tâm Hằng",), "TTXVN")),
    (["Đoạn cuối.", "(Theo VnExpress)"], Closing(1, (), "VnExpress")),
    (["Đoạn cuối.", "Theo Vân Anh"], Closing(1, (), "Vân Anh")),
    # "Theo <writer>" over the outlet's name: the writer took the text from that outlet.
    (["Đoạn cuối.", "Theo Vân Anh", "Lao Động"], Closing(2, ("Vân Anh",), "Lao Động")),
    (["Đoạn cuối.", "Theo Vũ Vũ", "Zing/Themost10"], Closing(2, ("Vũ Vũ",), "Zing/Themost10")),
    (["Đoạn cuối.", "Theo Minh Nguyễn/Vcamp.vn", "Forbes"], Closing(2, ("Minh Nguyễn",), "Vcamp.vn")),
    (["Đoạn cuối.", "Lan Anh/VOV.VN"], Closing(1, ("Lan Anh",), "VOV.VN")),
]


@pytest.mark.parametrize(("blocks", "closing"), CLOSINGS, ids=[" | ".join(c[0][1:]) for c in CLOSINGS])
def test_closing_byline(blocks: list[str], closing: Closing) -> None:
    """The byline and source lines closing an article are found, with what they name."""
    assert closing == closing_byline(blocks)


NOT_CLOSINGS = [
    ["Đoạn đầu.", "Theo các chuyên gia, giá vàng sẽ còn tăng."],
    ["Đoạn đầu.", "Mọi người đều vui."],
    ["Đoạn đầu.", "Giá vàng tăng mạnh"],
    ["Đoạn đầu.", "CÓ THỂ BẠN QUAN TÂM"],
    ["Đoạn đầu.", "Ảnh: Hoàng Nam"],
    ["Đoạn đầu.", "Hết"],
    ["Đoạn đầu.", "Forbes là tạp chí kinh tế của Mỹ."],
    # A list of names closing the text (prize winners) is article text, not a byline.
    ["Danh sách đoạt giải:", "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"],
    [],
]


@pytest.mark.parametrize("blocks", NOT_CLOSINGS, ids=[" | ".join(b[1:]) or "empty" for b in NOT_CLOSINGS])
def test_short_last_sentence_is_not_a_byline(blocks: list[str]) -> None:
    """A short last sentence, a box title or a photo credit alone is not a closing byline."""
    assert closing_byline(blocks) is None


@given(st.lists(byline_texts, min_size=1, max_size=4))
def test_source_is_never_an_author(texts: list[str]) -> None:
    """Whatever the byline texts, the source split off is never also returned as an author."""
    authors, source = split_byline(texts)
    assert source is None or source.casefold() not in {a.casefold() for a in authors}


@given(st.lists(byline_texts, min_size=1, max_size=4))
def test_closing_byline_counts_lines_it_was_given(texts: list[str]) -> None:
    """A closing byline spans at most the lines given and names a writer or a source."""
    closing = closing_byline(["Một đoạn văn bản dài của bài báo, kết thúc bằng dấu chấm.", *texts])
    assert closing is None or (0 < closing.lines <= len(texts) and (closing.authors or closing.source))
