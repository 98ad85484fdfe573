"""Compile XPath once, rewritten for libxml2's speed.

libxml2 evaluates ``//step`` as ``/descendant-or-self::node()/child::step``: it first collects
every node of the document (text and comments included), then each node's children. The
equivalent ``/descendant::step`` walks the tree once and is several times faster on a real page.
The two differ only for positional predicates (``//p[1]`` is every first ``p`` child, while
``/descendant::p[1]`` is the first ``p`` of the document), so steps with one are left alone.
"""

from __future__ import annotations

import re

from lxml import etree

_NS = {"re": "http://exslt.org/regular-expressions"}
_CACHE: dict[str, etree.XPath] = {}
# A predicate is positional when it can evaluate to a number: a bare number, position(), last().
_POSITIONAL = re.compile(r"^\s*\d|position\s*\(|last\s*\(|^\s*[-+(]|\]\s*$")
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
        found = _CACHE[expr] = etree.XPath(_attribute_steps(rewrite(expr)), namespaces=_NS, smart_strings=False)
    return found
