"""The article text read by the generic fallback: lead (sapo), body start and end, the article container.

Each page here is written for one rule, after templates seen across the Vietnamese press (text invented).
"""

from __future__ import annotations

import pytest
from lxml import etree

from vnnews_parse._text import text_of


def _text(html: str) -> str:
    return text_of(etree.fromstring(html, etree.HTMLParser()).find(".//p"))


# -- Reading text ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<p><span class="location-stamp">TP HCM</span>Nếu trời mưa</p>', "TP HCM Nếu trời mưa"),
        ("<p><a href='/a'>Tin một</a><a href='/b'>Tin hai</a></p>", "Tin một Tin hai"),
        ("<p>Vn<b>E</b>xpress</p>", "VnExpress"),
        ("<p><span>V</span>iệt Nam</p>", "Việt Nam"),
        ("<p><b>TTO</b>- Sáng nay</p>", "TTO- Sáng nay"),
    ],
    ids=["location-stamp", "two-links", "styled-letter", "drop-cap", "punctuation"],
)
def test_styled_inline_element_ends_a_word_before_a_capital(html: str, expected: str) -> None:
    """An inline element followed by a capitalised word reads as two words; inside a word nothing is added."""
    assert expected == _text(html)
