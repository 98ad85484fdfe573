"""The article text read by the generic fallback: lead (sapo), body start and end, the article container.

Each page here is written for one rule, after templates seen across the Vietnamese press (text invented).
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import vnnews_parse
from strategies import vn_paragraph, vn_title
from vnnews_parse._checks import accept, is_imprint
from vnnews_parse._context import Candidate, Context
from vnnews_parse._fields import credit_of
from vnnews_parse._generic.lead import OUTLET_TAG
from vnnews_parse._page import load
from vnnews_parse._text import text_of, words

PROPERTIES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEADLINE = "Khánh thành cầu treo nối bản Mường với trung tâm xã"
SAPO = "Sáng 13/3, huyện miền núi đã khánh thành cây cầu treo giúp hơn ba trăm hộ dân đi lại thuận tiện."
TEXT = (
    "Cây cầu dài tám mươi mét, rộng một mét rưỡi, được xây dựng trong sáu tháng với kinh phí hơn hai tỷ đồng.",
    "Trước đây, mỗi mùa mưa lũ, con suối chảy xiết khiến học sinh trong bản phải nghỉ học nhiều ngày liền.",
    "Người dân trong bản đã góp hàng trăm ngày công để làm đường dẫn lên hai đầu cầu.",
    "Phát biểu tại buổi lễ, chủ tịch huyện đề nghị bà con giữ gìn công trình để sử dụng lâu dài.",
)
LAST = TEXT[-1]
PARAGRAPHS = "".join(f"<p>{t}</p>" for t in TEXT)


def _page(article: str, head: str = "", after: str = "") -> str:
    """A modern template: header with the headline, the article, what follows it, a footer."""
    return (
        f"<html><head><title>{HEADLINE} - Báo Mẫu</title>{head}</head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/xa-hoi'>Xã hội</a></div>"
        f"<div class='detail'><h1 class='title'>{HEADLINE}</h1>"
        "<div class='date'>Thứ bảy, 14/03/2009 08:15</div>"
        f"{article}</div>{after}"
        "<footer><p>© Báo Mẫu. Giấy phép số 123/GP-BTTTT. Tổng biên tập: Nguyễn Văn An.</p></footer>"
        "</body></html>"
    )


def _slug(text: str) -> str:
    """A readable test id: the text without diacritics, lower case, words joined by "-"."""
    plain = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    slug = "-".join("".join(c for c in plain if c.isascii() and (c.isalnum() or c == " ")).lower().split())
    return ("upper-" if len(text) > 4 and text.isupper() else "") + (slug or "dash")


def _parse(html: str) -> vnnews_parse.Article:
    return vnnews_parse.parse(html, site="generic")


def _text(html: str) -> str:
    return text_of(etree.fromstring(html, etree.HTMLParser()).find(".//p"))


# -- Reading text ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<p><span class="location-stamp">TP HCM</span>Nếu trời mưa</p>', "TP HCM Nếu trời mưa"),
        ("<p><a href='/a'>Tin một</a><a href='/b'>Tin hai</a></p>", "Tin một Tin hai"),
        ("<p>Vn<b>E</b>xpress</p>", "VnExpress"),
        ("<p><span>V</span>iệt Nam</p>", "Việt Nam"),
        ("<p><b>TTO</b>- Sáng nay</p>", "TTO- Sáng nay"),
        ("<p><span>Phường Hai Bà Trưng:</span><span>Mong sớm xong</span></p>", "Phường Hai Bà Trưng: Mong sớm xong"),
        ("<p><span>Giờ:</span><span>10:30</span></p>", "Giờ:10:30"),
    ],
    ids=[
        "location-stamp",
        "two-links",
        "styled-letter",
        "drop-cap",
        "punctuation",
        "colon-then-capital",
        "colon-digit",
    ],
)
def test_styled_inline_element_ends_a_word_before_a_capital(html: str, expected: str) -> None:
    """An inline element followed by a capitalised word reads as two words; inside a word nothing is added."""
    assert expected == _text(html)


# -- The lead --------------------------------------------------------------------------------------
def test_bold_opening_line_of_the_text_is_the_lead() -> None:
    """Older templates print the text as one block of lines; a bold first line of its own is the sapo."""
    sapo = "Từ sáng nay, giá xăng giảm 500 đồng mỗi lít, lần giảm thứ năm kể từ tháng trước."
    lines = "".join(f"{t}<br><br>" for t in TEXT)
    article = _parse(_page(f"<div class='noidung'><b>{sapo}</b><br><br>{lines}</div>"))
    assert (sapo, TEXT[0]) == (article.lead, article.body.split("\n\n")[0])


def test_bold_words_opening_a_line_are_no_lead() -> None:
    """Bold words that open a line of text (not a line of their own) are not a sapo."""
    opening = "<b>Theo sở giao thông, việc lát đá giúp vỉa hè bền hơn</b> và ít phải sửa chữa.<br><br>"
    lines = "".join(f"{t}<br><br>" for t in TEXT)
    assert None is _parse(_page(f"<div class='noidung'>{opening}{lines}</div>")).lead


TAGS = ["(Dân trí) - ", "(NLĐO)- ", "TT - ", "TPO - ", "(HNM) - ", "(PLO)- ", "(Chinhphu.vn) - ", "TTO - ", "VOV.VN - "]
TAGS += ["ANTĐ - ", "(giao duc) - ", "- ", "Zing.vn - ", "TP HCM - "]
TAGS += ["Infonet - ", "HÀ NỘI - ", "(CLO) ", "(Dân Việt) "]


@pytest.mark.parametrize("tag", TAGS, ids=_slug)
def test_outlet_tag_opens_a_sapo(tag: str) -> None:
    """The outlet's tags and dashes the Vietnamese press opens a sapo with are recognised."""
    assert OUTLET_TAG.match(tag + SAPO) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội - thủ đô ngàn năm văn hiến",
        "Anh Tuấn - chủ quán - cho biết",
        "Covid-19 đã lan rộng",
        "-5 độ C",
        "(ảnh minh họa) chụp hôm qua",
        "Nhưng - theo ông - việc này",
    ],
    ids=_slug,
)
def test_outlet_tag_is_not_any_dash(text: str) -> None:
    """A name with a dash or a hyphenated word opening a paragraph is not an outlet tag."""
    assert OUTLET_TAG.match(text) is None


