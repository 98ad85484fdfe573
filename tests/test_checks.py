"""Plausibility checks: an implausible candidate is turned down, with a reason, and the next one is tried."""

from __future__ import annotations

from vnnews_parse._page import load
from vnnews_parse._parse import explain, extract
from vnnews_parse.sites._base import SiteAdapter

PARAGRAPHS = "".join(
    f"<p>Đoạn văn thứ {i} kể lại diễn biến cuộc họp của hội đồng nhân dân phường chiều hôm qua.</p>" for i in range(4)
)
LOGO_PAGE = f"""<html><head><title>Mưa lớn kéo dài ở miền Trung - Báo Tin Mẫu</title>
<meta property="og:site_name" content="Báo Tin Mẫu"></head><body>
<div class="logo"><h1>Báo Tin Mẫu</h1></div>
<div class="detail">{PARAGRAPHS}</div></body></html>"""
STALE = SiteAdapter(name="mau", hosts=("tinmau.example",), headline=("//div[@class='logo']/h1",), body=("//div",))


def test_site_name_is_no_headline() -> None:
    """An h1 that only names the site is turned down; the title without its suffix is the headline."""
    article, _ = explain(LOGO_PAGE)
    assert "Mưa lớn kéo dài ở miền Trung" == article.headline


def test_rejection_is_explained() -> None:
    """The turned-down candidate is listed with its origin and reason."""
    _, rejected = explain(LOGO_PAGE)
    assert [("headline", "heuristic", "Báo Tin Mẫu", "the site's name, not a headline")] == [tuple(r) for r in rejected]


def test_stale_adapter_falls_back() -> None:
    """An adapter selector that finds the site's logo is turned down and the fallback reads the headline."""
    ctx = extract(load(LOGO_PAGE, "https://tinmau.example/a.html", 10**6), STALE)
    assert ("Mưa lớn kéo dài ở miền Trung", "heuristic") == (ctx.values["headline"], ctx.provenance["headline"])


def test_paragraph_is_no_headline() -> None:
    """A candidate longer than any headline (a paragraph taken by a broken selector) is turned down."""
    page = LOGO_PAGE.replace("<h1>Báo Tin Mẫu</h1>", f"<h1>{'Một câu rất dài. ' * 40}</h1>")
    _, rejected = explain(page)
    assert ["headline"] == [r.field for r in rejected]


COUNTER_PAGE = f"""<html><head><title>Mưa lớn kéo dài ở miền Trung</title></head><body>
<h1>Mưa lớn kéo dài ở miền Trung</h1><div class="meta"><a href="#comments">Bình luận (3)</a></div>
<div class="old-detail">{PARAGRAPHS}</div></body></html>"""
NEW_TEMPLATE = SiteAdapter(
    name="mau", hosts=("tinmau.example",), body=("//div[@class='new-detail']",), no_fallback=("comment_count",)
)


def test_stale_adapter_declarations_do_not_hold() -> None:
    """On a layout its selectors do not know, an adapter's no_fallback does not hold off what the page shows."""
    ctx = extract(load(COUNTER_PAGE, "https://tinmau.example/a.html", 10**6), NEW_TEMPLATE)
    assert 3 == ctx.values.get("comment_count")


def test_adapter_declarations_hold_in_its_template() -> None:
    """On a page in its template, an adapter's no_fallback field stays None (a script draws the counter)."""
    page = COUNTER_PAGE.replace("old-detail", "new-detail")
    ctx = extract(load(page, "https://tinmau.example/a.html", 10**6), NEW_TEMPLATE)
    assert None is ctx.values.get("comment_count")
