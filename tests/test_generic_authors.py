"""The fallback's authors and source on pages written after templates of the Vietnamese press.

Each page reproduces a convention seen on real sites (the markup of the byline, where it stands),
with text we wrote: a closing byline in bold or capitals, "Tin, ảnh:" labels, "Theo <writer>"
over the outlet, bylines in marked elements, metadata naming the site or an account.
"""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vnnews_parse
from strategies import outlet_names, person_names
from vnnews_parse._byline import closing_byline, fold_name
from vnnews_parse._parse import explain

PARAGRAPHS = "".join(
    f"<p>Đoạn văn thứ {i} của bài viết kể lại diễn biến cuộc họp báo chiều qua tại trụ sở ủy ban phường.</p>"
    for i in range(1, 5)
)
CLOSING_NAME = '<p style="text-align: right;"><strong>Hoàng Nam</strong></p>'
LAST = "Cuộc họp kết thúc lúc 17 giờ cùng ngày, các bên hẹn gặp lại vào tuần sau."


def _page(closing: str = "", *, head: str = "", top: str = "", after: str = "") -> str:
    """An article page: headline, optional line under it, paragraphs, closing markup, what follows."""
    return f"""<html><head><title>Họp báo về quy hoạch - Báo Mẫu</title>{head}</head><body>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<h1>Họp báo về quy hoạch khu đô thị mới phía tây</h1>{top}
<div class="detail-content">{PARAGRAPHS}<p>{LAST}</p>{closing}</div>{after}
<div class="tags"><a href="/tag/quy-hoach">quy hoạch</a></div>
<footer><p>© Bản quyền thuộc Báo Mẫu.</p></footer></body></html>"""


def _parse(html: str) -> vnnews_parse.Article:
    return vnnews_parse.parse(html, url="https://baomau.vn/hop-bao-quy-hoach-123.html", site="generic")


# -- the byline closing the text ------------------------------------------------------------------
CLOSING = [
    # Dân trí, VnExpress 2012, provincial papers: a bold, right-aligned name.
    ('<p style="text-align: right;"><strong>Hoàng Nam</strong></p>', ("Hoàng Nam",), None),
    # Tuổi Trẻ, Pháp luật TP.HCM, Sài Gòn Giải Phóng: the name in capitals.
    ("<p><strong>NGUYỄN VĂN AN</strong></p>", ("NGUYỄN VĂN AN",), None),
    ('<p align="right"><b>LAN ANH - HOÀNG NAM</b></p>', ("LAN ANH", "HOÀNG NAM"), None),
    # Công an nhân dân, Quân đội nhân dân, provincial papers: a role label.
    ('<p style="text-align:right"><strong>Tin, ảnh: Minh Khôi</strong></p>', ("Minh Khôi",), None),
    ("<p><em>Bài và ảnh: Thu Hằng</em></p>", ("Thu Hằng",), None),
    ("<p><strong>Nhóm PV</strong></p>", ("Nhóm PV",), None),
    # Initials sign short news items.
    ('<p style="text-align:right"><strong>T.P</strong></p>', ("T.P",), None),
    # The writer, then the source the text was taken from.
    ("<p><strong>Lan Anh</strong></p><p><em>(Theo TTXVN)</em></p>", ("Lan Anh",), "TTXVN"),
    # A local station or paper in brackets is the source; a role mark or a place says where and how.
    (
        '<p style="text-align:right"><b>Thanh Tùng (Đài PT-TH Bình Dương)</b></p>',
        ("Thanh Tùng",),
        "Đài PT-TH Bình Dương",
    ),
    ('<p style="text-align:right"><b>Lan Anh (CTV)</b></p>', ("Lan Anh",), None),
    ('<p style="text-align:right"><b>Lan Anh - Hà Nội</b></p>', ("Lan Anh",), None),
    ('<p style="text-align:right"><b>Lan Anh.</b></p>', ("Lan Anh",), None),
    ('<p style="text-align:right"><b>Lan Anh/VOV.VN</b></p>', ("Lan Anh",), "VOV.VN"),
    # VCCorp 2014 mobile: "Theo <writer>", the outlet right-aligned in italics under it.
    (
        '<p>Theo <strong>Vân Anh</strong></p><div style="text-align:right"><span style="font-style:italic">'
        "Lao Động</span></div>",
        ("Vân Anh",),
        "Lao Động",
    ),
    # GenK 2012: "Theo <writer>/<outlet>" in right-aligned italics, then the original outlet.
    (
        '<div style="TEXT-ALIGN: right"><i>Theo Minh Nguyễn/Vcamp.vn</i></div>'
        '<div style="TEXT-ALIGN: right"><i>Forbes</i></div>',
        ("Minh Nguyễn",),
        "Vcamp.vn",
    ),
]