@pytest.mark.parametrize("tag", ["(Dân trí) - ", "TTO - ", "VOV.VN - ", "- "], ids=_slug)
def test_unmarked_sapo_with_outlet_tag_printed_apart(tag: str) -> None:
    """A sapo in an unmarked div between the headline and the text, opening with the outlet tag, is the lead."""
    html = _page(f"<div class='head-content'>{tag}{SAPO}</div><div class='content'>{PARAGRAPHS}</div>")
    assert tag + SAPO == _parse(html).lead


def test_outlet_tag_in_its_own_span_opens_the_sapo() -> None:
    """A heading sapo whose tag sits in a span of its own ("<span>(Dân trí)</span> - ...") is the lead."""
    html = _page(f"<h2 class='fon33'><span>(Dân trí)</span> - {SAPO}</h2><div class='content'>{PARAGRAPHS}</div>")
    assert f"(Dân trí) - {SAPO}" == _parse(html).lead


def test_outlet_tag_first_paragraph_is_the_lead() -> None:
    """The container's first paragraph opening with the outlet tag is the lead, not marked or bold."""
    html = _page(f"<div class='content'><p>TPO - {SAPO}</p>{PARAGRAPHS}</div>")
    assert f"TPO - {SAPO}" == _parse(html).lead


def test_lead_found_in_the_text_leaves_the_body() -> None:
    """The first paragraph taken as the lead is not repeated at the top of the body."""
    html = _page(f"<div class='content'><p>TPO - {SAPO}</p>{PARAGRAPHS}</div>")
    assert TEXT[0] == _parse(html).body.split("\n\n")[0]


def test_bold_first_paragraph_is_the_lead() -> None:
    """A first paragraph set in bold is the sapo."""
    html = _page(f"<div class='content'><p><strong>{SAPO}</strong></p>{PARAGRAPHS}</div>")
    assert SAPO == _parse(html).lead


