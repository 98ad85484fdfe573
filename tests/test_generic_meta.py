"""The fallback's dates, comment counts and rights notices on pages of templates no adapter knows.

Each page is written here, with invented text, on the conventions of a kind of Vietnamese news
page: a provincial paper's table layout, an old portal with a top bar, a WordPress local news
site, a forum, a 2012 desktop template.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import vnnews_parse
from vnnews_parse._checks import accept
from vnnews_parse._context import Candidate, Context
from vnnews_parse._page import load

VN = timezone(timedelta(hours=7))
PARAGRAPHS = "".join(
    f"<p>Đoạn thứ {i} kể lại buổi làm việc của đoàn công tác với chính quyền xã về kế hoạch trồng rừng.</p>"
    for i in range(1, 5)
)


def vn(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A datetime in +07:00."""
    return datetime(year, month, day, hour, minute, tzinfo=VN)


def page(header: str = "", meta: str = "", top: str = "", under: str = "", after: str = "", footer: str = "") -> str:
    """An article page: ``top`` above the headline, ``under`` right after it, ``after`` below the text."""
    return f"""<html><head><title>Tin tỉnh nhà</title>{meta}</head><body>
<div class="header">{header}<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/xa-hoi">Xã hội</a></li>
<li><a href="/kinh-te">Kinh tế</a></li><li><a href="/van-hoa">Văn hóa</a></li></ul></div>
<div class="wrapper"><div class="main-col"><div class="article">
{top}<h1 class="title">Đoàn công tác của tỉnh làm việc với xã vùng cao về trồng rừng</h1>{under}
<div class="content">{PARAGRAPHS}</div>{after}
</div></div></div>
<div id="footer">{footer}</div></body></html>"""


# -- dates ---------------------------------------------------------------------------------------------
TOP_BAR = (
    '<div class="top-bar"><span class="date">Thứ Hai, 07/12/2026</span> <span class="weather">Hà Nội 24°C</span></div>'
)


def test_header_date_of_the_day_is_not_the_article_date() -> None:
    """The top bar's "Thứ Hai, 07/12/2026" is passed over for the date under the headline."""
    article = vnnews_parse.parse(page(header=TOP_BAR, under='<div class="time">10/11/2016 14:30</div>'))
    assert vn(2016, 11, 10, 14, 30) == article.published


def test_header_date_alone_gives_no_date() -> None:
    """A page whose only date is the top bar's date of the day has no publication date."""
    assert None is vnnews_parse.parse(page(header=TOP_BAR)).published


def test_top_bar_clock_above_a_shallow_headline_is_not_the_article_date() -> None:
    """On a page whose headline sits right in the body, the top bar's date and clock are still the site's."""
    html = (
        '<html><body><div class="topbar"><span class="date">Thứ Hai, 07/12/2026 10:35</span></div>'
        f"<h1>Đoàn công tác của tỉnh làm việc với xã vùng cao</h1>{PARAGRAPHS}</body></html>"
    )
    assert None is vnnews_parse.parse(html).published


def test_day_of_the_day_above_the_headline_block_is_not_the_article_date() -> None:
    """A day without a time in a block above the headline's own block is the site's, not the article's."""
    top_box = '<div class="box-date"><div><span class="date">Thứ Hai, 07/12/2026</span></div></div>'
    html = page().replace('<div class="wrapper">', f'<div class="wrapper">{top_box}')
    assert None is vnnews_parse.parse(html).published


def test_displayed_minute_beats_day_only_metadata() -> None:
    """A day-only meta date gives way to the minute displayed next to the headline, on the same day."""
    meta = '<meta property="article:published_time" content="2016-11-10">'
    article = vnnews_parse.parse(page(meta=meta, under='<span class="date">Thứ Năm, 10/11/2016 - 14:30</span>'))
    assert vn(2016, 11, 10, 14, 30) == article.published


def test_metadata_with_the_same_minute_keeps_its_seconds() -> None:
    """When the metadata and the display agree on the minute, the metadata (with its seconds) is kept."""
    meta = '<meta property="article:published_time" content="2016-11-10T14:30:27+07:00">'
    article = vnnews_parse.parse(page(meta=meta, under='<span class="date">10/11/2016 14:30</span>'))
    assert datetime(2016, 11, 10, 14, 30, 27, tzinfo=VN) == article.published


