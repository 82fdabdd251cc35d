"""Safe file writing and Windows-safe file names (no Qt)."""

from __future__ import annotations

import os
import re
import secrets
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
    no partial file. The file gets the user's normal permissions (0666 less the umask: 0644
    under umask 022), like any file the user saves. Raises ``OSError`` on failure, with the
    temporary file removed."""
    target = Path(target)
    fd, tmp = _create_temp(target)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)


def _create_temp(target: Path) -> tuple[int, Path]:
    """A new temporary file beside ``target``, opened for writing, created with mode 0o666 so the
    system applies the umask (``tempfile.mkstemp`` makes 0600 files; on Windows the mode only
    decides read-only, and 0o666 is writable). Raises ``OSError``."""
    for _attempt in range(100):
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(tmp, _TEMP_FLAGS, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")
