"""What every outcome of ``parse`` must satisfy, whatever the input: shared by the tests and scripts/fuzz.py."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import vnnews_parse
from vnnews_parse import Article, ParseError

EARLIEST = datetime(1990, 1, 1, tzinfo=timezone(timedelta(hours=7)))
TEXT_FIELDS = ("headline", "lead", "source", "body", "rights", "section", "url", "site", "language")
# Format characters a reader cannot see: soft hyphen, zero-width, bidi marks/embeddings/isolates, word
# joiners, BOM, interlinear annotation, tag characters. (Script-specific visible signs of category Cf,
# such as the Arabic number signs, are not among them.)
_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD), (0x061C, 0x061C), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F),
    (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0xE0000, 0xE007F),
)  # fmt: skip


def is_invisible(char: str) -> bool:
    """A control, surrogate or zero-width/format character: never allowed in a text field."""
    if unicodedata.category(char) in ("Cc", "Cs"):
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _INVISIBLE_RANGES)


def outcome(html: Any, **kwargs: Any) -> Article | ParseError:
    """The Article, or the ParseError raised; any other exception propagates (it is a bug)."""
    try:
        return vnnews_parse.parse(html, **kwargs)
    except ParseError as exc:
        return exc


def error_problems(exc: ParseError) -> list[str]:
    """Why a ParseError breaks the contract: its message must be one non-empty, short line."""
    message = str(exc)
    problems = []
    if not message.strip():
        problems.append("empty error message")
    if len(message.splitlines()) != 1 or "\r" in message:
        problems.append(f"error message is not one line: {message!r}")
    if len(message) > 300:
        problems.append(f"error message longer than 300 characters: {message[:80]!r}...")
    if type(exc) is ParseError:
        problems.append("bare ParseError: raise the subclass that names the problem")
    return problems


def _url_problem(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"not an absolute http(s) URL: {url!r}"
    if any(char.isspace() or is_invisible(char) for char in url):
        return f"white space or invisible character in URL: {url!r}"
    return None


def _text_problem(field: str, value: str, *, lines: bool = False) -> str | None:
    if value == "":
        return f"{field} is an empty string (absent must be None or ())"
    bad = [c for c in value if is_invisible(c) and not (lines and c == "\n")]
    if bad:
        return f"{field} holds invisible characters {sorted(set(bad))!r}"
    if not unicodedata.is_normalized("NFC", value):
        return f"{field} is not NFC"
    if value != value.strip():
        return f"{field} has white space at an edge"
    return None


def article_problems(article: Article, now: datetime | None = None) -> list[str]:
    """Why an Article breaks the output rules: URLs, invisible characters, NFC, plausible dates, empties."""
    problems: list[str | None] = []
    now = now or datetime.now(timezone.utc)
    for field in TEXT_FIELDS:
        value = getattr(article, field)
        # body is "" (its default) for a page with a headline and a lead or JSON-LD but no article text.
        if value is not None and not (field == "body" and value == ""):
            problems.append(_text_problem(field, value, lines=field == "body"))
    for field in ("authors", "tags"):
        problems.extend(_text_problem(field, item) for item in getattr(article, field))
    for image in article.images:
        problems.append(_url_problem(image.url))
        for part in (image.caption, image.credit):
            if part is not None:
                problems.append(_text_problem("image caption/credit", part))
    if article.url is not None:
        problems.append(_url_problem(article.url))
    for field in ("published", "updated"):
        when = getattr(article, field)
        if when is not None and (when.tzinfo is None or not EARLIEST <= when <= now + timedelta(days=1)):
            problems.append(f"{field} outside 1990..now+1 day or naive: {when!r}")
    if article.comment_count is not None and article.comment_count < 0:
        problems.append(f"negative comment_count {article.comment_count}")
    return [p for p in problems if p]


def problems_of(result: Article | ParseError) -> list[str]:
    """Everything wrong with one outcome of ``parse``."""
    if isinstance(result, ParseError):
        return error_problems(result)
    return article_problems(result)