def test_displayed_date_beside_the_headline_beats_metadata_of_another_day() -> None:
    """A marked date with its time right under the headline is what the reader sees, even against the meta."""
    meta = '<meta name="pubdate" content="2012-12-23T14:02+07:00">'
    shown = '<div class="publication_date">Thứ Hai, 24/12/2012, 03:04 AM (GMT+7)</div>'
    assert vn(2012, 12, 24, 3, 4) == vnnews_parse.parse(page(meta=meta, under=shown)).published


def test_loose_date_of_another_day_does_not_beat_metadata() -> None:
    """An unmarked date line further from the headline, on another day, does not override the metadata."""
    meta = '<meta property="article:published_time" content="2016-11-10T08:00:00+07:00">'
    loose = "<p>x</p><p>y</p><p>z</p><div>12/11/2016 09:15</div>"
    article = vnnews_parse.parse(page(meta=meta, under=loose))
    assert vn(2016, 11, 10, 8, 0) == article.published


def test_update_line_is_not_the_publication() -> None:
    """ "Cập nhật lúc ..." under the headline is the update time; the publication comes from the metadata."""
    meta = '<meta property="article:published_time" content="2016-11-10T08:00:00+07:00">'
    article = vnnews_parse.parse(page(meta=meta, under='<div class="time">Cập nhật lúc 14:30 10/11/2016</div>'))
    assert (vn(2016, 11, 10, 8, 0), vn(2016, 11, 10, 14, 30)) == (article.published, article.updated)


def test_update_line_alone_dates_the_article() -> None:
    """A page whose one displayed time is labelled "Cập nhật lúc ..." (older templates) is dated by it."""
    article = vnnews_parse.parse(page(under='<div class="date">Cập nhật lúc 14:30 10/11/2016</div>'))
    assert (vn(2016, 11, 10, 14, 30), vn(2016, 11, 10, 14, 30)) == (article.published, article.updated)


def test_update_line_beats_a_teaser_date_below_the_text() -> None:
    """The one time an old page prints ("Cập nhật lúc ...") beats a day in the list of other articles."""
    teasers = '<div class="other"><a href="/b.html">Một bài khác về trồng rừng</a> <span>(09/11/2016)</span></div>'
    article = vnnews_parse.parse(page(top='<div class="date">Cập nhật lúc 14:30 10/11/2016</div>', after=teasers))
    assert vn(2016, 11, 10, 14, 30) == article.published


def test_update_line_does_not_beat_metadata() -> None:
    """An update time stands in for the publication only when the metadata has no minute of its own."""
    meta = '<meta property="article:published_time" content="2016-11-10T08:00:00+07:00">'
    article = vnnews_parse.parse(page(meta=meta, under='<div class="date">Cập nhật lúc 14:30 10/11/2016</div>'))
    assert vn(2016, 11, 10, 8, 0) == article.published


def test_published_and_updated_in_one_line() -> None:
    """ "Đăng lúc ... | Cập nhật lúc ..." gives both times, each to its field."""
    line = '<div class="meta">Đăng lúc 08:00 10/11/2016 | Cập nhật lúc 14:30 10/11/2016</div>'
    article = vnnews_parse.parse(page(under=line))
    assert (vn(2016, 11, 10, 8, 0), vn(2016, 11, 10, 14, 30)) == (article.published, article.updated)


def test_labels_split_over_elements() -> None:
    """A label and its date in sibling elements read as one line: "<b>Ngày đăng:</b> <span>...</span>"."""
    line = "<p><b>Ngày đăng:</b> <span>10/11/2016</span> <span>14:30</span></p>"
    assert vn(2016, 11, 10, 14, 30) == vnnews_parse.parse(page(under=line)).published


def test_indented_date_line_with_an_icon_between_day_and_time() -> None:
    """A date line printed over indented source lines, an icon between the day and the time, is read:
    the indentation is not its text."""
    pad = "\n" + " " * 40
    line = (
        f'<div class="detail-info"><div class="detail-time"><div data-role="publishdate">{pad}01/03/2026{pad}'
        f'<span class="icon">{pad}<svg width="2" height="2"><path d="M0 0"/></svg>{pad}</span>{pad}09:51{pad}'
        "</div></div></div>"
    )
    assert vn(2026, 3, 1, 9, 51) == vnnews_parse.parse(page(under=line)).published


