"""Gia đình và Xã hội, https://giadinh.suckhoedoisong.vn (ex giadinh.net.vn; templates seen: 2015-06)."""

from vnnews_parse.sites._base import SiteAdapter

_DETAIL = "//div[contains(@class, 'detail_w')]"
_CONTENT = _DETAIL + "/div[contains(@class, 'content')]"

ADAPTER = SiteAdapter(
    name="giadinhnet",
    hosts=("giadinh.net.vn", "giadinh.suckhoedoisong.vn"),
    # The 2015 pages carry no OpenGraph tags: the footer imprint names the site.
    fingerprints=("//p/b[contains(., 'BẢN QUYỀN THUỘC VỀ')]/a[contains(@href, 'giadinh.net.vn')]",),
    headline=(_DETAIL + "/h1",),
    lead=(_DETAIL + "/h2[contains(@class, 'sapo')]",),
    published=(_DETAIL + "/div[@class='publishdate']",),
    body=(_CONTENT,),
    body_exclude=(
        # The CMS nests the caption paragraph inside p.PhotoCMS_Caption; the HTML parser closes
        # that p at once, so the caption text lands in the paragraph right after it.
        ".//p[contains(@class, 'PhotoCMS_Caption')]/following-sibling::p[1][contains(@style, 'center')]",
        ".//ul[contains(@class, 'rela_news')]",
    ),
    # A hidden field holds the server's count; the social bar prints the same number.
    comment_count=(
        "//div[@id='comment']/input[@id='CommentCount']/@value",
        _DETAIL + "//div[contains(@class, 'comment')]/span[contains(@class, 'box_count')]/b",
    ),
    rights=("//div[contains(@class, 'address')]/p[contains(., 'BẢN QUYỀN')]",),
    section=("//div[contains(@class, 'submn_w')]//a[@class='itp']",),
    images=(_CONTENT + "//img",),
    required=("headline", "lead", "published", "body", "comment_count", "rights", "section"),
    templates=("giadinh.net.vn 2015",),
)
