"""Báo Pháp Luật TP. Hồ Chí Minh, https://plo.vn (templates seen: mcms 2025 mobile-asset page, LENS photo layout)."""

from vnnews_parse.sites import _mcms
from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="plo",
    hosts=("plo.vn", "phapluattp.vn"),
    fingerprints=("//meta[@property='og:site_name'][@content='Báo Pháp Luật TP. Hồ Chí Minh']",),
    # Byline: the header's "A - B" (repeated after the body, excluded); rights: "... giữ bản quyền ...".
    **_mcms.SELECTORS,
    required=("headline", "lead", "authors", "published", "body", "rights"),
    templates=("mcms 2025 (plo.vn, mobile assets)",),
)