def test_first_paragraph_agreeing_with_description_is_the_lead() -> None:
    """The first paragraph is the lead when og:description says the same."""
    head = f'<meta property="og:description" content="{SAPO}">'
    html = _page(f"<div class='content'><p>{SAPO}</p>{PARAGRAPHS}</div>", head=head)
    assert SAPO == _parse(html).lead


def test_plain_first_paragraph_is_no_lead() -> None:
    """Without a sapo's shape the first paragraph is body text: no lead is guessed."""
    assert None is _parse(_page(f"<div class='content'>{PARAGRAPHS}</div>")).lead


def test_caption_under_headline_is_not_the_lead() -> None:
    """A photo caption right under the headline is passed over; the tagged sapo after it is the lead."""
    figure = "<figure><img src='/a.jpg'><figcaption>Cây cầu treo mới khánh thành - Ảnh: T.N</figcaption></figure>"
    html = _page(f"{figure}<p class='txt-head'>TT - {SAPO}</p><div class='content'>{PARAGRAPHS}</div>")
    assert f"TT - {SAPO}" == _parse(html).lead


def test_caption_classed_like_a_sapo_is_not_the_lead() -> None:
    """A picture table classed "desc_image" holds a caption, not the sapo."""
    table = (
        "<table class='desc_image'><tr><td><img src='/a.jpg'></td></tr>"
        "<tr><td class='caption'>Người dân đi qua cây cầu treo mới - Ảnh: V.D</td></tr></table>"
    )
    html = _page(f"<p class='txt-head'>TT - {SAPO}</p><div class='fck'>{table}{PARAGRAPHS}</div>")
    assert f"TT - {SAPO}" == _parse(html).lead


def test_figure_caption_classed_like_a_sapo_is_not_the_lead() -> None:
    """A figcaption classed "desc", without a photo credit, is a caption, not the sapo."""
    figure = "<figure><img src='/a.jpg'><figcaption class='desc'>Cây cầu treo mới nhìn từ bờ suối bên kia</figcaption></figure>"
    html = _page(f"{figure}<div class='content'><p>TT - {SAPO}</p>{PARAGRAPHS}</div>")
    assert f"TT - {SAPO}" == _parse(html).lead


def test_old_template_bold_line_under_title_span_is_the_lead() -> None:
    """Without an h1, the bold line after the title span (between <br>s) is the lead."""
    html = (
        f"<html><head><title>{HEADLINE} - Báo Tỉnh</title></head><body><table><tr><td>"
        f"<span class='tieude'>{HEADLINE}</span><br><span class='ngay'>14/03/2009 08:15</span><br>"
        f"<b>(BĐT) - {SAPO}</b><br><br>{'<br><br>'.join(TEXT)}</td></tr></table></body></html>"
    )
    assert f"(BĐT) - {SAPO}" == _parse(html).lead


# -- The body: start -------------------------------------------------------------------------------
def test_headline_repeated_as_first_paragraph_leaves_the_body() -> None:
    """The headline printed again as the first paragraph of the text is not body text."""
    html = _page(f"<div class='content'><p><b>{HEADLINE}</b></p>{PARAGRAPHS}</div>")
    assert TEXT[0] == _parse(html).body.split("\n\n")[0]


def test_body_of_old_table_layout_starts_after_title_and_date() -> None:
    """In a cell holding title, date and text, the body starts with the text."""
    html = (
        f"<html><head><title>{HEADLINE} - Báo Tỉnh</title></head><body><table><tr><td>"
        f"<span class='tieude'>{HEADLINE}</span><br><span class='ngay'>Cập nhật: 14/03/2009 08:15</span><br>"
        f"{'<br><br>'.join(TEXT)}</td></tr></table></body></html>"
    )
    assert TEXT[0] == _parse(html).body.split("\n\n")[0]


