"""A finding of the format checker (`sopdesk.domain.checker`, `sopdesk.domain.flow_check`). No Qt."""

from __future__ import annotations

from dataclasses import dataclass

from sopdesk.domain.messages import Language, render


@dataclass(frozen=True, slots=True)
class Finding:
    """One broken rule: its ``rule`` code, where: ``field`` (e.g. ``activity``, ``lanes``,
    ``number``) of ``step`` (0-based; None for the identity part), and the ``args`` of its message
    (`sopdesk.domain.messages`: ``text("en")`` in English, ``message`` in Bahasa Indonesia)."""

    rule: str
    field: str
    step: int | None = None
    args: tuple[object, ...] = ()

    def text(self, language: Language = "id") -> str:
        """The message for the user in ``language`` ("id" or "en")."""
        return render(self.rule, self.args, language)

    @property
    def message(self) -> str:
        """The message in Bahasa Indonesia."""
        return self.text("id")
