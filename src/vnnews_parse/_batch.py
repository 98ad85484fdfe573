"""Batch parsing: many pages (files, folders, path lists, WARC archives) on all cores, streamed.

The inputs are expanded lazily into :class:`Task`s; workers parse them and return one JSON line
each; the main process writes the lines in input order (or as they come). Nothing holds all
pages, all paths or all results: memory stays flat however many pages go through.
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import pickle
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NamedTuple, TextIO

from vnnews_parse._errors import AdapterError, ParseError
from vnnews_parse._page import BOM_PREFIXES, declared_charset, web_codec
from vnnews_parse._parse import parse
from vnnews_parse._registry import tiers_of
from vnnews_parse.sites._base import SiteAdapter

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz")
# Pages per message to a worker: enough to make the pickling overhead negligible, few enough
# that ordered output does not wait long behind one slow page.
CHUNKSIZE = 16
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE)


class Task(NamedTuple):
    """One page to parse. ``data`` is ``None`` for a file the worker reads itself (only the path travels)."""

    input: str
    data: bytes | None = None
    url: str | None = None
    charset: str | None = None
    error: str | None = None  # set when the page could not even be read (a broken archive): a failure as is


class Result(NamedTuple):
    """A parsed page as one JSON line, or the reason it failed."""

    input: str
    line: str | None
    error: str | None


# -- expanding the inputs ---------------------------------------------------------------------------------
def is_warc(path: str) -> bool:
    """Whether a path names a WARC archive (by its suffix)."""
    return path.lower().endswith(WARC_SUFFIXES)


def walk_html(root: str) -> Iterator[str]:
    """The HTML files under ``root``, recursively: each folder's files sorted by name, then its subfolders."""
    # os.walk streams folder by folder; a sorted rglob would hold every path of a huge tree first.
    for folder, subfolders, files in os.walk(root):
        subfolders.sort()
        for name in sorted(files):
            if name.lower().endswith(HTML_SUFFIXES):
                yield os.path.join(folder, name)


def expand(inputs: Sequence[str], stdin: IO[str] | None = None) -> Iterator[Task]:
    """Tasks for the inputs in order: files, folders (recursive), WARC files, ``-`` = paths on stdin."""
    for item in inputs:
        if item == "-":
            for line in stdin if stdin is not None else sys.stdin:
                path = line.strip()
                if path:
                    yield from _expand_one(path)
        else:
            yield from _expand_one(item)


def _expand_one(path: str) -> Iterator[Task]:
    if is_warc(path):
        yield from warc_tasks(path)
    elif os.path.isdir(path):
        yield from (Task(p) for p in walk_html(path))
    else:
        yield Task(path)


def warc_tasks(path: str) -> Iterator[Task]:
    """One task per HTML response record of a WARC file; a broken archive ends as one failed task.

    The input name is ``path#offset`` (the record's byte offset, where warcio can seek back to it).
    """
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    except ImportError:
        yield Task(path, error="reading WARC files needs warcio: pip install 'vnnews_parse[warc]'")
        return
    offset = 0
    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if record.format != "warc":
                    # warcio reads anything as an old ARC record: in a .warc file that means garbage.
                    raise ValueError("not a WARC file")
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                # Redirects, errors and "not modified" answers carry no article even when typed HTML.
                status = record.http_headers.get_statuscode() or ""
                content_type = record.http_headers.get_header("Content-Type") or ""
                if not status.startswith("2") or not _is_html_type(content_type):
                    continue
                data = record.content_stream().read()
                # Asked only now: warcio finds a record's offset by reading the record to its end.
                offset = records.get_record_offset()
                match = _HTTP_CHARSET.search(content_type)
                yield Task(
                    f"{path}#{offset}",
                    data=data,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    charset=match.group(1) if match else None,
                )
    except Exception as exc:
        where = f" after the record at offset {offset}" if offset else ""
        yield Task(path, error=f"cannot read WARC{where}: {_reason(exc)}")


def _is_html_type(content_type: str) -> bool:
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind in ("text/html", "application/xhtml+xml")