# -- The body: where the article is ----------------------------------------------------------------
TABLE_LAYOUT = f"""<html><head><title>{HEADLINE} - Báo Điện tử Tỉnh</title></head><body>
<table width="980"><tr><td colspan="3"><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a></td></tr>
<tr><td width="180" valign="top"><table><tr><td class="box-title">Tin mới nhất</td></tr>
<tr><td><a href="/a.html">Hội nghị tổng kết công tác năm của ngành giáo dục tỉnh</a><br>
Sáng nay, ngành giáo dục tổ chức hội nghị tổng kết năm học với đông đảo cán bộ, giáo viên tham dự.</td></tr>
<tr><td><a href="/b.html">Nông dân vùng cao trúng mùa lúa nương</a><br>
Năm nay thời tiết thuận lợi, bà con vùng cao thu hoạch lúa nương đạt năng suất cao hơn mọi năm.</td></tr>
</table></td>
<td width="600" valign="top"><span class="tieude">{HEADLINE}</span><br>
<b>(BĐT) - {SAPO}</b><br><br>{"<br><br>".join(TEXT)}<br><br><div align="right"><b>Minh Hà</b></div></td>
<td width="200"><a href="/qc"><img src="/qc.gif"></a></td></tr>
<tr><td colspan="3" align="center">Báo Điện tử Tỉnh - Cơ quan chủ quản: Tỉnh ủy. Tổng biên tập: Nguyễn Văn An.
Giấy phép số 123/GP-BTTTT cấp ngày 01/01/2008. Địa chỉ: Số 1 đường Trần Hưng Đạo, thành phố.
Điện thoại: 0203.3825.123 - Fax: 0203.3825.456 - Email: toasoan@baotinh.vn. Ghi rõ nguồn khi phát hành lại
thông tin từ website này, mọi sao chép khi chưa được sự đồng ý bằng văn bản của tòa soạn đều vi phạm bản quyền.</td></tr>
</table></body></html>"""


def test_table_layout_body_is_the_article_not_the_footer_imprint() -> None:
    """On an old table layout the body is the article cell, whatever the length of the footer's imprint."""
    assert (TEXT[0], LAST) == (_parse(TABLE_LAYOUT).body.split("\n\n")[0], _parse(TABLE_LAYOUT).body.split("\n\n")[-1])


def test_imprint_is_never_the_body() -> None:
    """A page whose only long text is the footer imprint has no body rather than the imprint."""
    html = TABLE_LAYOUT.replace("<br><br>".join(TEXT), "")
    assert "Tổng biên tập" not in _parse(html).body


def test_teaser_column_longer_than_the_article_is_not_the_body() -> None:
    """A column of teasers (title link, description) is not taken for the article, however long."""
    items = "".join(
        f"<div class='item'><a href='/{i}.html'>Tin số {i} về hoạt động của các sở ngành trong tỉnh</a>"
        f"<p>Trong tuần qua, các đơn vị đã triển khai nhiều hoạt động thiết thực hướng tới ngày lễ lớn lần thứ {i}.</p>"
        "</div>"
        for i in range(8)
    )
    html = _page(f"<div class='content'>{''.join(f'<p>{t}</p>' for t in TEXT[:2])}</div>", after=f"<div>{items}</div>")
    assert TEXT[:2] == tuple(_parse(html).body.split("\n\n"))


COMMENTS = "".join(
    f"<div class='{item}'><p>Bạn đọc số {i} cho rằng cây cầu là niềm vui lớn của bà con trong bản, mong chính quyền "
    "sớm làm thêm đường bê tông từ đầu cầu về trung tâm xã để xe máy đi lại dễ dàng hơn trong mùa mưa.</p></div>"
    for i, item in enumerate(["cmt-item", "comment-content", "cmt-item"])
)


@pytest.mark.parametrize("box", ["ykien-bandoc", "comments-area", "box-binhluan"])
def test_comments_longer_than_the_article_are_not_the_body(box: str) -> None:
    """Readers' comments, however long, are not the article (comment boxes are furniture)."""
    html = _page(
        f"<div class='content'>{''.join(f'<p>{t}</p>' for t in TEXT[:2])}</div>",
        after=f"<div class='{box}'>{COMMENTS}</div>",
    )
    assert TEXT[:2] == tuple(_parse(html).body.split("\n\n"))


