"""The public adapter API: SiteAdapter checked when built, and parse(..., adapters=...) per call."""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import vnnews_parse
from vnnews_parse import FIELDS, AdapterError, SiteAdapter, has_class
from vnnews_parse._errors import UnknownSiteError
from vnnews_parse.sites import ALL
from vnnews_parse.sites._base import _READERS

HANOIMOI = Path(__file__).parent / "sites" / "hanoimoi" / "reference-2016.html"


def _page(headline: str, *, canonical: str | None = None, marker: str = "") -> str:
    """A small article page of an invented template (``div.tm-*``), with an optional canonical URL."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (
        f"<html><head><title>x</title>{link}<meta name='generator' content='{marker}'></head><body>"
        f"<h1 class='tm-title'>{headline}</h1><h1 class='tm-other'>Tiêu đề khác của trang</h1>"
        "<div class='tm-content'><p>Người dân trong xóm góp tiền sửa lại con đường đất dẫn ra cánh đồng.</p>"
        "<p>Công trình dự kiến xong trước mùa mưa năm nay theo lời trưởng thôn.</p></div></body></html>"
    )


def _adapter(name: str = "tm", **fields: Any) -> SiteAdapter:
    base: dict[str, Any] = {"hosts": ("tm.example.vn",), "headline": (f"//h1[{has_class('tm-title')}]",)}
    return SiteAdapter(name=name, **{**base, **fields})


# -- the public names -----------------------------------------------------------------------------------
def test_public_names() -> None:
    """The adapter API is exported from the package itself."""
    names = {"SiteAdapter", "has_class", "FIELDS", "AdapterError", "load_adapters", "plugin_adapters"}
    assert names <= set(vnnews_parse.__all__)


def test_fields_are_the_fields_adapters_read() -> None:
    """FIELDS names exactly the fields a SiteAdapter has selectors for, in Article order."""
    assert tuple(_READERS) == FIELDS


def test_every_builtin_adapter_builds_again() -> None:
    """Each built-in adapter passes the checks when built anew from its own attributes."""
    import attrs

    rebuilt = [SiteAdapter(**attrs.asdict(a, recurse=False)) for a in ALL]
    assert [a.name for a in ALL] == [a.name for a in rebuilt]


# -- checks when an adapter is built --------------------------------------------------------------------
BROKEN: list[Any] = [
    pytest.param({"headline": "//h1["}, "headline", "invalid XPath '//h1[' (Invalid expression)", id="syntax"),
    pytest.param({"published": ("//time", "//x:time")}, "published", "unknown namespace prefix 'x:'", id="prefix"),
    pytest.param({"lead": "//p[sapo()]"}, "lead", "unknown function sapo()", id="function"),
    pytest.param({"body_exclude": ".//div[@id=$related]"}, "body_exclude", "no variables", id="variable"),
    pytest.param({"comment_count": "count(//li)"}, "comment_count", "gives a number", id="number"),
    pytest.param({"headline": 42}, "headline", "expected a string or a list of strings, got int 42", id="type"),
    pytest.param({"tags": ("//a", None)}, "tags", "expected strings, got NoneType", id="item-type"),
    pytest.param({"headline": " "}, "headline", "empty selector", id="empty"),
    pytest.param({"custom": {"byline": len}}, "custom", "'byline' is not a field", id="custom-field"),
    pytest.param({"custom": {"lead": "//p"}}, "custom", "expected a function", id="custom-type"),
    pytest.param({"required": ("headline", "lede")}, "required", "'lede' is not a field", id="required-field"),
    pytest.param({"required": ("headline", "lead")}, "required", "'lead' is required but has no selector", id="required-unread"),
    pytest.param({"no_fallback": ("comments",)}, "no_fallback", "'comments' is not a field", id="no-fallback"),
    pytest.param({"hosts": ()}, "hosts", "no hosts", id="no-hosts"),
    pytest.param({"hosts": ("www.tm.example.vn",)}, "hosts", "write 'tm.example.vn'", id="www-host"),
    pytest.param({"hosts": ("https://tm.example.vn/",)}, "hosts", "not a bare host name", id="url-host"),
    pytest.param({"hosts": ("",)}, "hosts", "not a bare host name", id="empty-host"),
    pytest.param({"name": "generic"}, "name", "names the fallback", id="generic"),
    pytest.param({"fingerprints": "//meta[@name='generator'"}, "fingerprints", "invalid XPath", id="fingerprint"),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "key", "problem"), BROKEN)
def test_broken_adapter_fails_when_built(fields: dict[str, Any], key: str, problem: str) -> None:
    """A broken adapter raises AdapterError at construction, naming the site, the key and the problem."""
    with pytest.raises(AdapterError) as caught:
        _adapter(**fields)
    name = fields.get("name", "tm")
    message = str(caught.value)
    assert (f"site {name!r}: key {key!r}: ", True, 1) == (message[: len(f"site {name!r}: key {key!r}: ")],
                                                          problem in message, len(message.splitlines()))  # fmt: skip


def test_invalid_selector_is_named_in_the_error() -> None:
    """The error carries the selector at fault as an attribute too."""
    with pytest.raises(AdapterError) as caught:
        _adapter(published=("//time", "//span[@class='date'"))
    assert ("tm", "published", "//span[@class='date'") == (caught.value.site, caught.value.key, caught.value.selector)


def test_adapter_error_pickles() -> None:
    """AdapterError keeps its parts through pickling (errors may cross process boundaries)."""
    error = AdapterError("bad", site="s", key="k", selector="//x", file="f.toml", line=3)
    back = pickle.loads(pickle.dumps(error))
    assert (str(error), back.line, back.selector) == (str(back), 3, "//x")


def test_unknown_keyword_is_a_type_error() -> None:
    """A misspelt field in Python fails at once, naming it."""
    with pytest.raises(TypeError, match="headlin"):
        SiteAdapter(name="tm", hosts=("tm.example.vn",), headlin=("//h1",))  # type: ignore[call-arg]


def test_required_defaults_to_what_the_adapter_reads() -> None:
    """Without required: headline, published and body, those the adapter has selectors for."""
    assert ("headline",) == _adapter().required


def test_lone_strings_are_one_selector() -> None:
    """A string where a tuple is expected is one selector, not a tuple of characters."""
    assert ("tm.example.vn",) == SiteAdapter(name="tm", hosts="tm.example.vn").hosts


# -- parse(..., adapters=...) ---------------------------------------------------------------------------
def _headline(html: str, url: str | None = None, **kwargs: Any) -> tuple[str, str]:
    article = vnnews_parse.parse(html, url, **kwargs)
    return article.site, article.headline


def test_own_adapter_by_url_host() -> None:
    """An adapter of the caller claims its host's pages."""
    html = _page("Đường làng được trải nhựa")
    assert ("tm", "Đường làng được trải nhựa") == _headline(
        html, "https://tm.example.vn/a.html", adapters=(_adapter(),)
    )


