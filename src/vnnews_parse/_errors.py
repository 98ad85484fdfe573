"""The errors `parse` raises: one base class, a few named subclasses."""

from __future__ import annotations

from typing import Any


class ParseError(ValueError):
    """The input is not an article page that can be read at all.

    Raised for empty input, input that is not HTML, bytes that cannot be decoded,
    input larger than the configured limit, and pages with neither a headline nor
    article text (a category or home page). A field that merely cannot be found is
    never an error: it is ``None`` or ``()`` on the `Article`.
    The message is one line that names the problem.
    """


class EmptyInputError(ParseError):
    """The input is empty or only white space."""


class NotHTMLError(ParseError):
    """The input does not look like HTML (binary data, plain text, JSON...)."""


class DecodeError(ParseError):
    """The bytes cannot be decoded as text in any supported encoding."""


class InputTooLargeError(ParseError):
    """The input is larger than ``max_bytes``."""


class NotAnArticleError(ParseError):
    """The page has neither a headline nor article text, or is a section or home page."""


class UnknownSiteError(ParseError):
    """``site=`` names no adapter."""


class FieldError(ParseError):
    """``strict=True``: a matched adapter's selector found nothing for a field its template always has."""


class AdapterError(ValueError):
    """A site adapter that cannot work, found when it is built, never while pages are parsed.

    Raised by `SiteAdapter` (an invalid XPath, an unknown field, a value of the wrong type, no
    hosts), by `load_adapters` (the same in a TOML file, or a TOML syntax error) and by the batch
    mode for an adapter it cannot send to its worker processes. The message is one line naming
    the file and line (when the adapter comes from a file), the site, the key and the problem:
    ``sites.toml:12: site 'baomau': key 'published': invalid XPath '//span[' (Invalid expression)``.
    The parts are also attributes: ``file``, ``line``, ``site``, ``key``, ``selector`` (the
    selector at fault, if one is) and ``problem``.
    """

    def __init__(
        self,
        problem: str,
        *,
        site: str | None = None,
        key: str | None = None,
        selector: str | None = None,
        file: str | None = None,
        line: int | None = None,
    ) -> None:
        self.problem = problem
        self.selector = selector
        self.site = site
        self.key = key
        self.file = file
        self.line = line
        where = [file + (f":{line}" if line else "")] if file else []
        where += [f"site {site!r}"] if site is not None else []
        where += [f"key {key!r}"] if key is not None else []
        super().__init__(": ".join([*where, problem]))

    def located(self, file: str, line: int | None) -> AdapterError:
        """The same error, naming the file (and line) the adapter was read from."""
        return AdapterError(self.problem, site=self.site, key=self.key, selector=self.selector, file=file, line=line)

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only parts: the default pickling (positional args) would lose them.
        parts = {"site": self.site, "key": self.key, "selector": self.selector, "file": self.file, "line": self.line}
        return (_adapter_error, (self.problem, parts))


def _adapter_error(problem: str, parts: dict[str, Any]) -> AdapterError:
    return AdapterError(problem, **parts)