def test_related_box_between_headline_and_text_is_not_the_lead() -> None:
    """A related box with teaser descriptions under the headline gives no lead; the text follows it."""
    box = (
        "<div class='box-news'><div class='hd'>Tin liên quan</div><div class='item'>"
        "<a href='/a.html'>Hoàn thành đường dẫn lên cầu treo sau hai tháng thi công</a>"
        "<p>Đường dẫn dài ba trăm mét được đổ bê tông, đáp ứng cho xe máy và người đi bộ qua lại.</p></div></div>"
    )
    article = _parse(_page(f"{box}<div class='content'>{PARAGRAPHS}</div>"))
    assert (None, TEXT) == (article.lead, tuple(article.body.split("\n\n")))


def test_forum_post_is_the_body() -> None:
    """A forum thread (vBulletin) without <h1>: the first post, lines between <br>s, is the body."""
    html = (
        f"<html><head><title>{HEADLINE} - Diễn đàn Mẫu</title></head><body><table class='tborder'><tr>"
        "<td class='alt2'><a class='bigusername' href='member.php?u=5'>thanhvien</a><div>Bài gửi: 1.204</div></td>"
        f"<td class='alt1'><div class='smallfont'><strong>{HEADLINE}</strong></div><hr>"
        f"<div id='post_message_1001'>{'<br><br>'.join(TEXT)}</div></td></tr></table>"
        "<div class='smallfont'>Powered by vBulletin Version 3.8.7. Copyright ©2000 - 2012, vBulletin Solutions, Inc.</div>"
        "</body></html>"
    )
    assert TEXT == tuple(_parse(html).body.split("\n\n"))


def test_text_cut_around_an_ad_is_read_whole() -> None:
    """A text the CMS cut in two around an ad slot (divfirst, ad, divend) is one body."""
    parts = "".join(f"<div>{t}</div>" for t in TEXT[:2]), "".join(f"<div>{t}</div>" for t in TEXT[2:])
    article = f"<div id='detail'><div id='divfirst'>{parts[0]}</div><div id='admbackground'></div>"
    html = _page(f"{article}<div id='divend'>{parts[1]}</div></div>")
    assert TEXT == tuple(_parse(html).body.split("\n\n"))


def test_photo_story_is_told_in_its_captions() -> None:
    """When the text is in the captions, the captions are the body."""
    figures = "".join(
        f"<div class='photo'><figure><img src='/{i}.jpg'></figure><figcaption>{t}</figcaption></div>"
        for i, t in enumerate(TEXT)
    )
    assert TEXT == tuple(_parse(_page(f"<div class='content'>{figures}</div>")).body.split("\n\n"))


def test_captions_beside_text_are_not_body() -> None:
    """In an article told in paragraphs, the captions are not body text."""
    figure = "<figure><img src='/a.jpg'><figcaption>Cây cầu treo nhìn từ trên cao. Ảnh: Minh Hà</figcaption></figure>"
    html = _page(f"<div class='content'><p>{TEXT[0]}</p>{figure}{''.join(f'<p>{t}</p>' for t in TEXT[1:])}</div>")
    assert "Ảnh: Minh Hà" not in _parse(html).body


# -- The body: end ---------------------------------------------------------------------------------
BOX_TITLES = ["Tin liên quan", "Bài liên quan", "Tin cùng chuyên mục", "Tin mới", "Tin mới nhất", "Đọc nhiều"]
BOX_TITLES += ["Xem nhiều", "Tin nổi bật", "Có thể bạn quan tâm", "Đọc thêm", "Xem thêm", "Tin khác", "TIN LIÊN QUAN"]
BOX_TITLES += ["Video đang được xem nhiều", "Tin được đọc nhiều nhất", "Tham khảo thêm"]
TEASERS = "".join(
    f"<div class='it'><a href='/{i}.html'><img src='/{i}.jpg'></a><a href='/{i}.html'>Tiêu đề bài viết khác số {i}</a>"
    f"<span>Mô tả ngắn cho bài viết khác số {i} mà người đọc có thể quan tâm.</span></div>"
    for i in range(3)
)


