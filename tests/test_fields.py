"""Shared field readers: photo credits and images with their captions."""

from __future__ import annotations

import pytest

import vnnews_parse
from vnnews_parse._fields import body_blocks, credit_of
from vnnews_parse._page import load

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


def _figures_in_one_broken_caption(count: int) -> str:
    """Figures whose <figcaption> is never closed: each caption holds every later figure and paragraph."""
    paragraph = "<p>Đoạn văn dài kể về phiên chợ hoa đêm cuối năm giữa lòng phố cổ Hà Nội.</p>" * 20
    figures = "".join(
        f'<figure><img src="https://tintuc.example/{i}.jpg"><figcaption>Ảnh {i}: chợ hoa<div>{paragraph}'
        for i in range(count)
    )
    return f"<html><body><h1>Chợ hoa đêm ở phố cổ Hà Nội</h1><div class='noi-dung'>{paragraph}{figures}</div></body></html>"


def test_caption_swallowing_the_page_is_not_a_caption() -> None:
    """A caption element that broken markup stretched over the rest of the page gives no caption."""
    images = vnnews_parse.parse(_figures_in_one_broken_caption(3), url="https://tintuc.example/a.html").images
    assert [("https://tintuc.example/0.jpg", None), ("https://tintuc.example/1.jpg", None)] == [
        (i.url, i.caption) for i in images[:2]
    ]


def test_nested_body_containers_are_read_once() -> None:
    """Body containers found inside one already read add nothing: no paragraph twice."""
    page = load(_figures_in_one_broken_caption(3).encode(), None, 1 << 30)
    blocks = body_blocks(page, page.tree.xpath("//figcaption"))
    assert (1, 20 * 3) == (blocks.count("Ảnh 1: chợ hoa"), sum(b.startswith("Đoạn văn dài") for b in blocks))
