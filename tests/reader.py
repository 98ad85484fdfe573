"""What a careful reader sees of a page, compared with an Article the way the corpus annotations are scored.

A ``reader`` record (``tests/unseen/*.json``) has the keys of the corpus annotations: ``headline``,
``authors``, ``published`` (``YYYY-MM-DDTHH:MM+07:00``, or a day), ``lead`` (its first words, ``""``
for none), ``text_first`` / ``text_last`` (the first and last words of lead + body),
``text_excludes``, ``comment_count`` (``null``: drawn by script; absent: no comment feature) and
``rights`` (a part of the notice).
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta, timezone
from typing import Any

from vnnews_parse import Article

VN = timezone(timedelta(hours=7))


def norm(text: object) -> str:
    """NFC, no-break and zero-width spaces folded, white space collapsed."""
    if text is None:
        return ""
    value = unicodedata.normalize("NFC", str(text)).replace("\u00a0", " ").replace("\u200b", "")
    return " ".join(value.split())


def _when(value: str) -> tuple[date, datetime | None]:
    if len(value) == 10:
        return date.fromisoformat(value), None
    moment = datetime.fromisoformat(value).astimezone(VN)
    return moment.date(), moment


def fields(reader: dict[str, Any]) -> list[str]:
    """The fields a reader record judges."""
    out = ["headline", "authors", "published_day", "text_first", "text_last", "text_excludes"]
    if len(reader["published"]) > 10:
        out.append("published")
    return out + [key for key in ("lead", "comment_count", "rights") if key in reader]


def judge(reader: dict[str, Any], article: Article) -> dict[str, bool]:
    """Per field of the reader record, whether the article agrees with it."""
    text = norm("\n\n".join(x for x in (article.lead, article.body) if x))
    got_day, got_minute = None, None
    if article.published is not None:
        local = article.published.astimezone(VN)
        got_day, got_minute = local.date(), local.replace(second=0, microsecond=0)
    out = {
        "headline": norm(article.headline) == norm(reader["headline"]),
        "authors": sorted(norm(a).casefold() for a in article.authors)
        == sorted(norm(a).casefold() for a in reader["authors"]),
        "text_first": text.startswith(norm(reader["text_first"])),
        "text_last": text.endswith(norm(reader["text_last"])),
        "text_excludes": not any(norm(x) in text for x in reader.get("text_excludes", ())),
    }
    want_day, want_minute = _when(reader["published"])
    out["published_day"] = want_day == got_day
    if want_minute is not None:
        out["published"] = want_minute == got_minute
    if "lead" in reader:
        want = norm(reader["lead"])
        out["lead"] = norm(article.lead) == "" if want == "" else norm(article.lead).startswith(want)
    if "comment_count" in reader:
        out["comment_count"] = reader["comment_count"] == article.comment_count
    if "rights" in reader:
        want, got = norm(reader["rights"]), norm(article.rights)
        out["rights"] = got == "" if want == "" else (want in got and len(got) <= max(300, 2 * len(want)))
    return out
