"""The generic fallback, one cascade step at a time, on small pages written for each step."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import vnnews_parse

VN = timezone(timedelta(hours=7))
PARAGRAPHS = "".join(
    f"<p>Đoạn văn thứ {i} của bài viết kể lại diễn biến cuộc họp báo chiều qua tại trụ sở ủy ban.</p>"
    for i in range(1, 5)
)

JSONLD_PAGE = f"""<html><head><title>Tin thử - Báo Mẫu</title>
<script type="application/ld+json">
{{"@context": "https://schema.org", "@graph": [
  {{"@type": "BreadcrumbList", "itemListElement": []}},
  {{"@type": "NewsArticle", "headline": "Hội nghị bàn về quy hoạch đô thị",
    "datePublished": "2024-05-06T08:30:00+07:00", "dateModified": "2024-05-06T09:00:00+07:00",
    "author": [{{"@type": "Person", "name": "Lê Minh"}}, {{"@type": "Organization", "name": "Báo Mẫu"}}],
    "articleSection": "Thời sự", "keywords": "quy hoạch, đô thị",
    "image": {{"@type": "ImageObject", "url": "https://tintuc.example/anh/hoi-nghi.jpg"}},}}
]}}
</script></head><body><h1>Hội nghị bàn về quy hoạch đô thị</h1><div class="content">{PARAGRAPHS}</div></body></html>"""

META_PAGE = f"""<html><head><title>Giá xăng giảm nhẹ | Báo Mẫu</title>
<meta property="og:title" content="Giá xăng giảm nhẹ">
<meta property="og:site_name" content="Báo Mẫu">
<meta property="article:published_time" content="2024-05-06T15:00:00+07:00">
<meta property="article:section" content="Kinh tế">
<meta property="article:tag" content="xăng dầu"><meta property="article:tag" content="giá cả">
<meta name="author" content="Trần An">
<meta property="og:image" content="/anh/xang.jpg">
</head><body><div class="content">{PARAGRAPHS}</div></body></html>"""

BARE_PAGE = f"""<html><head><title>Mưa lớn ở miền Trung - Báo Mẫu</title></head><body>
<nav><a href="/">Trang chủ</a></nav>
<h1>Mưa lớn ở miền Trung</h1>
<div class="meta"><span class="date">Thứ hai, 06/05/2024, 07:45 (GMT+7)</span></div>
<h2 class="sapo">Mưa lớn kéo dài nhiều ngày khiến nhiều tuyến đường ở miền Trung bị ngập sâu.</h2>
<div class="detail">{PARAGRAPHS}
<p>Xem thêm: <a href="/a.html">Bão số 2 đổ bộ</a></p>
<div class="related-news"><a href="/b.html">Tin liên quan: nước lên nhanh</a></div>
<p style="text-align: right;"><strong>Hoàng Nam</strong></p></div>
<div class="comment-count">Bình luận (12)</div>
<footer><p>© Copyright 2024 Báo Mẫu. Không sao chép dưới mọi hình thức.</p></footer>
</body></html>"""


def test_jsonld_headline() -> None:
    """JSON-LD NewsArticle inside @graph gives the headline (as displayed in the h1)."""
    assert "Hội nghị bàn về quy hoạch đô thị" == vnnews_parse.parse(JSONLD_PAGE).headline


def test_jsonld_dates() -> None:
    """datePublished and dateModified are read with their offset."""
    article = vnnews_parse.parse(JSONLD_PAGE)
    assert (datetime(2024, 5, 6, 8, 30, tzinfo=VN), datetime(2024, 5, 6, 9, 0, tzinfo=VN)) == (
        article.published,
        article.updated,
    )


def test_jsonld_authors_skip_organisations() -> None:
    """A Person is an author; the site itself as Organization is not."""
    assert ("Lê Minh",) == vnnews_parse.parse(JSONLD_PAGE).authors


def test_jsonld_tolerates_trailing_comma() -> None:
    """Slightly broken JSON-LD (a trailing comma) is still read."""
    assert ("quy hoạch", "đô thị") == vnnews_parse.parse(JSONLD_PAGE).tags


def test_jsonld_provenance() -> None:
    """Fields taken from JSON-LD say so."""
    assert "jsonld" == vnnews_parse.parse(JSONLD_PAGE).provenance["published"]


def test_meta_headline_without_h1() -> None:
    """Without an h1, og:title gives the headline, never the suffixed <title>."""
    assert "Giá xăng giảm nhẹ" == vnnews_parse.parse(META_PAGE).headline


def test_meta_fields() -> None:
    """article:* meta tags give date, section, tags and author."""
    article = vnnews_parse.parse(META_PAGE, url="https://tintuc.example/gia-xang.html")
    actual = (article.published, article.section, article.tags, article.authors)
    assert (datetime(2024, 5, 6, 15, 0, tzinfo=VN), "Kinh tế", ("xăng dầu", "giá cả"), ("Trần An",)) == actual


def test_meta_image_resolved_against_url() -> None:
    """A relative og:image is resolved against the page URL."""
    article = vnnews_parse.parse(META_PAGE, url="https://tintuc.example/gia-xang.html")
    assert ["https://tintuc.example/anh/xang.jpg"] == [image.url for image in article.images]


def test_bare_date_near_headline() -> None:
    """A Vietnamese date in a date-classed element is read, GMT+7 as +07:00."""
    assert datetime(2024, 5, 6, 7, 45, tzinfo=VN) == vnnews_parse.parse(BARE_PAGE).published


def test_bare_sapo() -> None:
    """An element classed 'sapo' is the lead."""
    assert "Mưa lớn kéo dài nhiều ngày" == (vnnews_parse.parse(BARE_PAGE).lead or "")[:26]


def test_bare_byline_is_right_aligned_bold_last_paragraph() -> None:
    """The bold right-aligned last paragraph is the byline."""
    assert ("Hoàng Nam",) == vnnews_parse.parse(BARE_PAGE).authors


def test_bare_body_excludes_boilerplate() -> None:
    """The body has the paragraphs only: no 'Xem thêm', related box or byline."""
    body = vnnews_parse.parse(BARE_PAGE).body
    assert (4, False, False, False) == (
        body.count("\n\n") + 1,
        "Xem thêm" in body,
        "Tin liên quan" in body,
        "Hoàng Nam" in body,
    )


def test_bare_comment_count() -> None:
    """'Bình luận (12)' is a count of 12."""
    assert 12 == vnnews_parse.parse(BARE_PAGE).comment_count


def test_bare_rights() -> None:
    """The footer's copyright sentence is the rights notice."""
    assert "© Copyright 2024 Báo Mẫu. Không sao chép dưới mọi hình thức." == vnnews_parse.parse(BARE_PAGE).rights


