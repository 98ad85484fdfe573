"""The command line with your own sites: --adapters FILE.toml, --plugins, and batch workers carrying them."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import install_distribution
from vnnews_parse import AdapterError, SiteAdapter, load_adapters
from vnnews_parse._batch import Task, check_sendable, run
from vnnews_parse._cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "your-own-sites"
TOML = EXAMPLE / "langgio.toml"
PAGE = EXAMPLE / "langgio-2026.html"
GOOD = TOML.read_text("utf-8")


def _write(tmp_path: Path, text: str, name: str = "sites.toml") -> str:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return str(path)


def test_adapters_file_reads_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    """--adapters FILE.toml: the page is read by the file's site."""
    assert 0 == main(["--adapters", str(TOML), str(PAGE)])
    record = json.loads(capsys.readouterr().out)
    assert ("langgio", ["Hoàng Minh", "Thu Trang"]) == (record["site"], record["authors"])


def test_without_adapters_the_page_is_generic(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --adapters the same page goes to the generic fallback."""
    assert 0 == main([str(PAGE)])
    assert "generic" == json.loads(capsys.readouterr().out)["site"]


def test_first_adapters_file_wins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--adapters is repeatable; for the same host, the site of the file given first wins."""
    other = _write(tmp_path, GOOD.replace("[sites.langgio]", "[sites.langgio-old]"))
    assert 0 == main(["--adapters", other, "--adapters", str(TOML), str(PAGE)])
    assert "langgio-old" == json.loads(capsys.readouterr().out)["site"]


def test_site_names_a_toml_site(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """--site accepts the name of a site from an --adapters file."""
    page = PAGE.read_text("utf-8").replace("langgio.vn", "elsewhere.vn").replace("Báo Làng Gió'", "x'")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    assert 0 == main(["--adapters", str(TOML), "--site", "langgio", "-"])
    assert "langgio" == json.loads(capsys.readouterr().out)["site"]


def _line(starting: str) -> int:
    """The line of the example file that starts with ``starting``."""
    return next(n for n, line in enumerate(GOOD.splitlines(), 1) if line.startswith(starting))


BROKEN = [
    pytest.param(GOOD.replace("lg-title')]\"", "lg-title')\""), f":{_line('headline')}: site 'langgio': key 'headline': invalid XPath", id="xpath"),
    pytest.param(GOOD.replace("lead =", "sapo ="), f":{_line('lead')}: site 'langgio': key 'sapo': unknown key", id="unknown-field"),
    pytest.param(GOOD.replace('rights = "//p[contains(@class, \'lg-copyright\')]"', "rights = true"), f":{_line('rights')}: site 'langgio': key 'rights': expected a string or an array of strings, got a boolean", id="wrong-type"),
    pytest.param(GOOD.replace('hosts = ["langgio.vn"]\n', ""), f":{_line('[sites.langgio]')}: site 'langgio': key 'hosts': missing", id="missing-hosts"),
    pytest.param(GOOD.replace("lg-title')]\"", "lg-title')]"), f":{_line('headline')}: site 'langgio': key 'headline': invalid TOML: ", id="toml-syntax"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BROKEN)
def test_broken_adapters_file_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    """A broken --adapters file: exit 2, one line 'vnnews-parse: error: FILE:LINE: site ...: key ...: ...', no output."""
    path = _write(tmp_path, text)
    code = main(["--adapters", path, str(PAGE)])
    captured = capsys.readouterr()
    start = f"vnnews-parse: error: {path}{expected}"
    assert (2, "", 1, start) == (code, captured.out, len(captured.err.splitlines()), captured.err[: len(start)])


def test_broken_adapters_file_never_prints_a_traceback(tmp_path: Path) -> None:
    """Run as a program, a broken file prints its one line and nothing else (no traceback), exit 2."""
    path = _write(tmp_path, GOOD.replace("lg-title')]\"", "lg-title')]"))
    done = subprocess.run(
        [sys.executable, "-m", "vnnews_parse", "--adapters", path, "--jobs", "2", str(PAGE)],
        capture_output=True,
        text=True,
        check=False,
    )
    start = f"vnnews-parse: error: {path}:{_line('headline')}: site 'langgio': key 'headline': invalid TOML: "
    assert (2, "", 1, True) == (
        done.returncode,
        done.stdout,
        len(done.stderr.splitlines()),
        done.stderr.startswith(start),
    )


def test_missing_adapters_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An --adapters file that does not exist: exit 2, one line naming it."""
    path = str(tmp_path / "nope.toml")
    assert 2 == main(["--adapters", path, str(PAGE)])
    assert f"vnnews-parse: error: {path}: No such file or directory\n" == capsys.readouterr().err


# -- plugins --------------------------------------------------------------------------------------------------
PLUGIN = """
from vnnews_parse import load_adapters
ADAPTER = load_adapters({toml!r})[0]
"""


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example site installed as a plugin, and a broken plugin beside it."""
    group = "vnnews_parse.sites"
    files = {"tm_langgio.py": PLUGIN.format(toml=str(TOML))}
    install_distribution(tmp_path, "tm-langgio", {group: {"langgio": "tm_langgio:ADAPTER"}}, files)
    install_distribution(tmp_path, "tm-broken", {group: {"broken": "tm_nowhere:ADAPTER"}}, {})
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.delitem(sys.modules, "tm_langgio", raising=False)
    return tmp_path


def test_plugins_flag_uses_plugins(plugin: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--plugins uses the installed plugins' sites; a broken plugin is one warning line, and the run goes on."""
    code = main(["--plugins", str(PAGE)])
    captured = capsys.readouterr()
    warning = "vnnews-parse: warning: plugin 'broken' (tm_nowhere:ADAPTER from tm-broken 1.0): cannot load: "
    assert (0, "langgio", 1, True) == (
        code,
        json.loads(captured.out)["site"],
        len(captured.err.splitlines()),
        captured.err.startswith(warning),
    )


def test_no_plugins_without_the_flag(plugin: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Installed plugins are not used without --plugins."""
    assert 0 == main([str(PAGE)])
    captured = capsys.readouterr()
    assert ("generic", "") == (json.loads(captured.out)["site"], captured.err)


# -- batch mode: the adapters travel to the workers ---------------------------------------------------------
def _folder(tmp_path: Path, count: int = 5) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(count):
        shutil.copy(PAGE, folder / f"{i:02d}.html")
    return folder


def test_batch_jobs_use_the_adapters_file(tmp_path: Path) -> None:
    """--jobs 2 --adapters: every page is read by the file's site in the worker processes."""
    out = tmp_path / "out.jsonl"
    assert 0 == main(["--jobs", "2", "--adapters", str(TOML), str(_folder(tmp_path)), "-o", str(out)])
    assert ["langgio"] * 5 == [json.loads(line)["site"] for line in out.read_text("utf-8").splitlines()]


def test_batch_jobs_use_plugins(plugin: Path, tmp_path: Path) -> None:
    """--jobs 2 --plugins: the plugins' sites reach the workers."""
    out = tmp_path / "out.jsonl"
    assert 0 == main(["--jobs", "2", "--plugins", str(_folder(tmp_path)), "-o", str(out)])
    assert ["langgio"] * 5 == [json.loads(line)["site"] for line in out.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_batch_workers_by_any_start_method(tmp_path: Path, method: str) -> None:
    """The adapters reach the workers whatever the start method: the records equal those of one process."""
    tasks = [Task(str(PAGE))] * 4
    adapters = load_adapters(TOML)
    alone, pooled = io.StringIO(), io.StringIO()
    run(tasks, alone, jobs=1, adapters=adapters)
    run(tasks, pooled, jobs=2, adapters=adapters, start_method=method, chunksize=1)
    lines = pooled.getvalue().splitlines()
    assert (alone.getvalue(), "langgio") == (pooled.getvalue(), json.loads(lines[0])["site"])


def test_adapter_that_cannot_travel_fails_before_the_run() -> None:
    """An adapter with a lambda as custom function cannot reach workers: AdapterError naming it, at once."""
    adapter = SiteAdapter(name="tm", hosts=("tm.example.vn",), custom={"headline": lambda page: "x"})
    with pytest.raises(AdapterError, match=r"^site 'tm': key 'custom': cannot be sent to worker processes"):
        check_sendable((adapter,))


def test_run_rejects_what_is_not_adapters() -> None:
    """run() checks adapters= once, before any page."""
    bad: Any = ("langgio",)
    with pytest.raises(TypeError, match="SiteAdapter"):
        run([Task(str(PAGE))], io.StringIO(), adapters=bad)