def test_date_in_words_next_to_the_headline() -> None:
    """ "10 tháng 11, 2016 | 14:30" under the headline is read."""
    article = vnnews_parse.parse(page(under='<p class="meta">10 tháng 11, 2016 | 14:30</p>'))
    assert vn(2016, 11, 10, 14, 30) == article.published


def test_date_before_the_headline_in_its_block() -> None:
    """A date printed just above the headline, in the headline's block, is the article's."""
    article = vnnews_parse.parse(page(top="<p>03/04/2014 - 14:26</p>"))
    assert vn(2014, 4, 3, 14, 26) == article.published


@pytest.mark.parametrize(
    "box",
    [
        pytest.param('<div class="tin-lien-quan"><p>Tin cùng ngày 10/11/2016 14:30</p></div>', id="related"),
        pytest.param('<div class="comment-list"><p>Bạn đọc An, 10/11/2016 14:30</p></div>', id="comments"),
        pytest.param('<p><a href="/b.html">Một bài khác về trồng rừng (10/11/2016 14:30)</a></p>', id="teaser-link"),
        pytest.param(
            '<p><a href="/b.html">Một bài khác về trồng rừng</a> <span class="date2">(10/11/2016)</span></p>',
            id="date-after-teaser-link",
        ),
        pytest.param('<div class="news-relation"><p>Tin cùng ngày 10/11/2016 14:30</p></div>', id="relation-box"),
        pytest.param("<p>Ngày 10/11/2016, đoàn đã đến thăm ba thôn vùng cao của xã và trao quà.</p>", id="prose"),
    ],
)
def test_dates_that_are_not_the_article_date(box: str) -> None:
    """Dates in related lists, comments, teaser links and prose next to the headline are not read."""
    assert None is vnnews_parse.parse(page(under=box)).published


def test_date_in_a_link_to_the_archive_of_the_day() -> None:
    """A date that links to the day's archive (an old portal's habit) is the article's date."""
    under = '<div class="note"><a href="/date/d10/m11/y2016.html"><span>10/11/2016 - 14:30</span></a></div>'
    assert vn(2016, 11, 10, 14, 30) == vnnews_parse.parse(page(under=under)).published


def test_time_element_with_relative_text_uses_its_datetime() -> None:
    """A <time> that shows "2 giờ trước" gives its machine-readable datetime."""
    under = '<time datetime="2016-11-10T14:30:00+07:00">2 giờ trước</time>'
    assert vn(2016, 11, 10, 14, 30) == vnnews_parse.parse(page(under=under)).published


def test_table_layout_without_h1() -> None:
    """An old table layout titles the article in a cell: the date next to that title is read."""
    html = (
        '<html><head><meta property="og:title" content="Đoàn công tác làm việc với xã vùng cao"></head><body>'
        '<table><tr><td class="topbar">Thứ Hai, 07/12/2026</td></tr><tr><td><table>'
        '<tr><td class="tieude">Đoàn công tác làm việc với xã vùng cao</td></tr>'
        '<tr><td class="ngay">Cập nhật: 10/11/2016 14:30 - Ngày đăng: 10/11/2016 08:15</td></tr>'
        f"<tr><td>{PARAGRAPHS}</td></tr></table></td></tr></table></body></html>"
    )
    article = vnnews_parse.parse(html)
    assert (vn(2016, 11, 10, 8, 15), vn(2016, 11, 10, 14, 30)) == (article.published, article.updated)


def test_logo_h1_is_not_the_headline() -> None:
    """When the only <h1> is the site's logo, the date of the day beside it is not the article's."""
    html = (
        '<html><head><meta property="og:title" content="Đoàn công tác làm việc với xã vùng cao"></head><body>'
        '<div class="header"><h1 class="logo"><a href="/">Báo Miền Núi</a></h1>'
        '<span class="date">Thứ Hai, 07/12/2026</span></div>'
        f'<div class="content"><h2 class="title">Đoàn công tác làm việc với xã vùng cao</h2>{PARAGRAPHS}</div>'
        "</body></html>"
    )
    assert None is vnnews_parse.parse(html).published


