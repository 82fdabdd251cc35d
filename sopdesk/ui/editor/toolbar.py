"""The editor's toolbar: buttons with fixed texts, so they never move as the undo and redo
texts change (the changing text, e.g. "Undo: Edit Kegiatan of step 3", is the tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget


class StackAction(QAction):
    """A toolbar action with a fixed text whose tooltip names the command it would undo or redo
    (``template`` like "Undo: %s (Ctrl+Z)"; ``plain`` when there is none). Its slots are
    methods, so the stack's signals let go of it when it is deleted."""

    def __init__(self, text: str, template: str, plain: str, owner: QWidget) -> None:
        super().__init__(text, owner)
        self.template, self.plain = template, plain
        self.follow_text("")

    def follow_text(self, text: str) -> None:
        self.setToolTip(self.template % text if text else self.plain)


def undo_actions(owner: QWidget, stack: QUndoStack) -> tuple[QAction, QAction]:
    """Undo and redo for a toolbar: fixed texts; enabled state and tooltip follow ``stack``."""
    undo = StackAction(QCoreApplication.translate("EditorToolbar", "Undo"),
                       QCoreApplication.translate("EditorToolbar", "Undo: %s (Ctrl+Z)"),
                       QCoreApplication.translate("EditorToolbar", "Undo (Ctrl+Z)"), owner)
    redo = StackAction(QCoreApplication.translate("EditorToolbar", "Redo"),
                       QCoreApplication.translate("EditorToolbar", "Redo: %s (Ctrl+Y)"),
                       QCoreApplication.translate("EditorToolbar", "Redo (Ctrl+Y)"), owner)
    for act, trigger, can, text, changed_can, changed_text in (
            (undo, stack.undo, stack.canUndo(), stack.undoText(), stack.canUndoChanged, stack.undoTextChanged),
            (redo, stack.redo, stack.canRedo(), stack.redoText(), stack.canRedoChanged, stack.redoTextChanged)):
        act.setEnabled(can)
        act.follow_text(text)
        act.triggered.connect(trigger)
        changed_can.connect(act.setEnabled)
        changed_text.connect(act.follow_text)
    return undo, redo


def build_toolbar(window: QMainWindow, stack: QUndoStack, actions: list[QAction], extra: QWidget) -> QToolBar:
    """Add the toolbar to ``window``: ``actions[0]`` (Save), undo, redo, the other ``actions``
    (their texts do not change), then ``extra`` (the paper)."""
    bar = window.addToolBar(QCoreApplication.translate("EditorToolbar", "Editor"))
    bar.setObjectName("editor_toolbar")
    undo, redo = undo_actions(bar, stack)
    for act in (actions[0], undo, redo, *actions[1:]):
        bar.addAction(act)
    bar.addWidget(extra)
    return bar
