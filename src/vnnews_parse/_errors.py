"""The errors `parse` raises: one base class, a few named subclasses."""

from __future__ import annotations


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
    """The page has neither a headline nor article text."""


class UnknownSiteError(ParseError):
    """``site=`` names no adapter."""


class FieldError(ParseError):
    """``strict=True``: a matched adapter's selector found nothing for a field its template always has."""