@pytest.mark.parametrize(("closing", "authors", "source"), CLOSING, ids=[c[0] for c in CLOSING])
def test_closing_byline_gives_authors_and_source(closing: str, authors: tuple[str, ...], source: str | None) -> None:
    """A byline closing the article is read for its writers and source."""
    article = _parse(_page(closing))
    assert (authors, source) == (article.authors, article.source)


@pytest.mark.parametrize(("closing", "authors", "source"), CLOSING, ids=[c[0] for c in CLOSING])
def test_closing_byline_leaves_the_body(closing: str, authors: tuple[str, ...], source: str | None) -> None:
    """The byline and source lines closing the article are not article text."""
    assert _parse(_page(closing)).body.endswith(LAST)


@pytest.mark.parametrize(
    "closing",
    [
        "<p>Mọi người đều vui.</p>",
        "<p><strong>Giá vàng tăng mạnh</strong></p>",
        "<p>Theo các chuyên gia, giá đất sẽ còn tăng.</p>",
        "<p><strong>CÓ THỂ BẠN QUAN TÂM</strong></p>",
        '<p style="text-align:right"><em>Ảnh: Hoàng Nam</em></p>',
    ],
)
def test_short_last_paragraph_is_no_author(closing: str) -> None:
    """A short last sentence, a box title or a photo credit names no author."""
    assert () == _parse(_page(closing)).authors


def test_short_last_sentence_stays_in_the_body() -> None:
    """A short last sentence of the article is article text."""
    assert _parse(_page("<p>Mọi người đều vui.</p>")).body.endswith("Mọi người đều vui.")


def test_byline_after_the_paragraphs_container() -> None:
    """Báo Lào Cai: the byline closes the article in an element after the paragraphs' container."""
    html = _page(after='<div class="t1"> <span class="t2">Anh Dũng</span></div>')
    assert ("Anh Dũng",) == _parse(html).authors


# -- bylines in marked elements -------------------------------------------------------------------
def test_inline_parts_of_a_byline_do_not_fuse() -> None:
    """Báo Tin tức: '<strong>Tâm Hằng</strong><i>(TTXVN)</i>' is the writer and her agency."""
    html = _page(after='<div class="author"><strong>Tâm Hằng</strong><i>(TTXVN)</i></div>')
    article = _parse(html)
    assert (("Tâm Hằng",), "TTXVN") == (article.authors, article.source)


@pytest.mark.parametrize(
    "credits",
    [
        pytest.param("<p>Nội dung: Phạm Thu Trang</p><p>Ảnh: Lê Minh</p><p>Thiết kế: Hoàng Hà</p>", id="long-form"),
        pytest.param("<p>THỰC HIỆN: PHẠM THU TRANG</p>", id="capitals"),
        pytest.param("<p>Bài: Phạm Thu Trang - Ảnh: Lê Minh</p>", id="text-and-photos"),
    ],
)
def test_credit_line_under_the_headline(credits: str) -> None:
    """A writer's credit printed apart from the text, under the headline, names the writer (not the
    photographer or the designer)."""
    article = _parse(_page(top=f'<div class="credit">{credits}</div>'))
    assert ["phạm thu trang"] == [a.casefold() for a in article.authors]


