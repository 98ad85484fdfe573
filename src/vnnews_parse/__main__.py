"""``python -m vnnews_parse``."""

from vnnews_parse._cli import main

raise SystemExit(main())
