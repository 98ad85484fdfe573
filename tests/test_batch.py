"""The batch CLI (``--jobs``, folders, path lists on stdin, WARC files) and its machinery in ``_batch``."""

from __future__ import annotations

import io
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import vnnews_parse
from vnnews_parse._batch import Progress, Task, _Window, run, with_http_charset
from vnnews_parse._cli import main

SITES = Path(__file__).parent / "sites"
PAGES = sorted(SITES.glob("*/*.html"))[:6]
# A page without canonical link or og:url: its url can only come from where the caller says.
BARE = (
    "<html><head><title>T</title></head><body><h1>Giá cà phê lập đỉnh mới trong tháng này</h1>"
    "<p>Giá cà phê nhân xuất khẩu tăng mạnh trong tuần qua, nông dân Tây Nguyên giữ hàng chờ giá.</p>"
    "<p>Các doanh nghiệp cho biết nguồn cung khan hiếm khiến giá tiếp tục tăng trong những ngày tới.</p>"
    "</body></html>"
)


def _url(page: Path) -> str:
    return str(json.loads(page.with_suffix(".json").read_text("utf-8"))["url"])


def _folder(tmp_path: Path) -> list[Path]:
    """The fixture pages copied into a two-level folder; returns them in walk order."""
    paths = []
    for i, page in enumerate(PAGES):
        target = tmp_path / "in" / ("" if i < 3 else "sub") / f"{i:02d}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, target)
        paths.append(target)
    return paths


def _inputs(path: Path) -> list[str]:
    return [json.loads(line)["input"] for line in path.read_text("utf-8").splitlines()]


def write_warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    """A gzipped WARC of HTTP responses ``(url, content type, body)``, plus a request record to skip."""
    warcio = pytest.importorskip("warcio")
    with path.open("wb") as stream:
        writer = warcio.WARCWriter(stream, gzip=True)
        for url, content_type, body in records:
            # Lengths given: without them warcio buffers each payload in a temporary file it never closes.
            get = b"GET / HTTP/1.1\r\n\r\n"
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(get), length=len(get)))
            raw = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(raw), length=len(raw)))


def test_jobs_keep_input_order(tmp_path: Path) -> None:
    """With 2 workers the lines come in input order: a folder's files, then its sub-folders."""
    paths = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    assert 0 == main(["--jobs", "2", str(tmp_path / "in"), "-o", str(out)])
    assert [str(p) for p in paths] == _inputs(out)


def test_unordered_writes_every_page(tmp_path: Path) -> None:
    """--unordered writes the same pages, in whatever order they finish."""
    paths = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    assert 0 == main(["--jobs", "2", "--unordered", str(tmp_path / "in"), "-o", str(out)])
    assert sorted(str(p) for p in paths) == sorted(_inputs(out))


def test_batch_line_is_the_parsed_article(tmp_path: Path) -> None:
    """A batch line is the input plus Article.to_dict() of the page."""
    out = tmp_path / "out.jsonl"
    main(["--jobs", "1", str(PAGES[0]), "-o", str(out)])
    expected = {"input": str(PAGES[0]), **vnnews_parse.parse(PAGES[0].read_bytes()).to_dict()}
    assert expected == json.loads(out.read_text("utf-8"))


def test_errors_file_and_the_run_goes_on(tmp_path: Path) -> None:
    """Failures go to --errors as {"input", "error"} lines; the other pages are still written; exit 1."""
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code = main(["--jobs", "2", str(bad), str(PAGES[0]), "-o", str(out), "--errors", str(errors)])
    lines = [json.loads(line) for line in errors.read_text("utf-8").splitlines()]
    assert (1, [str(bad)], [str(PAGES[0])]) == (code, [e["input"] for e in lines], _inputs(out))


