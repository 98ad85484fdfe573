"""Người Lao Động, https://nld.com.vn (templates seen: VCCorp CMS 2026-03)."""

from vnnews_parse.sites import _vccorp as vc
from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="nld",
    hosts=("nld.com.vn",),
    fingerprints=("//meta[@property='og:site_name'][contains(@content, 'Người Lao Động')]",),
    # The h1 is edited after publication; og:title and <title> may keep the first wording.
    headline=(vc.HEADLINE[0],),
    lead=(vc.LEAD[0],),
    # The JSON-LD author is left empty; the page prints the byline above the date.
    authors=("//div[contains(@class, 'detail-author')]//*[@data-role='author']",),
    published=("//div[@class='detail-time']/*[@data-role='publishdate']",),
    body=(vc.NEWS_CONTENT,),
    body_exclude=vc.NEWS_BODY_EXCLUDE,
    # The comment box header, "Bình luận (0)", is written by the server.
    comment_count=(
        "//div[contains(@class, 'title-comment')]//span[@data-count-comment]",
        "//span[@data-count-comment]",
    ),
    rights=("//div[@class='footer__bottom'][contains(., 'Bản quyền')]",),
    section=("//div[@class='detail-cate']/a",),
    tags=("//div[@class='detail-tab']/a[contains(@class, 'item')]",),
    images=(vc.NEWS_IMAGES,),
    required=("headline", "lead", "authors", "published", "body", "comment_count", "rights", "section"),
    templates=("VCCorp CMS 2026 (nld.com.vn)",),
)