WORDPRESS = """<html><head><title>Lễ hội mùa xuân ở bản Lác - Tin Miền Núi</title>
<meta property="article:published_time" content="2016-11-10T07:30:00+00:00">
<meta property="article:modified_time" content="2016-11-12T02:00:00+00:00"></head>
<body class="single"><div id="page"><header id="masthead"><p class="site-title">Tin Miền Núi</p></header>
<main id="main"><article class="post type-post"><header class="entry-header">
<h1 class="entry-title">Lễ hội mùa xuân ở bản Lác thu hút du khách</h1>
<div class="entry-meta"><span class="posted-on"><a href="/le-hoi/" rel="bookmark">
<time class="entry-date published" datetime="2016-11-10T14:30:00+07:00">10/11/2016</time>
<time class="updated" datetime="2016-11-12T09:00:00+07:00">12/11/2016</time></a></span>
<span class="byline"> bởi <span class="author vcard"><a href="/author/lan/">Lan</a></span></span>
<span class="comments-link"><a href="/le-hoi/#comments">3 bình luận</a></span></div></header>
<div class="entry-content">{paragraphs}</div></article></main>
<footer id="colophon"><div class="site-info">© 2016 Tin Miền Núi | Theme by Công ty XYZ</div></footer>
</div></body></html>"""


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        pytest.param("published", vn(2016, 11, 10, 14, 30), id="published"),
        pytest.param("updated", vn(2016, 11, 12, 9, 0), id="updated"),
        pytest.param("comment_count", 3, id="comment_count"),
        pytest.param("rights", "© 2016 Tin Miền Núi", id="rights"),
    ],
)
def test_wordpress_local_news(field: str, expected: object) -> None:
    """A WordPress local news page: hAtom dates in the permalink, the comments link, the theme credit."""
    article = vnnews_parse.parse(WORDPRESS.format(paragraphs=PARAGRAPHS))
    assert expected == getattr(article, field)


def test_update_before_publication_is_dropped() -> None:
    """An update time before the publication time is not an update: None."""
    meta = (
        '<meta property="article:published_time" content="2016-11-10T15:33:00+07:00">'
        '<meta property="article:modified_time" content="2016-11-10T14:36:00+07:00">'
    )
    assert None is vnnews_parse.parse(page(meta=meta)).updated


def test_update_in_the_same_minute_as_publication_is_kept() -> None:
    """An update printed to the minute is not "before" a publication with seconds in the same minute."""
    meta = (
        '<meta property="article:published_time" content="2016-11-10T15:33:28+07:00">'
        '<meta property="article:modified_time" content="2016-11-10T15:33:00+07:00">'
    )
    assert vn(2016, 11, 10, 15, 33) == vnnews_parse.parse(page(meta=meta)).updated


# -- comment counts ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("counter", "expected"),
    [
        pytest.param('<div class="cm">Ý kiến (3)</div>', 3, id="y-kien"),
        pytest.param('<div class="cm">Ý kiến bạn đọc (5)</div>', 5, id="y-kien-ban-doc"),
        pytest.param("<h3><span>Bình Luận (19)</span></h3>", 19, id="title-case"),
        pytest.param('<div class="cm">12 ý kiến</div>', 12, id="n-y-kien"),
        pytest.param("<p>Có 4 bình luận</p>", 4, id="co-n-binh-luan"),
        pytest.param('<span class="box_count"><b>2</b><i>BÌNH LUẬN</i></span>', 2, id="number-then-label-split"),
        pytest.param('<a href="#cm">Bình luận <span class="count">(7)</span></a>', 7, id="label-then-number-child"),
        pytest.param('<div class="cm">Ý KIẾN [8]</div>', 8, id="all-caps-brackets"),
        pytest.param('<div class="cm">Bạn đọc bình luận (12)</div>', 12, id="ban-doc-binh-luan"),
        pytest.param('<div class="cm">Bình luận của bạn đọc (6)</div>', 6, id="binh-luan-cua-ban-doc"),
        pytest.param('<div class="cm">Ý kiến phản hồi (3)</div>', 3, id="y-kien-phan-hoi"),
        pytest.param('<div class="cm">Phản hồi (4)</div>', 4, id="phan-hoi"),
        pytest.param('<h2 class="comments-title">3 phản hồi</h2>', 3, id="wordpress-n-phan-hoi"),
    ],
)
def test_old_comment_counters(counter: str, expected: int) -> None:
    """Counters of older templates are read where the server wrote the count."""
    assert expected == vnnews_parse.parse(page(under=counter)).comment_count


