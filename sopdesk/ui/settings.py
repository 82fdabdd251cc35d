"""User settings, declared once with their defaults, stored with QSettings (versioned)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option:
    """One setting: its key, default and type."""

    key: str
    default: Any
    kind: type


PAPER = Option("view/paper", "A4", str)
LANGUAGE = Option("ui/language", "id", str)
GEOMETRY = Option("window/geometry", QByteArray(), QByteArray)
STATE = Option("window/state", QByteArray(), QByteArray)
SPLITTER = Option("window/splitter", QByteArray(), QByteArray)
LAST_EXPORT_DIR = Option("export/last_dir", "", str)
ZOOM = Option("view/zoom", 0.0, float)
USER_NAME = Option("user/name", "", str)  # the name given in the app, for the audit log


class Settings:
    """Typed access to QSettings; ``path`` overrides the location (tests)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings("sopdesk", "sopdesk")
        if int(str(self._q.value("settings/version", 0) or 0)) < SETTINGS_VERSION:
            self._q.setValue("settings/version", SETTINGS_VERSION)

    def get(self, option: Option) -> Any:
        value = self._q.value(option.key, option.default)
        if option.kind is float:
            try:
                return float(str(value))
            except (TypeError, ValueError):
                return option.default
        if option.kind is QByteArray:
            return value if isinstance(value, QByteArray) else option.default
        return option.kind(value) if value is not None else option.default

    def set(self, option: Option, value: Any) -> None:
        self._q.setValue(option.key, value)

    def sync(self) -> None:
        self._q.sync()
EDITOR_GEOMETRY = Option("editor/geometry", QByteArray(), QByteArray)
EDITOR_STATE = Option("editor/state", QByteArray(), QByteArray)
EDITOR_SPLITTER = Option("editor/splitter", QByteArray(), QByteArray)
CATALOGUE_HEADER = Option("catalogue/header", QByteArray(), QByteArray)  # column widths, sort column and order
# the sort again as "column order" (0 ascending, 1 descending): read at the start, before any header is made
CATALOGUE_SORT = Option("catalogue/sort", "", str)
# the databases chosen in Berkas → Buka basis data, newest first, as JSON: SQLite paths and
# postgresql:// URLs WITHOUT a password (passwords: sopdesk.store.credentials)
RECENT_DATABASES = Option("database/recent", "", str)
