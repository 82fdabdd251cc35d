"""Bantuan → Tentang sopdesk: what the help desk asks for first.

The version, the database location (a server URL with its password hidden), the Python, Qt
and PySide versions, and the log folder.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from sopdesk import __version__
from sopdesk.logs import hide_password, log_folder


def database_location(target: str | Path) -> str:
    """Where the database is, fit to show: a SQLite file's path, or the URL without its password."""
    from sopdesk.store.sqlite_file import sqlite_path

    path = sqlite_path(target)
    return str(path) if path is not None else hide_password(str(target))


def about_text(target: str | Path) -> str:
    """The About box's text (translated, plain text, one fact a line)."""
    text = QCoreApplication.translate(
        "About", "sopdesk %s\nSOP AP (Permenpan RB 35/2012) for the Bagian Organisasi.\n\n"
        "Database: %s\nLog folder: %s\nPython %s, Qt %s, PySide6 %s, %s")
    return text % (__version__, database_location(target), log_folder(), platform.python_version(), qVersion(),
                   PySide6.__version__, _system())


def _system() -> str:
    return f"{platform.system()} {platform.release()}" + (" (frozen)" if getattr(sys, "frozen", False) else "")


def show_about(parent: QWidget | None, target: str | Path) -> None:
    """Show the About box for the database ``target``."""
    QMessageBox.about(parent, QCoreApplication.translate("About", "About sopdesk"), about_text(target))
