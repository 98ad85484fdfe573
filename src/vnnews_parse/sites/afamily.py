"""Afamily, https://afamily.vn (templates seen: 2014 mobile m.afamily.vn; VCCorp 2026 desktop selectors shared with kenh14)."""

from vnnews_parse.sites import _vccorp as vc
from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="afamily",
    hosts=("afamily.vn",),
    fingerprints=(*vc.fingerprints("afamily"), "//title[contains(., 'Afamily Mobile')]"),
    **vc.WITH_MOBILE_2014,
    required=("headline", "lead", "authors", "published", "body"),
    templates=("2014 mobile m.afamily.vn", "VCCorp 2026 desktop (as kenh14)"),
)
