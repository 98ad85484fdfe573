"""Báo điện tử Tiền Phong, https://tienphong.vn (templates seen: mcms 2026 desktop, article and photo story)."""

from vnnews_parse.sites import _mcms
from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="tienphong",
    hosts=("tienphong.vn",),
    fingerprints=("//meta[@property='og:site_name'][@content='Báo điện tử Tiền Phong']",),
    # Byline: div.author in the header meta; rights: "© Bản quyền thuộc báo Tiền Phong".
    **_mcms.SELECTORS,
    required=("headline", "lead", "authors", "published", "body", "rights"),
    templates=("mcms 2026 desktop", "mcms 2026 photo story (text in captions)"),
)
