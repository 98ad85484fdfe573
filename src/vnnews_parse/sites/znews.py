"""Znews (Tri Thức, formerly Zing News), https://znews.vn (templates seen: the-article desktop, 2025-12)."""

from vnnews_parse.sites._base import SiteAdapter, has_class

_BODY = f"//article[{has_class('the-article')}]//div[{has_class('the-article-body')}]"
# Related-article cards are tables of class "article" (photo tables are "picture").
_CARD = f"table[{has_class('article')}]"

ADAPTER = SiteAdapter(
    name="znews",
    # zingnews.vn and news.zing.vn are the site's former addresses; their pages share the template.
    hosts=("znews.vn", "zingnews.vn", "news.zing.vn"),
    fingerprints=(
        "//meta[@property='og:site_name'][contains(translate(@content, 'ZNEWS', 'znews'), 'znews')]",
        "//meta[@property='og:site_name'][contains(translate(@content, 'ZING', 'zing'), 'zing')]",
    ),
    headline=(f"//h1[{has_class('the-article-title')}]",),
    lead=(f"//p[{has_class('the-article-summary')}]",),
    # The credit block holds the author line and, on rewritten stories, a "Theo ..." source line.
    authors=(f"//div[{has_class('the-article-credit')}]/p",),
    published=(f"//li[{has_class('the-article-publish')}]",),
    body=(_BODY, f"//div[{has_class('the-article-body')}]"),
    body_exclude=(
        f"./{_CARD}",
        f".//div[{has_class('inner-article')}]",
        # Promo boxes placed after the closing related cards, with no paragraph of text after them.
        f"./div[{has_class('notebox')}][preceding-sibling::{_CARD}][not(following-sibling::p)]",
        f".//*[{has_class('znews-banner')}]",
    ),
    # The footer's imprint is one paragraph of <br>-separated lines: the © line is the notice.
    rights=("//footer//p/text()[contains(., '©')]", f"//footer//*[{has_class('copyright-info')}]"),
    section=(f"//p[{has_class('the-article-category')}]/a",),
    tags=(f"//p[{has_class('the-article-tags')}]/*[self::a or self::span or self::strong]",),
    images=(f"{_BODY}//table[{has_class('picture')}]//img", f"{_BODY}//figure//img"),
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "published", "body", "rights"),
    templates=("2025 desktop (article.the-article, the-article-body, the-article-credit)",),
)