@pytest.mark.parametrize("title", BOX_TITLES, ids=_slug)
def test_titled_box_after_the_text_leaves_the_body(title: str) -> None:
    """A box opened by a box title inside the article container leaves the body, title and all."""
    html = _page(f"<div class='content'>{PARAGRAPHS}<div class='box'><h3>{title}</h3>{TEASERS}</div></div>")
    assert LAST == _parse(html).body.split("\n\n")[-1]


def test_teaser_card_in_the_text_leaves_the_body() -> None:
    """A card of another article set in the text (picture link, title link, its sapo) is not text,
    whatever its class names."""
    card = (
        "<div><a href='/b.html'><img src='/b.jpg'></a><a href='/b.html'>Tiêu đề một bài viết khác cùng chủ đề</a>"
        "<p>Mô tả ngắn của bài viết khác, kể về một sự việc không liên quan tới bài này.</p></div>"
    )
    body = _parse(_page(f"<div class='x'>{PARAGRAPHS}{card}</div>")).body
    assert LAST == body.split("\n\n")[-1]


def test_paragraph_after_a_list_of_links_is_text() -> None:
    """A paragraph of the article after a list of links (a related list set in the text) stays."""
    links = "<div><ul><li><a href='/b.html'>Tiêu đề một bài viết khác cùng chủ đề</a></li></ul></div>"
    body = _parse(_page(f"<div class='x'><p>{TEXT[0]}</p>{links}{''.join(f'<p>{t}</p>' for t in TEXT[1:])}</div>")).body
    assert [*TEXT] == body.split("\n\n")


def test_title_standing_in_the_container_takes_its_link_lines() -> None:
    """A box title set straight in the container goes with the link lines under it."""
    links = "".join(f"<a href='/{i}.html'>Tiêu đề bài viết khác số {i}</a><br>" for i in range(3))
    html = _page(f"<div class='content'>{PARAGRAPHS}<strong>Đọc nhiều</strong><br>{links}</div>")
    assert LAST == _parse(html).body.split("\n\n")[-1]


def test_box_title_opening_a_sentence_is_text() -> None:
    """A bold "Bình luận" opening a sentence is article text, not a comment box."""
    sentence = "<p><b>Bình luận</b> về quyết định này, nhiều chuyên gia cho rằng cây cầu đến đúng lúc.</p>"
    html = _page(f"<div class='content'>{PARAGRAPHS}{sentence}</div>")
    assert "Bình luận về quyết định này" in _parse(html).body


def test_run_of_link_lines_at_the_end_leaves_the_body() -> None:
    """Link-only lines after the last paragraph (a related list without a title) are not text."""
    links = "".join(f"<div><a href='/{i}.html'>Tiêu đề một bài viết khác số {i}</a></div>" for i in range(4))
    html = _page(f"<div class='content'>{PARAGRAPHS}<div>{links}</div></div>")
    assert LAST == _parse(html).body.split("\n\n")[-1]


@pytest.mark.parametrize(
    "tail",
    [
        "<div class='kw'>Từ khóa: <a href='/t/1'>cầu treo</a>, <a href='/t/2'>miền núi</a></div>",
        "<div>Tags: <a href='/t/1'>cầu treo</a></div>",
        "<div class='bar'><span>Chia sẻ</span> <a href='#'>Facebook</a></div>",
        "<div class='note'><p>Báo Mẫu giới thiệu tới độc giả tủ sách kiến thức với nhiều đầu sách hay.</p>"
        "<p>Đọc sách giúp mở rộng tầm nhìn và phát triển bản thân.</p></div>",
    ],
    ids=["tag-list", "tags", "share-bar", "promotion"],
)
def test_closing_furniture_leaves_the_body(tail: str) -> None:
    """Tag lists, share bars and a promotion addressing the reader after the text are not body."""
    assert LAST == _parse(_page(f"<div class='content'>{PARAGRAPHS}{tail}</div>")).body.split("\n\n")[-1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chia sẻ với báo chí, ông Nam cho biết huyện sẽ xây thêm hai cây cầu nữa trong năm tới.",
        "Bình luận viên Quang Huy nhận định trận đấu.",
        "Hơn 200 hộ dân đã đăng ký nhận hỗ trợ làm đường.",
    ],
    ids=["chia-se-voi", "binh-luan-vien", "dang-ky-nhan"],
)
def test_closing_sentence_starting_like_furniture_is_text(sentence: str) -> None:
    """A last paragraph opening like a share button, a comment box or a sign-up is still a sentence."""
    assert sentence == _parse(_page(f"<div class='content'>{PARAGRAPHS}<p>{sentence}</p></div>")).body.split("\n\n")[-1]


