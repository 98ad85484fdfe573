#!/usr/bin/env bash
# Build the sdist and the wheel, check them, and install the wheel into a fresh virtual
# environment as a user would: the CLI on the example page, parse() from Python, and no test
# fixture or third-party page inside the wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist
python -m build --sdist --wheel --outdir dist . >/dev/null
python -m twine check --strict dist/*
wheel=$(ls dist/*.whl)
if python -m zipfile -l "$wheel" | grep -E "tests/|\.html|\.json"; then
    echo "check_release: the wheel carries test data (listed above)" >&2
    exit 1
fi
# grep reads the whole listing (no -q): stopping early would kill the lister with SIGPIPE (pipefail).
python -m zipfile -l "$wheel" | grep "vnnews_parse/py.typed" >/dev/null
venv=$(mktemp -d)
trap 'rm -rf "$venv"' EXIT
python -m venv "$venv"
"$venv/bin/python" -m pip install -q "$wheel"
page=tests/sites/hanoimoi/reference-2016.html
(cd "$venv" && "$venv/bin/python" -m vnnews_parse "$OLDPWD/$page" | "$venv/bin/python" -c \
    "import json, sys; d = json.load(sys.stdin); assert d['authors'] == ['Quang Huy'], d['authors']")
(cd "$venv" && "$venv/bin/vnnews-parse" --version)
# Your own sites, from the installed wheel: the worked example's TOML site reads its page.
example=examples/your-own-sites
(cd "$venv" && "$venv/bin/vnnews-parse" --adapters "$OLDPWD/$example/langgio.toml" "$OLDPWD/$example/langgio-2026.html" \
    | "$venv/bin/python" -c "import json, sys; d = json.load(sys.stdin); assert d['site'] == 'langgio', d['site']")
(cd "$venv" && "$venv/bin/python" -c "
import pathlib, vnnews_parse
article = vnnews_parse.parse(pathlib.Path('$OLDPWD/$page').read_bytes())
assert article.comment_count == 0 and article.site == 'hanoimoi', article
print('wheel OK:', vnnews_parse.__version__, article.headline)
")
