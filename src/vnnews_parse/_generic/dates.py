"""The publication and update times.

Both are read from the page's metadata and from the date the page displays next to its headline
(the minute a reader sees); then one is preferred:

1. JSON-LD ``datePublished`` (``dateModified``), then ``article:published_time`` and the other meta tags.
2. The displayed date next to the headline (the ``<h1>``; on old layouts without one, the element
   that shows the headline): a ``<time>``, an element classed like a date, or a short line that is
   a date. The nearest wins: fewest levels up to the block it shares with the headline, then fewest
   elements apart, after the headline before above it. A date labelled "Cập nhật", "Sửa lúc",
   "Chỉnh sửa", "Updated" (or classed "updated") is the update time, never the publication;
   "Đăng lúc", "Ngày đăng", "Xuất bản", "Published" label the publication; an update time is
   always labelled; but a page that prints one time, labelled "Cập nhật" (older templates), with
   no publication time to the minute in its metadata, is dated by it. Never read: the site's top
   bar (the date of the day, a clock, the weather) and a day without a time above the headline's
   own block; dates in related lists, comments, teaser links and prose.
3. The displayed date beats the metadata when it states the minute and falls on the same day (a
   day-only or differently clocked meta date), or, on another day, when it sits right by the
   headline in a date-marked element or under a label. Otherwise the metadata comes first.

The check (``_checks``) drops an update that is before the publication.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, time
from typing import NamedTuple

from lxml import etree

from vnnews_parse._context import Candidate, Context
from vnnews_parse._dates import VN_TZ, find_datetimes, parse_datetime
from vnnews_parse._generic._shared import has_name, headline_anchor, own_text
from vnnews_parse._metadata import article_object, first_string, meta_date
from vnnews_parse._page import Names
from vnnews_parse._text import clean, short_text_of

DATE_CLASS = Names(parts=("date", "time", "publish", "ngay", "posted", "created", "datetime"))
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "pubdate", "publishdate", "datepublished", "dc.date.issued",
    "dc.date", "date",
)  # fmt: skip
_UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "lastmod")

# Words of text nodes that may hold a date: a year of this century after a separator; else, when no
# date in figures is near the headline, a month in words ("tháng", "Tháng": frequent in prose, so
# looked for last). Each word is one search of the page's text: they are few.
_DATE_WORDS = (("/20", "-20", ".20"), ("háng", "HÁNG"))
# Boxes whose dates are other articles' or readers': related lists, comments, "most read".
_ELSEWHERE = Names(
    parts=(
        "relate", "relation", "lienquan", "lien-quan", "comment", "binhluan", "binh-luan", "tinkhac", "tin-khac", "othernews",
        "other-news", "samecate", "same-cate", "cungchuyenmuc", "cung-chuyenmuc", "mostread", "most-read",
        "popular", "xemnhieu", "xem-nhieu", "docnhieu", "doc-nhieu", "newest", "tinmoi", "tin-moi", "sidebar",
    ),
    words=("aside", "box-news", "list-news", "timeline"),
)  # fmt: skip
# The site's top bar: the date of the day, a clock, the weather.
_CHROME = Names(
    parts=("topbar", "top-bar", "top_bar", "weather", "thoitiet", "thoi-tiet", "clock", "today", "homnay"),
    words=("now", "current"),
)
# Classes that say which date an element shows (hAtom, as WordPress themes print it).
_PUBLISHED_CLASS = Names(parts=("published", "publish-date", "publishdate", "date-publish", "ngaydang"))
_UPDATED_CLASS = Names(parts=("updated", "modified", "capnhat", "cap-nhat"))
# Labels (folded, as ``find_datetimes`` gives them) that say which date a displayed date is; the
# words that may stand between a label and its date (weekday, "ngày", "lúc") are dropped first.
_LABEL_TAIL = frozenset(["", *"t2 t3 t4 t5 t6 t7 cn ngay luc vao at on".split()])
_WEEKDAYS = frozenset("hai ba tu nam sau bay 2 3 4 5 6 7".split())
_LABEL_SPLIT = re.compile(r"[\s,:;|()\[\]/.\-]+")
_UPDATE_LABEL = re.compile(r"(?<![a-z])(?:cap nhat|sua|chinh sua|updated?|modified|edited)(?: lan cuoi)?$")
_PUBLISH_LABEL = re.compile(r"(?<![a-z])(?:dang|xuat ban|published|posted|gui)$")
_NOT_SHOWN = frozenset(("script", "style", "noscript", "template", "textarea", "option", "select", "title"))
# Tags that are a piece of a line: a date in one reads with the line around it (label, time).
_INLINE = frozenset("a abbr b em font i label small span strong sup sub time u".split())
# How near the headline a displayed date must be: levels up to the shared block -> elements apart.
_REACH = {1: 6, 2: 4, 3: 2}
# A line longer than this is prose or a whole box, not a date line.
_MAX_LINE = 150
# A date line has few letters ("Thứ Năm, 10/11/2016 - 14:30 (GMT+7)"); a link with more is a title.
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_MAX_DATE_LETTERS = 20


class Shown(NamedTuple):
    """A date the page displays, what its label says it is, and how near the headline it is."""

    moment: datetime
    kind: str  # "published", "updated" or "" (no label)
    marked: bool  # in a <time> or an element classed like a date
    level: int  # levels from the <h1> up to the block both are in
    apart: int  # elements apart within that block (negative: before the headline)


class _Near(NamedTuple):
    """An element near the headline that may display a date."""

    level: int
    apart: int
    element: etree._Element
    path: list[etree._Element]  # from the element up to the block it shares with the headline

    def rank(self) -> tuple[int, int, int]:
        """Nearest the headline first (fewest levels up, then fewest elements apart), after it before before it."""
        return (self.level, abs(self.apart), 0 if self.apart > 0 else 1)


def published(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Publication time candidates, most reliable first."""
    meta = _metadata(ctx, "datePublished", _PUBLISHED_META)
    shown = _shown(ctx, "published") if heuristics else None
    if shown is None and heuristics:
        # Older templates print one time, labelled "Cập nhật lúc ...": when neither the page nor its
        # metadata gives the publication to the minute, that time is the article's.
        only = _shown(ctx, "updated", beside=False)
        if only is not None and (not meta or (day_only(meta[0].value) and _same_day(meta[0].value, only.moment))):
            shown = only._replace(kind="published")
    yield from _prefer(meta, shown)