@pytest.mark.parametrize(
    ("counter", "footer", "expected"),
    [
        ("Bình luận (12)", "© 2024 Báo Mẫu", (12, "© 2024 Báo Mẫu")),
        ("Bình lu&#7853;n (12)", "&copy; 2024 Báo Mẫu", (12, "© 2024 Báo Mẫu")),
        ("Bình lu&#x1EAD;n (12)", "&#169; 2024 Báo Mẫu", (12, "© 2024 Báo Mẫu")),
        ("Xem thêm (12)", "2024 Báo Mẫu", (None, None)),
    ],
)
def test_comment_count_and_rights_spelled_with_character_references(
    counter: str, footer: str, expected: tuple[int | None, str | None]
) -> None:
    """Words written as character references ("lu&#7853;n", "&copy;") are found like plain ones."""
    page = BARE_PAGE.replace("Bình luận (12)", counter).replace(
        "© Copyright 2024 Báo Mẫu. Không sao chép dưới mọi hình thức.", footer
    )
    article = vnnews_parse.parse(page)
    assert expected == (article.comment_count, article.rights)


def test_bare_site_is_generic() -> None:
    """A page of no known site is read by the generic fallback."""
    assert "generic" == vnnews_parse.parse(BARE_PAGE, url="https://tintuc.example/mua.html").site


_ITEMS = "".join(
    f"<div class='item'><h3><a href='/a-{i}.html'>Tiêu đề bài viết số {i} trong chuyên mục thời sự</a></h3>"
    f"<p class='sapo'>Mô tả ngắn của bài viết số {i}, kể lại sự việc trong vài câu cho người đọc lướt qua.</p>"
    f"<span class='time'>10/11/2016 1{i}:30</span></div>"
    for i in range(4)
)
# A section page: its h1 is the section's name, its items are teasers with a "sapo" each.
LISTING = (
    "<html><head><title>Thời sự - Báo Mẫu</title></head><body><a class='logo' href='/'>Báo Mẫu</a>"
    f"<div class='main'><h1 class='cate-title'>Thời sự</h1><div class='list-news'>{_ITEMS}</div></div>"
    "<footer><p>© Bản quyền thuộc Báo Mẫu.</p></footer></body></html>"
)
# A home page, as its og:type says: the densest text is a box's one-line blurb.
HOME = (
    "<html><head><title>Báo Mẫu - Tin tức mới nhất</title><meta property='og:type' content='website'></head><body>"
    "<h1 class='logo'><a href='/'>Báo Mẫu</a></h1><div class='box'><h2><a href='/kinh-te'>Kinh tế</a></h2>"
    "<ul><li><a href='/b-1.html'>Giá vàng tăng phiên thứ ba liên tiếp</a></li></ul>"
    "<p>Tin tức kinh tế mới nhất được cập nhật liên tục trong ngày từ các phóng viên của báo.</p></div>"
    "<footer><p>© Bản quyền thuộc Báo Mẫu.</p></footer></body></html>"
)


