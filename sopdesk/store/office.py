"""The office settings in the database: the working calendar and the Waktu convention (key
``office``), and the office's own identity, its name lines and logo (key ``office_identity``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from sopdesk.domain.office import OfficeSettings, office_from_json, office_to_json
from sopdesk.domain.office_identity import OfficeIdentity, check_logo, identity_from_json, identity_to_json
from sopdesk.store import audit
from sopdesk.store.audit import Actor
from sopdesk.store.models import SettingRow
from sopdesk.store.transaction import write_transaction

KEY = "office"
IDENTITY_KEY = "office_identity"
log = logging.getLogger("sopdesk.store")
T = TypeVar("T")


class OfficeRepository:
    """Reads and saves `OfficeSettings` and the `OfficeIdentity` (each save one transaction, with an
    audit entry)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def load(self) -> OfficeSettings:
        """The saved settings, or the defaults when none were saved (or they cannot be read,
        which is logged)."""
        with self._sessions() as session:
            return _read(session, KEY, office_from_json, OfficeSettings())

    def save(self, settings: OfficeSettings, actor: Actor | None = None) -> None:
        """Store ``settings``; raises `StoreError` if the database refuses."""
        text = office_to_json(settings)
        with write_transaction(self._sessions) as session:
            old = _put(session, KEY, text)
            audit.append(session, actor or Actor(), "settings", KEY, {"old": old, "new": text})

    def identity(self) -> OfficeIdentity:
        """The office's identity; an empty one when none was saved (or it cannot be read, logged)."""
        with self._sessions() as session:
            return read_identity(session)

    def save_identity(self, identity: OfficeIdentity, actor: Actor | None = None) -> None:
        """Store ``identity``, audited with its lines and the logo's hash. Raises ValueError (a logo
        that is not a PNG or too large: nothing is stored) or `StoreError` if the database refuses."""
        check_logo(identity.logo)
        with write_transaction(self._sessions) as session:
            old = read_identity(session)
            _put(session, IDENTITY_KEY, identity_to_json(identity))
            audit.append(session, actor or Actor(), "settings", IDENTITY_KEY,
                         {"old": old.summary(), "new": identity.summary()})


def read_identity(session: Session) -> OfficeIdentity:
    """The office's identity read in ``session`` (for reports that read in one session)."""
    return _read(session, IDENTITY_KEY, identity_from_json, OfficeIdentity())


def _read(session: Session, key: str, parse: Callable[[str], T], default: T) -> T:
    """The setting ``key`` read by ``parse``; ``default`` when absent or unreadable (logged)."""
    row = session.get(SettingRow, key)
    if row is None:
        return default
    try:
        return parse(row.value)
    except ValueError as exc:
        log.error("setting %s unreadable, default used: %s", key, exc)
        return default


def _put(session: Session, key: str, text: str) -> str:
    """Set the setting ``key`` to ``text`` (flushed); returns the old text ("" when there was none)."""
    row = session.get(SettingRow, key)
    old = row.value if row is not None else ""
    if row is None:
        session.add(SettingRow(key=key, value=text))
    else:
        row.value = text
    session.flush()
    return old
