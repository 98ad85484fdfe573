"""Every regular expression of the package, run over long adversarial strings; prints CPU seconds per case.

Run as a script (``python tests/fuzz/regex_sweep.py [size] [cpu-seconds]``, default 100000 and 3.0) for a report
over every piece, one JSON line per pattern; tests/test_hostile.py runs the quick pieces per pattern.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import vnnews_parse

SRC = Path(vnnews_parse.__file__).parent
# The length of each adversarial string. A linear pattern scans 50,000 characters in milliseconds (the
# worst, with bounded repeats like {0,200}, in ~0.4 s); a quadratic one needs ~1e9 steps, many seconds.
SIZE = 50_000
# Runs of the characters dates, counts, bylines, URLs and Vietnamese text are made of: the inputs that make
# backtracking explode. QUICK_PIECES (the test suite) covers each character class once; PIECES (the long
# fuzz run) adds variants.
QUICK_PIECES = (" ", "1", "a", "1/", "12:", ". ", "|", "ệ", "e\u0302\u0323", "ảnh: ", "© ", "GMT+", "http://")
PIECES = QUICK_PIECES + (
    "\u00a0", "\t", "a ", "1.", "/", "-", ".", ":", "(", "Theo ", "bản quyền ", "&amp;", "1 ", "9h", "Thứ ",
)  # fmt: skip
# A character almost no pattern accepts (every attempt fails at the very end), and a date, which date
# patterns accept (every attempt succeeds only at the very end).
TAILS = ("\x00", "10/11/2016 14:30 (GMT+7)")
# lxml runs EXSLT ``re:test()`` with Python's re module; ``'i'`` is its ignore-case flag.
_RE_TEST = re.compile(r"""re:test\([^,]*,\s*'((?:[^'\\]|\\.)*)'\s*(?:,\s*'([a-z]*)')?\)""")


def modules() -> list[Any]:
    """Every module of the package, imported."""
    names = [vnnews_parse.__name__] + [
        info.name for info in pkgutil.walk_packages(vnnews_parse.__path__, vnnews_parse.__name__ + ".")
    ]
    # __main__ runs the command line when imported.
    return [importlib.import_module(name) for name in sorted(names) if not name.endswith(".__main__")]


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[Any]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def compiled_patterns() -> dict[str, re.Pattern[Any]]:
    """The compiled patterns held by the package's modules, keyed ``module.name[index]``."""
    found: dict[str, re.Pattern[Any]] = {}
    seen: set[int] = set()
    for module in modules():
        for name, value in vars(module).items():
            for index, pattern in enumerate(_patterns_in(value)):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    found[f"{module.__name__}.{name}[{index}]"] = pattern
    return found


def _flags(node: ast.expr | None) -> int:
    flags = 0
    for part in ast.walk(node) if node is not None else ():
        if isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name) and part.value.id == "re":
            value = getattr(re, part.attr, 0)
            flags |= value if isinstance(value, int) else 0
    return flags


def inline_patterns() -> dict[str, re.Pattern[Any]]:
    """Literal patterns passed to ``re.search(...)``, ``re.split(...)`` etc. inside functions."""
    found: dict[str, re.Pattern[Any]] = {}
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            func = node.func
            if not (isinstance(func.value, ast.Name) and func.value.id == "re" and func.attr != "compile"):
                continue
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                flag_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
                if flag_node is None and func.attr in ("search", "match", "fullmatch", "findall", "finditer"):
                    flag_node = node.args[2] if len(node.args) > 2 else None
                # Keyed by the pattern, not the line number, so that the key survives edits elsewhere in the file.
                key = f"{path.relative_to(SRC.parent)} re.{func.attr}({node.args[0].value!r})"
                found[key] = re.compile(node.args[0].value, _flags(flag_node))
    return found


def compile_calls_outside_module_level() -> list[str]:
    """``re.compile`` calls inside functions: their patterns escape :func:`compiled_patterns`."""
    bad = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for func in ast.walk(tree):
            if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                for node in ast.walk(func):
                    if (
                        isinstance(node, ast.Call)
                        and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "compile"
                        and isinstance(node.func.value, ast.Name)
                        and node.func.value.id == "re"
                    ):
                        bad.append(f"{path.relative_to(SRC.parent)}:{node.lineno}")
    return bad


def xpath_patterns(expressions: list[str]) -> dict[str, re.Pattern[Any]]:
    """The regular expressions inside EXSLT ``re:test()`` calls of XPath expressions."""
    found: dict[str, re.Pattern[Any]] = {}
    for expr in expressions:
        for match in _RE_TEST.finditer(expr):
            flags = re.IGNORECASE if "i" in (match.group(2) or "") else 0
            found[f"xpath re:test {match.group(1)[:60]!r}"] = re.compile(match.group(1), flags)
    return found


def all_patterns() -> dict[str, re.Pattern[Any]]:
    """Compiled, inline and XPath patterns (XPath ones as compiled by parsing every fixture)."""
    from vnnews_parse import parse
    from vnnews_parse._xpath import _CACHE as _XPATH_CACHE

    for page in sorted((Path(__file__).parent.parent / "sites").glob("*/*.html")):
        parse(page.read_bytes())
    return {**compiled_patterns(), **inline_patterns(), **xpath_patterns(sorted(_XPATH_CACHE))}


def subjects(
    pattern: re.Pattern[Any], pieces: tuple[str, ...] = QUICK_PIECES, size: int = SIZE
) -> Iterator[tuple[str, Any]]:
    """``(label, subject)``: each piece repeated to ``size`` characters, then each tail (bytes for bytes patterns)."""
    for piece in pieces:
        for tail in TAILS:
            text = piece * (size // len(piece)) + tail
            label = f"{piece!r}*{size // len(piece)}+{tail!r}"
            yield label, text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text


class TooSlow(Exception):
    """A scan used up its CPU budget."""


def _alarm(signum: int, frame: Any) -> None:
    raise TooSlow


def scan_within(pattern: re.Pattern[Any], subject: Any, cpu_seconds: float) -> float | None:
    """CPU seconds to find every match of ``pattern`` in ``subject``; ``None`` once ``cpu_seconds`` run out.

    The budget is process CPU time (``ITIMER_PROF``), so other processes on a loaded machine do not eat
    into it; the regex engine checks for signals while it backtracks, so a runaway scan is interrupted.
    """
    previous = signal.signal(signal.SIGPROF, _alarm)
    started = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, cpu_seconds)
    try:
        for _ in pattern.finditer(subject):
            pass
    except TooSlow:
        return None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return time.process_time() - started


def main(size: int = 100_000, budget: float = 3.0) -> int:
    """Print one JSON line per pattern: its slowest input and CPU seconds, or the input that ran out of time."""
    failures = 0
    for name, pattern in sorted(all_patterns().items()):
        worst = (0.0, "")
        for label, subject in subjects(pattern, PIECES, size):
            seconds = scan_within(pattern, subject, budget)
            if seconds is None:
                failures += 1
                print(json.dumps({"pattern": name, "super_linear_on": label, "budget": budget}), flush=True)
                break
            worst = max(worst, (seconds, label))
        else:
            print(json.dumps({"pattern": name, "slowest": worst[1], "seconds": round(worst[0], 4)}), flush=True)
    print(f"{failures} super-linear pattern(s) at {size:,} characters, {budget} s of CPU each")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*(f(a) for f, a in zip((int, float), sys.argv[1:], strict=False))))
