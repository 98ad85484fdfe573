"""Score the library on the real-page corpus beside the repository (skipped where it is absent).

The corpus (``../shared/corpus``: real pages and careful human annotations) is not ours to ship;
this test only reads it. The thresholds are what the library reaches today: a drop is a regression.
"""

from __future__ import annotations

import importlib.util
import sys
from typing import Any

import pytest

from conftest import CORPUS

SCORER = CORPUS.parent / "tools" / "score.py"
pytestmark = pytest.mark.skipif(not (CORPUS / "gold.jsonl").is_file() or not SCORER.is_file(), reason="no corpus")


def _score(**kwargs: Any) -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("vnnews_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["vnnews_score"] = module
    spec.loader.exec_module(module)
    import json

    records = [json.loads(x) for x in (CORPUS / "gold.jsonl").read_text("utf-8").splitlines() if x.strip()]
    if "site" in kwargs:
        records = [r for r in records if r["site"] == kwargs["site"]]
    preds, _ = module.predict_with_library(CORPUS, records, kwargs.get("force"))
    fields: dict[str, list[int]] = {}
    for rec in records:
        for field, ok in module.judge(rec, preds[rec["file"]]).items():
            if ok is not None:
                fields.setdefault(field, [0, 0])
                fields[field][0] += bool(ok)
                fields[field][1] += 1
    return {f: c / n for f, (c, n) in fields.items()}


def test_hanoimoi_every_field() -> None:
    """Every scored field of the real Hànộimới page is right."""
    score = _score(site="hanoimoi")
    assert dict.fromkeys(score, 1.0) == score


def test_generic_fallback_overall() -> None:
    """The generic fallback alone, on every page, gets at least 80% of the scored fields right."""
    score = _score(force="generic")
    assert sum(score.values()) / len(score) >= 0.80
