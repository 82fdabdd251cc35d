"""Safe file writing and Windows-safe file names (no Qt)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_filename(name: str, max_len: int = 120) -> str:
    """A file name valid on Windows and Linux: no ``<>:"/\\|?*``, control characters,
    trailing dots/spaces or reserved device names (CON, NUL, COM1…)."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip().rstrip(". ")
    cleaned = re.sub(r"\s+", " ", cleaned)[:max_len].rstrip(". ") or "_"
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder, then
    rename it over ``target`` (``os.replace``): a failure (full disk, no permission) leaves
    no partial file. Raises ``OSError`` on failure, with the temporary file removed."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
