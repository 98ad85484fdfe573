"""VnExpress, https://vnexpress.net (templates seen: 2020s desktop, article.fck_detail, 2022-01 and 2025-10)."""

from vnnews_parse._fields import first_text, headline_text
from vnnews_parse._page import Page
from vnnews_parse.sites._base import SiteAdapter, has_class

_DETAIL = f"//article[{has_class('fck_detail')}]"
# The byline closes the article text: a right-aligned paragraph with the name in <strong>, with no
# paragraph after it (a right-aligned paragraph earlier in the text is a quote's attribution).
_BYLINE = "p[contains(translate(@style, ' ', ''), 'text-align:right')][.//strong][not(following-sibling::p)]"
_VNEXPRESS = "contains(translate(@content, 'VNEXPRS', 'vnexprs'), 'vnexpress')"
# The sapo sits right before the article text (the sticky bar repeats only the title).
_LEAD = f"//p[{has_class('description')}][following-sibling::article[{has_class('fck_detail')}]]"


def _lead(page: Page) -> str | None:
    # A sapo may open with a location stamp, "<span class="location-stamp">TP HCM</span>Nếu ...",
    # set apart on screen by CSS alone: its boundary reads as a space.
    return first_text(page, (_LEAD,), headline_text)


ADAPTER = SiteAdapter(
    name="vnexpress",
    # e.vnexpress.net (English), sohoa., giaitri. ... are subdomains: the parent host claims them.
    hosts=("vnexpress.net",),
    fingerprints=(
        f"//meta[@property='og:site_name'][{_VNEXPRESS}]",
        f"//meta[@name='apple-mobile-web-app-title'][{_VNEXPRESS}]",
    ),
    headline=(f"//h1[{has_class('title-detail')}]",),
    authors=(f"{_DETAIL}/{_BYLINE}", f"{_DETAIL}//p[{has_class('author_mail')}]"),
    # The date line above the article text; a span.date elsewhere (a related list, another layout)
    # is another article's date.
    published=(
        f"//div[{has_class('header-content')}]/span[{has_class('date')}]",
        f"//span[{has_class('date')}][following::article[{has_class('fck_detail')}]]",
    ),
    body=(_DETAIL,),
    body_exclude=(
        f"./{_BYLINE}",
        f".//p[{has_class('author_mail')}]",
        # In-text "Xem thêm" boxes list other articles.
        f".//*[{has_class('box-tinlienquanv2')} or {has_class('box-tinlienquan')} or {has_class('box_tinlienquan')}]",
        # The related list after the byline (2022), hidden until a script shows it.
        f".//ul[{has_class('list-news')}]",
    ),
    # The counter next to the share buttons; the server leaves it empty and a script fills it,
    # so a page read as served has no count unless the number is printed there.
    comment_count=(f"//span[{has_class('num_cmt_detail')}]",),
    rights=("//footer[@id='footer']//span[contains(., '©')]",),
    section=(f"//ul[{has_class('breadcrumb')}]/li[1]/a",),
    images=(f"{_DETAIL}//figure//img",),
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    custom={"lead": _lead},
    required=("headline", "lead", "published", "body"),
    templates=(
        "2020s desktop (article.fck_detail, span.date, right-aligned byline)",
        "2022 desktop (location stamp in the sapo, hidden related list after the byline, footer copyright)",
    ),
)
