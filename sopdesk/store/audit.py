"""The audit log: append-only and hash-chained (who did what, when).

Each entry's ``hash`` is SHA-256 over the previous entry's hash and the entry's own fields
(canonical JSON), so removing, reordering or editing an entry breaks the chain, which
`verify_chain` (and ``sopdesk check``) reports. Triggers refuse UPDATE and DELETE on the table.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.domain.messages import message
from sopdesk.store.locks import lock_audit_chain
from sopdesk.store.models import AuditRow
from sopdesk.store.roles import server_user

GENESIS = "0" * 64


def os_user() -> str:
    """The operating-system account name (Windows and Linux), or "?" when it cannot be told."""
    try:
        return getpass.getuser()
    except Exception:  # no USER/USERNAME and no pwd entry: still log the action
        return "?"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: the OS account and the name typed in the app (may be empty)."""

    os_user: str = field(default_factory=os_user)
    app_user: str = ""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of the audit log (times in UTC)."""

    id: int
    at: dt.datetime
    os_user: str
    app_user: str
    action: str
    target: str
    detail: dict[str, Any]
    hash: str


def entry_hash(prev: str, at: str, os_user: str, app_user: str, action: str, target: str, detail: str) -> str:
    """SHA-256 (hex) of the chain link: previous hash and this entry's fields."""
    payload = json.dumps([prev, at, os_user, app_user, action, target, detail], ensure_ascii=False,
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(session: Session, actor: Actor, action: str, target: str, detail: dict[str, Any] | None = None,
           now: dt.datetime | None = None) -> AuditRow:
    """Add an entry in the caller's transaction, holding the chain (`sopdesk.store.locks`) so the
    last hash read is the true last one whatever other writers do. On PostgreSQL the account
    recorded is the server's ``session_user`` (`sopdesk.store.roles.server_user`), not the OS's."""
    lock_audit_chain(session)
    actor = replace(actor, os_user=server_user(session) or actor.os_user)
    last = session.scalar(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)) or GENESIS
    at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    detail_json = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)
    row = AuditRow(at=at, os_user=actor.os_user, app_user=actor.app_user, action=action, target=target,
                   detail=detail_json, prev_hash=last,
                   hash=entry_hash(last, at, actor.os_user, actor.app_user, action, target, detail_json))
    session.add(row)
    return row


def verify_chain(rows: Iterable[AuditRow]) -> list[str]:
    """Problems in the chain, in id order (empty when intact)."""
    problems: list[str] = []
    prev = GENESIS
    for row in rows:
        expected = entry_hash(prev, row.at, row.os_user, row.app_user, row.action, row.target, row.detail)
        if row.prev_hash != prev:
            problems.append(message("check-chain-broken", row.id))
        if row.hash != expected:
            problems.append(message("check-entry-changed", row.id))
        prev = row.hash
    return problems


def to_entry(row: AuditRow) -> AuditEntry:
    """The plain value of a row."""
    return AuditEntry(row.id, dt.datetime.fromisoformat(row.at), row.os_user, row.app_user, row.action,
                      row.target, json.loads(row.detail), row.hash)
