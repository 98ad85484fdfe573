"""Compile XPath once, rewritten for libxml2's speed.

libxml2 evaluates ``//step`` as ``/descendant-or-self::node()/child::step``: it first collects
every node of the document (text and comments included), then each node's children. The
equivalent ``/descendant::step`` walks the tree once and is several times faster on a real page.
The two differ only for positional predicates (``//p[1]`` is every first ``p`` child, while
``/descendant::p[1]`` is the first ``p`` of the document), so steps with one are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lxml import etree

_NS = {"re": "http://exslt.org/regular-expressions"}
_CACHE: dict[str, etree.XPath] = {}
# A predicate is positional when it can evaluate to a number: a bare number, position(), last(),
# or a numeric function that is not compared to anything ("[count(li)]"). A predicate ending in a
# step's own predicate ("[ancestor::div[@id]]") is a node-set test, not a position.
_POSITIONAL = re.compile(
    r"^\s*\d|position\s*\(|last\s*\(|^\s*[-+(]"
    r"|^\s*(?:count|string-length|number|sum|floor|ceiling|round)\s*\((?![^<>=]*[<>=])"
)
_STEP_START = re.compile(r"[\w*@.-]")


def _predicates_after(expr: str, start: int) -> tuple[list[str], int]:
    """The predicates of the step that begins at ``start`` and where the step ends."""
    i, n = start, len(expr)
    # The node test: a name (with an axis or namespace prefix), '*', or node()/text().
    while i < n and (expr[i].isalnum() or (expr[i] in "_-:*.@()" and not (expr[i] == "(" and expr[i - 1] in " |"))):
        if expr[i] == "(":
            i = expr.index(")", i)  # node(), text(): no nested parentheses in a node test
        i += 1
    predicates = []
    while i < n and expr[i] == "[":
        depth, j, quote = 0, i, ""
        while j < n:
            c = expr[j]
            if quote:
                quote = "" if c == quote else quote
            elif c in "'\"":
                quote = c
            elif c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        predicates.append(expr[i + 1 : j])
        i = j + 1
    return predicates, i


def rewrite(expr: str) -> str:
    """``expr`` with every ``//step`` whose predicates are not positional as ``/descendant::step``."""
    out: list[str] = []
    i, n, quote = 0, len(expr), ""
    while i < n:
        c = expr[i]
        if quote:
            quote = "" if c == quote else quote
            out.append(c)
            i += 1
            continue
        if c in "'\"":
            quote = c
        if c == "/" and expr.startswith("//", i) and i + 2 < n and _STEP_START.match(expr[i + 2]):
            step_start = i + 2
            if expr.startswith(("@", "."), step_start) or "::" in expr[step_start : step_start + 25].split("[")[0]:
                out.append(c)
                i += 1
                continue
            predicates, _ = _predicates_after(expr, step_start)
            if not any(_POSITIONAL.search(p) for p in predicates):
                out.append("/descendant::")
                i += 2
                continue
        out.append(c)
        i += 1
    return "".join(out)


# "/descendant::div[@data-role='content']": the attribute axis is a node test that libxml2 runs in
# C, while a predicate is evaluated per element; testing the attribute node's value is faster.
_ATTR_STEP = re.compile(r"/descendant::([\w*-]+)\[@([\w-]+)='([^']*)'\]")


def _attribute_steps(expr: str) -> str:
    """``/descendant::t[@a='v']`` as ``/descendant::t/@a[.='v']/parent::*`` where no positional predicate follows."""

    def swap(match: re.Match[str]) -> str:
        predicates, _ = _predicates_after(expr, match.end())
        if expr.startswith("[", match.end()) and any(_POSITIONAL.search(p) for p in predicates):
            return match.group(0)
        return f"/descendant::{match.group(1)}/@{match.group(2)}[.='{match.group(3)}']/parent::*"

    return _ATTR_STEP.sub(swap, expr)


