"""The command line, run in-process through ``main(argv)``."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from vnnews_parse._cli import main

PAGE = Path(__file__).parent / "sites" / "hanoimoi" / "reference-2016.html"


def test_one_file_prints_pretty_json(capsys: pytest.CaptureFixture[str]) -> None:
    """One file prints one indented JSON object, exit 0."""
    code = main([str(PAGE)])
    out = capsys.readouterr().out
    assert (0, "Quang Huy", True) == (code, json.loads(out)["authors"][0], out.startswith("{\n  "))


def test_folder_prints_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder prints one JSON line per page, recursively."""
    (tmp_path / "sub").mkdir()
    shutil.copy(PAGE, tmp_path / "a.html")
    shutil.copy(PAGE, tmp_path / "sub" / "b.htm")
    assert 0 == main([str(tmp_path)])
    lines = capsys.readouterr().out.splitlines()
    assert ["a.html", "b.htm"] == [Path(json.loads(line)["input"]).name for line in lines]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """'-' reads a page from stdin."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.read_bytes())))
    assert 0 == main(["-"])
    assert "hanoimoi" == json.loads(capsys.readouterr().out)["site"]


def test_bad_stdin_is_one_line_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """'<html></html>' on stdin exits 1 with one line on stderr naming the input and the reason."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<html></html>")))
    code = main(["-"])
    err = capsys.readouterr().err
    assert (1, 1, True) == (code, len(err.splitlines()), err.startswith("vnnews-parse: -: not an article page"))


def test_bad_input_does_not_stop_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A failing input is reported and the next input is still parsed; exit 1."""
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"")
    code = main([str(bad), str(PAGE)])
    captured = capsys.readouterr()
    assert (1, 1, 1) == (code, len(captured.err.splitlines()), len(captured.out.splitlines()))


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file is a failed input, not a traceback."""
    assert 1 == main([str(tmp_path / "nope.html")])
    assert "No such file" in capsys.readouterr().err


def test_no_input_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """No PATH is a usage error: exit 2."""
    assert 2 == main([])


def test_unknown_option_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown option exits 2 (argparse)."""
    with pytest.raises(SystemExit) as exc:
        main(["--nope"])
    assert 2 == exc.value.code


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version."""
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("vnnews_parse ")


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o writes the JSON to a file."""
    target = tmp_path / "out.json"
    assert 0 == main([str(PAGE), "-o", str(target)])
    assert "hanoimoi" == json.loads(target.read_text("utf-8"))["site"]


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    """--explain names where each field came from."""
    assert 0 == main(["--explain", str(PAGE)])
    lines = capsys.readouterr().out.splitlines()
    assert 'authors        site       ["Quang Huy"]' in lines


def test_explain_lists_rejections(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--explain lists a candidate the plausibility checks turned down, with its reason."""
    page = tmp_path / "logo.html"
    text = "".join(f"<p>Đoạn {i} kể lại cuộc họp của hội đồng nhân dân phường chiều hôm qua.</p>" for i in range(4))
    page.write_text(
        "<html><head><title>Mưa lớn ở miền Trung - Báo Tin Mẫu</title><meta property='og:site_name' content='Báo Tin Mẫu'>"
        f"</head><body><h1>Báo Tin Mẫu</h1><div>{text}</div></body></html>",
        "utf-8",
    )
    assert 0 == main(["--explain", str(page)])
    out = capsys.readouterr().out
    assert 'headline       heuristic  "Báo Tin Mẫu": the site\'s name, not a headline' in out.splitlines()


def test_text_format(capsys: pytest.CaptureFixture[str]) -> None:
    """--format text prints the headline first."""
    assert 0 == main(["--format", "text", str(PAGE)])
    assert capsys.readouterr().out.startswith("Nâng cao hiệu quả")


def test_force_generic(capsys: pytest.CaptureFixture[str]) -> None:
    """--site generic forces the fallback."""
    assert 0 == main(["--site", "generic", str(PAGE)])
    assert "generic" == json.loads(capsys.readouterr().out)["site"]