def test_sapo_under_a_breadcrumb_is_the_lead() -> None:
    """A sapo right under a line of short links (a breadcrumb) is the article's, not a teaser's."""
    sapo = "Sáng nay, đoàn công tác của tỉnh đã làm việc với xã vùng cao về kế hoạch trồng rừng năm tới."
    html = (
        "<html><body><h1>Đoàn công tác làm việc với xã vùng cao về trồng rừng</h1>"
        "<div class='bc'><a href='/'>Trang chủ</a><a href='/thoi-su'>Thời sự xã hội</a></div>"
        f"<p class='sapo'>{sapo}</p><div class='content'>{PARAGRAPHS}</div></body></html>"
    )
    assert sapo == vnnews_parse.parse(html).lead


def test_short_dated_item_on_a_website_page_is_an_article() -> None:
    """A short news item is an article when it shows its date, whatever its og:type says."""
    html = (
        "<html><head><title>Cắt điện khu phố cổ sáng mai - Báo Mẫu</title><meta property='og:type' content='website'>"
        "</head><body><h1>Cắt điện khu phố cổ sáng mai</h1><div class='date'>10/11/2016 14:30</div>"
        "<div class='content'><p>Điện lực thành phố cắt điện khu phố cổ từ 7 giờ đến 11 giờ để bảo dưỡng.</p></div>"
        "</body></html>"
    )
    assert datetime(2016, 11, 10, 14, 30, tzinfo=VN) == vnnews_parse.parse(html).published


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            "<html><body><h1>Tin tức</h1><ul><li><a href='/a'>Bài một</a></li></ul></body></html>", id="category"
        ),
        pytest.param("<html></html>", id="empty-document"),
        pytest.param(LISTING, id="section-listing"),
        pytest.param(HOME, id="home-page"),
    ],
)
def test_not_an_article(html: str) -> None:
    """A page with no article text is not an article."""
    with pytest.raises(vnnews_parse.ParseError, match="not an article page"):
        vnnews_parse.parse(html)


FOOTER_PAGE = f"""<html><head><title>Tin mẫu</title></head><body><h1>Một tin mẫu cho phần chân trang</h1>
<h2 data-slot="sapo">Phần mở đầu của bài viết nằm trong thẻ đánh dấu bằng thuộc tính data-slot.</h2>
<div class="content">{PARAGRAPHS}</div>
<footer><p>© BÁO MẪU ĐIỆN TỬ</p><p>Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
<p><span>© Copyright 2024 – </span>Công ty Cổ phần Báo Mẫu</p></footer></body></html>"""


def test_footer_copyright_sentence_beats_imprint_and_footer_terms() -> None:
    """In the footer, the copyright sentence (a rights word) beats a bare '©' imprint and the no-copying terms."""
    assert "© Copyright 2024 – Công ty Cổ phần Báo Mẫu" == vnnews_parse.parse(FOOTER_PAGE).rights


def test_sapo_marked_by_data_attribute() -> None:
    """A sapo marked data-slot='sapo' is the lead."""
    assert (vnnews_parse.parse(FOOTER_PAGE).lead or "").startswith("Phần mở đầu của bài viết")


def test_closing_theo_line_with_outlet_leaves_the_body() -> None:
    """A closing "Theo <writer>/<outlet>" line is not article text; the outlet is the source."""
    page = f"""<html><body><h1>Mưa lớn ở miền Trung kéo dài</h1><div class="detail">{PARAGRAPHS}
<p>Theo Lan Anh/Tintuc.vn</p></div></body></html>"""
    article = vnnews_parse.parse(page)
    assert (False, "Tintuc.vn") == ("Theo Lan Anh" in article.body, article.source)
