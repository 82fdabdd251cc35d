"""Tooltips and status tips of the menu and toolbar actions, kept in one table.

An action is found by its text, translated in the context that made it (``MainWindow``,
``ReportsController``, ``EditController``, ``EditorWindow``), so the same table serves both
languages; actions of a submenu without their own entry (paper sizes, languages, the editor's
panels) get their menu's tip. Call `add_tips` once the menus are built.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


def _tips() -> dict[str, str]:
    """Action text (translated) -> tip (translated)."""
    return {
        translate("MainWindow", "&Export this SOP as PDF…"): translate(
            "ActionTips", "Write the sheet of the SOP shown (identity page and flowchart) to a PDF file"),
        translate("MainWindow", "Export &all SOPs as PDF…"): translate(
            "ActionTips", "Write the sheet of every SOP in the catalogue into one folder"),
        translate("MainWindow", "Revision &history…"): translate(
            "ActionTips", "The revisions of the SOP shown and what changed in each"),
        translate("MainWindow", "Audit &log…"): translate("ActionTips", "Who changed what and when, with a filter"),
        translate("MainWindow", "&Check the database"): translate(
            "ActionTips", "Check the database file, the content hash of every revision and the audit log's chain"),
        translate("MainWindow", "&Office settings…"): translate(
            "ActionTips", "Working hours, office days off and the Waktu convention"),
        translate("MainWindow", "&Restore from a backup…"): translate(
            "ActionTips", "Replace the database with one of its checked backups"),
        translate("MainWindow", "&Quit"): translate(
            "ActionTips", "Close sopdesk (the database is backed up if it changed)"),
        translate("MainWindow", "Zoom &in"): translate("ActionTips", "Enlarge the drawing"),
        translate("MainWindow", "Zoom &out"): translate("ActionTips", "Shrink the drawing"),
        translate("MainWindow", "&Fit width"): translate("ActionTips", "Fit the drawing to the width of the window"),
        translate("MainWindow", "&Search"): translate(
            "ActionTips", "Search the catalogue by name, number or step text"),
        translate("MainWindow", "&Paper"): translate("ActionTips", "The paper of the printed sheet and the drawing"),
        translate("MainWindow", "&Language"): translate(
            "ActionTips", "The language of the interface (from the next start)"),
        translate("MainWindow", "New &draft revision"): translate(
            "ActionTips", "Start a new draft revision of the SOP shown"),
        translate("MainWindow", "Mark &verified"): translate(
            "ActionTips", "Mark the draft as verified, ready to be approved"),
        translate("MainWindow", "&Approve"): translate(
            "ActionTips", "Approve (sahkan) the verified revision; it replaces the one in force"),
        translate("MainWindow", "Send &back to draft"): translate(
            "ActionTips", "Return the verified revision to draft for more edits"),
        translate("MainWindow", "&Running executions…"): translate(
            "ActionTips", "Every execution still running, overdue first"),
        translate("MainWindow", "Your &name for the audit log…"): translate(
            "ActionTips", "The name the audit log records beside your computer account"),
        translate("MainWindow", "&About sopdesk"): translate("ActionTips", "The version and the database of sopdesk"),
        translate("HelpController", "&Guide"): translate(
            "ActionTips", "A short illustrated guide, opened at the section of the current tab"),
        translate("OpenDatabaseController", "&Open database…"): translate(
            "ActionTips", "Open another sopdesk database: a file on this computer or the office server"),
        translate("ImportController", "&Import files (PDF, Word, Excel)…"): translate(
            "ActionTips", "Bring Word, Excel or PDF SOP documents in as drafts, each with its original file"),
        translate("ImportController", "Import a &folder…"): translate(
            "ActionTips", "Import every SOP document of a folder and its subfolders, with a summary"),
        translate("EditController", "&New SOP…"): translate(
            "ActionTips", "Start a new SOP, blank or as a copy of the one shown"),
        translate("EditController", "&Edit…"): translate(
            "ActionTips", "Edit the SOP shown (an approved SOP gets a new draft revision first)"),
        translate("ReportsController", "&Weekly report (Excel)…"): translate(
            "ActionTips", "The executions of a week against the standard times, as an Excel workbook"),
        translate("ReportsController", "&Monitoring and evaluation…"): translate(
            "ActionTips", "The monitoring form (Tabel 7) and the evaluation checklist of a period"),
        translate("ReportsController", "SOP &book as PDF…"): translate(
            "ActionTips", "Every approved sheet in one PDF, with a cover and contents"),
        translate("ReportsController", "&Print this SOP…"): translate("ActionTips", "Print the sheet of the SOP shown"),
        translate("ReportsController", "Print the SOP b&ook…"): translate(
            "ActionTips", "Print every approved sheet as the SOP book"),
        translate("ReportsController", "&Check a printed sheet…"): translate(
            "ActionTips", "Check the code printed beside a sheet's QR code against the database"),
        translate("EditorWindow", "&Save"): translate("ActionTips", "Save the revision (all of it or nothing)"),
        translate("EditorWindow", "&Close"): translate("ActionTips", "Close the editor (asks about unsaved edits)"),
        translate("EditorWindow", "&Undo"): translate("ActionTips", "Undo the last edit"),
        translate("EditorWindow", "&Redo"): translate("ActionTips", "Redo the edit undone"),
        translate("EditorWindow", "&New step below"): translate(
            "ActionTips", "Insert a new step below the current one"),
        translate("EditorWindow", "&Insert step above"): translate(
            "ActionTips", "Insert a new step above the current one"),
        translate("EditorWindow", "&Duplicate step"): translate("ActionTips", "Copy the current step below it"),
        translate("EditorWindow", "De&lete step"): translate(
            "ActionTips", "Delete the current step (Ctrl+Z brings it back)"),
        translate("EditorWindow", "Move step &up"): translate("ActionTips", "Move the current step one row up"),
        translate("EditorWindow", "Move step do&wn"): translate("ActionTips", "Move the current step one row down"),
        translate("EditorWindow", "Process ↔ &decision"): translate(
            "ActionTips", "Turn a process into a decision with two exits, or back"),
        translate("WaktuSpans", "&Merge Waktu"): translate(
            "ActionTips", "Write one Waktu for the selected consecutive steps (a merged cell), or join the step below"),
        translate("WaktuSpans", "S&plit Waktu"): translate(
            "ActionTips", "Give each step of the current merged Waktu its own Waktu again"),
        translate("EditorWindow", "Zoom &in"): translate("ActionTips", "Enlarge the drawing"),
        translate("EditorWindow", "Zoom &out"): translate("ActionTips", "Shrink the drawing"),
        translate("EditorWindow", "&Fit width"): translate("ActionTips", "Fit the drawing to the width of the window"),
        translate("EditorWindow", "&View"): translate("ActionTips", "Show or hide this panel"),
    }


def _set(action: QAction, tip: str) -> None:
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    action.setStatusTip(tip)


def _walk(menu: QMenu | QMenuBar, tips: dict[str, str], inherited: str) -> None:
    if isinstance(menu, QMenu):
        menu.setToolTipsVisible(True)
    for action in menu.actions():
        if action.isSeparator():
            continue
        tip = tips.get(action.text(), inherited)
        submenu = action.menu()
        if tip and (submenu is None or not isinstance(menu, QMenuBar)):
            _set(action, tip)
        if isinstance(submenu, QMenu):
            _walk(submenu, tips, tips.get(action.text(), ""))


def add_tips(menu_bar: QMenuBar) -> None:
    """Give every action of ``menu_bar`` (and of the toolbars, which share them) its tooltip and
    status tip; the tooltip names the shortcut."""
    _walk(menu_bar, _tips(), "")
