"""Dân trí, https://dantri.com.vn (templates seen: 2026 desktop with dt-* classes and data-slot, 2026-03)."""

from vnnews_parse.sites._base import SiteAdapter, has_class

# The article column marks its parts with data-slot: title, sapo, content.
_ARTICLE = "//article[@data-slot='container']"
_CONTENT = "//div[@data-slot='content']"

ADAPTER = SiteAdapter(
    name="dantri",
    hosts=("dantri.com.vn",),
    fingerprints=(
        "//meta[@property='og:site_name'][contains(@content, 'Dân Trí') or contains(@content, 'Dân trí')]",
        f"//footer//div[{has_class('copyright')}][contains(., 'Dân trí')]",
    ),
    headline=("//h1[@data-slot='title']",),
    lead=("//h2[@data-slot='sapo']",),
    # The byline, between the title and the sapo, links each name to the author's page; the
    # avatar link beside it has no text. Links inside the text itself are not bylines.
    authors=(f"{_ARTICLE}/div[not(@data-slot)]//a[contains(@href, '/tac-gia/')]",),
    published=(f"{_ARTICLE}//time/@datetime", f"{_ARTICLE}//time"),
    body=(_CONTENT,),
    body_exclude=(
        # Related-article cards the page's script fills in, and live price widgets.
        ".//aside[@data-module]",
        f".//*[{has_class('dantri-widget')}]",
        ".//*[@data-content-name='article-related']",
    ),
    # The footer's copyright line also says copying is forbidden: the whole line is the notice.
    rights=(f"//footer//div[{has_class('copyright')}]",),
    section=("//a[@data-content-name='article-breadcrumb']",),
    tags=("//ul[li[contains(., 'Từ khoá') or contains(., 'Từ khóa')]]/li/a",),
    images=(f"{_CONTENT}//figure//img",),
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "published", "body", "rights"),
    templates=("2026 desktop (dt-* classes, data-slot title/sapo/content)",),
)
