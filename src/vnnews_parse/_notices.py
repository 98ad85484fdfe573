"""The words of rights notices, shared by the rights finder and the rights check."""

from __future__ import annotations

import re

# What marks a rights notice: a copyright sign or word, a no-copying or credit-the-source term.
MARKER = re.compile(r"sao\s+chép|bản\s+quyền|copyright|©|\(c\)|all\s+rights\s+reserved|ghi\s+rõ\s+nguồn", re.I)
# The software or agency that made the site: forum and CMS packages, themes, designers.
SOFTWARE = re.compile(
    r"vbulletin|jelsoft|phpbb|joomla|wordpress|drupal|xenforo|invision\s+power|simple\s+machines|mybb|nukeviet"
    r"|blogger|\b(?:theme|template|plugin)s?\b",
    re.I,
)
CREDIT = re.compile(
    r"powered\s+by|design(?:ed)?\s+by|develop(?:ed)?\s+by|web\s*design|"
    r"(?:thiết\s+kế|phát\s+triển|xây\s+dựng)(?:\s+(?:và|&)\s+(?:thiết\s+kế|phát\s+triển|xây\s+dựng|vận\s+hành))?"
    r"\s+(?:bởi|web)|sử\s+dụng\s+phần\s+mềm|giải\s+pháp\s+(?:bởi|của)",
    re.I,
)
# Sentences of a line: after a full stop and a space, or a "|" between two notices.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\|\s*")
# A sentence of the imprint that shares a footer line with the notice: who edits the site, its
# licence, its address and contacts ("Copyright © 2016 X. Tổng biên tập: Y. Giấy phép số ...").
_IMPRINT_SENTENCE = re.compile(
    r"(?:phó\s+)?tổng\s+biên\s+tập|giấy\s+phép|cơ\s+quan\s+chủ\s+quản|chịu\s+trách\s+nhiệm|địa\s+chỉ|"
    r"điện\s+thoại|tòa\s+soạn|trụ\s+sở|hotline|e-?mail|fax\b|tel\b",
    re.I,
)


def publisher_notice(text: str) -> str | None:
    """The publisher's notice in a line, before the software's; ``None`` if it has none.

    A sentence naming the forum or CMS software ("Copyright © phpBB Group", "Powered by vBulletin")
    and a credit that claims a copyright of its own ("Thiết kế bởi ABC © 2015") are not the
    publisher's: the line is cut before them. A credit that claims nothing ("Sử dụng phần mềm ...")
    is left as printed.
    """
    first = 0
    end = len(text)
    start = 0
    for boundary in (*_SENTENCE_END.finditer(text), None):
        stop = boundary.start() if boundary is not None else len(text)
        sentence = text[start:stop]
        credit = CREDIT.search(sentence)
        if SOFTWARE.search(sentence):
            end = start
            break
        if credit and MARKER.search(text, start + credit.start()):
            end = start + credit.start()  # the copyright after a credit is the credited party's
            break
        if _IMPRINT_SENTENCE.match(sentence) and not MARKER.search(sentence):
            # An imprint sentence before the notice is left out; one after it ends the notice.
            if MARKER.search(text, first, start) is None and boundary is not None:
                first = boundary.end()
            elif start > first:
                end = start
                break
        if boundary is not None:
            start = boundary.end()
    notice = text[first:end].rstrip(" ,;:-–|")
    return notice if MARKER.search(notice) else None


def software_credit(text: str) -> bool:
    """Whether the text is the credit of the software or agency that made the site, not a notice."""
    return bool(SOFTWARE.search(text) or CREDIT.search(text)) and publisher_notice(text) is None