def test_error_reason_is_given(tmp_path: Path) -> None:
    """The error line says why the input failed."""
    errors = tmp_path / "errors.jsonl"
    main(["--errors", str(errors), str(tmp_path / "missing.html"), "-o", str(tmp_path / "out.jsonl")])
    assert "No such file or directory" == json.loads(errors.read_text("utf-8"))["error"]


def test_folder_recursion_takes_html_only(tmp_path: Path) -> None:
    """Folders are searched recursively for .html/.htm files; other files are ignored."""
    (tmp_path / "a" / "b").mkdir(parents=True)
    shutil.copy(PAGES[0], tmp_path / "a" / "b" / "deep.htm")
    shutil.copy(PAGES[1], tmp_path / "a" / "top.html")
    (tmp_path / "a" / "notes.txt").write_text("not a page")
    out = tmp_path / "out.jsonl"
    main(["--jobs", "1", str(tmp_path / "a"), "-o", str(out)])
    assert ["top.html", "deep.htm"] == [Path(p).name for p in _inputs(out)]


def test_stdin_is_a_list_of_paths_in_batch_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In batch mode '-' reads paths from stdin, one per line, blank lines skipped."""
    listing = f"{PAGES[1]}\n\n{PAGES[0]}\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(listing))
    out = tmp_path / "out.jsonl"
    assert 0 == main(["--jobs", "1", "-", "-o", str(out)])
    assert [str(PAGES[1]), str(PAGES[0])] == _inputs(out)


def test_batch_refuses_explain(capsys: pytest.CaptureFixture[str]) -> None:
    """--explain prints per-page tables, which batch mode (JSON lines only) cannot: exit 2."""
    assert 2 == main(["--jobs", "2", "--explain", str(PAGES[0])])


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing is drawn on a stderr that is not a terminal."""
    main(["--jobs", "1", str(PAGES[0]), "-o", str(tmp_path / "out.jsonl")])
    assert "" == capsys.readouterr().err


def test_progress_line_figures() -> None:
    """The progress line shows pages done of the total, failures and an ETA."""
    progress = Progress(io.StringIO())
    progress.total = 10
    progress.update(True)
    progress.update(False)
    line = progress.line()
    assert (True, True, True) == (line.startswith("2/10 pages"), "1 failed" in line, "ETA 0:" in line)


def test_ctrl_c_keeps_what_was_written() -> None:
    """An interrupt stops the run; the pages written before it stay, and the summary says so."""

    def tasks() -> Iterator[Task]:
        yield Task(str(PAGES[0]))
        yield Task(str(PAGES[1]))
        raise KeyboardInterrupt

    out = io.StringIO()
    summary = run(tasks(), out)
    assert (2, True, 2) == (summary.done, summary.interrupted, len(out.getvalue().splitlines()))


def test_window_bounds_read_ahead() -> None:
    """The feeder reads no more tasks than the window holds until results are written."""
    pulled: list[int] = []

    def source() -> Iterator[Task]:
        for i in range(100):
            pulled.append(i)
            yield Task(str(i))

    window = _Window(3)
    feed = window.feed(source())
    taken = [next(feed) for _ in range(3)]
    window.stop.set()
    rest = list(feed)
    assert (3, 0, 4) == (len(taken), len(rest), len(pulled))


def test_warc_round_trip(tmp_path: Path) -> None:
    """Every HTML response record of a WARC is parsed as parse() would with WARC-Target-URI as url."""
    records = [(_url(page), "text/html; charset=utf-8", page.read_bytes()) for page in PAGES]
    warc = tmp_path / "pages.warc.gz"
    write_warc(warc, records)
    out = tmp_path / "out.jsonl"
    assert 0 == main([str(warc), "-o", str(out)])
    lines = out.read_text("utf-8").splitlines()
    actual = [{k: v for k, v in json.loads(line).items() if k != "input"} for line in lines]
    assert [vnnews_parse.parse(body, url).to_dict() for url, _, body in records] == actual


