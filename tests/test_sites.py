"""Golden tests: every fixture page we wrote in a site's real template parses to its expected JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import vnnews_parse
from conftest import site_cases


@pytest.mark.parametrize(("html", "spec"), site_cases())
def test_fixture_with_url(html: Path, spec: dict[str, Any]) -> None:
    """With its URL, in strict mode, the fixture parses to exactly the expected record."""
    article = vnnews_parse.parse(html.read_bytes(), url=spec["url"], strict=True)
    assert spec["expected"] == article.to_dict()


@pytest.mark.parametrize(("html", "spec"), site_cases())
def test_fixture_without_url(html: Path, spec: dict[str, Any]) -> None:
    """Without a URL the page itself (canonical URL or fingerprint) picks the same adapter and result."""
    article = vnnews_parse.parse(html.read_bytes(), strict=True)
    assert spec["expected"] == article.to_dict()


@pytest.mark.parametrize(("html", "spec"), site_cases())
def test_fixture_as_text(html: Path, spec: dict[str, Any]) -> None:
    """A page given as ``str`` parses exactly as the same page given as bytes."""
    article = vnnews_parse.parse(html.read_text("utf-8"), url=spec["url"])
    assert spec["expected"] == article.to_dict()
