"""The build lock (packaging/requirements-build.txt) pins every dependency sopdesk declares, so the
frozen program is built from exactly the versions it was tested with (issue #12)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-").replace(".", "-")


def test_every_declared_dependency_is_pinned_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    declared = {_name(r) for r in project["dependencies"]}
    lock = (ROOT / "packaging" / "requirements-build.txt").read_text("utf-8")
    pinned = {_name(m[1]) for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==", lock, re.M)}
    assert declared - pinned == set(), "run packaging/lock.sh after changing the dependencies"
    assert lock.count("--hash=sha256:") >= len(pinned)
