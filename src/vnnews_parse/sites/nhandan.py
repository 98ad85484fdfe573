"""Báo Nhân Dân điện tử, https://nhandan.vn (templates seen: mcms 2026 desktop, incl. the World Cup topic chrome)."""

from vnnews_parse.sites import _mcms
from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="nhandan",
    hosts=("nhandan.vn", "nhandan.com.vn"),
    fingerprints=("//meta[@property='og:site_name'][@content='Báo Nhân Dân điện tử']",),
    # Byline: div.article__author > p.name after the last paragraph; no rights notice printed.
    **_mcms.SELECTORS,
    required=("headline", "lead", "authors", "published", "body"),
    templates=("mcms 2026 desktop",),
)
