"""Báo Làng Gió, https://langgio.vn (an invented site; template seen 2026-03), for vnnews_parse.

The same adapter as ``langgio.toml``, written in Python: the form to use when a field needs a
custom function, or to ship the site as a plugin package (see pyproject.toml beside this folder).
"""

from vnnews_parse import SiteAdapter

ADAPTER = SiteAdapter(
    name="langgio",
    hosts=("langgio.vn",),
    fingerprints=("//meta[@property='og:site_name'][@content='Báo Làng Gió']",),
    templates=("2026 desktop",),
    headline=("//h1[contains(@class, 'lg-title')]",),
    lead=("//div[contains(@class, 'lg-sapo')]",),
    authors=("//p[contains(@class, 'lg-byline')]",),
    source=("//p[contains(@class, 'lg-source')]",),
    published=(
        "//time[contains(@class, 'lg-published')]/@datetime",
        "//meta[@property='article:published_time']/@content",
    ),
    updated=("//span[contains(@class, 'lg-updated')]",),
    body=("//div[contains(@class, 'lg-content')]",),
    body_exclude=(".//div[contains(@class, 'lg-related')]",),
    comment_count=("//span[contains(@class, 'lg-comments')]/@data-count",),
    rights=("//p[contains(@class, 'lg-copyright')]",),
    section=("//nav[contains(@class, 'lg-breadcrumb')]/a[last()]",),
    tags=("//div[contains(@class, 'lg-tags')]/a",),
    images=("//div[contains(@class, 'lg-content')]//img",),
    # What every page of the template has: --check-adapters fails when one is missing.
    required=("headline", "lead", "authors", "published", "body", "rights"),
)
