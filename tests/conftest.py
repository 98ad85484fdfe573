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
