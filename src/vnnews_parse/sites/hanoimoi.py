"""Báo Hànộimới, https://hanoimoi.vn (OneCMS template seen 2026-01; older hanoimoi.com.vn pages redirect to it)."""

from vnnews_parse.sites._base import SiteAdapter

# The article column: header (section, h1, byline, sapo), then figures and paragraphs.
_ENTRY = "//div[contains(@class, 'c-news-detail')]//div[contains(@class, 'entry')]"

ADAPTER = SiteAdapter(
    name="hanoimoi",
    hosts=("hanoimoi.vn", "hanoimoi.com.vn"),
    fingerprints=(
        "//meta[@property='og:site_name'][contains(@content, 'hanoimoi')]",
        "//div[contains(@class, 'c-powered')]//p[contains(., 'Báo Hànộimới')]",
    ),
    headline=("//h1[contains(@class, 'sc-longform-header-title')]", "//h1[contains(@class, 'title')]"),
    lead=("//*[contains(@class, 'sc-longform-header-sapo')]",),
    authors=("//*[contains(@class, 'sc-longform-header-author')]",),
    published=("//*[contains(@class, 'sc-longform-header-date')]",),
    body=(_ENTRY,),
    body_exclude=(
        "./div[contains(@class, 'sc-longform-header')]",
        ".//div[contains(@class, 'c-main-banner')]",
        ".//*[contains(@class, 'oneads')]",
        ".//figure",
    ),
    # The server writes the count, "(0) Bình luận", into the comment bar.
    comment_count=("//div[contains(@class, 'c-comment-bar__count')]",),
    # The no-copying notice in the bottom bar covers every article; the footer's
    # "Bản quyền thuộc ..." line is the publisher's imprint, kept as a fallback.
    rights=(
        "//div[contains(@class, 'c-powered')]//p[contains(., 'sao chép')]",
        "//div[contains(@class, 'l-footer')]//p[contains(., 'Bản quyền')]",
    ),
    section=("//*[contains(@class, 'sc-longform-header-cate')]", "//ol[@class='breadcrumb']/li[last()]"),
    tags=("//div[contains(@class, 'c-widget-tags')]//a",),
    images=(_ENTRY + "//figure//img",),
    required=("headline", "lead", "authors", "published", "body", "comment_count", "rights"),
    templates=("OneCMS 2026 (hanoimoi.vn)",),
)
