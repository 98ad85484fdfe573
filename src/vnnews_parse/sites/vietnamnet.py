"""VietNamNet, https://vietnamnet.vn (templates seen: 2026 desktop with COMPONENT blocks, content-detail, 2026-03)."""

from vnnews_parse.sites._base import SiteAdapter, has_class

_BODY = "//div[@id='maincontent']"
_VIETNAMNET = "contains(translate(@content, 'VIETNAM', 'vietnam'), 'vietnamnet')"

ADAPTER = SiteAdapter(
    name="vietnamnet",
    hosts=("vietnamnet.vn", "vnn.vn"),
    fingerprints=(
        f"//meta[@property='og:site_name'][{_VIETNAMNET}]",
        f"//meta[@name='copyright'][{_VIETNAMNET}]",
    ),
    headline=(f"//h1[{has_class('content-detail-title')}]",),
    lead=(f"//h2[{has_class('content-detail-sapo')}]",),
    # The author card also holds a "Xem các bài viết của tác giả" link: only the name is the byline.
    authors=(f"//div[{has_class('article-detail-author')}]//span[{has_class('name')}]",),
    published=(
        f"//div[{has_class('bread-crumb-detail__time')}]",
        f"//div[{has_class('share-social')}]//div[{has_class('publish-date')}]",
    ),
    body=(_BODY, f"//div[{has_class('content-detail')}]//div[{has_class('maincontent')}]"),
    body_exclude=(
        # Ad zones and in-text related-article boxes sit between the paragraphs.
        f".//*[{has_class('vmcadszone')}]",
        f".//*[{has_class('article-relate')}]",
        f".//*[{has_class('related-news')}]",
    ),
    # The counter beside the share buttons is empty in the HTML; a script fills it.
    comment_count=(f"//*[{has_class('vnn-comment-count-detail')}]",),
    # The footer prints the copyright sentence, with the no-reuse notice, as its own list item;
    # the hamburger menu repeats it.
    rights=("//footer//li[starts-with(normalize-space(.), '©')]", "//li[starts-with(normalize-space(.), '©')]"),
    section=(f"//div[{has_class('bread-crumb-detail')}]/ul/li[2]/a",),
    tags=(f"//div[{has_class('tag-cotnent')} or {has_class('tag-content')}]//h3/a",),
    images=(f"{_BODY}//figure//img",),
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "published", "body", "rights"),
    templates=("2026 desktop (content-detail, article-detail-author, bread-crumb-detail__time)",),
)
