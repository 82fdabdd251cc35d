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

# size: the files once (PyInstaller's Linux symlinks into PySide6/Qt/lib are left out: Windows has none)
.venv-build/bin/python - <<'PY'
import zipfile
from pathlib import Path

files = [p for p in sorted(Path("dist/sopdesk").rglob("*")) if p.is_file() and not p.is_symlink()]
with zipfile.ZipFile("dist/sopdesk.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    for path in files:
        archive.write(path, path.relative_to("dist"))
mb = 1024 * 1024
unpacked = sum(p.stat().st_size for p in files) / mb
zipped = Path("dist/sopdesk.zip").stat().st_size / mb
print(f"size: {unpacked:.0f} MB unpacked, {zipped:.0f} MB zipped (the stand-in for the installer: under 90 MB)")
PY
echo "build and smoke test: $((SECONDS - start)) s"