def test_credit_line_in_a_related_box_is_no_author() -> None:
    """A credit line inside a box of other articles belongs to them."""
    box = '<div class="tin-lien-quan"><p>Nội dung: Phạm Thu Trang</p><a href="/a.html">Một bài khác</a></div>'
    assert () == _parse(_page(after=box)).authors


def _cards(*names: str, between: str = "") -> str:
    cards = [
        f'<div class="author-item"><a href="/tac-gia/{i}.htm"><img src="/{i}.jpg" alt="{name}"></a>'
        f'<div class="author-item-name"><a class="name" href="/tac-gia/{i}.htm">{name}</a></div></div>'
        for i, name in enumerate(names)
    ]
    return f'<div class="author-list">{between.join(cards)}</div>'


def test_writers_listed_one_card_each() -> None:
    """Writers listed side by side, each in a card of its own, are one byline."""
    article = _parse(_page(top=_cards("NHẬT HÀ", "MINH VŨ", "LÊ AN")))
    assert ("NHẬT HÀ", "MINH VŨ", "LÊ AN") == article.authors


@pytest.mark.parametrize("href", ["/tac-gia/lan-anh-3617.htm", "https://tinmau.example.vn/author/lan-anh/"])
def test_link_to_the_writers_page_is_a_byline(href: str) -> None:
    """A link to the writer's page marks the byline whatever the template's class names are."""
    top = f'<div class="x1 x2"><a class="x3" href="{href}">Lan Anh</a> <time>10/11/2016 14:30</time></div>'
    assert ("Lan Anh",) == _parse(_page(top=top)).authors


def test_byline_naming_some_of_the_writers_gives_way_to_the_list() -> None:
    """ "Lan Anh và 1 tác giả khác" names some writers; the list of every writer is the byline."""
    shown = (
        '<div class="author-info"><a class="name" href="/tac-gia/1.htm">NHẬT HÀ</a><br>'
        '<span class="more">và 1 tác giả khác</span></div>'
    )
    article = _parse(_page(top=shown + _cards("NHẬT HÀ", "MINH VŨ")))
    assert ("NHẬT HÀ", "MINH VŨ") == article.authors


def test_cards_apart_are_two_bylines() -> None:
    """Two author elements with other text between them are not one list: the first is the article's."""
    article = _parse(_page(top=_cards("NHẬT HÀ", "MINH VŨ", between="<p>Bài viết khác của tác giả</p>")))
    assert ("NHẬT HÀ",) == article.authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        pytest.param("Lan Anh | 10/11/2016 14:30", ("Lan Anh",), id="name-then-date"),
        pytest.param("Thứ năm, 10/11/2016 14:30 (GMT+7) - Lan Anh", ("Lan Anh",), id="date-then-name"),
        pytest.param("<b>Lan Anh</b> • <span>10/11/2016 14:30</span>", ("Lan Anh",), id="pieces-of-a-line"),
        pytest.param("Hà Nội | 10/11/2016 14:30", (), id="a-place"),
        pytest.param("Quảng Ninh | 10/11/2016 14:30", (), id="a-province"),
        pytest.param("Thời sự | 10/11/2016 14:30", (), id="a-section"),
        pytest.param("Chia sẻ | 10/11/2016 14:30", (), id="a-button"),
    ],
)
def test_name_in_the_date_line(line: str, authors: tuple[str, ...]) -> None:
    """A name printed in the publication date's line is the writer's; a place, section or label is not."""
    assert authors == _parse(_page(top=f'<div class="info">{line}</div>')).authors


def test_source_box_names_the_writer_and_outlet() -> None:
    """24h 2012: div.nguontin "Theo <writer> (<outlet>)" above a rating box."""
    html = _page(
        after='<div class="nguontin">Theo Sầm Hoa (Vietnamnet/Reuters)<div class="rate">(12 bình chọn)</div></div>'
    )
    article = _parse(html)
    assert (("Sầm Hoa",), "Vietnamnet/Reuters") == (article.authors, article.source)


def test_post_meta_line_of_names() -> None:
    """VCCorp 2014 mobile: p.post-meta under the headline holds the byline."""
    assert ("Hạ Trắng",) == _parse(_page(top='<p class="post-meta">Hạ Trắng</p>')).authors