def test_own_adapter_by_canonical_host() -> None:
    """Without a url, the canonical URL's host chooses the caller's adapter."""
    html = _page("Đường làng được trải nhựa", canonical="https://www.tm.example.vn/a.html")
    assert "tm" == vnnews_parse.parse(html, adapters=[_adapter()]).site


def test_no_adapters_no_change() -> None:
    """Without adapters the same page goes to the generic fallback."""
    assert "generic" == vnnews_parse.parse(_page("Đường làng"), "https://tm.example.vn/a.html").site


def test_own_adapter_beats_builtin_for_its_host() -> None:
    """An adapter of the caller claiming a built-in site's host reads that site's pages."""
    mine = SiteAdapter(name="my-hanoimoi", hosts=("hanoimoi.vn",), headline=("//h1",))
    assert "my-hanoimoi" == vnnews_parse.parse(HANOIMOI.read_bytes(), adapters=(mine,)).site


def test_own_parent_domain_beats_builtin_subdomain() -> None:
    """The caller's adapters are a tier before the built-in ones: a parent-domain claim of theirs still wins."""
    mine = SiteAdapter(name="mine", hosts=("vn",), headline=("//h1",))
    assert "mine" == vnnews_parse.parse(HANOIMOI.read_bytes(), adapters=(mine,)).site


def test_longest_own_host_wins_then_first() -> None:
    """Among the caller's adapters the longest host claim wins, and on a tie the first given."""
    parent = _adapter("parent", hosts=("example.vn",))
    child, twin = _adapter("child"), _adapter("twin")
    url = "https://tm.example.vn/a.html"
    assert ("child", "child") == (_headline(_page("Tin"), url, adapters=(parent, child, twin))[0],
                                  _headline(_page("Tin"), url, adapters=(child, parent, twin))[0])  # fmt: skip


def test_own_fingerprint_alone_wins() -> None:
    """Without any host, one of the caller's adapters whose fingerprint alone matches reads the page."""
    mine = _adapter(fingerprints=("//meta[@name='generator'][@content='TM-CMS']",))
    assert "tm" == vnnews_parse.parse(_page("Tin", marker="TM-CMS"), adapters=(mine,)).site


def test_own_fingerprint_before_builtin_fingerprints() -> None:
    """A page whose markup a built-in adapter recognises goes to the caller's adapter whose fingerprint matches."""
    html = HANOIMOI.read_bytes().replace(b'rel="canonical"', b'rel="x"').replace(b"og:url", b"og:x")
    assert "hanoimoi" == vnnews_parse.parse(html).site
    mine = _adapter(fingerprints=("//meta[@property='og:site_name']",))
    assert "tm" == vnnews_parse.parse(html, adapters=(mine,)).site


