"""Comment and view counters as Vietnamese sites print them ("1.234", "1,2K", "Bình luận (12)")."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

__all__ = ["parse_count"]

# A counter sits in a short label; the cap keeps the search cheap on whatever a selector returns.
_MAX_LEN = 200
# Larger values come from misread ids or timestamps, not from comment counters.
_MAX_COUNT = 10**9

# The first run of digits and separators; a single quantifier, so the search stays linear.
_NUMBER = re.compile(r"\d[\d.,]*", re.ASCII)
# A multiplier word right after the number ("1,2K", "2 triệu", "1tr", "1 tỷ"), matched on the folded text.
_SCALE = re.compile(r" ?(?P<unit>k|nghin|ngan|tr|trieu|m|ty)(?![a-z])", re.ASCII)
_SCALES = {"k": 1000, "nghin": 1000, "ngan": 1000, "tr": 10**6, "trieu": 10**6, "m": 10**6, "ty": 10**9}
# Vietnamese groups thousands with "."; some widgets use the English ",". Either way, groups of three.
_GROUPED = re.compile(r"\d{1,3}(?:[.]\d{3})+|\d{1,3}(?:,\d{3})+", re.ASCII)
_FOLD = {**dict.fromkeys(range(0x300, 0x370)), ord("đ"): "d", ord("Đ"): "d"}


def parse_count(text: str | None) -> int | None:
    """The first non-negative count in the text, with "." as thousands and "," as decimal mark; else None."""
    if not text:
        return None
    folded = unicodedata.normalize("NFD", text.strip()[:_MAX_LEN]).translate(_FOLD).lower()
    match = _NUMBER.search(folded)
    if not match:
        return None
    if match.start() > 0 and folded[match.start() - 1] == "-":
        return None  # a negative number is not a count
    digits = match[0].rstrip(".,")  # "12." ends a sentence, it is not a decimal
    scale = _SCALE.match(folded, match.start() + len(digits))
    value = _scaled(digits, _SCALES[scale["unit"]]) if scale else _plain(digits)
    return value if value is not None and value <= _MAX_COUNT else None


def _plain(digits: str) -> int | None:
    """An integer written bare or with thousands groups ("1234", "1.234"); a decimal is no count."""
    if digits.isdigit():
        return int(digits)
    if _GROUPED.fullmatch(digits):
        return int(digits.replace(".", "").replace(",", ""))
    return None


def _scaled(digits: str, scale: int) -> int | None:
    """A count written with a multiplier ("1,2" or "1.2" with K is 1200); "." or "," is the decimal mark."""
    if digits.count(".") + digits.count(",") > 1:
        return None
    try:
        return int(Decimal(digits.replace(",", ".")) * scale)
    except InvalidOperation:
        return None
