"""The office settings in the database: the working calendar and the Waktu convention."""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session, sessionmaker

from sopdesk.domain.office import OfficeSettings, office_from_json, office_to_json
from sopdesk.store import audit
from sopdesk.store.audit import Actor
from sopdesk.store.models import SettingRow
from sopdesk.store.transaction import write_transaction

KEY = "office"
log = logging.getLogger("sopdesk.store")


class OfficeRepository:
    """Reads and saves `OfficeSettings` (one transaction, with an audit entry)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def load(self) -> OfficeSettings:
        """The saved settings, or the defaults when none were saved (or they cannot be read,
        which is logged)."""
        with self._sessions() as session:
            row = session.get(SettingRow, KEY)
            if row is None:
                return OfficeSettings()
            try:
                return office_from_json(row.value)
            except ValueError as exc:
                log.error("office settings unreadable, defaults used: %s", exc)
                return OfficeSettings()

    def save(self, settings: OfficeSettings, actor: Actor | None = None) -> None:
        """Store ``settings``; raises `StoreError` if the database refuses."""
        text = office_to_json(settings)
        with write_transaction(self._sessions) as session:
            row = session.get(SettingRow, KEY)
            old = row.value if row else ""
            if row is None:
                session.add(SettingRow(key=KEY, value=text))
            else:
                row.value = text
            session.flush()
            audit.append(session, actor or Actor(), "settings", KEY, {"old": old, "new": text})
