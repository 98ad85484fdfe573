"""Báo Điện tử Chính phủ, https://baochinhphu.vn (templates seen: VCCorp CMS 2026-03)."""

from vnnews_parse.sites import _vccorp as vc
from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="baochinhphu",
    hosts=("baochinhphu.vn", "chinhphu.vn"),
    fingerprints=("//meta[@property='og:site_name'][@content='baochinhphu.vn']",),
    headline=(vc.HEADLINE[0],),
    lead=(vc.LEAD[0],),
    # Many articles leave this slot empty: then nobody is named (the meta author is the site).
    authors=("//div[contains(@class, 'detail-author-top')]",),
    # The day and the time are separated by a bullet drawn in SVG.
    published=("//div[@class='detail-time']/div[@data-role='publishdate']",),
    body=(vc.NEWS_CONTENT,),
    body_exclude=vc.NEWS_BODY_EXCLUDE,
    # The share bar's link to the comment area carries the server-written count.
    comment_count=(
        "//div[contains(@class, 'detail-social')]//a[@href='#commentpage']/span[contains(@class, 'count')]",
    ),
    # The footer's first line is the masthead; the rights sentence is in the bottom bar,
    # followed by a separate "Ghi rõ nguồn ..." reuse condition.
    rights=("//div[contains(@class, 'footer__bottom')]//p[contains(., 'Bản quyền')]",),
    section=("//div[@class='detail-breadcrumb']//li[last()]/a",),
    images=(vc.NEWS_IMAGES,),
    required=("headline", "lead", "published", "body", "comment_count", "rights", "section"),
    templates=("VCCorp CMS 2026 (baochinhphu.vn)",),
)