def test_post_meta_date_line_is_not_a_byline() -> None:
    """A post-meta line holding a date and a section names nobody."""
    html = _page(top='<p class="post-meta">12/05/2020 | Thời sự</p>')
    assert () == _parse(html).authors


def test_author_element_with_a_section_beside_the_name() -> None:
    """GenK 2026: "<name>, <outlet>" in the author element keeps the name only."""
    html = _page(
        top='<span class="kbwcm-author" itemprop="author"><span itemprop="name">Quang Huy</span>, '
        "Khoa học &amp; Đời sống</span>"
    )
    assert ("Quang Huy",) == _parse(html).authors


def test_theo_writer_in_author_element() -> None:
    """CafeF 2026: the author slot prints "Theo <writer>"; the writer is the author."""
    html = _page(top='<p class="dateandcat"><span class="author" data-role="author"><b>Theo Phạm Trường</b></span></p>')
    assert ("Phạm Trường",) == _parse(html).authors


def test_author_element_with_the_date_keeps_the_name() -> None:
    """An author line "Tác giả: <name> | <weekday>, <date>" gives the name only."""
    html = _page(top='<div class="author-info">Tác giả: Lan Anh | Thứ Hai, 12/05/2020 10:00</div>')
    assert ("Lan Anh",) == _parse(html).authors


def test_wordpress_account_gives_way_to_the_closing_byline() -> None:
    """WordPress local news: the post's account ("admin") is not the writer the article closes with."""
    html = _page(
        CLOSING_NAME,
        top='<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span>',
    )
    assert ("Hoàng Nam",) == _parse(html).authors


# -- metadata -------------------------------------------------------------------------------------
def _jsonld(author: object) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Họp báo", "author": author}
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def test_jsonld_theo_writer() -> None:
    """JSON-LD author "Theo Phạm Trường" (a Person) is the writer Phạm Trường."""
    html = _page(head=_jsonld({"@type": "Person", "name": "Theo Phạm Trường"}))
    assert ("Phạm Trường",) == _parse(html).authors


def test_jsonld_agency_glued_to_the_writer() -> None:
    """JSON-LD author "Tâm HằngTTXVN" (tags stripped by the CMS) is Tâm Hằng, credited to TTXVN."""
    html = _page(head=_jsonld({"@type": "Person", "name": "Tâm HằngTTXVN"}))
    article = _parse(html)
    assert (("Tâm Hằng",), "TTXVN") == (article.authors, article.source)


def test_meta_theo_writer_and_outlet() -> None:
    """<meta name=author> "Theo Sầm Hoa (Vietnamnet/Reuters)" names the writer and the source."""
    html = _page(head='<meta name="author" content="Theo Sầm Hoa (Vietnamnet/Reuters)">')
    article = _parse(html)
    assert (("Sầm Hoa",), "Vietnamnet/Reuters") == (article.authors, article.source)


SITE_HEAD = '<meta property="og:site_name" content="Báo Mẫu">'


@pytest.mark.parametrize(
    "head",
    [
        _jsonld({"@type": "Person", "name": "Báo Mẫu"}),
        _jsonld({"@type": "Person", "name": "baomau.vn"}),
        '<meta name="author" content="Mẫu">',
        '<meta name="author" content="admin">',
        '<meta name="author" content="Ban Biên tập">',
        '<meta name="author" content="@hoangnam">',
        '<meta name="author" content="hoang_nam">',
        '<meta name="author" content="hoangnam@baomau.vn">',
        '<meta name="author" content="VCCorp.vn">',
        '<meta name="author" content="Thời sự">',
    ],
)
def test_metadata_naming_no_writer_gives_way_to_the_byline(head: str) -> None:
    """Metadata naming the site, an account, a web team or a section yields to the displayed byline."""
    assert ("Hoàng Nam",) == _parse(_page(CLOSING_NAME, head=SITE_HEAD + head)).authors


