"""Rewrite tests/sites/<site>/<case>.json "expected" from the current output; review the diff before committing.

    python scripts/update_expected.py hanoimoi            # every case of one site
    python scripts/update_expected.py hanoimoi/reference  # one case
    python scripts/update_expected.py --new tuoitre/x --url https://tuoitre.vn/... --seen 2026-03

A new case (``--new``) needs its ``.html`` written first; the ``.json`` gets the URL and layout date.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import vnnews_parse

SITES = ROOT / "tests" / "sites"


def update(html: Path, spec: dict[str, object]) -> None:
    """Parse the case with its URL in strict mode and write the expected record."""
    article = vnnews_parse.parse(html.read_bytes(), url=str(spec["url"]), strict=True)
    spec["expected"] = article.to_dict()
    text = json.dumps(spec, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    html.with_suffix(".json").write_text(text, "utf-8")
    print(f"wrote {html.with_suffix('.json').relative_to(ROOT)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("target", help="<site> or <site>/<case>")
    ap.add_argument("--new", action="store_true", help="create the .json of a new case")
    ap.add_argument("--url", help="with --new: the URL of the page the fixture imitates")
    ap.add_argument("--seen", help="with --new: when this layout was seen, YYYY-MM")
    args = ap.parse_args()
    if args.new:
        if not (args.url and args.seen):
            ap.error("--new needs --url and --seen")
        update(SITES / f"{args.target}.html", {"url": args.url, "layout_seen": args.seen})
        return 0
    pages = sorted((SITES / args.target).glob("*.html")) if "/" not in args.target else [SITES / f"{args.target}.html"]
    if not pages:
        ap.error(f"no fixture pages for {args.target!r}")
    for html in pages:
        spec = json.loads(html.with_suffix(".json").read_text("utf-8"))
        update(html, spec)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
