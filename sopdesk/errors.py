"""The root of sopdesk's own errors, the one cancellation and the one progress callback (no Qt).

`SopdeskError` is an expected refusal: ``str(error)`` is a message fit to show the user (Bahasa
Indonesia), and it is logged at INFO without a traceback. Anything else that escapes is an
unexpected error: the error dialog and a traceback in the log (``sopdesk/logs.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Progress = Callable[[int, int, str], bool]
"""``progress(done, total, text) -> bool``: report progress; False once the user asked to cancel."""


class SopdeskError(Exception):
    """A refusal fit to show the user as it is (``str(error)``, Bahasa Indonesia)."""


class CancelledError(SopdeskError):
    """The user cancelled (a `Progress` callback returned False); ``written`` lists the files
    finished before that (empty when nothing is written until the end)."""

    def __init__(self, written: list[Path] | None = None, message: str = "") -> None:
        self.written = list(written or [])
        super().__init__(message or (f"{len(self.written)} lembar selesai sebelum dibatalkan" if self.written
                                     else "Dibatalkan."))
