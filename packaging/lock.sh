#!/usr/bin/env bash
# Re-make packaging/requirements-build.txt: the exact versions (with hashes) of sopdesk's
# dependencies and PyInstaller that packaging/build.sh installs, for Python 3.11 on Windows,
# Linux and macOS (--universal: one file, markers where they differ). Run after changing the
# dependencies in pyproject.toml or packaging/build.in, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
uv=$(command -v uv || echo .venv/bin/uv)
[ -x "$uv" ] || { echo "uv not found: .venv/bin/pip install uv" >&2; exit 1; }
"$uv" pip compile pyproject.toml packaging/build.in --universal --python-version 3.11 --generate-hashes \
  --quiet -o packaging/requirements-build.txt
