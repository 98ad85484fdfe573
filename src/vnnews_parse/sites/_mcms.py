"""What the mcms templates (nhandan, plo, tienphong, vietnamplus) share: XPath constants.

mcms (scripts from ``common.mcms.one``) draws the 2025-2026 article pages of these sites with
the same BEM classes: ``h1.article__title``, ``div.article__sapo``, ``div.article__meta`` with
``<time>`` and ``meta.cms-date``, the text in ``div.article__body.cms-body`` (inline links are
``a.cms-relate`` and stay text), image rows ``div.layout-image-N``, related boxes
``div.article-relate``, ad slots ``div.rennab`` / ``div.banner`` inside ``div.sda_middle`` /
``div.ads_middle``, tags in ``div.article__tag`` and an empty, script-filled ``div.wrap-comment``
(no comment count in the HTML). Where each site puts its byline and its rights line differs;
the site modules pick from the constants below and add their own.
"""

from vnnews_parse.sites._base import TemplateFields, has_class

_BODY = f"//div[{has_class('cms-body')}]"

HEADLINE = (f"//h1[{has_class('article__title')}]",)
LEAD = (f"//div[{has_class('article__sapo')}]",)
# The machine date next to the displayed one; the <time> text ("11/10/2025 10:02",
# "Thứ Hai, ngày 20/07/2026 - 06:31") says the same minute.
PUBLISHED = (
    f"//meta[{has_class('cms-date')}][@itemprop='datePublished']/@content",
    f"//time[ancestor::div[{has_class('article__meta')} or {has_class('article__header')}]]/@datetime",
)
UPDATED = ("//meta[@property='article:modified_time']/@content",)
# A photo story has no paragraph of its own: when the body without captions is empty, its
# figcaptions, in reading order, are the text.
BODY = (_BODY, _BODY + "//figcaption")
BODY_EXCLUDE = (
    # Related-article cards and "Dòng sự kiện" topic boxes dropped between paragraphs.
    f".//div[{has_class('article-relate')}]",
    f".//div[{has_class('related-topic')}]",
    # Ad slots (desktop "rennab", mobile "banner") and their wrappers.
    f".//div[{has_class('sda_middle')} or {has_class('ads_middle')}]",
    f".//div[{has_class('rennab')} or {has_class('banner')}]",
    # Byline and source boxes that some sites print at the end of the body.
    f".//div[{has_class('article__author')} or {has_class('article__source')} or {has_class('article__meta')}]",
)
# The header byline (tienphong, plo), else the one printed after the body (nhandan, tienphong).
AUTHORS = (
    f"//div[{has_class('article__header')}]//div[{has_class('author')}]",
    f"//div[{has_class('article__author')}]//*[{has_class('name')}]",
)
# Footer lines: "© Bản quyền thuộc ...", "... giữ bản quyền nội dung ..."; the separate
# "Cấm sao chép ..." line and the "© <publisher name>" imprint are not the notice.
RIGHTS = ("//footer//p[contains(., 'Bản quyền') or contains(., 'bản quyền')]",)
# The first breadcrumb level is the section; nhandan adds a topic level after it.
SECTION = (f"//div[{has_class('breadcrumb')}]/*[{has_class('main')}]/a",)
# Tag links print "#PNJ"; their title is the bare tag.
TAGS = (f"//div[{has_class('article__tag')}]//a/@title",)
# The lead photo above the body and the body's own figures, not the related cards' thumbnails.
IMAGES = (f"//figure[{has_class('article__avatar')}]//img | {_BODY}//figure[not({has_class('story__thumb')})]//img",)

# Everything the mcms sites read alike, as SiteAdapter keyword arguments; a site adds its name,
# hosts, fingerprints, required fields and templates (and overrides a key where it differs).
SELECTORS: TemplateFields = {
    "headline": HEADLINE,
    "lead": LEAD,
    "authors": AUTHORS,
    "published": PUBLISHED,
    "updated": UPDATED,
    "body": BODY,
    "body_exclude": BODY_EXCLUDE,
    "rights": RIGHTS,
    "section": SECTION,
    "tags": TAGS,
    "images": IMAGES,
    # The comment block (div.wrap-comment) is filled by script: no count in the HTML.
    "no_fallback": ("comment_count",),
}
