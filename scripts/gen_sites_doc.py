"""Write docs/sites.md, the table of supported sites, from the registry.

    python scripts/gen_sites_doc.py          # rewrite docs/sites.md
    python scripts/gen_sites_doc.py --check  # exit 1 if docs/sites.md is out of date

tests/test_docs.py runs the check, so the table cannot drift from the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from vnnews_parse._fields import FIELDS
from vnnews_parse.sites import ALL

TARGET = ROOT / "docs" / "sites.md"
HEADER = """# Supported sites

Generated from the registry by `python scripts/gen_sites_doc.py`; do not edit by hand.

Each site has an adapter that reads the fields below from its template(s); any field an adapter
does not read, and every site not listed here, is read by the generic fallback (JSON-LD, then
OpenGraph and meta tags, then heuristics on the page). Hosts match with their subdomains, and
`www.`, `m.` and `amp.` prefixes are ignored.

| site | hosts | fields read by the adapter | templates seen |
| --- | --- | --- | --- |
"""


def render() -> str:
    """The Markdown table for every registered adapter."""
    rows = []
    for adapter in ALL:
        fields = [f for f in FIELDS if getattr(adapter, f) or f in adapter.custom]
        hosts = ", ".join(f"`{h}`" for h in adapter.hosts)
        covered = ", ".join(fields) or "(generic fallback only)"
        templates = "; ".join(adapter.templates) or "-"
        rows.append(f"| {adapter.name} | {hosts} | {covered} | {templates} |")
    return HEADER + "\n".join(rows) + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        current = TARGET.read_text("utf-8") if TARGET.exists() else ""
        if current != text:
            print("docs/sites.md is out of date: run python scripts/gen_sites_doc.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, "utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
