"""24h (module h24: a name cannot start with a digit): placeholder adapter that claims the site's hosts; every field comes from the generic fallback."""

from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="24h",
    hosts=("24h.com.vn",),
    required=(),
)
