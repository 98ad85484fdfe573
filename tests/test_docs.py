"""Documentation generated from the code stays in step with it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from vnnews_parse._cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_sites_table_is_current() -> None:
    """docs/sites.md equals what scripts/gen_sites_doc.py generates from the registry."""
    spec = importlib.util.spec_from_file_location("gen_sites_doc", ROOT / "scripts" / "gen_sites_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.render() == (ROOT / "docs" / "sites.md").read_text("utf-8")


def _explain_examples() -> list[tuple[str, list[str], list[str]]]:
    """Every ``$ python -m vnnews_parse --explain ...`` console example of the docs: (file, argv, shown lines)."""
    found = []
    for doc in sorted((ROOT / "docs").glob("*.md")):
        lines = doc.read_text("utf-8").splitlines()
        for i, line in enumerate(lines):
            if line.startswith("$ python -m vnnews_parse --explain"):
                shown = []
                for out in lines[i + 1 :]:
                    if out.startswith("```"):
                        break
                    if out != "...":
                        shown.append(out)
                found.append((doc.name, line.split()[4:], shown))
    return found


def test_explain_examples_are_current(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every line an --explain example of the docs shows is printed by the command today."""
    monkeypatch.chdir(ROOT)
    examples = _explain_examples()
    stale = []
    for doc, argv, shown in examples:
        assert 0 == main(argv)
        printed = capsys.readouterr().out.splitlines()
        stale += [(doc, line) for line in shown if line not in printed]
    assert ([], True) == (stale, len(examples) >= 2)