def test_warc_url_comes_from_target_uri(tmp_path: Path) -> None:
    """A page without canonical link gets the record's WARC-Target-URI as its url."""
    warc = tmp_path / "one.warc.gz"
    write_warc(warc, [("https://example.vn/gia-ca-phe-123.html", "text/html", BARE.encode())])
    out = tmp_path / "out.jsonl"
    main(["--jobs", "2", str(warc), "-o", str(out)])
    assert "https://example.vn/gia-ca-phe-123.html" == json.loads(out.read_text("utf-8"))["url"]


def test_warc_skips_non_html_records(tmp_path: Path) -> None:
    """Images and other non-HTML responses are not pages: they are neither parsed nor failures."""
    warc = tmp_path / "mixed.warc"
    image = ("https://example.vn/a.jpg", "image/jpeg", b"\xff\xd8\xff")
    write_warc(warc, [image, ("https://example.vn/a.html", "text/html", BARE.encode())])
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    main([str(warc), "-o", str(out), "--errors", str(errors)])
    assert (1, "") == (len(out.read_text("utf-8").splitlines()), errors.read_text("utf-8"))


def test_warc_input_names_the_record_offset(tmp_path: Path) -> None:
    """A WARC page's input is 'file#offset', the byte offset of its record."""
    warc = tmp_path / "one.warc.gz"
    write_warc(warc, [("https://example.vn/a.html", "text/html", BARE.encode())])
    out = tmp_path / "out.jsonl"
    main([str(warc), "-o", str(out)])
    name, _, offset = _inputs(out)[0].partition("#")
    assert (str(warc), True) == (name, offset.isdigit() and int(offset) > 0)


def test_warc_http_charset_is_honoured(tmp_path: Path) -> None:
    """A page without a declared charset is decoded by the HTTP header's charset."""
    page = BARE.replace("Giá cà phê lập đỉnh mới trong tháng này", "São Tomé: Ãnh café à la carte du jour")
    warc = tmp_path / "latin.warc.gz"
    body = page.encode("latin-1", "replace")  # the Vietnamese body text becomes "?": only the headline matters
    write_warc(warc, [("https://example.vn/a.html", "text/html; charset=ISO-8859-1", body)])
    out = tmp_path / "out.jsonl"
    main([str(warc), "-o", str(out)])
    assert "São Tomé: Ãnh café à la carte du jour" == json.loads(out.read_text("utf-8"))["headline"]


@pytest.mark.parametrize(
    ("charset", "body", "expected"),
    [
        ("ISO-8859-1", "café".encode("latin-1"), "café"),  # read as browsers do: windows-1252
        ("utf-7", b"+AOk-", b"+AOk-"),  # not a web encoding: left to parse's own rules
        ("ISO-8859-1", '<meta charset="utf-8">café'.encode(), '<meta charset="utf-8">café'.encode()),
        ("ISO-8859-1", "\ufeffcafé".encode(), "\ufeffcafé".encode()),
        ("utf-8", "café".encode(), "café".encode()),  # UTF-8 stays bytes: parse reads it directly
    ],
)
def test_http_charset_applies_only_where_the_page_says_nothing(
    charset: str, body: bytes, expected: str | bytes
) -> None:
    """The HTTP charset decodes a page with no BOM and no declared charset, when it is a web encoding."""
    assert expected == with_http_charset(body, charset)


def test_broken_warc_is_one_failure(tmp_path: Path) -> None:
    """A file that is not a WARC ends as a failure line; the other inputs are still parsed."""
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"this is not a warc file at all")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    pytest.importorskip("warcio")
    code = main([str(broken), str(PAGES[0]), "-o", str(out), "--errors", str(errors)])
    failed: list[dict[str, Any]] = [json.loads(line) for line in errors.read_text("utf-8").splitlines()]
    assert (1, [str(broken)], 1) == (code, [f["input"] for f in failed], len(out.read_text("utf-8").splitlines()))
