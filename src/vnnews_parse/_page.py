"""Turn the input into a :class:`Page`: decoded once, parsed by lxml once, with cached lookups."""

from __future__ import annotations

import codecs
import json
import re
import threading
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from vnnews_parse._errors import DecodeError, EmptyInputError, NotHTMLError
from vnnews_parse._text import clean, unescape

_NS = {"re": "http://exslt.org/regular-expressions"}
_XPATH_CACHE: dict[str, etree.XPath] = {}

# Only the head of the document is searched for a declared charset, as browsers do.
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.I)
# C0 controls (but tab, LF, CR) are not allowed in an lxml string and never visible.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_TAG = re.compile(r"<\s*[a-zA-Z!?/]")


def compile_xpath(expr: str) -> etree.XPath:
    """Compile an XPath once per process (with the EXSLT ``re:`` namespace available)."""
    found = _XPATH_CACHE.get(expr)
    if found is None:
        found = _XPATH_CACHE[expr] = etree.XPath(expr, namespaces=_NS, smart_strings=False)
    return found


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.decode("ascii", "replace") if isinstance(name, bytes) else name).name
    except LookupError:
        return None


def decode(data: bytes) -> str:
    """Decode page bytes: BOM, then the declared charset if the bytes agree, then UTF-8, then windows-1258."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"cannot decode input: invalid {enc} after its byte order mark") from exc
    head = data[:4096]
    # UTF-16 without a BOM: ASCII markup leaves every other byte zero.
    if len(head) >= 8 and head.count(0) > len(head) // 3:
        enc = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    declared = None
    match = _CHARSET.search(head)
    if match:
        declared = _codec(match.group(1).decode("ascii", "replace"))
    # Valid multi-byte UTF-8 almost never happens by chance, so it beats a declaration that
    # says otherwise (pages re-saved as UTF-8 often keep their old windows-1258 meta tag).
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared and declared not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    # A truncated download or a stray byte leaves a UTF-8 page mostly valid: keep it UTF-8.
    bad = sum(1 for _ in _utf8_errors(data, limit=64))
    if bad < 64 and (declared in (None, "utf-8") or bad <= 2):
        return data.decode("utf-8", errors="replace")
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        raise DecodeError(f"cannot decode input as UTF-8 or windows-1258 ({utf8_error.reason})") from None


def _utf8_errors(data: bytes, limit: int) -> Iterator[int]:
    """Yield the offsets of undecodable UTF-8 sequences, at most ``limit`` of them."""
    start = 0
    count = 0
    while count < limit:
        try:
            data[start:].decode("utf-8")
            return
        except UnicodeDecodeError as exc:
            yield start + exc.start
            count += 1
            start += exc.end


def normalise_host(url: str | None) -> str | None:
    """The lower-case host of a URL without port and without a leading ``www.``, ``m.`` or ``amp.``."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    while True:
        for prefix in ("www.", "m.", "amp.", "mobile."):
            if host.startswith(prefix) and host.count(".") > 1:
                host = host[len(prefix) :]
                break
        else:
            return host