def test_displayed_byline_beats_metadata_naming_someone_not_shown() -> None:
    """Metadata naming someone the page never shows (a CMS account) yields to the displayed byline."""
    assert ("Hoàng Nam",) == _parse(_page(CLOSING_NAME, head='<meta name="author" content="Thu Hà">')).authors


def test_metadata_author_shown_on_the_page_comes_first() -> None:
    """Metadata naming the writer the page shows (here in capitals) is taken first."""
    html = _page(CLOSING_NAME, head='<meta name="author" content="Thu Hà">', top='<div class="info">THU HÀ</div>')
    assert ("Thu Hà",) == _parse(html).authors


def test_metadata_author_not_shown_is_taken_when_the_page_shows_no_byline() -> None:
    """With no byline displayed, the metadata's writer is still the author."""
    assert ("Thu Hà",) == _parse(_page(head='<meta name="author" content="Thu Hà">')).authors


def test_site_named_as_author_is_not_the_source() -> None:
    """The site naming itself as the author is neither an author nor the source."""
    html = _page(head=SITE_HEAD + '<meta name="author" content="Báo Mẫu (baomau.vn)">')
    article = _parse(html)
    assert ((), None) == (article.authors, article.source)


def test_explain_lists_the_names_turned_down() -> None:
    """--explain shows each name the authors check dropped, with the reason."""
    html = _page(head=SITE_HEAD + '<meta name="author" content="Ban Biên tập">')
    _, rejected = explain(html, url="https://baomau.vn/a-1.html", site="generic")
    assert [("authors", "meta", "'Ban Biên tập': the site's staff, not a writer")] == [
        (r.field, r.origin, r.reason) for r in rejected if r.field == "authors"
    ]


def test_trimmed_candidate_keeps_the_writers() -> None:
    """A byline naming a writer and the site keeps the writer (the rest is recorded as turned down)."""
    html = _page(head=SITE_HEAD + '<meta name="author" content="Hoàng Nam - Báo Mẫu">')
    article, rejected = explain(html, site="generic")
    assert (("Hoàng Nam",), ["Báo Mẫu"]) == (article.authors, [r.value for r in rejected if r.field == "authors"])


# -- properties -----------------------------------------------------------------------------------
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
_SHAPES = (
    '<p style="text-align:right"><strong>{name}</strong></p>',
    "<p><strong>{name}</strong></p><p>(Theo {outlet})</p>",
    "<p>Tin, ảnh: {name}</p>",
    "<p>Theo {name}/{outlet}</p>",
    '<div class="author">{name}</div>',
)


@PROPERTY
@given(person_names, outlet_names, st.sampled_from(_SHAPES))
def test_returned_byline_never_closes_the_body(name: str, outlet: str, shape: str) -> None:
    """The body never ends with the byline whose names were returned as the authors."""
    article = _parse(_page(shape.format(name=name, outlet=outlet)))
    closing = closing_byline(article.body.split("\n\n")[-2:])
    assert closing is None or not set(closing.authors) & set(article.authors)


@PROPERTY
@given(person_names, st.sampled_from(("{s}", "Báo {s}", "{s} Online", "{s}.vn")), st.booleans())
def test_authors_never_the_site_name(site: str, form: str, in_jsonld: bool) -> None:
    """Whatever the site is called and however it names itself as the author, it is not an author."""
    author = form.format(s=site)
    head = f'<meta property="og:site_name" content="{site}">' + (
        _jsonld({"@type": "Person", "name": author}) if in_jsonld else f'<meta name="author" content="{author}">'
    )
    article = _parse(_page(f'<div class="author">{author}</div>', head=head))
    assert fold_name(site) not in {fold_name(a) for a in article.authors}


def test_many_marked_bylines_stay_linear() -> None:
    """40,000 author-marked elements in a comment box are read in linear time (well under the CPU budget)."""
    html = _page(after='<div class="comment">' + '<span class="author">Lan Anh</span>' * 40_000 + "</div>")
    start = time.process_time()
    article = _parse(html)
    assert (True, ()) == (time.process_time() - start < 5.0, article.authors)