def test_short_first_sentence_with_a_date_is_text() -> None:
    """A first paragraph naming a date is a sentence, not the date line of the template."""
    first = "Ngày 12/3/2009, cây cầu được khởi công."
    assert first == _parse(_page(f"<div class='content'><p>{first}</p>{PARAGRAPHS}</div>")).body.split("\n\n")[0]


# -- Plausibility checks ---------------------------------------------------------------------------
def _accepts(field: str, value: str) -> bool:
    ctx = Context(load(_page(PARAGRAPHS), None, 10**6), None)
    ctx.values["headline"] = HEADLINE
    return accept(field, Candidate(value, "site"), ctx) is not None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (SAPO, True),
        ("Người dân đi qua cây cầu treo mới - Ảnh: V.D", False),
        (HEADLINE, False),
        ("Xem thêm", False),
        ("Báo Điện tử Tỉnh. Tổng biên tập: Nguyễn Văn An.", False),
    ],
    ids=["sapo", "caption", "headline", "fragment", "imprint"],
)
def test_lead_check(value: str, expected: bool) -> None:
    """A lead is prose of a sapo's length, not a caption, the headline again, a fragment or the imprint."""
    assert expected == _accepts("lead", value)


IMPRINT = (
    "Cơ quan chủ quản: Tỉnh ủy. Tổng biên tập: Nguyễn Văn An.\n\nGiấy phép số 123/GP-BTTTT cấp ngày 01/01/2008."
    "\n\nĐịa chỉ: Số 1 đường Trần Hưng Đạo. Điện thoại: 0203.3825.123\n\n© Bản quyền thuộc Báo Điện tử Tỉnh"
)
NAVIGATION = "\n\n".join(["Trang chủ", "Thời sự", "Kinh tế", "Văn hóa", "Thể thao", "Giải trí", "Pháp luật"])
TEASER_LIST = "\n\n".join(f"Tiêu đề bài viết số {i} về hoạt động của tỉnh trong tuần qua" for i in range(6))


PRICE_LIST = "\n\n".join(
    [
        "Sáng nay, giá vàng trong nước đồng loạt tăng mạnh theo đà tăng của thị trường thế giới, có nơi tăng gần"
        " một triệu đồng mỗi lượng so với cuối tuần trước.",
        *(f"Vàng miếng loại {i}: 76,{i} triệu đồng" for i in range(8)),
    ]
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("\n\n".join(TEXT), True), (PRICE_LIST, True), (IMPRINT, False), (NAVIGATION, False), (TEASER_LIST, False)],
    ids=["article", "price-list", "imprint", "navigation", "teaser-list"],
)
def test_body_check(value: str, expected: bool) -> None:
    """A body has article sentences; the footer imprint, a menu or a list of titles is turned down."""
    assert expected == _accepts("body", value)


def test_body_check_turns_a_stale_selector_over_to_the_fallback() -> None:
    """An adapter body that is the footer imprint is turned down, and the fallback's body is taken."""
    ctx = Context(load(_page(f"<div class='content'>{PARAGRAPHS}</div>"), None, 10**6), None)
    assert (False, True) == (
        accept("body", Candidate(IMPRINT, "site"), ctx) is not None,
        accept("body", Candidate("\n\n".join(TEXT), "heuristic"), ctx) is not None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng biên tập: Nguyễn Văn An", True),
        ("Giấy phép số 76/GP-BTTTT, cấp ngày 26/02/2020.", True),
        ("© Bản quyền thuộc báo Tiền Phong", True),
        ("Bộ đã thu hồi giấy phép của công ty vì vi phạm quy định về an toàn thực phẩm.", False),
        (TEXT[0], False),
    ],
    ids=["editor", "licence", "copyright", "licence-in-a-sentence", "prose"],
)
def test_imprint_line(text: str, expected: bool) -> None:
    """Footer imprint lines are told from sentences that mention a licence."""
    assert expected == is_imprint(text)


