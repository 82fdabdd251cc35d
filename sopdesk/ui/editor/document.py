"""The document being edited: an `Sop` value and the `QUndoStack` of the edits that made it.

Every edit is an `EditCommand` holding the value before and after (the model is immutable,
so undo and redo are exact). Typing into one field merges into one command, and moving one
step several times in a row merges into one move (Qt's undo framework: ``id``/``mergeWith``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sopdesk.domain.model import Sop

MERGE_ID = 1


class EditCommand(QUndoCommand):
    """One edit: ``before`` and ``after`` values of the document.

    ``merge_key`` names what the edit changes (e.g. ``("text", 3, "activity")``); a later
    command whose ``merge_key`` equals this one's ``next_key`` merges into it (typing goes
    on in the same cell; the step moved last is moved again).
    """

    def __init__(self, document: SopDocument, text: str, before: Sop, after: Sop,
                 merge_key: Hashable | None = None, next_key: Hashable | None = None) -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self.next_key = next_key if next_key is not None else merge_key

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(other, EditCommand) or other.merge_key is None or other.merge_key != self.next_key:
            return False
        self.after = other.after
        self.next_key = other.next_key
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        self.document.set_sop(self.after)

    def undo(self) -> None:
        self.document.set_sop(self.before)


class SopDocument(QObject):
    """The SOP revision being edited (``revision_id`` in the store, None until saved once).

    ``changed`` is emitted with the new value after every edit, undo and redo.
    """

    changed = Signal(object)

    def __init__(self, sop: Sop, revision_id: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sop = sop
        self.revision_id = revision_id
        self.undo_stack = QUndoStack(self)

    @property
    def sop(self) -> Sop:
        return self._sop

    def set_sop(self, sop: Sop) -> None:
        """Replace the value (called by the commands; edits go through `apply`)."""
        if sop is not self._sop:
            self._sop = sop
            self.changed.emit(sop)

    def apply(self, text: str, edit: Callable[[Sop], Sop], merge_key: Hashable | None = None,
              next_key: Hashable | None = None) -> bool:
        """Run ``edit`` on the current value and push it as an undoable command named ``text``.

        Returns False (and pushes nothing) when the edit changes nothing. Errors raised by
        ``edit`` (``ValueError``, ``IndexError``) propagate and change nothing.
        """
        after = edit(self._sop)
        if after == self._sop:
            return False
        self.undo_stack.push(EditCommand(self, text, self._sop, after, merge_key, next_key))
        return True

    def step_name(self, row: int) -> str:
        """Row ``row``'s No (0-based) as the sheet prints it now: the number as signed ("5a",
        `Sop.step_number`) or its position ("6"); a row that is no step (a step about to be inserted
        there, -1 for none) is named by its position. Undo texts and messages name steps this way."""
        return self._sop.step_number(row) if 0 <= row < len(self._sop.steps) else str(row + 1)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()
