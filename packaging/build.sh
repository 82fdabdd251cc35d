#!/usr/bin/env bash
# Build the frozen program (dist/sopdesk/) from the lock with packaging/sopdesk.spec, smoke-test
# it headless (packaging/smoke.py) and report its size. CI runs it after the tests (.ci/run);
# on Windows the same steps are in README.md, "Windows installer".
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

# PyInstaller reads the shared libraries' dependencies with objdump (Debian package binutils)
if ! command -v objdump >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq binutils
fi

# a separate environment with exactly the locked versions (hashes checked)
[ -x .venv-build/bin/python ] || python3 -m venv .venv-build
.venv-build/bin/python -m pip install -q --require-hashes -r packaging/requirements-build.txt

rm -rf dist/sopdesk dist/sopdesk.zip build/pyinstaller
.venv-build/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/sopdesk.spec

.venv-build/bin/python packaging/smoke.py dist/sopdesk

.venv-build/bin/python - <<'PY'
import shutil
from pathlib import Path

folder = Path("dist/sopdesk")
unpacked = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
archive = Path(shutil.make_archive("dist/sopdesk", "zip", "dist", "sopdesk"))
mb = 1024 * 1024
print(f"size: {unpacked / mb:.0f} MB unpacked, {archive.stat().st_size / mb:.0f} MB zipped "
      "(the stand-in for the installer, target under 90 MB)")
PY
echo "build and smoke test: $((SECONDS - start)) s"