def updated(ctx: Context, heuristics: bool) -> Iterator[Candidate]:
    """Update time candidates, most reliable first."""
    meta = _metadata(ctx, "dateModified", _UPDATED_META)
    shown = _shown(ctx, "updated") if heuristics else None
    yield from _prefer(meta, shown)


def _metadata(ctx: Context, key: str, names: tuple[str, ...]) -> list[Candidate]:
    """The JSON-LD date, then the meta tag date."""
    found = []
    value = meta_date(first_string(article_object(ctx.page), key))
    if value is not None:
        found.append(Candidate(value, "jsonld"))
    value = meta_date(ctx.page.meta(*names))
    if value is not None:
        found.append(Candidate(value, "meta"))
    return found


def day_only(moment: datetime) -> bool:
    """A date without its time: midnight in Vietnam."""
    return moment.astimezone(VN_TZ).time() == time(0, 0)


def _same_day(one: datetime, other: datetime) -> bool:
    """Whether two moments fall on the same day in Vietnam."""
    return one.astimezone(VN_TZ).date() == other.astimezone(VN_TZ).date()


def _prefer(meta: list[Candidate], shown: Shown | None) -> list[Candidate]:
    """The metadata and the displayed date in the order they should be tried (see the module docstring)."""
    if shown is None:
        return meta
    displayed = Candidate(shown.moment, "heuristic")
    if not meta:
        return [displayed]
    first, moment = meta[0].value, shown.moment
    if day_only(moment) or first.replace(second=0, microsecond=0) == moment.replace(second=0, microsecond=0):
        return [*meta, displayed]  # the metadata says as much or more
    same_day = _same_day(first, moment)
    # On another day, only a date that is plainly the article's: right by the headline, marked or labelled.
    beside = (shown.marked or shown.kind != "") and shown.level <= 2 and abs(shown.apart) <= 3
    return [displayed, *meta] if same_day or beside else [*meta, displayed]


