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
print(f"size: {unpacked:.0f} MB unpacked, {zipped:.0f} MB as a zip (Deflate)")
PY
# the installer's stand-in: Inno Setup packs the folder with LZMA2, solid (packaging/sopdesk.iss:
# Compression=lzma2/max, SolidCompression=yes); xz -9 is the same algorithm at the same level
(cd dist && find sopdesk -type f ! -type l | sort | tar -cf - -T - | xz -9 -T0 > sopdesk.tar.xz)
python3 - <<'PY'
from pathlib import Path
mb = Path("dist/sopdesk.tar.xz").stat().st_size / 1024 / 1024
verdict = "PASS" if mb < 90 else "FAIL"
print(f"installer stand-in (LZMA2 solid, as Inno Setup packs it): {mb:.0f} MB — target under 90 MB: {verdict}"
      " (measured on Linux, whose Qt carries ICU and X11 libraries that Windows does not)")
PY
echo "build and smoke test: $((SECONDS - start)) s"
