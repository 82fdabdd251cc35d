"""Backups of a PostgreSQL database: ``pg_dump`` in its custom format, checked, kept beside the
SQLite backups' scheme (``<user data>/backups-server/<host>-<database>-YYYYMMDD-HHMMSS.dump``).

The dump is written to a temporary name, read back with ``pg_restore --list`` (a truncated or
broken archive fails there), and only then renamed into place. The password, if the URL has
one, goes to ``pg_dump`` through its environment (``PGPASSWORD``), never its command line,
and no message shows it. Without ``pg_dump`` on the PATH the error says how to get it.
Restore is the administrator's (``pg_restore``): it replaces data other workstations use.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import URL

from sopdesk.store.backup import BackupError
from sopdesk.store.engine import database_url

MISSING = ("pg_dump tidak ditemukan. Pasang klien PostgreSQL (Windows: penginstal PostgreSQL, pilih "
           "'Command Line Tools'; Debian/Ubuntu: paket postgresql-client) dan pastikan pg_dump ada di PATH.")


def dump_server(target: str, folder: Path, now: dt.datetime) -> Path:
    """Dump the PostgreSQL database of the URL ``target`` into ``folder``; returns the kept file.

    Raises `BackupError` (pg_dump missing, the dump or its check failed; nothing is left then)."""
    url = database_url(target)
    tools = [shutil.which("pg_dump"), shutil.which("pg_restore")]
    if None in tools:
        raise BackupError(MISSING)
    pg_dump, pg_restore = (str(t) for t in tools)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    kept = folder / f"{url.host or 'lokal'}-{url.database}-{stamp}.dump"
    tmp = kept.with_name(f".{kept.name}.tmp")
    try:
        _run([pg_dump, "--format=custom", f"--file={tmp}", *_connection_args(url)], url)
        _run([pg_restore, "--list", str(tmp)], url)
        os.replace(tmp, kept)
    finally:
        tmp.unlink(missing_ok=True)
    return kept


def _connection_args(url: URL) -> list[str]:
    args = [f"--dbname={url.database}"]
    if url.host:
        args.append(f"--host={url.host}")
    if url.port:
        args.append(f"--port={url.port}")
    if url.username:
        args.append(f"--username={url.username}")
    return [*args, "--no-password"]  # never prompt: pgpass, the environment, or fail


def _run(command: list[str], url: URL) -> None:
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["?"])[-1]
        if url.password:
            reason = reason.replace(str(url.password), "***")
        raise BackupError(f"Cadangan server gagal ({Path(command[0]).name}): {reason}")
