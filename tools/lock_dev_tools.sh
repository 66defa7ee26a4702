#!/usr/bin/env bash
# Refresh requirements/dev-constraints.txt: install the newest releases pyproject.toml
# allows into a throwaway venv and write down their exact versions, under the file's
# opening comment. Then run `bash .ci/run` and fix what the newer tools find.
set -euo pipefail
cd "$(dirname "$0")/.."
lock=requirements/dev-constraints.txt
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q -e '.[dev]'
{
  sed -n '1,/^$/p' "$lock"
  "$work/venv/bin/pip" freeze --exclude-editable
} >"$work/lock"
mv "$work/lock" "$lock"
echo "$lock: $(grep -c '==' "$lock") exact versions"