def with_http_charset(data: bytes, charset: str | None) -> str | bytes:
    """The page decoded by its HTTP charset when the HTML declares none itself (as browsers do).

    A BOM or a charset the page declares (``<meta charset>``, XML declaration) outranks the HTTP
    header's absence of opinion. An HTTP charset that is not a web encoding, or cannot decode
    the bytes, is ignored: ``parse`` then decodes as usual. Both are read by parse's own rules.
    """
    codec = web_codec(charset) if charset else None
    # UTF-8 is what parse tries first anyway, on the bytes, without decoding them in Python.
    if codec in (None, "utf-8") or data.startswith(BOM_PREFIXES) or declared_charset(data[:4096]) is not None:
        return data
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return data


# -- parsing one task (runs in the workers; module-level so it pickles) ----------------------------------
def parse_task(task: Task, site: str | None = None, adapters: Sequence[SiteAdapter] = ()) -> Result:
    """Parse one task into a :class:`Result` (one JSON line, or the reason); never raises for a bad page."""
    record, error = parse_to_record(task, site, adapters)
    if record is None:
        return Result(task.input, None, error)
    return Result(task.input, json.dumps(record, ensure_ascii=False), None)


def parse_to_record(
    task: Task, site: str | None = None, adapters: Sequence[SiteAdapter] = ()
) -> tuple[dict[str, Any] | None, str | None]:
    """``({"input": ..., **article.to_dict()}, None)``, or ``(None, reason)`` when the page fails."""
    if task.error is not None:
        return None, task.error
    try:
        data = task.data if task.data is not None else Path(task.input).read_bytes()
        article = parse(with_http_charset(data, task.charset), task.url, site=site, adapters=adapters)
    except (ParseError, OSError) as exc:
        return None, _reason(exc)
    except Exception as exc:
        return None, f"internal error: {type(exc).__name__}: {exc}"
    return {"input": task.input, **article.to_dict()}, None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def check_sendable(adapters: Sequence[SiteAdapter]) -> None:
    """Raise `AdapterError` for an adapter that cannot travel to a worker process (a lambda in ``custom``).

    Adapters travel by value with the work (pickled): what the main process checked is what the
    workers run, whatever the start method (fork, forkserver, spawn). Data adapters (TOML) always
    pickle; custom functions pickle by reference, so they must be module-level functions of an
    importable module, as a plugin's are.
    """
    for adapter in adapters:
        try:
            pickle.dumps(adapter)
        except Exception as exc:
            raise AdapterError(
                f"cannot be sent to worker processes ({type(exc).__name__}: {exc}); custom functions"
                " must be module-level functions of an importable module",
                site=adapter.name,
                key="custom",
            ) from None


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group; only the main process handles it, so the workers
    # do not each print a traceback while being terminated.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# -- flow control ---------------------------------------------------------------------------------------
class _Window:
    """At most ``size`` tasks between reading and writing: Pool.imap alone reads its input to the end."""

    def __init__(self, size: int) -> None:
        self._slots = threading.Semaphore(size)
        self.stop = threading.Event()

    def feed(self, tasks: Iterable[Task]) -> Iterator[Task]:
        """Yield the tasks, waiting for a free slot before each; end early once ``stop`` is set."""
        for task in tasks:
            # A timed wait so that a stopped run never leaves the pool's feeder thread blocked here.
            while not self._slots.acquire(timeout=0.1):
                if self.stop.is_set():
                    return
            if self.stop.is_set():
                return
            yield task

    def release(self) -> None:
        """A result was written: one more task may be read."""
        self._slots.release()


