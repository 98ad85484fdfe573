"""The XPath rewrite for speed never changes a selector's result."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import CORPUS
from vnnews_parse._fields import DEFAULT_BODY_EXCLUDE
from vnnews_parse._generic._shared import BOILERPLATE
from vnnews_parse._generic.authors import AUTHOR_CLASS
from vnnews_parse._generic.comments import COMMENT_WORDS
from vnnews_parse._generic.dates import DATE_CLASS
from vnnews_parse._generic.lead import SAPO
from vnnews_parse._generic.rights import RIGHTS_WORDS
from vnnews_parse._page import Names, Page, load
from vnnews_parse._xpath import _NS, class_plan, compile_xpath, rewrite, union_branches
from vnnews_parse.sites import ALL
from vnnews_parse.sites._base import has_class

PAGES = sorted((Path(__file__).parent / "sites").glob("*/*.html"))
FIELDS = (
    *("fingerprints", "headline", "lead", "authors", "source", "published", "updated", "body"),
    *("comment_count", "rights", "section", "tags", "images"),
)
SELECTORS = sorted({expr for adapter in ALL for field in FIELDS for expr in getattr(adapter, field)})
BODIES = sorted({expr for adapter in ALL for expr in adapter.body})
EXCLUDES = sorted({expr for adapter in ALL for expr in (*adapter.body_exclude, *DEFAULT_BODY_EXCLUDE)})


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("//h1", "/descendant::h1"),
        ("//div[@class='a']//p", "/descendant::div[@class='a']/descendant::p"),
        ("//li[2]", "//li[2]"),
        ("//ol/li[last()]", "/descendant::ol/li[last()]"),
        ("(//base[@href])[1]/@href", "(/descendant::base[@href])[1]/@href"),
        (".//figcaption", "./descendant::figcaption"),
        ("//a[contains(@href, '//x')]", "/descendant::a[contains(@href, '//x')]"),
        ("//p[ancestor::div[@id]]", "/descendant::p[ancestor::div[@id]]"),
        ("//li[count(a)]", "//li[count(a)]"),
        ("//li[count(a) > 1]", "/descendant::li[count(a) > 1]"),
    ],
)
def test_rewrite(expr: str, expected: str) -> None:
    """'//step' becomes '/descendant::step' unless the step has a positional predicate."""
    assert expected == rewrite(expr)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_adapter_selector_gives_the_same_nodes(page: Path) -> None:
    """On every fixture page, each adapter selector finds the same nodes before and after the rewrite."""
    tree = lxml.html.fromstring(page.read_bytes())
    differing = [
        expr
        for expr in SELECTORS
        if etree.XPath(expr, namespaces=_NS, smart_strings=False)(tree) != compile_xpath(expr)(tree)
    ]
    assert [] == differing


# -- Class-first selectors answered from the page's class index ------------------------------------
def _raw(expr: str, tree: etree._Element) -> list[object]:
    result = etree.XPath(expr, namespaces=_NS, smart_strings=False)(tree)
    return result if isinstance(result, list) else [result]


def _raw_from(expr: str, node: etree._Element) -> list[object]:
    result = etree.XPath(expr, namespaces=_NS, smart_strings=False)(node)
    return result if isinstance(result, list) else [result]


def _same(expected: list[object], got: list[object]) -> bool:
    """Same nodes (by identity) or strings, in the same order."""
    return len(expected) == len(got) and all(
        a is b if isinstance(a, etree._Element) else a == b for a, b in zip(expected, got, strict=True)
    )


_CORPUS_PAGES = sorted(CORPUS.glob("pages/*/*.html")) if CORPUS.exists() else []


@pytest.mark.parametrize(
    "page", PAGES + _CORPUS_PAGES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.stem[:30]}"
)
def test_every_planned_selector_gives_the_xpath_result(page: Path) -> None:
    """Selectors answered from the class index find exactly what libxml2 finds, in the same order.

    Body exclusions are relative: they are evaluated from every element the body selectors find.
    """
    loaded = load(page.read_bytes(), None, 1 << 30)
    planned = [expr for expr in SELECTORS if class_plan(expr) is not None or union_branches(expr) is not None]
    assert len(planned) > 50  # the plan must cover the adapters' selectors, or it is pointless
    assert [] == [expr for expr in planned if not _same(_raw(expr, loaded.tree), loaded.xpath(expr))]
    contexts = [n for expr in BODIES for n in _raw(expr, loaded.tree) if isinstance(n, etree._Element)]
    relative = [expr for expr in EXCLUDES if class_plan(expr) is not None]
    assert len(relative) > 20
    assert [] == [
        (expr, context.tag)
        for expr in relative
        for context in contexts
        if not _same(_raw_from(expr, context), loaded.xpath(expr, context))
    ]


@pytest.mark.parametrize(
    ("expr", "planned"),
    [
        ("//div[contains(@class, 'a')]", True),
        (f"//*[{has_class('a')}]//p", True),
        (f"//div[{has_class('a')} or {has_class('b')}]/@id", True),
        ("//p[@class='a'][following-sibling::p]", True),
        ("//li[contains(@class, 'a')][1]", False),  # positional: per parent, not per page
        ("//div[contains(@class, 'a')] | //p", False),
        (".//div[contains(@class, 'a')]", True),
        ("./div[contains(@class, 'a')]", False),
        ("//div[@id='a']", False),
        ("//div[contains(@class, '')]", False),
    ],
)
def test_which_selectors_are_planned(expr: str, planned: bool) -> None:
    """Only a first step that is a plain class test is answered from the index."""
    assert planned == (class_plan(expr) is not None)


_CLASS_VALUES = st.sampled_from(["a", "b", "ab", "a b", " a\tb ", "a-b", "b\na", "A", "", "x a"])
_TAGS = st.sampled_from(["div", "p", "span", "section"])


@st.composite
def _trees(draw: st.DrawFn, depth: int = 0) -> str:
    children = draw(st.lists(_trees(depth + 1), max_size=3)) if depth < 3 else []
    tag = draw(_TAGS)
    classes = draw(st.none() | _CLASS_VALUES)
    attr = "" if classes is None else f' class="{classes}"'
    return f"<{tag}{attr} id='n{draw(st.integers(0, 99))}'>t{''.join(children)}</{tag}>"


_TESTS = st.sampled_from(
    [has_class("a"), has_class("b"), "contains(@class, 'a')", "contains(@class, 'a-b')", "@class='a'",
     f"{has_class('a')} or {has_class('b')}", f"{has_class('b')} or contains(@class, 'ab')"]
)  # fmt: skip
_RESTS = st.sampled_from(["", "//p", "/span", "//@class", "/@id", "[.//p]", "//*[contains(@class, 'b')]", "/*[2]"])


@settings(max_examples=300, deadline=None)
@example(  # children of nested candidates: document order is not candidate order
    body=["<div class='a'>t<div>t<div class='a'>t<span>t</span></div></div><span>t</span></div>"],
    tag="div",
    test=has_class("a"),
    rest="/span",
)
@given(
    body=st.lists(_trees(), min_size=1, max_size=4), tag=st.sampled_from(["div", "p", "*"]), test=_TESTS, rest=_RESTS
)
def test_planned_selector_equals_xpath_on_random_pages(body: list[str], tag: str, test: str, rest: str) -> None:
    """On random nestings of classed elements, the planned lookup and libxml2 agree exactly."""
    expr = f"//{tag}[{test}]{rest}"
    assert class_plan(expr) is not None
    page = load(f"<html><body>{''.join(body)}</body></html>", None, 1 << 30)
    assert _same(_raw(expr, page.tree), page.xpath(expr))
    # The same step relative to each element: only that element's descendants.
    for context in page.tree.iter():
        assert _same(_raw_from("." + expr, context), page.xpath("." + expr, context))
    # In a union with another branch, planned or not: each node once, in document order.
    for union in (f"{expr} | //span", f"//p[{test}] | {expr}"):
        assert _same(_raw(union, page.tree), page.xpath(union))


# -- Class and id names matched by regular expression (generic heuristics) ----------------------------
_NAME_LISTS = [SAPO, DATE_CLASS, AUTHOR_CLASS, BOILERPLATE]


def _named_one_by_one(page: Page, names: Names) -> list[etree._Element]:
    """The definition: each element's lower-cased "class id" searched with the names' regular expression."""
    pattern = re.compile(names.regex())
    return [
        el
        for el in page.tree.xpath("//*[@class or @id]")
        if pattern.search(f"{el.get('class') or ''} {el.get('id') or ''}".lower().replace("\n", " "))
    ]


@pytest.mark.parametrize(
    "page", PAGES + _CORPUS_PAGES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.stem[:30]}"
)
def test_named_finds_what_a_search_per_element_finds(page: Path) -> None:
    """Names looked for over all values at once give the elements a search per element gives, in page order."""
    loaded = load(page.read_bytes(), None, 1 << 30)
    assert [] == [n.parts[0] for n in _NAME_LISTS if loaded.named(n) != _named_one_by_one(loaded, n)]


_NAMES = st.sampled_from(
    [
        "sapo",
        "Sapo",
        "lead",
        "x-lead",
        "leader",
        "news-date",
        "DATE",
        "author",
        "a\nuthor",
        "",
        " ",
        "desc",
        "İİ lead",
        "Ẩ sapo",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.none() | _NAMES, st.none() | _NAMES, st.booleans()), min_size=1, max_size=8))
def test_named_on_random_names(elements: list[tuple[str | None, str | None, bool]]) -> None:
    """Class and id in either order, empty, upper case or with line breaks: same elements as one search each."""
    html = ""
    for classes, ident, id_first in elements:
        attrs = [f'class="{classes}"' if classes is not None else "", f'id="{ident}"' if ident is not None else ""]
        html += f"<div {' '.join(reversed(attrs) if id_first else attrs)}>t</div>"
    page = load(f"<html><body>{html}</body></html>", None, 1 << 30)
    for names in _NAME_LISTS:
        assert _named_one_by_one(page, names) == page.named(names)


# -- Elements holding words in their own text (generic comment and rights scan) ---------------------
_WORDS = (*COMMENT_WORDS, *RIGHTS_WORDS)


def _holding_by_xpath(page: Page, words: tuple[str, ...]) -> list[etree._Element]:
    test = " or ".join(f"contains(., '{w}')" for w in words)
    return page.tree.xpath(f"//body//text()[{test}]/parent::*[not(self::script or self::style)]")  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "page", PAGES + _CORPUS_PAGES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.stem[:30]}"
)
def test_holding_finds_what_xpath_contains_finds(page: Path) -> None:
    """The joined-text search finds the elements libxml2's contains() finds, in document order."""
    loaded = load(page.read_bytes(), None, 1 << 30)
    assert _holding_by_xpath(loaded, _WORDS) == loaded.holding(_WORDS)
    assert _holding_by_xpath(loaded, COMMENT_WORDS) == loaded.holding(COMMENT_WORDS)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Bình luận (3)", "ý kiến", "<b>©</b> 2026", "x", " ", "<i>Bản quyền</i> thuộc", "<script>var c='©'</script>",
                                 "<p>a</p>", "<div>", "</div>", "COPYRIGHT"]), min_size=1, max_size=12))  # fmt: skip
def test_holding_on_random_markup(pieces: list[str]) -> None:
    """Texts before and after children, nested and in scripts: the same elements, in the same order."""
    page = load(f"<html><body><div>{''.join(pieces)}</div>tail ©</body></html>", None, 1 << 30)
    assert _holding_by_xpath(page, _WORDS) == page.holding(_WORDS)
