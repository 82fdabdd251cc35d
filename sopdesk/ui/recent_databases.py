"""The databases chosen in Berkas → Buka basis data (*basis data terakhir*): the newest is opened
at the next start unless ``--db`` names another.

A choice is kept as its target without a password: a SQLite file's absolute path, or a server's
``postgresql://user@host:port/database``. The password of a server comes from the system's
password store when the target is opened (`connect_url`); when there is none, libpq's pgpass
or service file supplies it, or the login is refused and the user types it in the dialog.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from sopdesk.logs import hide_password
from sopdesk.store.credentials import load_password
from sopdesk.store.server import ServerAddress
from sopdesk.ui.settings import RECENT_DATABASES, Settings

MAX_RECENT = 5
log = logging.getLogger("sopdesk.ui.recent_databases")


def plain_target(target: str | Path) -> str:
    """``target`` as it is remembered and compared: a server URL without its password, a file's
    absolute path (also of a ``sqlite:///`` URL); any other URL with its password hidden."""
    address = ServerAddress.from_url(str(target))
    if address is not None:
        return address.url()
    from sopdesk.store.sqlite_file import sqlite_path

    path = sqlite_path(target)
    return str(path.expanduser().absolute()) if path is not None else hide_password(str(target))


def recent(settings: Settings) -> list[str]:
    """The remembered targets, newest first (at most `MAX_RECENT`; none after a damaged setting)."""
    try:
        items = json.loads(settings.get(RECENT_DATABASES) or "[]")
    except ValueError:
        return []
    return [str(t) for t in items if isinstance(t, str) and t][:MAX_RECENT] if isinstance(items, list) else []


def remember(settings: Settings, target: str | Path) -> None:
    """Put ``target`` first in the remembered list (its password, if any, is dropped)."""
    plain = plain_target(target)
    items = [plain, *(t for t in recent(settings) if t != plain)][:MAX_RECENT]
    settings.set(RECENT_DATABASES, json.dumps(items))
    settings.sync()


def connect_url(target: str, password: str | None = None) -> str:
    """What opens ``target``: a file's path as is; a server's URL with ``password`` (typed), else
    the one in the password store, else none (libpq then asks its pgpass or service file)."""
    address = ServerAddress.from_url(target)
    if address is None:
        return target
    return address.url(password or load_password(address))


def label(target: str) -> str:
    """How a remembered target is listed: ``user@host:port/database`` or the file's path."""
    address = ServerAddress.from_url(target)
    return address.label() if address is not None else target


def startup_target(settings: Settings, given: str | Path | None, default: Path) -> str | Path:
    """The database a new window opens: ``given`` (``--db``) always wins; else the newest
    remembered choice (a file only while it exists: a missing one is not made again, e.g. on a
    removed USB disk); else ``default``."""
    if given:
        return given
    for target in recent(settings)[:1]:
        if ServerAddress.from_url(target) is not None:
            return connect_url(target)
        if Path(target).is_file():
            return target
        log.info("the last database chosen is gone (%s); opening the default one", target)
    return default