def test_script_filled_counter_is_none() -> None:
    """A counter the page's script fills in (no number in the HTML) gives None."""
    counter = '<div class="cm"><span class="number_cmt"></span> Bình luận</div>'
    assert None is vnnews_parse.parse(page(under=counter)).comment_count


def test_share_bar_link_to_the_comments_holds_the_count() -> None:
    """A bare number in the share bar's link to the comment section is the count."""
    bar = '<div class="social"><a href="#comments" title="bình luận"><span class="icon"></span><span>6</span></a></div>'
    assert 6 == vnnews_parse.parse(page(under=bar)).comment_count


def test_hidden_count_field_in_the_comment_box() -> None:
    """The comment box's hidden count field, which its script displays, is the count."""
    box = '<div id="comment"><h3>Ý KIẾN BẠN ĐỌC</h3><input type="hidden" id="CommentCount" value="9"></div>'
    assert 9 == vnnews_parse.parse(page(after=box)).comment_count


def test_hidden_count_field_outside_the_comment_box_is_not_the_count() -> None:
    """A count field among the page's configuration fields is not displayed: None."""
    config = '<div class="configHidden"><input type="hidden" id="hidCommentCount" value="0"></div>'
    assert None is vnnews_parse.parse(page(after=config)).comment_count


def test_most_commented_box_is_not_the_article_counter() -> None:
    """A "most commented" sidebar before the article's counter does not give the count."""
    sidebar = '<div class="most-comment"><p>Bình luận (41)</p></div>'
    html = page(after='<div class="cm">Bình luận (2)</div>').replace('<div class="wrapper">', f"{sidebar}<div>")
    assert 2 == vnnews_parse.parse(html).comment_count


def test_counter_of_a_box_outside_the_article_is_not_the_count() -> None:
    """A counter in a box beside the article (not its block, not its comment box) counts other comments."""
    box = '<div class="col-right"><div class="box"><p>Bình luận (41)</p></div></div>'
    html = page().replace("</body>", f"{box}</body>")
    assert None is vnnews_parse.parse(html).comment_count


def test_teaser_counter_is_not_the_article_counter() -> None:
    """The counter inside a related article's teaser link is that article's."""
    teaser = '<p><a href="/b.html">Trồng rừng ở xã bên cạnh đạt kết quả tốt <span>5 bình luận</span></a></p>'
    assert None is vnnews_parse.parse(page(after=teaser)).comment_count


