"""The Spark example in local mode: the same records as the batch CLI on the same WARC file.

Skipped when pyspark (or Java) is missing, except where ``VNNEWS_PARSE_SPARK_TESTS=required``
(CI sets it): there a missing pyspark or Java fails, so the Spark path cannot be skipped unseen.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from test_batch import BARE, PAGES, _url, write_warc
from vnnews_parse import load_adapters
from vnnews_parse._cli import main
from vnnews_parse.spark import html_partition, parse_record

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "spark_warc.py"
REQUIRED = os.environ.get("VNNEWS_PARSE_SPARK_TESTS") == "required"


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spark_warc", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _need_spark() -> None:
    """Skip without pyspark or Java; fail instead when the Spark tests are required."""
    missing = None
    if importlib.util.find_spec("pyspark") is None:
        missing = "pyspark is not installed (pip install -e '.[spark]')"
    elif shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        missing = "no Java runtime (PySpark 4 needs Java 17+)"
    if missing and REQUIRED:
        pytest.fail(f"VNNEWS_PARSE_SPARK_TESTS=required but {missing}")
    if missing:
        pytest.skip(missing)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """A one-core local Spark session without UI, its Python workers on this interpreter."""
    _need_spark()
    from pyspark.sql import SparkSession

    # The workers must import vnnews_parse: run them on this interpreter (the config key alone is
    # not honoured in local mode, the environment variable is).
    patch = pytest.MonkeyPatch()
    patch.setenv("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[1]")
        .appName("vnnews_parse-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .getOrCreate()
    )
    yield session
    session.stop()
    patch.undo()


@pytest.fixture(scope="module")
def warc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A WARC of the fixture pages plus one page that is not an article."""
    path = tmp_path_factory.mktemp("warc") / "pages.warc.gz"
    records = [(_url(page), "text/html; charset=utf-8", page.read_bytes()) for page in PAGES]
    write_warc(path, [*records, ("https://example.vn/empty.html", "text/html", b"<html></html>")])
    return path


def _cli_records(warc: Path, tmp_path: Path) -> list[dict[str, Any]]:
    out = tmp_path / "cli.jsonl"
    main([str(warc), "-o", str(out), "--errors", str(tmp_path / "errors.jsonl")])
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


def _by_input(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: int(r["input"].rpartition("#")[2]))


def test_spark_json_equals_batch_cli(warc: Path, spark: Any, tmp_path: Path) -> None:
    """The example's JSON output holds exactly the records the batch CLI writes."""
    example = _example()
    example.write(example.articles(spark, [str(warc)]), str(tmp_path / "json"), "json")
    lines = [
        line for part in sorted((tmp_path / "json").glob("part-*")) for line in part.read_text("utf-8").splitlines()
    ]
    assert _cli_records(warc, tmp_path) == _by_input([json.loads(line) for line in lines])


def test_documented_command_writes_the_batch_records(
    warc: Path, spark: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/archives.md's command, run as written (local mode, every core), writes Parquet of the batch CLI's records."""
    work = tmp_path / "run"
    work.mkdir()
    shutil.copy(warc, work / "crawl-1.warc.gz")
    # As from a shell where this interpreter's environment is active: `python`, and the `python3`
    # that PySpark starts its workers with, are this interpreter.
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])}
    env.pop("PYSPARK_PYTHON", None)
    command = "python examples/spark_warc.py --format parquet out/ crawl-*.warc.gz"
    done = subprocess.run(
        command.replace("examples/spark_warc.py", str(EXAMPLE)),
        shell=True,
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == done.returncode, done.stderr[-3000:]
    rows = [row.asDict(recursive=True) for row in spark.read.parquet(str(work / "out")).collect()]
    monkeypatch.chdir(work)  # the batch CLI run from the same folder names the inputs the same way
    assert _cli_records(Path("crawl-1.warc.gz"), tmp_path) == _by_input(rows)


def test_documented_command_is_in_the_docs() -> None:
    """The command the test above runs is the one docs/archives.md gives."""
    docs = (ROOT / "docs" / "archives.md").read_text("utf-8")
    assert "python examples/spark_warc.py --format parquet out/ crawl-*.warc.gz" in docs


def test_parse_record_of_a_page() -> None:
    """parse_record gives the page's Article as a dict, with its input name."""
    record = parse_record(BARE.encode(), "https://example.vn/a.html", input="row-1")
    assert ("row-1", "https://example.vn/a.html") == (record and record["input"], record and record["url"])


def test_parse_record_of_a_non_article_is_none() -> None:
    """A page that is not an article gives None, not an exception."""
    assert None is parse_record(b"<html></html>", None)


def test_html_partition_skips_failures() -> None:
    """html_partition yields one record per article row and skips the rest."""
    rows = [("a", "https://example.vn/a.html", BARE.encode()), ("b", None, b"")]
    assert ["a"] == [r["input"] for r in html_partition(rows)]


def test_parse_record_with_own_adapters() -> None:
    """parse_record (and the partition functions) take adapters= as parse does."""
    example = Path(__file__).parent.parent / "examples" / "your-own-sites"
    adapters = load_adapters(example / "langgio.toml")
    record = parse_record((example / "langgio-2026.html").read_bytes(), input="row-1", adapters=adapters)
    assert "langgio" == (record and record["site"])
