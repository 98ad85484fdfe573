"""Kênh 14, https://kenh14.vn (templates seen: VCCorp 2026 desktop, 2014 mobile m.kenh14.vn)."""

from vnnews_parse.sites import _vccorp as vc
from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="kenh14",
    hosts=("kenh14.vn",),
    fingerprints=(*vc.fingerprints("kenh14"), "//title[contains(., 'Kenh14 Mobile')]"),
    **vc.WITH_MOBILE_2014,
    required=("headline", "lead", "authors", "published", "body"),
    templates=("VCCorp 2026 desktop", "2014 mobile m.kenh14.vn"),
)