# -- progress ---------------------------------------------------------------------------------------------
class Progress:
    """A one-line progress bar on a terminal: pages done, pages/s, failures, ETA (when the total is known)."""

    def __init__(self, stream: TextIO, interval: float = 0.2) -> None:
        self.stream = stream
        self.interval = interval
        self.done = 0
        self.failed = 0
        self.total: int | None = None
        self._start = time.perf_counter()
        self._last = 0.0
        self._width = 0

    def count_in_background(self, inputs: Sequence[str]) -> None:
        """Count the pages of file and folder inputs in a thread, for the ETA; stdin and WARC make it unknown."""
        if any(item == "-" or is_warc(item) for item in inputs):
            return

        def count() -> None:
            total = sum(1 for item in inputs for _ in (walk_html(item) if os.path.isdir(item) else (item,)))
            self.total = total

        threading.Thread(target=count, name="vnnews-count", daemon=True).start()

    def update(self, ok: bool) -> None:
        """Count one page and redraw, at most every ``interval`` seconds."""
        self.done += 1
        self.failed += not ok
        now = time.perf_counter()
        if now - self._last >= self.interval:
            self._last = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        """The progress line as it is drawn."""
        elapsed = max((now or time.perf_counter()) - self._start, 1e-9)
        rate = self.done / elapsed
        total = f"/{self.total:,}" if self.total else ""
        if self.total and rate > 0:
            eta = _duration(max(self.total - self.done, 0) / rate)
        else:
            eta = "--"
        return f"{self.done:,}{total} pages  {rate:,.0f} pages/s  {self.failed:,} failed  ETA {eta}"

    def _draw(self, now: float) -> None:
        text = self.line(now)
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def message(self, text: str) -> None:
        """Print a line above the bar (an error), then redraw the bar."""
        self.stream.write("\r" + " " * self._width + "\r" + text + "\n")
        self._width = 0
        self._draw(time.perf_counter())

    def close(self) -> None:
        """Draw the final figures and end the line."""
        self._draw(time.perf_counter())
        self.stream.write("\n")
        self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


# -- the run ----------------------------------------------------------------------------------------------
class Summary(NamedTuple):
    """What a run did."""

    done: int
    failed: int
    interrupted: bool


def run(
    tasks: Iterable[Task],
    out: TextIO,
    *,
    jobs: int = 1,
    site: str | None = None,
    adapters: Sequence[SiteAdapter] = (),
    ordered: bool = True,
    errors: TextIO | None = None,
    report: Callable[[str], None] | None = None,
    progress: Progress | None = None,
    chunksize: int = CHUNKSIZE,
    start_method: str | None = None,
) -> Summary:
    """Parse every task, writing one JSON line per page to ``out``; failures to ``errors`` or ``report``.

    ``jobs=1`` parses in this process; more start a pool of worker processes, and ``adapters``
    (the caller's, as for ``parse``) travel to them with the work (see `check_sendable`, which
    is called first). Ctrl-C ends the run cleanly: what was written stays written (and
    flushed), and the summary says so.
    """
    done = failed = 0
    interrupted = False
    adapters = tuple(adapters)
    tiers_of(adapters)  # not adapters: fail now, not once per page
    if jobs > 1:
        check_sendable(adapters)
    work = functools.partial(parse_task, site=site, adapters=adapters)
    pool: Any = None
    window = _Window(max(jobs, 1) * chunksize * 4)
    try:
        if jobs <= 1:
            results: Iterator[Result] = map(work, tasks)
        else:
            # forkserver: workers fork from a clean server process, never from this one, which may
            # run threads (the progress counter, a caller's) that fork() would copy mid-operation.
            method = start_method or (
                "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            )
            pool = multiprocessing.get_context(method).Pool(jobs, initializer=_worker_init)
            mapper = pool.imap if ordered else pool.imap_unordered
            results = mapper(work, window.feed(tasks), chunksize=chunksize)
        for result in results:
            if pool is not None:
                window.release()
            if result.line is not None:
                out.write(result.line + "\n")
                done += 1
            else:
                failed += 1
                if errors is not None:
                    errors.write(json.dumps({"input": result.input, "error": result.error}, ensure_ascii=False) + "\n")
                elif report is not None:
                    message = f"vnnews-parse: {result.input}: {result.error}"
                    if progress is not None:
                        progress.message(message)
                    else:
                        report(message)
            if progress is not None:
                progress.update(result.line is not None)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        window.stop.set()
        if pool is not None:
            # terminate, not close: on Ctrl-C the remaining pages are abandoned on purpose.
            pool.terminate()
            pool.join()
        out.flush()
        if errors is not None:
            errors.flush()
        if progress is not None:
            progress.close()
    return Summary(done, failed, interrupted)
