"""What the VCCorp templates (afamily, cafebiz, cafef, genk, kenh14, soha) share: XPath constants and small helpers.

The 2026 desktop template marks its fields with ``data-role`` attributes (``title``, ``sapo``,
``author``, ``publishdate``, ``content``) and embeds media and boxes as ``VCSortableInPreviewMode``
blocks typed by ``@type`` (``Photo``, ``VideoStream``, ``RelatedNewsBox``, ``link``). The
2014 mobile (m.) pages of afamily and kenh14 use ``post-title`` / ``post-meta`` / ``post-sapo``
around ``div#detailmain``; the 2012-2014 ASP.NET pages split the body into ``#divfirst`` and
``#divend``. Site modules build their adapters from these and add their own differences.
"""

from __future__ import annotations

from vnnews_parse._fields import body_blocks
from vnnews_parse._page import Page
from vnnews_parse._text import clean, lines_of, text_of
from vnnews_parse.sites._base import TemplateFields, has_class

# -- 2026 desktop ------------------------------------------------------------------------------
HEADLINE = (
    "//h1[@data-role='title']",
    "//h1[@data-field='title']",
    f"//h1[{has_class('kbwc-title')}]",
)
LEAD = (
    "//*[@data-role='sapo']",
    f"//p[{has_class('knc-sapo')}]",
)
# The byline: soha's <address data-role=author>, cafef's span[data-role=author], genk's and
# kenh14's span.kbwcm-author (genk wraps the name in itemprop=name and appends ", <source>").
AUTHORS = (
    f"//*[{has_class('kbwcm-author')}]//*[@itemprop='name']",
    f"//*[{has_class('kbwcm-author')}]",
    "//*[@data-role='author']",
)
# The displayed date: <time datetime> on genk/kenh14/soha, plain text "07-03-2026 - 00:01 AM" on cafef.
PUBLISHED = (
    "//*[@data-role='publishdate']/@datetime",
    "//*[@data-role='publishdate']",
    f"//time[{has_class('kbwcm-time')}]/@datetime",
    f"//time[{has_class('kbwcm-time')}]",
)
# genk's knc-content sits inside a data-role=content section that also holds the sapo: it goes first.
BODY = (
    f"//div[{has_class('knc-content')}]",
    f"//div[{has_class('detail-content')}][@data-role='content']",
)
BODY_EXCLUDE = (
    # Embedded blocks that are not text (photos and videos with their captions, related links),
    # the "TIN MỚI" widget, hidden boxes (cafef's stock quotes) and ad slots.
    (
        ".//*[contains(@class, 'VCSortableInPreviewMode')]"
        "[@type='link' or @type='RelatedNewsBox' or @type='RelatedOneNews' or @type='VideoStream' or @type='Photo']"
    ),
    f".//div[{has_class('tindnd')}]",
    f".//div[{has_class('link-content-footer')}]",
    ".//*[contains(translate(@style, ' ', ''), 'display:none')]",
    ".//*[starts-with(@id, 'admzone') or contains(@class, 'c-banner') or contains(@class, 'ads_detail')]",
    ".//zone",
)
# Photo stories tell their text in the captions: when the body without them is empty, they are the text.
CAPTIONS = (
    ".//figure[@type='Photo' or contains(@class, 'video')]//figcaption",
    ".//*[@type='VideoStream']//*[contains(@class, 'VideoCMS_Caption')]",
)
SOURCE = (
    f"//p[{has_class('source')}][@data-field='source']",
    f"//*[{has_class('link-source-text-name')}]",
)
# The footer's copyright line is the only rights notice; photo credits ("© Reuters") must not match.
# A short <p>, else the <b>/<strong> inside a long address paragraph, else the bare text line.
_IS_FOOTER = "self::footer or contains(@class, 'footer') or contains(@class, 'copyright')"
_FOOTER = f"//*[{_IS_FOOTER}]"
_IN_FOOTER = f"[ancestor::*[{_IS_FOOTER}]]"
_COPYRIGHT = "[contains(., '©') or contains(., 'Copyright')]"
# The marker test before the footer test: few elements pass it, and the ancestor walk is dearer.
RIGHTS = (
    f"//p{_COPYRIGHT}{_IN_FOOTER}[string-length(normalize-space()) < 120]",
    f"(//b | //strong){_COPYRIGHT}{_IN_FOOTER}[string-length(normalize-space()) < 120]",
    f"{_FOOTER}//text(){_COPYRIGHT}",
)
SECTION = (
    "//a[@data-role='cate-name']",
    f"//li[{has_class('gbrcwli')}][{has_class('active')}]//*[@itemprop='name']",
)
TAGS = (
    f"//div[{has_class('klw-new-tags')}]//li//a",
    # cafef prints "tag," link texts; the title attribute holds the bare tag.
    f"//div[{has_class('tagdetail')}]//a/@title",
    f"//div[{has_class('tags')}]//li/a",
)
IMAGES = (
    f"//div[{has_class('knc-content')}]//figure//img",
    f"//div[{has_class('detail-content')}][@data-role='content']//figure//img",
)


