"""The public adapter API: SiteAdapter checked when built."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest

import vnnews_parse
from vnnews_parse import FIELDS, AdapterError, SiteAdapter, has_class
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
    names = {"SiteAdapter", "has_class", "FIELDS", "AdapterError"}
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
