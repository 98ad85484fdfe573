"""The fallback's section and tags: metadata, breadcrumbs and the tag list shown under the article."""

from __future__ import annotations

import json

import vnnews_parse

TEXT = "".join(
    f"<p>Đoạn {i}: người dân trong xã cho biết con đường mới giúp việc đi lại thuận tiện hơn.</p>" for i in range(4)
)


def _page(head: str = "", before: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>Khánh thành đường liên xã</title>{head}</head><body>{before}"
        f"<h1>Khánh thành đường liên xã</h1><div class='noidung'>{TEXT}</div>{after}</body></html>"
    )


def test_section_first_of_a_list() -> None:
    """A comma-separated articleSection gives its first section."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "Thể thao,World Cup,Tin tức"}</script>'
    assert "Thể thao" == vnnews_parse.parse(_page(head)).section


def test_section_from_breadcrumb_list() -> None:
    """The JSON-LD BreadcrumbList gives the first level below the home page."""
    items = [
        {"@type": "ListItem", "position": 1, "name": "Trang chủ"},
        {"@type": "ListItem", "position": 2, "name": "Xã hội"},
    ]
    data = json.dumps({"@type": "BreadcrumbList", "itemListElement": items}, ensure_ascii=False)
    assert "Xã hội" == vnnews_parse.parse(_page(f'<script type="application/ld+json">{data}</script>')).section


def test_section_from_breadcrumb_element() -> None:
    """A breadcrumb above the headline gives its first link below the home page."""
    crumbs = '<ul class="breadcrumbs"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul>'
    assert "Kinh tế" == vnnews_parse.parse(_page(before=crumbs)).section


def test_tags_from_labelled_list() -> None:
    """A list opening with "Từ khóa:" holds the tags, links or plain spans, without the label."""
    tags = '<div class="box-x"><span>Từ khóa:</span> <a href="/tag/giao-thong">giao thông</a>, <span>nông thôn</span></div>'
    assert ("giao thông", "nông thôn") == vnnews_parse.parse(_page(after=tags)).tags


def test_tags_leave_out_share_links() -> None:
    """A link to another site inside a tag box is a share button, not a tag."""
    tags = '<div class="tags"><a href="https://www.facebook.com/sharer">Facebook</a><a href="/tag/cau">cầu</a></div>'
    assert ("cầu",) == vnnews_parse.parse(_page(after=tags)).tags


def test_tags_from_rel_tag() -> None:
    """Without a tag box, links marked rel="tag" are the tags."""
    tags = '<footer><a href="/tag/duong" rel="tag">đường</a> <a href="/tag/xa" rel="tag">xã</a></footer>'
    assert ("đường", "xã") == vnnews_parse.parse(_page(after=tags)).tags


def test_tags_from_links_to_tag_pages() -> None:
    """Without a tag box or a label, links to the site's tag pages below the headline are the tags."""
    tags = '<div class="box-x"><a href="/tag/duong.html">đường</a> <a href="/tu-khoa/nong-thon">nông thôn</a></div>'
    top = '<div class="hot"><a href="/tag/bao.html">bão số 3</a></div>'
    assert ("đường", "nông thôn") == vnnews_parse.parse(_page(before=top, after=tags)).tags


def test_tags_split_meta_lists() -> None:
    """An article:tag holding a comma-separated list gives each tag."""
    head = '<meta property="article:tag" content="đường, xã,cầu">'
    assert ("đường", "xã", "cầu") == vnnews_parse.parse(_page(head)).tags