def strip_theo(texts: list[str]) -> list[str] | None:
    """Byline texts with a leading "Theo" dropped: on these templates it credits the writer.

    The VCCorp author slot holds a person ("Theo Phạm Trường") and the outlet sits in a separate
    source slot, so the shared rule "Theo X is a source" does not hold inside that slot.
    """
    out = []
    for text in texts:
        text = clean(text)
        if text.casefold().startswith("theo "):
            text = text[5:]
        if text:
            out.append(text)
    return out or None


def byline_texts(page: Page, selectors: tuple[str, ...]) -> list[str] | None:
    """Texts of the first selector that finds a non-empty author slot, without the "Theo" credit word."""
    for expr in selectors:
        texts = [t for t in (text_of(n) for n in page.xpath(expr)) if t]
        if texts:
            return strip_theo(texts)
    return None


def body_with_captions(page: Page, selectors: tuple[str, ...], exclude: tuple[str, ...]) -> str | None:
    """The body; in a photo story (no text outside the captions) the captions in reading order."""
    for expr in selectors:
        nodes = page.xpath(expr)
        blocks = body_blocks(page, nodes, exclude)
        if blocks:
            return "\n\n".join(blocks)
        # A union keeps document order, which is the reading order of the story.
        lines = [line for node in nodes for cap in page.xpath(" | ".join(CAPTIONS), node) for line in lines_of(cap)]
        if lines:
            return "\n\n".join(lines)
    return None


def fingerprints(brand: str) -> tuple[str, ...]:
    """Head markers naming the brand (lower case): og:site_name (a ``name=`` meta on some sites) and the favicon."""
    lower = "translate(@content, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    return (
        f"//meta[@property='og:site_name' or @name='og:site_name'][contains({lower}, '{brand}')]",
        f"//link[contains(@rel, 'icon')][contains({lower.replace('@content', '@href')}, '{brand}')]",
    )


# -- 2026 news CMS (tuoitre, nld, baochinhphu) -------------------------------------------------------
# The same data-role fields; the body is the data-role=content div. ``not(@id)`` leaves out the
# empty copy in tuoitre's comment popup.
NEWS_CONTENT = "//div[contains(@class, 'detail-content')][@data-role='content'][not(@id='objectPopupBody')]"
NEWS_BODY_EXCLUDE = (
    # Figcaptions and related boxes go by default; a video's caption is a div, not a figcaption.
    ".//*[@type='VideoStream']//*[contains(@class, 'VideoCMS_Caption')]",
    # Ad slots filled by script.
    ".//zone",
)
# Photos are figures; the thumbnails of related boxes are not article images.
NEWS_IMAGES = NEWS_CONTENT + "//figure//img"

# -- 2014 mobile (m.) pages of afamily and kenh14 --------------------------------------------------
M_HEADLINE = (f"//h1[{has_class('post-title')}]",)
M_LEAD = (f"//h2[{has_class('post-sapo')}]",)
M_AUTHORS = (f"//p[{has_class('post-meta')}]",)
M_PUBLISHED = (f"//span[{has_class('post-time')}]",)
M_BODY = ("//div[@id='detailmain']",)
# A photo's caption is the centred block right after the centred block holding the image.
M_CAPTION = (
    ".//div[contains(translate(@style, ' ', ''), 'text-align:center')][not(.//img)][preceding-sibling::*[1][.//img]]"
)
M_BODY_EXCLUDE = (*BODY_EXCLUDE, M_CAPTION, ".//*[@id='admbackground']")


def _body_with_mobile(page: Page) -> str | None:
    return body_with_captions(page, (*BODY, *M_BODY), M_BODY_EXCLUDE)


# Sites that kept the 2014 mobile pages next to the 2026 desktop ones (afamily, kenh14): every
# field of both, desktop first, as SiteAdapter keyword arguments; a site adds its name, hosts,
# fingerprints, required fields and templates.
WITH_MOBILE_2014: TemplateFields = {
    "headline": (*HEADLINE, *M_HEADLINE),
    "lead": (*LEAD, *M_LEAD),
    "authors": (*AUTHORS, *M_AUTHORS),
    "published": (*PUBLISHED, *M_PUBLISHED),
    "body": (*BODY, *M_BODY),
    "body_exclude": M_BODY_EXCLUDE,
    "rights": RIGHTS,
    "section": (*SECTION, f"//span[{has_class('post-breadcrumb')}]//a[last()]"),
    "tags": TAGS,
    "images": (*IMAGES, *(x + "//img" for x in M_BODY)),
    "custom": {"body": _body_with_mobile},
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    "no_fallback": ("comment_count",),
}

# -- 2012-2014 ASP.NET pages (desktop and m.) ---------------------------------------------------------
# The body is split around an ad slot into #divfirst and #divend; the byline closes #divend as
# "Theo <strong>Name</strong>", the outlet under it in a right-floated italic span.
ASPX_BYLINE = ("//*[@id='divend']//strong[normalize-space(preceding-sibling::node()[1]) = 'Theo']",)
ASPX_SOURCE = ("//*[@id='divend']//span[contains(@style, 'italic')][contains(@style, 'right')]",)
ASPX_BODY_EXCLUDE = (
    # The outlet line and ">> related" links; the closing "Theo Name" line is dropped by parse's tidy step.
    ".//span[contains(@style, 'italic')][contains(@style, 'right')]",
    ".//a[starts-with(normalize-space(.), '>>')]",
    ".//*[@id='admbackground']",
)
