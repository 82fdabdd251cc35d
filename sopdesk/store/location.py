"""Refuse a SQLite file on a network share (SQLite's documentation, "How To Corrupt An SQLite
Database File", section 2.1: file locking over network file systems is unreliable).

Windows: a UNC path (``\\\\server\\share``) or a mapped drive whose type is DRIVE_REMOTE.
Linux and others: the mount that holds the file is a network file system (/proc/mounts).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

from sopdesk.domain.messages import message

NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "fuse.sshfs", "sshfs", "davfs",
              "fuse.davfs2", "glusterfs", "ceph", "lustre", "fuse.rclone"}
ADVICE = message("db-network-advice")


def network_reason(path: Path) -> str | None:
    """Why ``path`` is on a network share (a message for the user), or None if it is local."""
    if sys.platform == "win32" or str(path).startswith("\\\\"):
        return _windows_reason(path)
    mount = _mount_type(path)
    if mount in NETWORK_FS:
        return message("db-network-fs", mount, ADVICE)
    return None


def _windows_reason(path: Path) -> str | None:
    win = PureWindowsPath(str(path))
    if str(win).startswith("\\\\"):
        return message("db-network-folder", win.anchor, ADVICE)
    if sys.platform == "win32" and win.drive:
        import ctypes

        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(f"{win.drive}\\") == drive_remote:  # type: ignore[attr-defined]
            return message("db-network-drive", win.drive, ADVICE)
    return None


def _mount_type(path: Path, mounts: Path = Path("/proc/mounts")) -> str | None:
    """The file-system type of the mount holding ``path`` (longest mount point that contains it)."""
    try:
        lines = mounts.read_text().splitlines()
    except OSError:
        return None
    target = os.path.realpath(path if path.exists() else path.parent)
    best, kind = "", None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


_real_mount_type = _mount_type  # kept for tests that point it at a fake mount table
