"""VietnamPlus, https://www.vietnamplus.vn (templates seen: mcms 2026 desktop, video article)."""

from vnnews_parse.sites import _mcms
from vnnews_parse.sites._base import SiteAdapter, has_class

# The credit box: "(TTXVN/Vietnam+)" credits the agency (a source), "Name (Vietnam+)" a writer.
_CREDIT = f"//div[{has_class('article__source')}]//*[{has_class('name')}]"


ADAPTER = SiteAdapter(
    name="vietnamplus",
    hosts=("vietnamplus.vn",),
    fingerprints=("//meta[@property='og:site_name'][@content='Vietnam+ (VietnamPlus)']",),
    headline=_mcms.HEADLINE,
    lead=_mcms.LEAD,
    published=_mcms.PUBLISHED,
    updated=_mcms.UPDATED,
    body=_mcms.BODY,
    body_exclude=_mcms.BODY_EXCLUDE,
    # "© Bản quyền thuộc về VietnamPlus, TTXVN. Cấm sao chép ..." is one footer line.
    rights=_mcms.RIGHTS,
    section=_mcms.SECTION,
    tags=_mcms.TAGS,
    authors=(_CREDIT,),
    images=_mcms.IMAGES,
    # Only a video page was seen: its credit box names an agency; a personal byline's markup is unconfirmed.
    # The comment counter, where there is one, is drawn by script: no count in the HTML.
    no_fallback=("comment_count",),
    required=("headline", "lead", "published", "body", "rights"),
    templates=("mcms 2026 desktop (video article)",),
)