def _shown(ctx: Context, kind: str, *, beside: bool = True) -> Shown | None:
    """The displayed date of this kind nearest the headline, if any (elements are read nearest first).

    An update time is looked for right beside the headline (``beside``), where it stands next to the
    publication time; the one time an old page prints may be further off, in the headline's table.
    """
    # An update time is always labelled, next to the publication time; a publication time may be labelled.
    kinds = ("updated",) if kind == "updated" else ("published", "")
    # An update time stands right beside the headline, next to the publication time.
    keep = (lambda n: n.level <= 2 and abs(n.apart) <= 3) if kind == "updated" and beside else None
    for _, shown in _displayed(ctx, keep):
        found = next((s for s in shown if s.kind in kinds), None)
        if found is not None:
            return found
    return None


def date_line(ctx: Context, moment: datetime) -> etree._Element | None:
    """The element near the headline that displays ``moment`` (the line a date was read from), if any."""
    for near, shown in _displayed(ctx):
        if any(s.moment == moment for s in shown):
            element, parent = near.element, near.element.getparent()
            # A piece of a line ("<span>10/11/2016</span>") is read with the line around it.
            return parent if element.tag in _INLINE and parent is not None else element
    return None


def _displayed(ctx: Context, keep: Callable[[_Near], bool] | None = None) -> Iterator[tuple[_Near, list[Shown]]]:
    """The elements near the headline (those ``keep`` keeps), nearest first, with the dates each
    displays; each element is read once per parse."""
    read: dict[etree._Element, list[Shown]] = ctx.memo("dates-read", dict)
    for near in _near(ctx, 0) or _near(ctx, 1):  # months in words only where no date in figures is near
        if keep is not None and not keep(near):
            continue
        if near.element not in read:
            read[near.element] = _read(near)
        yield near, read[near.element]


def _read(near: _Near) -> list[Shown]:
    """The dates an element near the headline displays; none if it belongs to something else."""
    if _elsewhere(near.path):
        return []
    marked = near.element.tag == "time" or any(has_name(node, DATE_CLASS) for node in near.path[:2])
    # Without a label, the element's class may say it (WordPress: "entry-date published", "updated").
    classed = "published" if has_name(near.element, _PUBLISHED_CLASS) else ""
    if not classed and has_name(near.element, _UPDATED_CLASS):
        classed = "updated"
    return [
        Shown(moment, kind or classed, marked, near.level, near.apart)
        for moment, kind in _dates_of(near.element, marked)
        # The date of the day printed above the headline's own block: a day without a time.
        if not (day_only(moment) and near.apart < 0 and near.level > 1)
    ]


def _near(ctx: Context, stage: int) -> list[_Near]:
    """The elements near the headline that hold the words of a stage (the first: and ``<time>``), nearest first."""
    return ctx.memo(f"near-dates-{stage}", lambda: _find_near(ctx, _DATE_WORDS[stage], stage == 0))


def _find_near(ctx: Context, words: tuple[str, ...], times: bool) -> list[_Near]:
    """The elements near the headline that hold one of ``words`` (and its ``<time>`` elements), nearest first."""
    page = ctx.page
    h1 = headline_anchor(ctx)
    if h1 is None:
        return []
    up = [h1, *h1.iterancestors()]
    levels = {el: n for n, el in enumerate(up)}
    top = up[min(max(_REACH), len(up) - 1)]
    found = []
    # Page.holding searches the page's text at C speed; what is not near the headline is dropped first.
    elements = [*top.iter("time"), *page.holding(words)] if times else page.holding(words)
    for el in dict.fromkeys(elements):
        where = _position(el, levels, up)
        if where is None:
            continue
        level, apart, path = where
        # A date line's own text is short: a paragraph that mentions a date is prose. (Measured
        # without the source's indentation, when there is some to leave out.)
        own = own_text(el)
        if abs(apart) <= _REACH.get(level, -1) and (len(own) <= _MAX_LINE or len(clean(own)) <= _MAX_LINE):
            found.append(_Near(level, apart, el, path))
    # Stable: within one rank, page order (holding gives it; <time> elements come first).
    return sorted(found, key=_Near.rank)


