"""Tuổi Trẻ Online, https://tuoitre.vn (templates seen: VCCorp CMS 2026-03, static.new.tuoitre.vn 2015-03)."""

from vnnews_parse.sites import _vccorp as vc
from vnnews_parse.sites._base import SiteAdapter

# 2015: the text column left of the related-news column.
_FCK = "//div[@class='left-side']/div[contains(@class, 'fck')]"

ADAPTER = SiteAdapter(
    name="tuoitre",
    hosts=("tuoitre.vn", "tuoitre.com.vn"),
    fingerprints=(
        "//meta[@property='og:site_name'][@content='TUOI TRE ONLINE']",
        "//meta[@property='og:site_name'][contains(@content, 'Báo Tuổi Trẻ')]",
    ),
    headline=(vc.HEADLINE[0], "//h1[contains(@class, 'title-2')]"),
    lead=(vc.LEAD[0], "//div[contains(@class, 'block-feature')]/p[@class='txt-head']"),
    # 2026: the top byline shows one name "và 1 tác giả khác"; the bottom one lists every author.
    # 2015: the signature closes the text column, after the share widget.
    authors=(
        "//div[contains(@class, 'detail-author-bot')]",
        "//div[contains(@class, 'detail-author')]/div[@class='author-info']/a[contains(@class, 'name')]",
        _FCK + "/div[@class='wrapper-qt']/strong",
    ),
    published=(
        "//div[@class='detail-time']/div[@data-role='publishdate']",
        "//div[@class='tool-bar']/span[@class='date']",
    ),
    body=(vc.NEWS_CONTENT, _FCK),
    body_exclude=(
        *vc.NEWS_BODY_EXCLUDE,
        # The "Đọc tiếp" / "Về trang Chủ đề" buttons of the collapsed-body view.
        ".//div[contains(@class, 'readmore-body-box')]",
        "./div[@class='wrapper-qt']",
    ),
    # The share bar's counter; 2015 printed the count in the comment box header "Bình Luận (19)".
    comment_count=(
        "//a[contains(@class, 'box_comment')]/span[@data-count-comment]",
        "//span[@data-count-comment]",
        "//div[@id='s-comment']//h3/span",
    ),
    rights=(
        "//div[contains(@class, 'footer__coppy')]//p[contains(., 'Copyright')]",
        "//div[@class='bottom-footer']/p[contains(., 'Copyright')]",
    ),
    section=("//div[@class='detail-cate']/a", "//div[@class='detail-content']/ul[@class='breadcrumb']/li/a"),
    tags=("//div[@class='detail-tab']/a[contains(@class, 'item')]", "//ul[@class='block-key']/li/a"),
    # Photos sit in figures (2026) or caption tables (2015); thumbnails of related boxes do not.
    images=(vc.NEWS_IMAGES, _FCK + "//table//img"),
    required=("headline", "lead", "authors", "published", "body", "comment_count", "rights", "section"),
    templates=("VCCorp CMS 2026 (tuoitre.vn)", "static.new.tuoitre.vn 2015"),
)
