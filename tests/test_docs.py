"""Documentation generated from the code stays in step with it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_sites_table_is_current() -> None:
    """docs/sites.md equals what scripts/gen_sites_doc.py generates from the registry."""
    spec = importlib.util.spec_from_file_location("gen_sites_doc", ROOT / "scripts" / "gen_sites_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.render() == (ROOT / "docs" / "sites.md").read_text("utf-8")
