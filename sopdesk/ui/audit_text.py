"""The audit log as the user reads it: action names, details in words, local time with its zone.

Only the display changes: the stored entries (and their hash chain) keep their codes and JSON
details (`sopdesk.store.audit`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from sopdesk.domain.dates import local_from_utc
from sopdesk.domain.model import Status

if TYPE_CHECKING:
    from sopdesk.store.audit import AuditEntry

translate = QCoreApplication.translate  # lupdate reads translate("Audit", "…")


def action_label(action: str) -> str:
    """The action code of an entry (``execution``, ``status``…) in words; unknown codes as they are."""
    labels = {
        "import": translate("Audit", "Imported"),
        "create": translate("Audit", "New SOP"),
        "edit": translate("Audit", "Edited"),
        "status": translate("Audit", "Status changed"),
        "execution": translate("Audit", "Execution"),
        "execution_corrected": translate("Audit", "Execution time corrected"),
        "settings": translate("Audit", "Office settings"),
        "monitoring": translate("Audit", "Monitoring"),
        "restore": translate("Audit", "Restored from a backup"),
    }
    return labels.get(action, action)


def local_time(at: dt.datetime) -> str:
    """A stored UTC time in the machine's local time with the zone: ``02-12-2026 08:20:05 WITA``."""
    local, zone = local_from_utc(at)
    return f"{local:%d-%m-%Y %H:%M:%S} {zone}"


def person(entry: AuditEntry) -> str:
    """Who acted: the name typed in the app, or the OS account when no name was given."""
    return entry.app_user or entry.os_user


def _when(value: Any) -> str:
    """A logged time from a detail (ISO text of the office's local time) as ``dd-mm-yyyy HH:MM``."""
    try:
        return f"{dt.datetime.fromisoformat(str(value)):%d-%m-%Y %H:%M}"
    except ValueError:
        return str(value)


def _status(value: Any) -> str:
    from sopdesk.ui.catalogue import status_label

    try:
        return status_label(Status(value))
    except ValueError:
        return str(value)


def _execution(d: Mapping[str, Any]) -> str:
    number, what, at = d.get("execution", "?"), d.get("action", ""), _when(d.get("at"))
    if what == "start":
        return translate("Audit", "Execution #%s started: “%s”") % (number, d.get("title", ""))
    if what == "start_step":
        return translate("Audit", "Execution #%s: step %s started at %s") % (number, d.get("step", "?"), at)
    if what == "finish_step":
        text = translate("Audit", "Execution #%s: step finished at %s") % (number, at)
        return text + (translate("Audit", " (exit “%s”)") % d["exit"] if d.get("exit") else "")
    if what == "cancel":
        return translate("Audit", "Execution #%s cancelled: %s") % (number, d.get("reason", ""))
    return _raw(d)


def _corrected(d: Mapping[str, Any]) -> str:
    field = translate("Audit", "start") if d.get("field") == "started_at" else translate("Audit", "finish")
    return translate("Audit", "Execution #%s, record %s: %s corrected from %s to %s") % (
        d.get("execution", "?"), d.get("record", "?"), field, _when(d.get("old")), _when(d.get("new")))


def _monitoring(d: Mapping[str, Any]) -> str:
    period = str(d.get("period", "")).replace("/", " – ")
    return translate("Audit", "Period %s, revision %s: assessment saved") % (period, d.get("revision", "?"))


def _revision(d: Mapping[str, Any]) -> str:
    return translate("Audit", "Revision %s: “%s”") % (d.get("revision", "?"), d.get("title", ""))


def _created(d: Mapping[str, Any]) -> str:
    return translate("Audit", "Revision %s (from revision %s)") % (d.get("revision", "?"), d.get("from", "?"))


def _edited(d: Mapping[str, Any]) -> str:
    digest = str(d.get("hash", ""))[:12]
    return translate("Audit", "Revision %s saved (content hash %s…)") % (d.get("revision", "?"), digest)


def _status_changed(d: Mapping[str, Any]) -> str:
    return translate("Audit", "Revision %s: %s → %s") % (d.get("revision", "?"), _status(d.get("from")),
                                                         _status(d.get("to")))


def _settings(_d: Mapping[str, Any]) -> str:
    return translate("Audit", "Working calendar or Waktu convention changed")


def _restored(d: Mapping[str, Any]) -> str:
    return translate("Audit", "Restored from %s (the database before it kept as %s)") % (
        d.get("from", "?"), d.get("previous") or "-")


def _raw(d: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in d.items())


_DETAILS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "import": _revision, "create": _created, "edit": _edited, "status": _status_changed, "execution": _execution,
    "execution_corrected": _corrected, "settings": _settings, "monitoring": _monitoring, "restore": _restored,
}


def detail_text(entry: AuditEntry) -> str:
    """The entry's details in words (``Execution #3: step 2 started at 02-12-2026 08:20``); the
    raw ``key: value`` list for an action this module does not know."""
    describe = _DETAILS.get(entry.action, _raw)
    try:
        return describe(entry.detail)
    except (TypeError, ValueError, KeyError):
        return _raw(entry.detail)
