"""Turn the input into a :class:`Page`: decoded once, parsed by lxml once, with cached lookups."""

from __future__ import annotations

import codecs
import json
import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate
from typing import Any, NamedTuple, TypeVar
from urllib.parse import urljoin, urlsplit

from lxml import etree

from vnnews_parse._errors import DecodeError, EmptyInputError, InputTooLargeError, NotHTMLError
from vnnews_parse._text import clean, unescape
from vnnews_parse._xpath import XML_SPACE, ClassPlan, class_plan, compile_xpath, merge, union_branches

T = TypeVar("T")

# Only the head of the document is searched for a declared charset, as browsers do.
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
# C0 controls (but tab, LF, CR) are not allowed in an lxml string and never visible.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_TAG = re.compile(r"<\s*[a-zA-Z!?/]")
_SURROGATES = re.compile("[\ud800-\udfff]")
# White space, controls, quotes and invisible characters never belong in a URL we hand out.
_BAD_URL_CHAR = re.compile(
    "[\\s\"'<>\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ud800-\udfff]"
)


# Labels a page may declare, as codec names; anything else (UTF-7, "hex", "zlib", EBCDIC...) is
# ignored: those are not web encodings and some would decode markup into something else entirely.
_WEB_ENCODINGS = frozenset(
    [
        "utf-8",
        "ascii",
        "big5",
        "big5hkscs",
        "cp1250",
        "cp1251",
        "cp1252",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "cp1258",
        "cp866",
        "cp874",
        "cp932",
        "cp949",
        "euc_jp",
        "euc_kr",
        "gb18030",
        "gb2312",
        "gbk",
        "iso8859-1",
        "iso8859-2",
        "iso8859-3",
        "iso8859-4",
        "iso8859-5",
        "iso8859-6",
        "iso8859-7",
        "iso8859-8",
        "iso8859-9",
        "iso8859-10",
        "iso8859-11",
        "iso8859-13",
        "iso8859-14",
        "iso8859-15",
        "iso8859-16",
        "koi8-r",
        "koi8-u",
        "mac-cyrillic",
        "mac-roman",
        "shift_jis",
        "tis-620",
    ]
)
# Browsers read these labels as their Windows supersets (WHATWG Encoding Standard).
_BROWSER_READS = {"ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874", "gb2312": "gbk"}
# Western single-byte charsets that Vietnamese windows-1258 pages wrongly declare.
_WESTERN = frozenset(("cp1252", "iso8859-15"))
_XML_ENCODING = re.compile(rb"""^\s{0,64}<\?xml[^>]{0,200}?encoding\s*=\s*["']?([a-zA-Z0-9_.:-]{1,40})""")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)
_HIGH_BYTES = bytes(range(0x80, 0x100))
# Bytes with this many valid non-ASCII UTF-8 characters per broken sequence are damaged UTF-8 (a truncated
# download, a stray byte), not another encoding: broken sequences are frequent in any other.
_DAMAGE_RATIO = 4
# windows-1258 writes Vietnamese as a letter plus a combining tone byte; in windows-1252 those bytes are
# Ì Ò Þ ì ò, which Western text puts after a letter far more rarely, and "đ" (0xF0/0xD0) is its "ð".
_CP1258_TONES = re.compile(rb"[A-Za-z\xc2\xc3\xca\xd4\xd5\xdd\xe2\xe3\xea\xf4\xf5\xfd][\xcc\xd2\xde\xec\xf2]")


def web_codec(name: str | bytes) -> str | None:
    """The codec name of a declared charset label when it is a web encoding, else ``None``."""
    label = name.decode("ascii", "replace") if isinstance(name, bytes) else name
    try:
        codec = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return _BROWSER_READS.get(codec, codec) if codec in _WEB_ENCODINGS else None


def declared_charset(head: bytes) -> str | None:
    """The web encoding the page declares in a ``<meta>`` tag or its XML declaration, if any."""
    match = _CHARSET.search(head) or _XML_ENCODING.match(head)
    return web_codec(match.group(1)) if match else None