def compile_xpath(expr: str) -> etree.XPath:
    """The compiled (and rewritten) XPath for ``expr``, compiled once per process."""
    found = _CACHE.get(expr)
    if found is None:
        # EXSLT regular expressions only where used ("re:test"): lxml registers them again on
        # every call of an expression that enables them.
        found = _CACHE[expr] = etree.XPath(
            _attribute_steps(rewrite(expr)), namespaces=_NS, smart_strings=False, regexp="re:" in expr
        )
    return found


# -- Class lookups answered from an index ---------------------------------------------------------
# Most selectors start by finding an element by its class: "//div[contains(@class, 'entry')]...".
# libxml2 answers that by evaluating the predicate on every element of the page, a few hundred
# nanoseconds each: a quarter of a millisecond per selector on a real page, and adapters have
# dozens. The page instead lists its class values once (Page.classes) and such a first
# step is answered with str.find over them; the rest of the selector runs in libxml2 from each
# element found. Only first steps whose meaning is certain are planned this way; the test suite
# checks every adapter selector gives the same nodes both ways.
_TOKEN_TEST = re.compile(
    r"contains\(@class, '([^'\s]+)'\) and contains\(concat\(' ', normalize-space\(@class\), ' '\), ' \1 '\)"
)
_TOKEN_ONLY_TEST = re.compile(r"contains\(concat\(' ', normalize-space\(@class\), ' '\), ' ([^'\s]+) '\)")
_SUBSTRING_TEST = re.compile(r"contains\(@class,\s*'([^']+)'\)")
_EQUALS_TEST = re.compile(r"@class\s*=\s*'([^']+)'")
# "//tag[" or ".//tag[" (from a context node: its descendants among the elements found).
_FIRST_STEP = re.compile(r"(\.?)//([a-z][a-z0-9]*|\*)\[")
_LEAVING = re.compile(r"\.\.|parent::|ancestor|following|preceding")
# A predicate without nested brackets: applied repeatedly, it removes all of them.
_PREDICATE = re.compile(r"\[[^\[\]]*\]")
# XPath's white space (normalize-space), which is narrower than Python's str.split().
XML_SPACE = re.compile(r"[ \t\r\n]+")


