"""Soha, https://soha.vn (templates seen: VCCorp 2026 desktop, 2012 ASP.NET desktop)."""

from vnnews_parse.sites import _vccorp as vc
from vnnews_parse.sites._base import SiteAdapter

# 2012: the article is div#newscontent (itemprop=articleBody); its related box is a VCCorp RelatedNews block.
_BODY_2012 = "//div[@id='newscontent']"

ADAPTER = SiteAdapter(
    name="soha",
    hosts=("soha.vn",),
    fingerprints=(*vc.fingerprints("soha"), "//title[contains(., 'Soha.vn')]"),
    headline=(*vc.HEADLINE, "//div[@class='detail']//h1[@itemprop='title']"),
    lead=(*vc.LEAD, "//h2[@itemprop='description']"),
    # Unlike cafef, soha's author slot prints "Theo <outlet>" for taken articles: the shared rule applies.
    authors=(*vc.AUTHORS, "//span[@itemprop='author']"),
    # 2012: "Theo Ngoisao" in the author slot names the source (naming source selectors stops the byline's).
    source=(*vc.SOURCE, "//span[@itemprop='author'][starts-with(normalize-space(), 'Theo')]"),
    published=(*vc.PUBLISHED, "//span[@itemprop='datePublished']"),
    body=(*vc.BODY, _BODY_2012),
    body_exclude=vc.BODY_EXCLUDE,
    rights=vc.RIGHTS,
    tags=vc.TAGS,
    images=(*vc.IMAGES, _BODY_2012 + "//img"),
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "authors", "published", "body", "rights"),
    templates=("VCCorp 2026 desktop", "2012 ASP.NET desktop"),
)