def _utf8_evidence(data: bytes) -> tuple[str, int, int]:
    """The bytes as UTF-8 with replacement characters, the count of those, and of decoded non-ASCII characters."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    return text, bad, len(text) - bad - len(data.translate(None, _HIGH_BYTES))


def _unicode(data: bytes, encoding: str) -> str | None:
    """Decode UTF-8/UTF-16 that may be damaged; ``None`` when the damage says it is something else."""
    if encoding.startswith("utf-16"):
        data = data[: len(data) // 2 * 2]  # a truncated download may cut a code unit in half
    text = data.decode(encoding, "replace")
    # A byte order mark or a pattern of zero bytes is strong evidence: allow one broken character in 64.
    return text if text.count("\ufffd") * 64 <= len(text) else None


def _windows_1258(data: bytes) -> str:
    """Decode windows-1258; its separate tone bytes become combining marks, composed here (NFC)."""
    return _nfc(data.decode("cp1258"))


def _looks_windows_1258(data: bytes) -> bool:
    """Vietnamese written in windows-1258: toned letters and "đ" throughout a sample of the page."""
    sample = data[:65536]
    tones = sum(1 for _ in _CP1258_TONES.finditer(sample))
    return tones >= 8 and sample.count(b"\xf0") + sample.count(b"\xd0") >= 2


def decode(data: bytes) -> str:
    """Decode page bytes: BOM, then UTF-8 unless the bytes contradict it, the declared charset, windows-1258."""
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, bool]:
    """:func:`decode`, and whether the text is exactly the bytes read as UTF-8 (so lxml may read the bytes)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _unicode(data[len(bom) :], enc)
            if text is None:
                raise DecodeError(f"cannot decode input: invalid {enc} after its byte order mark")
            return text, False
    head = data[:4096]
    # UTF-16 without a BOM: ASCII markup leaves every other byte zero.
    if len(head) >= 8 and head.count(0) > len(head) // 3:
        enc = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        text = _unicode(data, enc)
        if text is not None:
            return text, False
    declared = declared_charset(head)
    # Valid multi-byte UTF-8 almost never happens by chance, so it beats a declaration that
    # says otherwise (pages re-saved as UTF-8 often keep their old windows-1258 meta tag).
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    text, bad, good = _utf8_evidence(data)
    # Mostly valid UTF-8 is UTF-8 with damage (a truncated download, a stray byte): keep it UTF-8.
    if good >= _DAMAGE_RATIO * bad:
        return text, False
    if declared is not None and declared != "utf-8":
        try:
            legacy = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            if declared == "cp1258" or (declared in _WESTERN and _looks_windows_1258(data)):
                return _windows_1258(data), False
            return legacy, False
    try:
        return _windows_1258(data), False
    except UnicodeDecodeError:
        pass
    if bad <= 8:
        return text, False
    raise DecodeError(f"cannot decode input: {bad:,} invalid UTF-8 sequences and bytes windows-1258 does not define")


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
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if value.startswith("//"):
        value = "https:" + value
    if base and not value.startswith(("http://", "https://")):  # an absolute URL needs no base
        try:
            value = urljoin(base, value)
        except ValueError:
            return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or _BAD_URL_CHAR.search(value):
        return None
    return value


