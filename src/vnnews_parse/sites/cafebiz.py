"""cafebiz: placeholder adapter that claims the site's hosts; every field comes from the generic fallback."""

from vnnews_parse.sites._base import SiteAdapter

ADAPTER = SiteAdapter(
    name="cafebiz",
    hosts=("cafebiz.vn",),
    required=(),
)
