"""The fallback's headline: metadata or the page's own title, as the page displays it."""

from __future__ import annotations

import pytest

import vnnews_parse

TEXT = "".join(
    f"<p>Đoạn {i}: người dân trong xã cho biết con đường mới giúp việc đi lại thuận tiện hơn rất nhiều.</p>"
    for i in range(4)
)


def _page(title: str, shown: str, meta: str = "") -> str:
    return (
        f"<html><head><title>{title}</title>{meta}</head><body>{shown}<div class='noidung'>{TEXT}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        pytest.param(
            "Báo Mẫu - Khánh thành đường liên xã",
            "<span class='title_detail'>Khánh thành đường liên xã</span>",
            id="site-first",
        ),
        pytest.param(
            "Khánh thành đường liên xã | Báo Mẫu", "<div class='tieude'>Khánh thành đường liên xã</div>", id="site-last"
        ),
        pytest.param("Khánh thành đường liên xã - Báo Mẫu", "<h2>Khánh thành đường liên xã</h2>", id="h2"),
    ],
)
def test_title_shown_without_h1(title: str, shown: str) -> None:
    """Without an h1, the part of <title> the page displays (in a title-classed element or an h2) is the headline."""
    assert "Khánh thành đường liên xã" == vnnews_parse.parse(_page(title, shown)).headline


def test_title_without_site_name_known_from_host() -> None:
    """The part of <title> that names the site (known from the URL's host) is dropped, whichever end it is at."""
    page = _page("Báo Bình Minh - Khánh thành đường liên xã", "")
    assert "Khánh thành đường liên xã" == vnnews_parse.parse(page, url="https://baobinhminh.vn/a-1.html").headline


def test_headline_keeps_inner_separator() -> None:
    """A separator inside the headline ("Bà Rịa - Vũng Tàu") stays when the site's name is the part dropped."""
    page = _page("Mưa lớn ở Bà Rịa - Vũng Tàu - Báo Mẫu", "", '<meta property="og:site_name" content="Báo Mẫu">')
    assert "Mưa lớn ở Bà Rịa - Vũng Tàu" == vnnews_parse.parse(page).headline


def test_metadata_title_shown_as_h1() -> None:
    """A metadata title with a suffix gives way to the h1 that shows the same words."""
    page = _page(
        "x",
        "<h1>Khánh thành đường liên xã</h1>",
        '<meta property="og:title" content="Khánh thành đường liên xã - Tin tức">',
    )
    assert "Khánh thành đường liên xã" == vnnews_parse.parse(page).headline


@pytest.mark.parametrize(
    "meta",
    [
        pytest.param("<meta property='og:title' content='Khánh thành đường liên xã - Báo Mẫu'>", id="og-title"),
        pytest.param(
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Khánh thành đường liên xã |'
            ' Báo Mẫu"}</script>',
            id="jsonld",
        ),
    ],
)
def test_metadata_title_without_the_site_name(meta: str) -> None:
    """A metadata title that ends with the site's name gives the headline without it."""
    site = "<meta property='og:site_name' content='Báo Mẫu'>"
    html = _page("Trang tin", "<div class='x'>Khánh thành đường liên xã</div>", site + meta)
    assert "Khánh thành đường liên xã" == vnnews_parse.parse(html).headline


def test_metadata_title_with_a_dash_of_its_own_is_whole() -> None:
    """A dash inside the headline ("Hà Nội - Đà Nẵng") is not a site name's separator."""
    meta = "<meta property='og:site_name' content='Báo Mẫu'><meta property='og:title' content='Hà Nội - Đà Nẵng: nối lại chuyến bay đêm'>"
    assert "Hà Nội - Đà Nẵng: nối lại chuyến bay đêm" == vnnews_parse.parse(_page("Trang tin", "", meta)).headline