class Page:
    """One parsed page: the lxml tree plus the lookups every extractor shares, each computed once."""

    __slots__ = (
        "_base",
        "_canonical",
        "_class_hits",
        "_class_values",
        "_classes",
        "_heads",
        "_jsonld",
        "_memo",
        "_meta",
        "_meta_found",
        "_named",
        "_texts",
        "host",
        "tree",
        "url",
    )

    def __init__(self, tree: etree._Element, url: str | None) -> None:
        self.tree = tree
        self._class_values: list[Any] | None = None
        self._classes: _Joined | None = None
        self._class_hits: dict[ClassPlan, list[etree._Element]] = {}
        self._meta: dict[str, str] | None = None
        self._meta_found: dict[tuple[str, ...], str | None] = {}
        self._heads: dict[str, list[etree._Element]] | None = None
        self._jsonld: list[dict[str, Any]] | None = None
        self._canonical: str | bool | None = False
        self._named: tuple[_Joined, _Joined] | None = None
        self._texts: _Joined | None = None
        self._base: str | bool | None = False
        self._memo: dict[str, Any] = {}
        self.url = http_url(url) or None
        self.host = normalise_host(self.url)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per page: what other modules derive from it (the JSON-LD article object)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]

    # -- lookups ---------------------------------------------------------------------------
    def xpath(self, expr: str, node: etree._Element | None = None) -> list[Any]:
        """Evaluate a (cached, compiled) XPath on the page or on ``node``."""
        plan = class_plan(expr)
        if plan is not None:
            return self._planned(plan, node)
        branches = union_branches(expr)
        if branches is not None:
            parts = [self.xpath(branch, node) for branch in branches]
            if all(isinstance(x, etree._Element) for part in parts for x in part):
                return merge(self.tree, parts)
        return _as_list(compile_xpath(expr)(self.tree if node is None else node))

    @property
    def classes(self) -> _Joined:
        """The value of every class attribute, in document order; ``.getparent()`` gives its element."""
        # Strings, not elements: handing every classed element to Python costs more than the
        # lookups save. Only the elements a lookup finds are fetched, through their attribute.
        if self._classes is None:
            self._classes = _Joined(self.class_values, "\x00")
        return self._classes

    @property
    def class_values(self) -> list[Any]:
        """The value of every class attribute, in document order (the strings of :attr:`classes`)."""
        if self._class_values is None:
            self._class_values = _as_list(_CLASSES(self.tree))
        return self._class_values

    def _passing(self, kind: str, value: str) -> list[int]:
        """The positions in the class index of the values that pass one class test."""
        values = self.classes.values
        if kind == "equals":
            if not value:
                return [i for i, c in enumerate(values) if not c]
            # Only the values holding it can equal it: found by str.find, not a loop over every value.
            return [i for i in self.classes.lines(value) if values[i] == value]
        return [i for i in self.classes.lines(value) if kind == "substring" or value in XML_SPACE.split(values[i])]

    def _class_lookup(self, plan: ClassPlan) -> list[etree._Element]:
        """The elements on the page that pass the plan's first step, in document order."""
        if len(plan.tests) == 1:
            hits = self._passing(*plan.tests[0])
        else:  # "a or b"
            hits = sorted({i for test in plan.tests for i in self._passing(*test)})
        values = self.classes.values
        found = [values[i].getparent() for i in hits]
        return found if plan.tag is None else [el for el in found if el.tag == plan.tag]

    def _planned(self, plan: ClassPlan, node: etree._Element | None) -> list[Any]:
        """A class-first selector answered from the class index (see ``_xpath.ClassPlan``)."""
        found = self._class_hits.get(plan)
        if found is None:
            found = self._class_hits[plan] = self._class_lookup(plan)
        if plan.relative:
            # ".//x" from a node: only its descendants; absolute "//x" ignores the context node.
            context = self.tree if node is None else node
            found = [el for el in found if _below(el, context)]
        if plan.rest is None:
            return found
        if len(found) > 1:
            chosen = set(found)
            inner = {el for el in found if any(a in chosen for a in el.iterancestors())}
            if inner and plan.nested_rest:
                # An inner candidate's descendants are found from the outer one already.
                found = [el for el in found if el not in inner]
            elif inner:
                # Children of nested candidates interleave in the document: libxml2 sorts them.
                return _as_list(compile_xpath(plan.expr)(self.tree if node is None else node))
        if len(found) == 1:
            return _as_list(plan.rest(found[0]))
        out: list[Any] = []
        seen: set[etree._Element] = set()
        for el in found:
            for item in _as_list(plan.rest(el)):
                if isinstance(item, etree._Element):
                    if item in seen:
                        continue
                    seen.add(item)
                out.append(item)
        return out

    @property
    def heads(self) -> dict[str, list[etree._Element]]:
        """The page's ``<meta>``, ``<link>``, ``<base>`` and typed ``<script>`` elements, by tag, in page order.

        One walk of the page finds them all (they may sit in the body too) for the lookups below.
        """
        if self._heads is None:
            heads: dict[str, list[etree._Element]] = {"meta": [], "link": [], "base": [], "script": []}
            # lxml's iter() walks the tree once in C and hands over only the elements named.
            for el in self.tree.iter("meta", "link", "base", "script"):
                tag = el.tag
                # <meta> with a content, <script> with a type.
                if tag in ("meta", "script") and el.get("content" if tag == "meta" else "type") is None:
                    continue
                heads[tag].append(el)
            self._heads = heads
        return self._heads

    def meta(self, *keys: str) -> str | None:
        """The first non-empty ``<meta>`` content among ``keys`` (``property``, ``name`` or ``itemprop``)."""
        if self._meta is None:
            found: dict[str, str] = {}
            for el in self.heads["meta"]:
                key = el.get("property") or el.get("name") or el.get("itemprop")
                content = el.get("content")
                if key and content and not content.isspace():
                    found.setdefault(key.lower(), content)
            self._meta = found
        # Answered once per page: finders and checks ask for the same keys ("og:description" four times).
        if keys in self._meta_found:
            return self._meta_found[keys]
        found_value = None
        for key in keys:
            # Cleaned when asked for: a page has dozens of meta tags, a parse reads a few.
            value = clean(unescape(self._meta.get(key.lower()) or ""))
            if value:
                found_value = value
                break
        self._meta_found[keys] = found_value
        return found_value

    def named(self, names: Names) -> list[etree._Element]:
        """Elements whose class or id, in lower case, holds one of ``names``, in document order.

        Heuristics ask this of every element on the page. Instead of one test per element (an
        EXSLT ``re:test`` calls back into Python for each), all class and id values are joined,
        one per line, and each name is looked for with ``str.find``, at C speed. The names never
        hold a space, so testing an element's class and id apart is testing its "class id".
        """
        if self._named is None:
            # The class values are the class index's (adapter selectors may have read them already);
            # joined again, in lower case, one per line.
            self._named = (_lowered(self.class_values, self._classes), _lowered(_as_list(_IDS(self.tree))))
        by_class, by_id = (
            [joined.values[i].getparent() for i in sorted(joined.holding(names))] for joined in self._named
        )
        if not by_id or not by_class:
            return by_class or by_id
        # An element whose class and id both hold a name is listed once; libxml2 sorts.
        return merge(self.tree, [by_class, by_id])

    def holding(self, words: tuple[str, ...]) -> list[etree._Element]:
        """Elements of the body (not scripts or styles) with a text node of their own holding one of ``words``.

        In document order, each once. As for :meth:`named`, the texts are joined and searched with
        ``str.find``: libxml2's ``contains()`` copies each text node once per word.
        """
        if not words:
            return []
        if self._texts is None:
            # Without the text of scripts and styles (often most of the text): it never holds a word.
            texts = [t for t in _as_list(_BODY_TEXTS(self.tree)) if t.is_tail or t.getparent().tag not in _SCRIPTS]
            self._texts = _Joined(texts, "\x00")
        texts = self._texts.values
        found = sorted({line for word in words for line in self._texts.lines(word)})
        # lxml gives a tail text the element it follows; its parent in the tree is one up.
        tails = [texts[i].is_tail for i in found]
        holders = (
            texts[i].getparent().getparent() if tail else texts[i].getparent()
            for i, tail in zip(found, tails, strict=True)
        )
        parents = [p for p in holders if p is not None and p.tag not in ("script", "style")]
        if len(parents) < 2 or not any(tails):
            # Each element's own first text comes right after its start: their order is the elements'.
            return parents
        # libxml2 puts them in document order (a parent's text may follow its children's).
        return merge(self.tree, [parents])

    def held_texts(self) -> list[Any] | None:
        """The texts :meth:`holding` searches (of the body, not of scripts or styles, not blank), in
        page order, when a search has indexed them already; else ``None``."""
        return self._texts.values if self._texts is not None else None

    @property
    def canonical(self) -> str | None:
        """The page's own address: ``<link rel=canonical>``, else ``og:url``."""
        if self._canonical is False:
            hrefs = [
                h for el in self.heads["link"] if el.get("rel") == "canonical" and (h := el.get("href")) is not None
            ]
            value = http_url(hrefs[0], self.base) if hrefs else None
            self._canonical = value or http_url(self.meta("og:url"), self.base)
        return self._canonical  # type: ignore[return-value]

    @property
    def base(self) -> str | None:
        """The URL relative links resolve against: the first ``<base href>`` (if http(s)), else the page URL."""
        if self._base is False:
            hrefs = [h for el in self.heads["base"] if (h := el.get("href")) is not None][:1]
            self._base = (http_url(hrefs[0], self.url) if hrefs else None) or self.url
        return self._base  # type: ignore[return-value]

    @property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object on the page, flattened out of lists and ``@graph``."""
        if self._jsonld is None:
            objects: list[dict[str, Any]] = []
            for raw in (el.text for el in self.heads["script"] if el.get("type") == "application/ld+json" and el.text):
                data = _load_json(raw)
                if data is not None:
                    objects.extend(_flatten(data, depth=0))
            self._jsonld = objects
        return self._jsonld

    def resolve(self, value: str | None) -> str | None:
        """An http(s) URL from a page attribute, resolved against ``<base href>`` or the page URL; else ``None``."""
        return http_url(value, self.base or self.canonical)


# (No EXSLT regular expressions in these: lxml would register them on every call.)
_CLASSES = etree.XPath("/descendant::*/@class", regexp=False)
# Smart strings: each knows its parent element. Blank ones (indentation) are left out by libxml2.
_BODY_TEXTS = etree.XPath("/descendant::body/descendant::text()[normalize-space()]", regexp=False)
_SCRIPTS = frozenset(("script", "style"))
_IDS = etree.XPath("/descendant::*/@id", regexp=False)
# What separates the words of a class name; a line break separates two values.
_DELIMITERS = frozenset(" _-\n")


def _lowered(values: list[Any], same: _Joined | None = None) -> _Joined:
    """Class or id values, one per line, in lower case (a line break in a value is white space).

    ``same``: the values joined already (with a one-character separator), whose line starts hold.
    """
    # Class names are nearly always ASCII without line breaks: then lower-casing all at once keeps
    # every length. Otherwise value by value (lower case may change a length).
    text = "\n".join(values)
    if text.isascii() and "\r" not in text and text.count("\n") == len(values) - 1:
        return _Joined(values, "\n", values, text.lower(), same.starts if same is not None else None)
    return _Joined([v.lower().replace("\n", " ").replace("\r", " ") for v in values], "\n", values)


class Names(NamedTuple):
    """Class or id names to look for: any of ``parts`` anywhere, or any of ``words`` as a word of its own.

    A word of its own is delimited by a space, ``_``, ``-`` or the ends of the value: ``"lead"``
    is in ``"news-lead"`` but not in ``"leader"``. Names are lower case and hold no space.
    """

    parts: tuple[str, ...]
    words: tuple[str, ...] = ()

    def regex(self) -> str:
        """The same test as a regular expression over ``"class id"`` (for EXSLT ``re:test``)."""
        alternatives = [re.escape(p) for p in self.parts]
        if self.words:
            alternatives.append(f"(^|[ _-])({'|'.join(re.escape(w) for w in self.words)})([ _-]|$)")
        return "|".join(alternatives)


class _Joined:
    """Strings joined into one text, so that a search over all of them is one C-speed ``str.find``.

    ``sep`` must not occur in the strings (libxml2 strings never hold a NUL). ``lines`` are what
    is searched; ``values`` (the same by default) are what the positions found refer to. ``text``,
    when given, is the joined text already (``lines`` then only give the lengths), and ``starts``
    the line starts already known.
    """

    __slots__ = ("starts", "text", "values")

    def __init__(
        self,
        lines: list[Any],
        sep: str,
        values: list[Any] | None = None,
        text: str | None = None,
        starts: list[int] | None = None,
    ) -> None:
        self.values = lines if values is None else values
        self.text = sep.join(lines) if text is None else text
        # The lengths with their separator by a list comprehension, summed by accumulate() in C.
        self.starts = [0, *accumulate([len(line) + 1 for line in lines])] if starts is None else starts

    def line_of(self, offset: int) -> int:
        """The position of the string an offset of the text lies in."""
        return bisect_right(self.starts, offset) - 1

    def offsets(self, needle: str) -> Iterator[int]:
        """Every offset of ``needle`` in the text."""
        at = self.text.find(needle)
        while at >= 0:
            yield at
            at = self.text.find(needle, at + 1)

    def lines(self, needle: str) -> Iterator[int]:
        """The positions of the strings holding ``needle``, in order, each once."""
        text = self.text
        at = text.find(needle)
        while at >= 0:
            line = self.line_of(at)  # a needle never spans the separator
            yield line
            at = text.find(needle, self.starts[line + 1])

    def holding(self, names: Names) -> set[int]:
        """The positions of the (lower-case) values holding one of ``names`` (see :class:`Names`)."""
        text = self.text
        found: set[int] = set()
        for name in names.parts:
            found.update(self.lines(name))
        for word in names.words:
            for at in self.offsets(word):
                end = at + len(word)
                if (at == 0 or text[at - 1] in _DELIMITERS) and (end == len(text) or text[end] in _DELIMITERS):
                    found.add(self.line_of(at))
        return found


def _as_list(result: Any) -> list[Any]:
    """An XPath result as a list (``count()`` and ``string()`` give a single value)."""
    return result if isinstance(result, list) else [result]


def _below(el: etree._Element, context: etree._Element) -> bool:
    """Whether ``el`` is a descendant of ``context``."""
    return any(a is context for a in el.iterancestors())


def _load_json(raw: str) -> Any:
    raw = raw.strip()
    if not raw or len(raw) > 2_000_000:
        return None
    try:
        return json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        pass
    # Only broken JSON pays for the repair.
    try:
        return json.loads(_repair_json(raw), strict=False)
    except (ValueError, RecursionError):
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


def load(html: str | bytes, url: str | None, max_bytes: int, *, direct: bool = True) -> Page:
    """Decode and parse the input once; raise a :class:`ParseError` subclass for unusable input.

    ``direct=False`` turns off the direct path for plain UTF-8 bytes (tests compare the two paths).
    """
    utf8: bytes | None = None  # the input bytes, when they are exactly the UTF-8 of ``text``
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if len(data) > max_bytes:
            raise InputTooLargeError(f"input too large: {len(data):,} bytes (max_bytes={max_bytes:,})")
        if not data or data.isspace():  # (strip() would copy the page)
            raise EmptyInputError("empty input: no bytes to parse")
        tree = _parse_utf8(data) if direct else None
        if tree is not None:
            return Page(tree, url)
        text, exact = _decode(data)
        utf8 = data if exact else None
    elif isinstance(html, str):
        if len(html) > max_bytes:
            raise InputTooLargeError(f"input too large: {len(html):,} characters (max_bytes={max_bytes:,})")
        text = html
    else:
        raise NotHTMLError(f"input must be str or bytes, not {type(html).__name__}")
    original = text
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise EmptyInputError("empty input: nothing but white space")
    if _CONTROLS.search(text, 0, 4096) is not None or "\x00" in text:
        controls = len(_CONTROLS.findall(text, 0, 4096))
        if controls > 64:
            raise NotHTMLError("not HTML: the input looks like binary data")
        text = _CONTROLS.sub("", text)
    text = _composed(_XML_DECL.sub("", text, count=1))
    if _TAG.search(text) is None:
        raise NotHTMLError("not HTML: the input has no markup")
    if utf8 is not None and text is original:
        payload = utf8  # nothing changed: lxml reads the bytes as they came, no re-encoding
    else:
        try:
            payload = text.encode("utf-8")
        except UnicodeEncodeError:
            # Lone surrogates (text decoded with "surrogateescape") would make lxml stop reading there.
            payload = _SURROGATES.sub("\ufffd", text).encode("utf-8")
    try:
        tree = etree.fromstring(payload, parser=_parser())
    except (etree.LxmlError, ValueError) as exc:
        raise NotHTMLError(f"not HTML: lxml cannot parse it ({clean(str(exc))[:120]})") from None
    if tree is None:
        raise NotHTMLError("not HTML: the document is empty after parsing")
    return Page(tree, url)


_CONTROL_CHARS = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_TAG_BYTES = re.compile(rb"<\s*[a-zA-Z!?/]")
# libxml2 reports bytes that are not UTF-8 (and replaces them) with these errors.
# A resource limit (nesting deeper than 256) stops libxml2 early: the bytes after it were never
# checked, so the careful path decides (both paths then agree on damaged bytes past that point).
_ENCODING_ERRORS = frozenset(
    (etree.ErrorTypes.ERR_INVALID_ENCODING, etree.ErrorTypes.ERR_INVALID_CHAR, etree.ErrorTypes.ERR_RESOURCE_LIMIT)
)


def _parse_utf8(data: bytes) -> etree._Element | None:
    """The tree of plain UTF-8 page bytes; ``None`` when they need :func:`_decode`.

    Nearly every page is valid UTF-8 with nothing to repair. Decoding it in Python only to check
    that costs a third of the parse on a large page, so libxml2 reads the bytes directly and its
    error log says whether any byte was not UTF-8; then the careful path decides the encoding.
    """
    # The careful path looks at the first 4,096 and 8,192 characters: at most four bytes each.
    head = data[: 4 * 8192]
    if (
        data.startswith(BOM_PREFIXES)
        or b"\x00" in data  # UTF-16, or binary
        or len(head[: 4 * 4096].translate(None, _CONTROL_CHARS)) < min(len(head), 4 * 4096)
        or head.lstrip()[:5].lower() == b"<?xml"
        or _TAG_BYTES.search(data) is None
    ):
        return None
    # A decomposed page is composed first (see _composed). Decomposed Vietnamese writes its tones
    # and vowel marks as combining marks U+0300-U+036F (UTF-8 lead bytes 0xCC, 0xCD), and composing
    # removes at most one character per mark: with fewer than eight, _composed would leave the
    # text alone, and counting two bytes is far cheaper than asking unicodedata.
    # (A character cut at the end of the head is ignored.)
    # (find() looks for a byte at memchr speed, three times faster than count(): most heads have none.)
    if (
        (head.find(b"\xcc") >= 0 or head.find(b"\xcd") >= 0)
        and head.count(b"\xcc") + head.count(b"\xcd") >= 8
        and _decomposed(head.decode("utf-8", "ignore")[:8192])
    ):
        try:
            data = _nfc(data.decode("utf-8")).encode("utf-8")
        except UnicodeDecodeError:
            return None
    parser = _parser()
    try:
        tree = etree.fromstring(data, parser=parser)
    except (etree.LxmlError, ValueError):
        return None
    if tree is None or any(error.type in _ENCODING_ERRORS for error in parser.error_log):
        return None
    return tree


def _composed(text: str) -> str:
    """The text in NFC when it is typed decomposed ("Unicode tổ hợp"), so selectors match its words."""
    return _nfc(text) if _decomposed(text[:8192]) else text


def _nfc(text: str) -> str:
    """``unicodedata.normalize("NFC", text)``, line by line.

    Once a page holds a decomposed letter, normalize() decomposes and recomposes all of it:
    milliseconds on a large page that is mostly composed (a pasted decomposed paragraph). A line
    feed is a starter that composes with nothing, so no normalization crosses it: the lines are
    normalized apart, and those in NFC already (most) come back as they are after a quick check.
    """
    return "\n".join([unicodedata.normalize("NFC", line) for line in text.split("\n")])


def _decomposed(head: str) -> bool:
    """Whether the head of a page is typed decomposed: composing it removes at least eight characters.

    A few decomposed letters (a pasted title) do not need a pass over the page; text fields are
    composed by clean() anyway. Decomposed pages are decomposed from their <title> on.
    """
    # normalize() returns composed text as it is after a quick check, and composes the rest once
    # (is_normalized() would compose it a first time to answer).
    return len(head) - len(unicodedata.normalize("NFC", head)) >= 8


_LOCAL = threading.local()


def _parser() -> etree.HTMLParser:
    """One HTML parser per thread: lxml parsers must not be shared between threads."""
    # lxml.etree's parser, not lxml.html's: lxml.html looks up a Python element class for every
    # element handed to Python, which makes each XPath result and tree walk about three times dearer.
    parser: etree.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        # no_network and no entity resolution: a page must never make us fetch or expand anything.
        # The input is always handed over as UTF-8, whatever charset the page declares.
        # (lxml-stubs lag behind lxml: default_doctype exists since lxml 2.3.)
        parser = _LOCAL.parser = etree.HTMLParser(  # type: ignore[call-arg]
            encoding="utf-8",
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            huge_tree=False,
            # Nothing here looks elements up by id: no id table to build during the parse.
            collect_ids=False,
            default_doctype=False,
        )
    return parser
