"""The record `parse` returns."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any

import attrs


@attrs.frozen(slots=True)
class Image:
    """A picture of the article: its absolute URL, its caption and its credit as printed, if any."""

    url: str
    caption: str | None = None
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"url": self.url, "caption": self.caption, "credit": self.credit}


def _frozen_mapping(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(sorted(value.items())))


@attrs.frozen(slots=True)
class Article:
    """What a careful reader sees of one news article page.

    Text fields are Unicode NFC with white space collapsed; ``body`` keeps paragraph breaks as
    ``"\\n\\n"``. A field the page does not carry is ``None`` (or ``()`` for a collection), never
    ``""``, ``0`` or a guess. ``docs/fields.md`` defines every field precisely.

    Attributes:
        headline: the headline as displayed (the ``<h1>`` or equivalent, never ``<title>``).
        lead: the sapo, the lead paragraph printed apart from the body.
        authors: the byline's writers (people, pen names, collective credits); no agencies or sources.
        source: the credited source of a re-published article ("Theo TTXVN" gives ``"TTXVN"``).
        published: the displayed publication time, timezone-aware (UTC+07:00 when the page gives none).
        updated: the displayed time of the last update, when the page shows one.
        body: the article's paragraphs and subheadings, without lead, byline, captions, related links, ads.
        comment_count: the comment count written in the static HTML (``0`` for "(0) Bình luận").
        rights: the rights notice that covers the article (printed with it, else the footer's copyright).
        url: the canonical URL of the article.
        site: the adapter that read the page, or ``"generic"``.
        section: the section (chuyên mục) the article is filed under.
        tags: the article's tags (keywords shown as links), in page order.
        images: the article's pictures with their captions and credits.
        language: the page language (``"vi"`` unless the page says otherwise).
        provenance: for each field found, where it came from: ``"site"``, ``"jsonld"``, ``"meta"``
            or ``"heuristic"``.
    """

    headline: str
    lead: str | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    body: str = ""
    comment_count: int | None = None
    rights: str | None = None
    url: str | None = None
    site: str = "generic"
    section: str | None = None
    tags: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    language: str = "vi"
    provenance: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_mapping, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: datetimes as ISO 8601 with their offset, images as dicts."""
        return {
            "headline": self.headline,
            "lead": self.lead,
            "authors": list(self.authors),
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "updated": self.updated.isoformat() if self.updated else None,
            "body": self.body,
            "comment_count": self.comment_count,
            "rights": self.rights,
            "url": self.url,
            "site": self.site,
            "section": self.section,
            "tags": list(self.tags),
            "images": [image.to_dict() for image in self.images],
            "language": self.language,
            "provenance": dict(self.provenance),
        }
