"""Smoke test of the frozen program (PyInstaller one-folder build), headless.

    python packaging/smoke.py dist/sopdesk

Runs the built ``sopdesk-cli`` (and ``sopdesk --smoke``) on a new database in a temporary folder,
with the user folders and the log folder pointed there too, and checks what a user would:
``list`` shows 14 SOPs, ``check-data`` reads 14 files, ``export-pdf --all`` writes 14 sheets,
``report weekly``, ``report monitoring`` (.xlsx and .pdf) and ``book`` write their files, ``check``
and ``backup`` pass, and the GUI starts offscreen with Indonesian menus, 14 SOPs and the holidays'
Indonesian names. Any
missing bundled file (sample data, fonts, translations, migrations, the holidays' names) makes a
step fail. Exit code 0 when every step passed; each step prints one line.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SOPS = 14
MENUS_ID = ("Berkas", "Tampilan", "Laporan", "Bantuan")
INDEPENDENCE_DAY = "17 August: Hari Kemerdekaan Republik Indonesia"  # the holidays' Indonesian names
PDF, ZIP = b"%PDF", b"PK\x03\x04"


def _exe(folder: Path, name: str) -> Path:
    path = folder / (name + (".exe" if sys.platform == "win32" else ""))
    if not path.is_file():
        raise SystemExit(f"smoke: no {path}")
    return path


class Smoke:
    """The frozen program in ``folder``, run in the scratch folder ``work``."""

    def __init__(self, folder: Path, work: Path) -> None:
        self.cli = _exe(folder, "sopdesk-cli")
        self.gui = _exe(folder, "sopdesk") if sys.platform != "win32" else self.cli  # a windowed .exe has no stdout
        self.work = work
        self.db = work / "sopdesk.sqlite3"
        self.env = {**os.environ, "HOME": str(work / "home"), "XDG_CONFIG_HOME": str(work / "config"),
                    "XDG_DATA_HOME": str(work / "data"), "XDG_STATE_HOME": str(work / "state"),
                    "LOCALAPPDATA": str(work / "local"), "APPDATA": str(work / "roaming"),
                    "SOPDESK_LOG_DIR": str(work / "log"), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
        self.failed = 0

    def run(self, *args: str, exe: Path | None = None) -> str:
        """Run the program with ``--db`` and ``args``; return stdout; raise on a non-zero exit."""
        done = subprocess.run([str(exe or self.cli), "--db", str(self.db), *args], cwd=self.work, env=self.env,
                              capture_output=True, text=True, encoding="utf-8", timeout=300)
        if done.returncode != 0:
            raise AssertionError(f"exit {done.returncode}\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def step(self, name: str, check: Callable[[], str]) -> None:
        start = time.perf_counter()
        try:
            said = check()
        except Exception as exc:
            self.failed += 1
            print(f"FAIL {name}: {exc}", flush=True)
            return
        print(f"ok   {name} ({time.perf_counter() - start:.1f} s): {said}", flush=True)


def _file(path: Path, magic: bytes) -> str:
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(magic):
        raise AssertionError(f"{path.name} is missing or not a {magic!r} file")
    return f"{path.name} {len(data) // 1024} KB"


def _count(text: str, expected: int, what: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) != expected:
        raise AssertionError(f"{len(lines)} {what}, expected {expected}:\n{text}")
    return f"{expected} {what}"


def _version(s: Smoke) -> str:
    out = s.run("--version").strip()
    if not out.startswith("sopdesk "):
        raise AssertionError(out)
    return out


def _export(s: Smoke) -> str:
    s.run("export-pdf", "--all", "-o", "lembar")
    sheets = sorted((s.work / "lembar").glob("*.pdf"))
    if len(sheets) != SOPS or not all(p.read_bytes().startswith(PDF) for p in sheets):
        raise AssertionError(f"{len(sheets)} sheets")
    return f"{len(sheets)} sheets, {sum(p.stat().st_size for p in sheets) // 1024} KB"


def _gui(s: Smoke) -> str:
    out = s.run("--smoke", exe=s.gui)
    menus = next((line for line in out.splitlines() if line.startswith("menus: ")), "")
    if not all(name in menus for name in MENUS_ID) or f"sops: {SOPS}" not in out:
        raise AssertionError(f"not the Indonesian window with {SOPS} SOPs:\n{out}")
    if INDEPENDENCE_DAY not in out:
        raise AssertionError(f"no Indonesian holiday names:\n{out}")
    return f"{menus}; {SOPS} SOPs; {INDEPENDENCE_DAY}"


def _log(s: Smoke) -> str:
    log = s.work / "log" / "sopdesk.log"
    text = log.read_text("utf-8")
    errors = [line for line in text.splitlines() if " ERROR " in line or " CRITICAL " in line]
    if errors:
        raise AssertionError("\n".join(errors))
    return f"{log.name}: {len(text.splitlines())} lines, no errors"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    folder = Path(argv[0]).resolve()
    with tempfile.TemporaryDirectory(prefix="sopdesk-smoke-") as tmp:
        s = Smoke(folder, Path(tmp))
        s.step("--version", lambda: _version(s))
        s.step("list", lambda: _count(s.run("list"), SOPS, "SOPs"))
        s.step("check-data", lambda: _count(s.run("check-data"), SOPS, "sample files"))
        s.step("export-pdf --all", lambda: _export(s))
        s.step("report weekly", lambda: (s.run("report", "weekly", "-o", "mingguan.xlsx"),
                                         _file(s.work / "mingguan.xlsx", ZIP))[1])
        for suffix, magic in ((".xlsx", ZIP), (".pdf", PDF)):
            s.step(f"report monitoring {suffix}", lambda suffix=suffix, magic=magic: (
                s.run("report", "monitoring", "-o", f"monev{suffix}"), _file(s.work / f"monev{suffix}", magic))[1])
        s.step("book", lambda: (s.run("book", "-o", "buku.pdf"), _file(s.work / "buku.pdf", PDF))[1])
        s.step("check", lambda: s.run("check").splitlines()[-1])
        s.step("backup", lambda: _file(Path(s.run("backup").strip()), b"SQLite format 3"))
        s.step("GUI offscreen (sopdesk --smoke)", lambda: _gui(s))
        s.step("log file", lambda: _log(s))
    print("smoke: " + ("all passed" if not s.failed else f"{s.failed} step(s) FAILED"))
    return 1 if s.failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