# -- rights ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        pytest.param(
            "<p>© Bản quyền thuộc về Báo Miền Núi - Cơ quan của Đảng bộ tỉnh</p>",
            "© Bản quyền thuộc về Báo Miền Núi - Cơ quan của Đảng bộ tỉnh",
            id="dash-between-outlet-and-owner",
        ),
        pytest.param(
            "<p>Copyright 2007 - 2014 - Baomiennui.vn</p>", "Copyright 2007 - 2014 - Baomiennui.vn", id="year-range"
        ),
        pytest.param(
            "<table><tr><td><center>© BẢN QUYỀN THUỘC VỀ BÁO MIỀN NÚI</center></td></tr></table>",
            "© BẢN QUYỀN THUỘC VỀ BÁO MIỀN NÚI",
            id="all-caps-table-center",
        ),
        pytest.param(
            "<p><strong>© Copyright 2014 MIENNUI.VN</strong>, All rights reserved<br>"
            "® Báo Miền Núi giữ bản quyền nội dung trên website này.</p><p>Điện thoại: 0123 456 789</p>",
            "© Copyright 2014 MIENNUI.VN, All rights reserved ® Báo Miền Núi giữ bản quyền nội dung trên website này.",
            id="second-line-continues",
        ),
        pytest.param(
            "<ul><li>© 2016 Báo Miền Núi. All rights reserved.</li>"
            "<li>Chỉ được phát hành lại thông tin khi có sự đồng ý bằng văn bản của Báo Miền Núi.</li>"
            "<li>Email: toasoan@miennui.example</li></ul>",
            "© 2016 Báo Miền Núi. All rights reserved. Chỉ được phát hành lại thông tin khi có sự đồng ý"
            " bằng văn bản của Báo Miền Núi.",
            id="next-item-continues",
        ),
        pytest.param(
            "<p>Thiết kế bởi Công ty Web ABC © 2015</p><p>Bản quyền thuộc Báo Miền Núi</p>",
            "Bản quyền thuộc Báo Miền Núi",
            id="agency-credit-first",
        ),
        pytest.param(
            "<p>Powered by vBulletin® Version 3.8.7 Copyright ©2000 - 2014, Jelsoft Enterprises Ltd.</p>"
            "<p>Diễn đàn Miền Núi giữ bản quyền các bài viết.</p>",
            "Diễn đàn Miền Núi giữ bản quyền các bài viết.",
            id="forum-software-first",
        ),
        pytest.param(
            "<p>© 2019 Tin Miền Núi | Theme by Công ty XYZ</p>", "© 2019 Tin Miền Núi", id="wordpress-theme-credit"
        ),
        pytest.param(
            "<p>Copyright © 2001-2014 phpBB Group</p><p>Liên hệ: ban quản trị</p>", None, id="forum-software-only"
        ),
        pytest.param(
            "<p>Báo Miền Núi Điện Tử. All Rights Reserved.</p>",
            "Báo Miền Núi Điện Tử. All Rights Reserved.",
            id="all-rights-reserved-alone",
        ),
        pytest.param("<p>Bản Quyền Thuộc Báo Miền Núi</p>", "Bản Quyền Thuộc Báo Miền Núi", id="title-case"),
        pytest.param(
            "<p>Copyright © 2016 Báo Miền Núi. Tổng biên tập: Nguyễn Văn A.</p>",
            "Copyright © 2016 Báo Miền Núi.",
            id="imprint-after-the-notice",
        ),
        pytest.param(
            "<p>Giấy phép số 12/GP-BTTTT. Bản quyền thuộc Báo Miền Núi. Không sao chép khi chưa được đồng ý.</p>",
            "Bản quyền thuộc Báo Miền Núi. Không sao chép khi chưa được đồng ý.",
            id="imprint-before-the-notice",
        ),
        pytest.param(
            "<p>Tòa soạn: số 1 Trần Phú</p><p>Ghi rõ nguồn “Báo Miền Núi” khi phát hành lại thông tin từ website này.</p>",
            "Ghi rõ nguồn “Báo Miền Núi” khi phát hành lại thông tin từ website này.",
            id="reuse-terms-alone",
        ),
    ],
)
def test_footer_rights(footer: str, expected: str | None) -> None:
    """The footer's notice is the publisher's, whole, without the software's or agency's credit."""
    assert expected == vnnews_parse.parse(page(footer=footer)).rights


LONG_FOOTER = (
    "Tòa soạn: số 1 đường Trần Phú, thành phố tỉnh lỵ. Điện thoại: 0123 456 789. Fax: 0123 456 780. "
    "Email: toasoan@miennui.example {notice} Giấy phép số 12/GP-BTTTT do Bộ Thông tin và Truyền thông cấp "
    "ngày 10/10/2010. Tổng biên tập: Nguyễn Văn A. Phó tổng biên tập: Trần Thị B, Lê Văn C. Ghi rõ nguồn khi "
    "phát hành lại thông tin từ website này."
)


@pytest.mark.parametrize(
    ("notice", "expected"),
    [
        pytest.param(
            "<strong>Copyright 2008 – Công ty cổ phần Báo Miền Núi</strong>",
            "Copyright 2008 – Công ty cổ phần Báo Miền Núi",
            id="notice-in-its-own-tag",
        ),
        pytest.param("| © 2008 Báo Miền Núi |", "© 2008 Báo Miền Núi", id="notice-between-bars"),
    ],
)
def test_notice_inside_a_long_footer_line(notice: str, expected: str) -> None:
    """A footer printed as one long line gives the notice, not the whole imprint."""
    footer = f"<p>{LONG_FOOTER.format(notice=notice)}</p>"
    assert expected == vnnews_parse.parse(page(footer=footer)).rights


def test_software_credit_is_rejected_by_the_check() -> None:
    """The rights check turns down the forum software's copyright, whoever proposes it."""
    ctx = Context(load("<html><body><p>x</p></body></html>", None, 10**6), None)
    candidate = Candidate("Powered by vBulletin® Copyright ©2000 - 2014, Jelsoft Enterprises Ltd.", "site")
    assert None is accept("rights", candidate, ctx)


