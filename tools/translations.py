"""Update sopdesk/resources/translations/sopdesk_id.ts from the UI sources and build the .qm.

    python tools/translations.py          # lupdate + lrelease
    python tools/translations.py --check  # exit 1 if the .ts misses strings or has unfinished ones

Translators edit the .ts with Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "sopdesk" / "resources" / "translations" / "sopdesk_id.ts"
SOURCES = sorted(str(p) for p in (ROOT / "sopdesk" / "ui").rglob("*.py"))  # the editor package too


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def unfinished(ts: Path) -> list[str]:
    """Source strings of ``ts`` without a finished translation."""
    root = ET.parse(ts).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not (translation.text or "").strip():
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / TS.name
            shutil.copy(TS, copy)
            subprocess.run([_tool("pyside6-lupdate"), *SOURCES, "-ts", str(copy)], check=True,
                           capture_output=True)
            missing = unfinished(copy)
        for text in missing:
            print(f"untranslated: {text!r}")
        return 1 if missing else 0
    subprocess.run([_tool("pyside6-lupdate"), *SOURCES, "-ts", str(TS)], check=True)
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