def _split_top(expr: str, sep: str) -> list[str]:
    """``expr`` split at each ``sep`` outside quotes, parentheses and brackets."""
    parts, depth, quote, start, i = [], 0, "", 0, 0
    while i < len(expr):
        c = expr[i]
        if quote:
            quote = "" if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif depth == 0 and expr.startswith(sep, i):
            parts.append(expr[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(expr[start:])
    return parts


ClassTest = tuple[str, str]  # ("token" | "substring" | "equals", value)


class ClassPlan:
    """A selector whose first step is a class test, answered from the page's class index."""

    __slots__ = ("expr", "nested_rest", "relative", "rest", "tag", "tests")

    def __init__(self, expr: str, relative: bool, tag: str | None, tests: tuple[ClassTest, ...], rest: str) -> None:
        self.expr = expr
        self.relative = relative
        self.tag = tag
        self.tests = tests
        # What follows the first step, evaluated from each element found ("self::node()//p").
        self.rest = compile_xpath("self::node()" + rest) if rest else None
        # A rest that searches descendants finds an inner candidate's nodes from its outer one too.
        self.nested_rest = rest.startswith("//")


def _steps_only(expr: str) -> str:
    """``expr`` without its predicates (nested ones included)."""
    while True:
        stripped = _PREDICATE.sub("", expr)
        if stripped == expr:
            return expr
        expr = stripped


def _class_test(predicate: str) -> ClassTest | None:
    for kind, pattern in (("token", _TOKEN_TEST), ("token", _TOKEN_ONLY_TEST), ("substring", _SUBSTRING_TEST),
                          ("equals", _EQUALS_TEST)):  # fmt: skip
        match = pattern.fullmatch(predicate.strip())
        if match:
            return kind, match.group(1)
    return None


_PLANS: dict[str, ClassPlan | None] = {}


def class_plan(expr: str) -> ClassPlan | None:
    """The index plan for ``expr`` when its first step is ``//tag[class test]`` (or ``.//``), else ``None``."""
    if expr in _PLANS:
        return _PLANS[expr]
    plan = None
    head = _FIRST_STEP.match(expr)
    if head is not None:
        predicates, end = _predicates_after(expr, head.start(2))
        tests = [_class_test(p) for p in _split_top(predicates[0], " or ")]
        rest = "".join(f"[{p}]" for p in predicates[1:]) + expr[end:]
        if (
            all(tests)
            and not any(_POSITIONAL.search(p) for p in predicates[1:])
            and len(_split_top(rest, "|")) == 1
            # Steps that leave the element found (parent, ancestors, siblings) could reach the
            # same node from two candidates, or out of document order.
            and _LEAVING.search(_steps_only(rest)) is None
        ):
            tag = None if head.group(2) == "*" else head.group(2)
            plan = ClassPlan(expr, bool(head.group(1)), tag, tuple(t for t in tests if t), rest)
    _PLANS[expr] = plan
    return plan


_UNIONS: dict[str, tuple[str, ...] | None] = {}


def union_branches(expr: str) -> tuple[str, ...] | None:
    """The branches of a top-level union of which at least one is class-first (see class_plan), else ``None``."""
    if expr not in _UNIONS:
        branches = tuple(b.strip() for b in _split_top(expr, "|"))
        planned = len(branches) > 1 and any(class_plan(b) is not None for b in branches)
        _UNIONS[expr] = branches if planned else None
    return _UNIONS[expr]


_MERGES: dict[int, etree.XPath] = {}


def merge(tree: etree._Element, parts: list[list[etree._Element]]) -> list[etree._Element]:
    """The union of lists of elements of one tree: each element once, in document order (libxml2 sorts)."""
    merger = _MERGES.get(len(parts))
    if merger is None:
        merger = _MERGES[len(parts)] = etree.XPath(" | ".join(f"$p{i}" for i in range(len(parts))), regexp=False)
    variables: dict[str, Any] = {f"p{i}": part for i, part in enumerate(parts)}
    result = merger(tree, **variables)
    return result if isinstance(result, list) else []  # type: ignore[return-value]


# "//tag[...]": a first step by element name, with predicates.
_NAME_STEP = re.compile(r"//([a-z][a-z0-9]*)\[")


def screen(exprs: Sequence[str]) -> tuple[str, ...]:
    """XPaths that find something on a page exactly when one of ``exprs`` does, in fewer walks.

    Selectors ``//tag[a][b]`` of the same tag, with nothing after their predicates and no
    positional one, are asked in one walk, ``//tag[(a and b) or (c)]``: libxml2 walks the page
    once per selector, and most of a page's elements are not of the tag. The others stay as they are.
    """
    groups: dict[str, list[tuple[str, list[str]]]] = {}
    rest: list[str] = []
    for expr in exprs:
        head = _NAME_STEP.match(expr)
        if head is not None and len(_split_top(expr, "|")) == 1:
            predicates, end = _predicates_after(expr, head.start(1))
            if end == len(expr) and predicates and not any(_POSITIONAL.search(p) for p in predicates):
                groups.setdefault(head.group(1), []).append((expr, predicates))
                continue
        rest.append(expr)
    combined = []
    for tag, members in groups.items():
        if len(members) == 1:
            combined.append(members[0][0])  # as written: a class-first one is answered from the index
            continue
        # First the selectors' first tests (most share a cheap one, "@property='og:site_name'"),
        # which every element a selector finds passes; then the whole tests on the few left.
        firsts = " or ".join(dict.fromkeys(f"({predicates[0]})" for _, predicates in members))
        tests = " or ".join("(" + " and ".join(f"({p})" for p in predicates) + ")" for _, predicates in members)
        combined.append(f"//{tag}[{firsts}][{tests}]")
    return (*combined, *rest)