def test_two_own_fingerprints_fall_back() -> None:
    """When two of the caller's adapters recognise a page, none is chosen: the generic fallback reads it."""
    fingerprints = ("//meta[@name='generator'][@content='TM-CMS']",)
    both = (_adapter("a", fingerprints=fingerprints), _adapter("b", fingerprints=fingerprints))
    assert "generic" == vnnews_parse.parse(_page("Tin", marker="TM-CMS"), adapters=both).site


def test_site_names_own_adapter() -> None:
    """site= forces one of the caller's adapters by name."""
    assert "tm" == vnnews_parse.parse(_page("Tin"), site="tm", adapters=(_adapter(),)).site


def test_unknown_site_lists_own_adapters() -> None:
    """An unknown site= lists the caller's adapter names with the built-in ones."""
    with pytest.raises(UnknownSiteError, match="tm, tuoitre"):
        vnnews_parse.parse(_page("Tin"), site="nope", adapters=(_adapter(),))


def test_strict_applies_to_own_adapters() -> None:
    """strict=True raises FieldError when a required field of the caller's adapter is missing."""
    mine = _adapter(headline=("//h1[@class='tm-none']",), required=("headline",))
    with pytest.raises(vnnews_parse.ParseError, match="tm: strict: no headline"):
        vnnews_parse.parse(_page("Tin"), "https://tm.example.vn/a", strict=True, adapters=(mine,))


@pytest.mark.parametrize(
    "adapters",
    [pytest.param("tm", id="str"), pytest.param(("tm",), id="tuple-of-str"), pytest.param(None, id="none")],
)
def test_adapters_must_be_site_adapters(adapters: Any) -> None:
    """adapters= that is not a sequence of SiteAdapter is a TypeError, even for a page that fails."""
    with pytest.raises(TypeError, match="SiteAdapter"):
        vnnews_parse.parse("", adapters=adapters)


def test_lone_adapter_gets_a_hint() -> None:
    """A lone SiteAdapter (not in a tuple) says how to write it."""
    with pytest.raises(TypeError, match=r"adapters=\(adapter,\)"):
        vnnews_parse.parse(_page("Tin"), adapters=_adapter())  # type: ignore[arg-type]


def test_threads_never_see_each_others_adapters() -> None:
    """Two threads parsing the same page with different adapters= each get their own adapter's reading."""
    one = _adapter("one", headline=(f"//h1[{has_class('tm-title')}]",))
    two = _adapter("two", headline=(f"//h1[{has_class('tm-other')}]",))
    html, url = _page("Tiêu đề của thread một"), "https://tm.example.vn/a.html"
    expected = {
        "one": ("one", "Tiêu đề của thread một"),
        "two": ("two", "Tiêu đề khác của trang"),
        "none": ("generic", "Tiêu đề của thread một"),
    }
    seen: dict[str, set[tuple[str, str]]] = {name: set() for name in expected}
    start = threading.Barrier(3)

    def work(name: str, adapters: tuple[SiteAdapter, ...]) -> Callable[[], None]:
        def run() -> None:
            start.wait()
            for _ in range(150):
                seen[name].add(_headline(html, url, adapters=adapters))

        return run

    threads = [
        threading.Thread(target=work(name, adapters))
        for name, adapters in (("one", (one,)), ("two", (two,)), ("none", ()))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {name: {value} for name, value in expected.items()} == seen


# -- a day-only date is completed by the time the page shows -------------------------------------------
def _dated_page(meta_day: str, shown: str) -> str:
    return (
        _page("Đường làng được sửa xong")
        .replace("<h1 class='tm-other'>", f"<div class='tm-date'>{shown}</div><h1 class='tm-other'>")
        .replace("<title>x</title>", f"<title>x</title><meta property='article:published_time' content='{meta_day}'>")
    )


def test_adapter_day_only_date_gives_way_to_the_shown_time_of_that_day() -> None:
    """An adapter whose date selector gives only the day (older layouts keep a day-only meta tag)
    yields to the time the page displays next to the headline, on the same day."""
    adapter = _adapter(published=("//meta[@property='article:published_time']/@content",))
    html = _dated_page("2016-11-10", "Thứ năm, 10/11/2016, 14:30 (GMT+7)")
    article = vnnews_parse.parse(html, "https://tm.example.vn/a.html", adapters=[adapter])
    assert (2016, 11, 10, 14, 30) == article.published.timetuple()[:5]  # type: ignore[union-attr]


def test_adapter_day_only_date_stays_when_the_page_shows_another_day() -> None:
    """A time the page shows for another day does not complete the adapter's day."""
    adapter = _adapter(published=("//meta[@property='article:published_time']/@content",))
    html = _dated_page("2016-11-10", "Thứ sáu, 11/11/2016, 14:30 (GMT+7)")
    article = vnnews_parse.parse(html, "https://tm.example.vn/a.html", adapters=[adapter])
    assert (2016, 11, 10, 0, 0) == article.published.timetuple()[:5]  # type: ignore[union-attr]
