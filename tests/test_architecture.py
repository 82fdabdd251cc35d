"""ARCHITECTURE.md rules that a test can hold: the core imports no Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import sopdesk

CORE = ("domain", "layout", "store", "io")
PACKAGE = Path(sopdesk.__file__).parent


def test_core_sources_do_not_import_qt() -> None:
    offenders = []
    for part in CORE:
        for path in (PACKAGE / part).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                    [node.module or ""] if isinstance(node, ast.ImportFrom) else []
                offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    modules = [f"sopdesk.{part}.{p.stem}" for part in CORE for p in (PACKAGE / part).glob("*.py")
               if p.stem != "__init__"]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\nassert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