def test_notice_inside_the_container() -> None:
    """On an old layout whose one cell holds the text and the footer lines, the notice line still counts."""
    footer = (
        "<p>Địa chỉ: số 1 đường Trần Phú, thành phố tỉnh lỵ; điện thoại liên hệ tòa soạn và quảng cáo.</p>"
        "<p>Giấy phép số 12/GP-BTTTT cấp ngày 10/10/2010; Tổng biên tập chịu trách nhiệm nội dung.</p>"
        "<p>© Bản quyền thuộc Báo Miền Núi</p>"
    )
    html = f"<html><body><h1>Tin ngắn trong ngày ở miền núi</h1><div>{PARAGRAPHS}{footer}</div></body></html>"
    assert "© Bản quyền thuộc Báo Miền Núi" == vnnews_parse.parse(html).rights


def test_prose_about_copyright_is_not_a_notice() -> None:
    """An article sentence that mentions copyright is not the page's rights notice."""
    prose = "<p>Hội thảo bàn về bản quyền âm nhạc trên mạng xã hội và trách nhiệm của các nền tảng số hiện nay.</p>"
    html = page().replace('<div class="content">', f'<div class="content">{prose}')
    assert None is vnnews_parse.parse(html).rights


# -- whole pages of other templates -------------------------------------------------------------------
TITLE = "Đoàn công tác của tỉnh làm việc với xã vùng cao về trồng rừng"
# Pages on the markup conventions of templates no adapter was written for (text invented): the date,
# the comment counter and the footer notice where each template prints them.
TEMPLATES = {
    "vnexpress-2012": (
        '<html><body><div id="header"><div class="top"><span class="date">Thứ năm, 10/11/2016</span></div>'
        '</div><div class="main_content_detail"><div class="block_timer_share">'
        '<div class="block_timer left fon6">Thứ năm, 10/11/2016 | 14:30 GMT+7</div>'
        '<div class="block_share right">'
        '<a class="txt_666 block_comment" href="#box_comment">Ý kiến (<span id="total_comment">12</span>)</a>'
        f'</div></div><div class="title_news"><h1 class="title_news_detail">{TITLE}</h1></div>'
        '<div class="short_intro txt_666">Sapo ngắn của bài viết về trồng rừng ở vùng cao.</div>'
        f'<div class="fck_detail width_common">{PARAGRAPHS}</div></div><div id="footer">'
        "<p>© Copyright 1997- VnExpress.net, All rights reserved</p>"
        "<p>® VnExpress giữ bản quyền nội dung trên website này.</p></div></body></html>"
    ),
    "dantri-2015": (
        '<html><body><div class="header"><span id="date-today">Thứ Hai, 07/12/2026</span></div>'
        f'<div class="fl wid470"><h1 class="fon31 mgb15">{TITLE}</h1><div class="box26">'
        '<span class="fr fon7 mr2 tt-capitalize">Thứ Năm, 10/11/2016 - 14:30</span></div>'
        f'<h2 class="fon33 mt1 sapo">(Dân trí) - Sapo.</h2><div id="divNewsContent">{PARAGRAPHS}</div>'
        '<div class="box-comment"><div class="title">Bình luận (<span class="comment-count">3</span>)</div>'
        '</div></div><div class="footer">'
        "<p>© 2005-2016 Bản quyền thuộc về Báo điện tử Dân trí. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>"
        "</div></body></html>"
    ),
    "zing-2019": (
        '<html><body><article class="the-article"><header class="the-article-header">'
        '<p class="the-article-category"><a href="/kinh-doanh.html">Kinh doanh</a></p>'
        f'<h1 class="the-article-title">{TITLE}</h1><ul class="the-article-meta">'
        '<li class="the-article-author"><a href="/tac-gia/lan.html">Lan Anh</a></li>'
        '<li class="the-article-publish">10/11/2016 14:30</li><li class="the-article-comments">'
        '<a href="#article-comments">(12) Bình luận</a></li></ul></header>'
        f'<section class="the-article-body">{PARAGRAPHS}</section></article><footer>'
        "<p>© Copyright 2016 Zing.vn. All rights reserved.</p></footer></body></html>"
    ),
    "vov-2016": (
        '<html><body><div class="header-top"><span>Thứ Hai, 07/12/2026 10:35</span></div>'
        f'<div class="article"><h1 class="cms-title">{TITLE}</h1><div class="meta">'
        '<span class="cms-date">Thứ Năm, 14:30, 10/11/2016</span></div>'
        f'<div class="cms-body">{PARAGRAPHS}</div></div><div class="footer">'
        '<p>Bản quyền thuộc về Đài Tiếng nói Việt Nam. Ghi rõ nguồn "VOV" khi phát hành lại thông tin từ website này.</p>'
        "</div></body></html>"
    ),
    "thanhnien-2016": (
        f'<html><body><div class="details"><h1 class="details__headline">{TITLE}</h1>'
        '<div class="details__meta"><div class="meta"><time>14:30 - 10/11/2016</time></div></div>'
        f'<div id="abody">{PARAGRAPHS}</div><div class="comment-box">'
        '<span class="cmt-count">Bình luận (0)</span></div></div><div class="footer">'
        "<p>© Báo Thanh Niên. Giữ bản quyền nội dung.</p><p>Thiết kế bởi Công ty Phần mềm XYZ</p></div>"
        "</body></html>"
    ),
    "qdnd-2016": (
        f'<html><body><div class="post-title"><h1>{TITLE}</h1></div><div class="post-meta">'
        '<span class="date">Thứ Năm, 10/11/2016, 14:30 (GMT+7)</span></div>'
        f'<div class="post-content">{PARAGRAPHS}</div><div id="footer">'
        "<center>BẢN QUYỀN THUỘC BÁO QUÂN ĐỘI NHÂN DÂN</center></div></body></html>"
    ),
    "nld-2015": (
        f'<html><body><div class="contentleft"><h1 class="title">{TITLE}</h1>'
        f'<div class="ngayxuatban">10/11/2016 14:30</div><div class="contentdetail">{PARAGRAPHS}</div>'
        '<p class="countcomment">12 ý kiến</p></div></body></html>'
    ),
    "forum-vb": (
        '<html><body><div id="breadcrumb"><span>Diễn đàn</span></div><h1>'
        f'<span class="threadtitle">{TITLE}</span></h1><ol id="posts"><li class="postbit">'
        '<div class="posthead"><span class="postdate old">'
        '<span class="date">10-11-2016,&nbsp;<span class="time">02:30 PM</span></span></span></div>'
        f'<div class="postdetails"><blockquote class="postcontent">{PARAGRAPHS}</blockquote></div></li></ol>'
        '<div id="footer_copyright">Powered by vBulletin® Version 4.2.2 Copyright © 2016 vBulletin Solutions, Inc. All rights reserved.</div>'
        '<div id="footer_morecopyright">Diễn đàn Miền Núi giữ bản quyền các bài viết.</div></body></html>'
    ),
}
TEMPLATE_EXPECTED = {
    "vnexpress-2012": (
        vn(2016, 11, 10, 14, 30),
        12,
        "© Copyright 1997- VnExpress.net, All rights reserved ® VnExpress giữ bản quyền nội dung trên website này.",
    ),
    "dantri-2015": (
        vn(2016, 11, 10, 14, 30),
        3,
        "© 2005-2016 Bản quyền thuộc về Báo điện tử Dân trí. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
    ),
    "zing-2019": (vn(2016, 11, 10, 14, 30), 12, "© Copyright 2016 Zing.vn. All rights reserved."),
    "vov-2016": (
        vn(2016, 11, 10, 14, 30),
        None,
        'Bản quyền thuộc về Đài Tiếng nói Việt Nam. Ghi rõ nguồn "VOV" khi phát hành lại thông tin từ website này.',
    ),
    "thanhnien-2016": (vn(2016, 11, 10, 14, 30), 0, "© Báo Thanh Niên. Giữ bản quyền nội dung."),
    "qdnd-2016": (vn(2016, 11, 10, 14, 30), None, "BẢN QUYỀN THUỘC BÁO QUÂN ĐỘI NHÂN DÂN"),
    "nld-2015": (vn(2016, 11, 10, 14, 30), 12, None),
    "forum-vb": (vn(2016, 11, 10, 14, 30), None, "Diễn đàn Miền Núi giữ bản quyền các bài viết."),
}


@pytest.mark.parametrize("template", TEMPLATES, ids=TEMPLATES)
def test_other_templates(template: str) -> None:
    """Publication time, comment count and rights notice of a page of another outlet's template."""
    article = vnnews_parse.parse(TEMPLATES[template])
    assert TEMPLATE_EXPECTED[template] == (article.published, article.comment_count, article.rights)