def http_url(value: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) URL, resolved against ``base``; ``None`` for anything else."""
    if not value:
        return None
    value = value.strip()
    if value.startswith("//"):
        value = "https:" + value
    if base:
        try:
            value = urljoin(base, value)
        except ValueError:
            return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c in value for c in " \n\t<>\"'"):
        return None
    return value


class Page:
    """One parsed page: the lxml tree plus the lookups every extractor shares, each computed once."""

    __slots__ = ("tree", "url", "host", "_meta", "_jsonld", "_canonical")

    def __init__(self, tree: lxml_html.HtmlElement, url: str | None) -> None:
        self.tree = tree
        self._meta: dict[str, str] | None = None
        self._jsonld: list[dict[str, Any]] | None = None
        self._canonical: str | None | bool = False
        self.url = http_url(url) or None
        self.host = normalise_host(self.url)

    # -- lookups ---------------------------------------------------------------------------
    def xpath(self, expr: str, node: etree._Element | None = None) -> list[Any]:
        """Evaluate a (cached, compiled) XPath on the page or on ``node``."""
        result = compile_xpath(expr)(self.tree if node is None else node)
        return result if isinstance(result, list) else [result]

    def meta(self, *keys: str) -> str | None:
        """The first non-empty ``<meta>`` content among ``keys`` (``property``, ``name`` or ``itemprop``)."""
        if self._meta is None:
            found: dict[str, str] = {}
            for el in self.xpath("//meta[@content]"):
                key = el.get("property") or el.get("name") or el.get("itemprop")
                content = clean(unescape(el.get("content") or ""))
                if key and content and key.lower() not in found:
                    found[key.lower()] = content
            self._meta = found
        for key in keys:
            value = self._meta.get(key.lower())
            if value:
                return value
        return None

    @property
    def canonical(self) -> str | None:
        """The page's own address: ``<link rel=canonical>``, else ``og:url``."""
        if self._canonical is False:
            hrefs = self.xpath("//link[@rel='canonical']/@href")
            value = http_url(hrefs[0], self.url) if hrefs else None
            self._canonical = value or http_url(self.meta("og:url"), self.url)
        return self._canonical  # type: ignore[return-value]

    @property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object on the page, flattened out of lists and ``@graph``."""
        if self._jsonld is None:
            objects: list[dict[str, Any]] = []
            for raw in self.xpath("//script[@type='application/ld+json']/text()"):
                data = _load_json(raw)
                if data is not None:
                    objects.extend(_flatten(data, depth=0))
            self._jsonld = objects
        return self._jsonld

    def resolve(self, value: str | None) -> str | None:
        """An http(s) URL from a page attribute, resolved against the page URL; else ``None``."""
        return http_url(value, self.url or self.canonical)


def _load_json(raw: str) -> Any:
    raw = raw.strip()
    if not raw or len(raw) > 2_000_000:
        return None
    for attempt in (raw, _repair_json(raw)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


def _repair_json(raw: str) -> str:
    """Fix what CMSes commonly break: CDATA wrappers, trailing commas, raw line breaks, a trailing ';'."""
    raw = _CDATA.sub("", raw).strip().rstrip(";")
    raw = _TRAILING_COMMA.sub(r"\1", raw)
    return raw.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:50]:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _flatten(graph, depth + 1)


def load(html: str | bytes, url: str | None, max_bytes: int) -> Page:
    """Decode and parse the input once; raise a :class:`ParseError` subclass for unusable input."""
    from vnnews_parse._errors import InputTooLargeError

    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if len(data) > max_bytes:
            raise InputTooLargeError(f"input too large: {len(data):,} bytes (max_bytes={max_bytes:,})")
        if not data.strip():
            raise EmptyInputError("empty input: no bytes to parse")
        text = decode(data)
    elif isinstance(html, str):
        if len(html) > max_bytes:
            raise InputTooLargeError(f"input too large: {len(html):,} characters (max_bytes={max_bytes:,})")
        text = html
    else:
        raise NotHTMLError(f"input must be str or bytes, not {type(html).__name__}")
    if not text.strip():
        raise EmptyInputError("empty input: nothing but white space")
    if _CONTROLS.search(text, 0, 4096) is not None or "\x00" in text:
        controls = len(_CONTROLS.findall(text, 0, 4096))
        if controls > 64:
            raise NotHTMLError("not HTML: the input looks like binary data")
        text = _CONTROLS.sub("", text)
    text = _XML_DECL.sub("", text, count=1)
    if _TAG.search(text) is None:
        raise NotHTMLError("not HTML: the input has no markup")
    try:
        tree = lxml_html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise NotHTMLError(f"not HTML: lxml cannot parse it ({clean(str(exc))[:120]})") from None
    if tree is None:
        raise NotHTMLError("not HTML: the document is empty after parsing")
    return Page(tree, url)


_LOCAL = threading.local()


def _parser() -> lxml_html.HTMLParser:
    """One HTML parser per thread: lxml parsers must not be shared between threads."""
    parser: lxml_html.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        # no_network and no entity resolution: a page must never make us fetch or expand anything.
        parser = _LOCAL.parser = lxml_html.HTMLParser(
            no_network=True, remove_comments=True, remove_pis=True, huge_tree=False, default_doctype=False
        )
    return parser


def walk_json(data: Any, key: str) -> Mapping[str, Any] | None:
    """Return ``data[key]`` when it is a mapping, else ``None`` (JSON-LD values come in many shapes)."""
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else None
