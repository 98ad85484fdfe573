"""vnnews_parse: the HTML of a Vietnamese news article page in, a clean typed record out."""

from importlib.metadata import PackageNotFoundError, version

from vnnews_parse._adapters import load_adapters, plugin_adapters
from vnnews_parse._article import Article, Image
from vnnews_parse._dates import parse_datetime
from vnnews_parse._errors import AdapterError, ParseError
from vnnews_parse._parse import parse
from vnnews_parse.sites._base import FIELDS, SiteAdapter, has_class

try:
    __version__ = version("vnnews_parse")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "FIELDS",
    "AdapterError",
    "Article",
    "Image",
    "ParseError",
    "SiteAdapter",
    "__version__",
    "has_class",
    "load_adapters",
    "parse",
    "parse_datetime",
    "plugin_adapters",
]
