"""Adapters from outside the package: TOML files (``load_adapters``) and plugins (``plugin_adapters``).

Both only build `SiteAdapter` objects for the caller to pass to ``parse(..., adapters=...)``:
nothing is registered anywhere, and a plugin is never used unless the caller asks for plugins.
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from vnnews_parse._errors import AdapterError
from vnnews_parse.sites._base import FIELDS, SiteAdapter

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10: the same parser, as a package (a dependency there only)
    import tomli as tomllib

GROUP = "vnnews_parse.sites"
_SELECTOR_KEYS = ("fingerprints", *FIELDS, "body_exclude")
_LIST_KEYS = ("hosts", *_SELECTOR_KEYS, "required", "no_fallback", "templates")
_AT = re.compile(r"\(at line (\d+), column (\d+)\)$")
_HEADER = re.compile(r"""^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$""")
_SITE_TABLE = re.compile(r"""sites\s*\.\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))""")
_KEY = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")
_TOML_TYPES = {
    str: "a string",
    int: "an integer",
    float: "a float",
    bool: "a boolean",
    dict: "a table",
    list: "an array",
}


def load_adapters(path: str | os.PathLike[str]) -> tuple[SiteAdapter, ...]:
    """The site adapters described in a TOML file, in the order of the file.

    Each ``[sites.NAME]`` table is one site: ``hosts`` (required), ``fingerprints``, a selector
    or an array of selectors per field of `FIELDS`, ``body_exclude``, ``required``,
    ``no_fallback`` and ``templates``, with the meaning they have in `SiteAdapter`::

        [sites.baomau]
        hosts = ["baomau.vn"]
        headline = "//h1[contains(@class, 'detail-title')]"
        published = ["//*[contains(@class, 'detail-time')]", "//meta[@property='article:published_time']/@content"]
        body = "//div[contains(@class, 'detail-content')]"
        required = ["headline", "published", "body"]

    Raises:
        AdapterError: the file is not valid TOML, or describes an adapter that cannot work (an
            unknown key, a value of the wrong type, an invalid XPath, no hosts...). The message
            is one line naming the file, the line when known, the site and the key.
        OSError: the file cannot be read.
    """
    file = os.fspath(path)
    with open(file, "rb") as stream:
        data = stream.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AdapterError(f"not UTF-8 text (byte {exc.start})", file=file) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(file, text, str(exc)) from None
    try:
        return _adapters(document)
    except AdapterError as exc:
        raise exc.located(file, _line_of(text, exc.site, exc.key, exc.selector)) from None


def _adapters(document: dict[str, Any]) -> tuple[SiteAdapter, ...]:
    for key in document:
        if key != "sites":
            raise AdapterError("unknown top-level key: a file holds [sites.NAME] tables", key=key)
    sites = document.get("sites")
    if not isinstance(sites, dict) or not sites:
        raise AdapterError("no site: describe each site in a [sites.NAME] table", key="sites")
    adapters = []
    for name, table in sites.items():
        if not isinstance(table, dict):
            raise AdapterError(f"expected a table [sites.{name}], got {_toml_type(table)}", site=name)
        adapters.append(_adapter(name, table))
    return tuple(adapters)


def _adapter(name: str, table: dict[str, Any]) -> SiteAdapter:
    for key, value in table.items():
        if key == "custom":
            raise AdapterError("custom functions need a Python adapter (SiteAdapter)", site=name, key=key)
        if key not in _LIST_KEYS:
            raise AdapterError(f"unknown key (keys: {', '.join(_LIST_KEYS)})", site=name, key=key)
        values = value if isinstance(value, list) else [value]
        if not all(isinstance(v, str) for v in values):
            wrong = next((v for v in values if not isinstance(v, str)), value)
            raise AdapterError(
                f"expected a string or an array of strings, got {_toml_type(wrong)}"
                + (" in the array" if isinstance(value, list) else ""),
                site=name,
                key=key,
            )
    if "hosts" not in table:
        raise AdapterError("missing: a site needs at least one host name (hosts = [\"example.vn\"])",
                           site=name, key="hosts")  # fmt: skip
    return SiteAdapter(name=name, **table)


def _toml_type(value: object) -> str:
    return _TOML_TYPES.get(type(value), "a date or time")


def _syntax_error(file: str, text: str, message: str) -> AdapterError:
    """A TOML syntax error, with the site and key of its line when they can be told."""
    at = _AT.search(message)
    if at is None:
        return AdapterError(f"invalid TOML: {message}", file=file)
    line = int(at.group(1))
    site, key = _place(text.splitlines()[:line])
    return AdapterError(f"invalid TOML: {message}", site=site, key=key, file=file, line=line)


def _place(lines: list[str]) -> tuple[str | None, str | None]:
    """The site table and the key that the last of ``lines`` belongs to, as far as can be told."""
    key = None
    for text in reversed(lines):
        header = _HEADER.match(text)
        if header is not None:
            return _site_of(header.group(1)), key
        found = _KEY.match(text)
        if found is not None and key is None:
            key = next(g for g in found.groups() if g)
    return None, key


def _site_of(header: str) -> str | None:
    """``sites.NAME`` (NAME bare or quoted) -> NAME."""
    match = _SITE_TABLE.fullmatch(header)
    return next((g for g in match.groups() if g is not None), None) if match else None


def _line_of(text: str, site: str | None, key: str | None, selector: str | None = None) -> int | None:
    """The line of ``selector`` (else ``key``, else the table) in the table of ``site``, if written plainly."""
    table = key_line = None
    current: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header is not None:
            if table is not None:
                break  # the site's table has ended
            current = _site_of(header.group(1))
            table = number if site is not None and current == site else None
            continue
        if table is None:
            continue
        found = _KEY.match(line)
        if found is not None:
            if key_line is not None:
                break  # the key's value has ended
            if next(g for g in found.groups() if g) == key:
                key_line = number
        if key_line is not None and selector is not None and (repr(selector)[1:-1] in line or selector in line):
            return number
    return key_line or table


# -- plugins ---------------------------------------------------------------------------------------------
def plugin_adapters() -> tuple[SiteAdapter, ...]:
    """The site adapters that installed packages offer in the entry-point group ``vnnews_parse.sites``.

    An entry point names a `SiteAdapter` or a tuple or list of them (``baomau = "baomau_sites:ADAPTER"``
    in the package's ``[project.entry-points."vnnews_parse.sites"]``). They are returned in the order of
    the entry-point names; nothing is used unless passed to ``parse(..., adapters=...)``. A plugin
    that fails to load, or does not give adapters, is skipped with one ``UserWarning`` naming it.
    """
    adapters, problems = load_plugins()
    for problem in problems:
        warnings.warn(f"vnnews_parse: {problem}", UserWarning, stacklevel=2)
    return adapters


def load_plugins() -> tuple[tuple[SiteAdapter, ...], list[str]]:
    """The plugins' adapters, and one line per plugin skipped (for the CLI to print its own way)."""
    adapters: list[SiteAdapter] = []
    problems: list[str] = []
    for point in sorted(entry_points(group=GROUP), key=lambda p: (p.name, p.value)):
        try:
            offered = point.load()
        except Exception as exc:  # a plugin's import may fail in any way; it must not stop the caller
            problems.append(f"{_plugin(point)}: cannot load: {type(exc).__name__}: {exc}; skipped")
            continue
        found = _offered(offered)
        if found is None:
            problems.append(
                f"{_plugin(point)}: gives {type(offered).__name__}, not a SiteAdapter or a tuple of them; skipped"
            )
            continue
        adapters.extend(found)
    return tuple(adapters), problems


def _offered(value: object) -> tuple[SiteAdapter, ...] | None:
    if isinstance(value, SiteAdapter):
        return (value,)
    if isinstance(value, (tuple, list)) and all(isinstance(v, SiteAdapter) for v in value):
        return tuple(value)
    return None


def _plugin(point: EntryPoint) -> str:
    dist = getattr(point, "dist", None)
    source = f" from {dist.name} {dist.version}" if dist is not None else ""
    return f"plugin {point.name!r} ({point.value}{source})"
