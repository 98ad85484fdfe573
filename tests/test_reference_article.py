"""The reference article (Báo Hànộimới, 11/11/2016): the first page the library must parse perfectly."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import vnnews_parse

PAGE = Path(__file__).parent / "sites" / "hanoimoi" / "reference-2016.html"
URL = "https://hanoimoi.vn/nang-cao-hieu-qua-cong-tac-thong-tin-doi-ngoai-trong-tinh-hinh-moi-451234.html"


@pytest.fixture(scope="module")
def article() -> vnnews_parse.Article:
    return vnnews_parse.parse(PAGE.read_bytes(), url=URL, strict=True)


def test_headline(article: vnnews_parse.Article) -> None:
    """The headline is the h1 as displayed."""
    assert "Nâng cao hiệu quả công tác thông tin đối ngoại trong tình hình mới" == article.headline


def test_authors(article: vnnews_parse.Article) -> None:
    """The byline before the '|' separator is the one author."""
    assert ("Quang Huy",) == article.authors


def test_published(article: vnnews_parse.Article) -> None:
    """'11/11/2016 06:15' is 11 November 2016, 06:15 in Vietnam."""
    assert datetime(2016, 11, 11, 6, 15, tzinfo=timezone(timedelta(hours=7))) == article.published
    assert timedelta(hours=7) == article.published.utcoffset()


def test_lead(article: vnnews_parse.Article) -> None:
    """The sapo is the lead."""
    assert article.lead is not None
    assert article.lead.startswith("(HNM) - Ngày 10-11, tại Hà Nội")


def test_body_start(article: vnnews_parse.Article) -> None:
    """The body starts after the lead."""
    assert article.body.startswith("Chủ trì hội nghị")


def test_body_end(article: vnnews_parse.Article) -> None:
    """The body ends with the article's last sentence, nothing after it."""
    assert article.body.endswith("hiệu quả công tác thông tin đối ngoại trong tình hình mới.")


def test_comment_count(article: vnnews_parse.Article) -> None:
    """'(0) Bình luận' is a count of 0, not a missing count."""
    assert 0 == article.comment_count


def test_rights(article: vnnews_parse.Article) -> None:
    """The no-copying notice printed with the article is the rights notice."""
    expected = "(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của Báo Hànộimới."
    assert expected == article.rights


@pytest.mark.parametrize("chrome", ["Nổi bật", "Đừng bỏ lỡ", "Theo dõi Báo Hànộimới trên", "Chia sẻ", "Bài liên quan"])
def test_no_chrome_in_text(article: vnnews_parse.Article, chrome: str) -> None:
    """Boxes and labels around the article are in no text field."""
    texts = [article.headline, article.lead or "", article.body, *article.authors, article.rights or ""]
    assert [] == [t for t in texts if chrome in t]
