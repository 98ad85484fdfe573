"""Byline rules that hold across sites: authors split, sources apart, marks removed."""

from __future__ import annotations

import pytest

from vnnews_parse._byline import split_byline

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
