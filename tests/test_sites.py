"""Golden tests: every fixture page we wrote in a site's real template parses to its expected JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import vnnews_parse
from conftest import site_cases


@pytest.mark.parametrize(("html", "spec"), site_cases())
def test_fixture_with_url(html: Path, spec: dict[str, Any]) -> None:
    """With its URL, in strict mode, the fixture parses to exactly the expected record."""
    article = vnnews_parse.parse(html.read_bytes(), url=spec["url"], strict=True)
    assert spec["expected"] == article.to_dict()


@pytest.mark.parametrize(("html", "spec"), site_cases())
def test_fixture_without_url(html: Path, spec: dict[str, Any]) -> None:
    """Without a URL the page itself (canonical URL or fingerprint) picks the same adapter and result."""
    article = vnnews_parse.parse(html.read_bytes(), strict=True)
    assert spec["expected"] == article.to_dict()


@pytest.mark.parametrize(("html", "spec"), site_cases())
def test_fixture_as_text(html: Path, spec: dict[str, Any]) -> None:
    """A page given as ``str`` parses exactly as the same page given as bytes."""
    article = vnnews_parse.parse(html.read_text("utf-8"), url=spec["url"])
    assert spec["expected"] == article.to_dict()


def test_vnexpress_date_selector_ignores_a_related_list_of_another_layout() -> None:
    """On a vnexpress.net page in a layout its adapter does not know, a "date" span in a related list
    is another article's date: the one shown next to the headline is read."""
    html = (
        "<html><body><h1>Đà Nẵng thử nghiệm xe buýt nhanh</h1><div class='block_timer'>Thứ ba, 20/11/2012 | 08:30"
        " GMT+7</div><div class='fck'><p>Đoàn xe gồm tám chiếc chạy thử trên trục đường chính từ sân bay vào"
        " trung tâm thành phố.</p><p>Mỗi xe chở được 80 khách, giá vé dự kiến 6.000 đồng một lượt đi.</p></div>"
        "<ul class='related'><li><a href='/b.html'>Hà Nội mở thêm ba tuyến buýt</a> <span class='date'>"
        "19/11/2012 17:45</span></li></ul></body></html>"
    )
    article = vnnews_parse.parse(html, "https://vnexpress.net/tin-tuc/a-2389012.html")
    assert ("vnexpress", (2012, 11, 20, 8, 30)) == (article.site, article.published.timetuple()[:5])  # type: ignore[union-attr]