# -- Properties ------------------------------------------------------------------------------------
@PROPERTIES
@given(vn_title, st.lists(vn_paragraph, min_size=2, max_size=6))
def test_body_never_starts_with_the_headline(headline: str, paragraphs: list[str]) -> None:
    """Whatever the text, the headline repeated at the top of the container is not the body's first block."""
    content = "".join(f"<p>{p}</p>" for p in [headline, *paragraphs])
    html = f"<html><body><div class='x'><h1>{headline}</h1><div class='c'>{content}</div></div></body></html>"
    body = _parse(html).body
    assert words(headline) != words(body.split("\n\n")[0])


@PROPERTIES
@given(vn_title, vn_paragraph, st.lists(vn_paragraph, min_size=2, max_size=5), st.sampled_from(["figure", "p", "div"]))
def test_lead_is_never_caption_shaped(headline: str, caption: str, paragraphs: list[str], frame: str) -> None:
    """A caption ending with a photo credit, right under the headline, is never the lead."""
    credited = f"{caption.rstrip('.')} - Ảnh: Minh Hà"
    picture = (
        f"<figure><img src='/a.jpg'><figcaption>{credited}</figcaption></figure>"
        if frame == "figure"
        else (f"<{frame} class='sapo'>{credited}</{frame}>")
    )
    content = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"<html><body><h1>{headline}</h1>{picture}<div class='c'>{content}</div></body></html>"
    lead = _parse(html).lead
    assert None is (credit_of(lead) if lead else None)


@PROPERTIES
@given(st.lists(vn_paragraph, min_size=2, max_size=5), st.integers(min_value=1, max_value=4))
def test_body_never_holds_the_footer_imprint(paragraphs: list[str], copies: int) -> None:
    """However long the footer imprint, it is not in the body."""
    footer = " ".join(["Tổng biên tập: Nguyễn Văn An. Giấy phép số 123/GP-BTTTT. Điện thoại: 0203.3825.123."] * copies)
    content = "<br><br>".join(paragraphs)
    html = f"<html><body><table><tr><td><h1>{HEADLINE}</h1>{content}</td></tr><tr><td>{footer}</td></tr></table></body></html>"
    assert "Tổng biên tập" not in _parse(html).body


@pytest.mark.parametrize(
    "caption",
    [
        '<div class="PhotoCMS_Caption"><p>Cây cầu nhìn từ bờ sông.</p></div>',
        '<p class="img_chu_thich_0407">Cây cầu nhìn từ bờ sông.</p>',
    ],
    ids=["caption-class", "chu-thich-class"],
)
def test_caption_classed_element_leaves_the_body(caption: str) -> None:
    """An element classed as a caption ("caption", "chú thích") is not article text outside a photo story."""
    article = PARAGRAPHS.replace("</p>", f"</p>{caption}", 1)
    body = vnnews_parse.parse(_page(f"<div class='content'>{article}</div>")).body
    assert "Cây cầu nhìn từ bờ sông." not in body


def test_headline_link_in_a_heading_anchors_the_sapo() -> None:
    """A headline written as a link to itself inside a heading (old CMSes) still anchors the sapo below it."""
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><div class='menu'><a href='/'>Trang chủ</a></div>"
        f"<div class='ndtitle'><h3><a href='/bai-viet.html'>{HEADLINE}</a></h3></div>"
        "<div class='ndcontent ndb'><p><strong>Cây cầu dài 120 m giúp hơn ba trăm hộ dân đi lại thuận tiện quanh năm.</strong></p></div>"
        f"<div class='ndcontent'>{PARAGRAPHS}</div></body></html>"
    )
    assert "Cây cầu dài 120 m giúp hơn ba trăm hộ dân đi lại thuận tiện quanh năm." == vnnews_parse.parse(page).lead