def _position(
    el: etree._Element, levels: dict[etree._Element, int], up: list[etree._Element]
) -> tuple[int, int, list[etree._Element]] | None:
    """Levels from the headline up to the block ``el`` shares with it, how many elements apart they
    are there, and the elements from ``el`` up to that block; ``None`` inside or around the headline."""
    path: list[etree._Element] = []
    for node in (el, *el.iterancestors()):
        level = levels.get(node)
        if level is not None:
            if not path or level == 0:
                return None  # around the headline, or inside it
            return level, node.index(path[-1]) - node.index(up[level - 1]), path
        path.append(node)
    return None


def _elsewhere(path: list[etree._Element]) -> bool:
    """Whether a date belongs to something else: a related list, comments, the top bar (the date of the
    day, a clock, the weather), or a link that is more than a date (a teaser "Tiêu đề bài khác
    (10/11/2016)"; a link to the day's archive is the date itself)."""
    for node in path:
        if node.tag in _NOT_SHOWN or has_name(node, _ELSEWHERE) or has_name(node, _CHROME):
            return True
        if node.tag == "a" and _teaser(node):
            return True
    # A date printed right after a link to another article: "<a>Tiêu đề bài khác</a> <span>(10/11/2016)</span>".
    before = path[0].getprevious() if path else None
    return before is not None and before.tag == "a" and not (before.tail or "").strip() and _teaser(before)


def _teaser(link: etree._Element) -> bool:
    """Whether a link says more than a date: a title ("Tiêu đề bài khác (10/11/2016)"), not a day's archive."""
    text = short_text_of(link, _MAX_LINE)
    # Weekday, "lúc", "GMT": a date line's words are few; a title's are many.
    return text is None or len(_NOT_LETTERS.sub("", text)) > _MAX_DATE_LETTERS


def _dates_of(el: etree._Element, marked: bool) -> list[tuple[datetime, str]]:
    """The dates an element displays as a date line, each with its kind (from its label)."""
    text = short_text_of(el, _MAX_LINE)
    if not text:
        return []
    line = text
    parent = el.getparent()
    if el.tag in _INLINE and parent is not None:
        # A piece of a line ("<b>Cập nhật:</b> <span>10/11/2016</span> <span>14:30</span>"): read the line.
        around = short_text_of(parent, _MAX_LINE)
        line = around or text
    found = find_datetimes(line)
    machine = meta_date(el.get("datetime", "").strip()) if el.tag == "time" else None
    # The machine-readable value of a <time> is its date, with the time and offset: trusted when the
    # text shows no date ("2 giờ trước") or the same day.
    if machine is not None and not found:
        found = [("", machine)]
    elif machine is not None and len(found) == 1 and _same_day(machine, found[0][1]):
        found = [(found[0][0], machine)]
    dates = []
    for label, moment in found:
        kind = _kind(label)
        # Outside a date-marked element, a date counts in a line that is a date, or is labelled, or
        # is short and gives the time: "Ngày 20/2/2023, FLC bị hủy niêm yết..." is prose.
        if marked or kind or parse_datetime(line) is not None or (len(line) <= 80 and not day_only(moment)):
            dates.append((moment, kind))
    return dates


def _kind(label: str) -> str:
    """What a date's label says it is: "updated", "published", or "" (no label)."""
    words = _LABEL_SPLIT.split(label)
    while words:
        if words[-1] in _LABEL_TAIL:
            del words[-1:]
        elif len(words) > 1 and (words[-2:] == ["chu", "nhat"] or (words[-2] == "thu" and words[-1] in _WEEKDAYS)):
            del words[-2:]
        else:
            break
    label = " ".join(words)
    return "updated" if _UPDATE_LABEL.search(label) else "published" if _PUBLISH_LABEL.search(label) else ""
