"""Shared test helpers: the fixture cases under tests/sites/ and the real-page corpus beside the repo."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
SITES = HERE / "sites"
CORPUS = HERE.parent.parent / "shared" / "corpus"


def site_cases() -> list[Any]:
    """One pytest param per ``tests/sites/<site>/<case>.html`` with its ``.json``, id ``<site>/<case>``."""
    cases = []
    for html in sorted(SITES.glob("*/*.html")):
        spec = json.loads(html.with_suffix(".json").read_text("utf-8"))
        cases.append(pytest.param(html, spec, id=f"{html.parent.name}/{html.stem}"))
    return cases


def install_distribution(
    target: Path, name: str, entry_points: dict[str, dict[str, str]], files: dict[str, str], version: str = "1.0"
) -> None:
    """A distribution as pip installs one (its files and a ``.dist-info`` with entry points) under ``target``.

    Put ``target`` on ``sys.path`` (``monkeypatch.syspath_prepend``) or ``PYTHONPATH`` and
    ``importlib.metadata`` finds it, as it finds any installed package.
    """
    for relative, text in files.items():
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        (target / relative).write_text(text, "utf-8")
    info = target / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", "utf-8")
    groups = [
        f"[{group}]\n" + "".join(f"{k} = {v}\n" for k, v in points.items()) for group, points in entry_points.items()
    ]
    (info / "entry_points.txt").write_text("\n".join(groups), "utf-8")
