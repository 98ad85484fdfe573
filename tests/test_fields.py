"""Shared field readers: photo credits and images with their captions."""

from __future__ import annotations

import pytest

import vnnews_parse
from vnnews_parse._fields import credit_of

CREDITS = [
    ("Quang cảnh hội nghị. Ảnh: Quang Huy", "Quang Huy"),
    ("Giá vàng tăng mạnh. Ảnh: Reuters.", "Reuters"),
    ("Người dân mua vàng (Ảnh: Mạnh Quân).", "Mạnh Quân"),
    ("Nông dân phơi cà phê - Ảnh: M.K.", "M.K."),
    ("Ảnh minh họa", None),
    ("Một bức ảnh đẹp", None),
]


@pytest.mark.parametrize(("caption", "expected"), CREDITS, ids=[c[0] for c in CREDITS])
def test_credit_of(caption: str, expected: str | None) -> None:
    """The credit is the 'Ảnh: …' part that closes a caption, without the sentence's full stop."""
    assert expected == credit_of(caption)


ROW = """<html><head><title>x</title></head><body><h1>Ảnh đẹp mùa thu Hà Nội</h1>
<div class="content"><p>Mùa thu Hà Nội có nắng vàng nhẹ và gió heo may thổi qua từng con phố cổ kính.</p>
<div class="layout-image-2"><figure><img src="https://tintuc.example/a.jpg"></figure>
<figure><img src="https://tintuc.example/b.jpg"></figure><figcaption>Hồ Gươm buổi sáng. Ảnh: Lan Anh</figcaption></div>
<p>Người dân và du khách dạo quanh hồ từ sáng sớm để tận hưởng không khí trong lành của mùa thu.</p></div>
<table><tr><td>Menu</td><td><img src="https://tintuc.example/logo.png"><img src="https://tintuc.example/icon.png"></td></tr></table>
</body></html>"""


def test_row_caption_reaches_each_image() -> None:
    """Figures in a row share the caption that follows them."""
    images = vnnews_parse.parse(ROW, url="https://tintuc.example/a.html").images
    assert [("https://tintuc.example/a.jpg", "Lan Anh"), ("https://tintuc.example/b.jpg", "Lan Anh")] == [
        (i.url, i.credit) for i in images
    ]
