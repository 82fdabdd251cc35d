"""Run work off the GUI thread and get the result back on it.

``run_task(fn, on_done, on_error)`` runs ``fn(progress)`` on Qt's global thread pool; the
callbacks run on the GUI thread (queued signals). ``progress(done, total, text)`` reports
progress and returns ``False`` once the user asked to cancel, so long work can stop
between items (Picard's ``run_task``/``to_main`` and Anki's ``CollectionOp`` follow the
same shape). `Progress`, `CancelledError` and the root of expected errors live once in
``sopdesk/errors.py``: an expected refusal (`SopdeskError`) is logged at INFO without a
traceback, anything else at ERROR with it; without ``on_error`` the default failure
presenter (`sopdesk.ui.errors.show_failure`) shows it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from sopdesk.errors import CancelledError, Progress, SopdeskError

log = logging.getLogger("sopdesk.ui.tasks")

__all__ = ["CancelledError", "Progress", "TaskHandle", "run_task", "wait_for_all"]


class TaskHandle(QObject):
    """Signals of one task, delivered on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, text: str) -> bool:
        """Called from the worker thread; returns False once cancelled."""
        self.progressed.emit(done, total, text)
        return not self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle

    def run(self) -> None:
        try:
            result = self.fn(self.handle.report)
        except CancelledError as exc:
            log.info("background task cancelled: %s", exc)
            self._emit("cancelled", exc)
        except SopdeskError as exc:  # an expected refusal: the user gets its message
            log.info("background task refused: %s", exc)
            self._emit("failed", exc)
        except Exception as exc:  # unexpected: the traceback is for the help desk
            log.error("background task failed", exc_info=True)
            self._emit("failed", exc)
        else:
            if self.handle.is_cancelled:
                self._emit("cancelled", None)  # finished, but the user had asked to cancel
            else:
                self._emit("succeeded", result)

    def _emit(self, signal: str, value: object) -> None:
        """Hand the outcome to the GUI thread, unless the program is closing and the handle is gone
        (work still running when the window closed has no one to tell: not an error)."""
        try:
            if isValid(self.handle):
                getattr(self.handle, signal).emit(value)
                return
        except RuntimeError:  # deleted between the check and the emit
            pass
        log.info("background task finished after the program closed (%s)", signal)


_live: set[TaskHandle] = set()


def run_task(
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], object],
    on_error: Callable[[Exception], object] | None = None,
    on_cancel: Callable[[], object] | None = None,
) -> TaskHandle:
    """Start ``fn`` on the thread pool; the callbacks run on the GUI thread.

    ``on_error`` defaults to the one failure presenter (`sopdesk.ui.errors.show_failure`);
    a raised `CancelledError` goes to ``on_cancel``, or to ``on_error`` when there is none (it
    carries ``written``); work that finished after a cancel request calls only ``on_cancel``.
    """
    if on_error is None:
        from sopdesk.ui.errors import show_failure

        on_error = partial(show_failure, None, "sopdesk")
    failed = on_error
    handle = TaskHandle()
    _live.add(handle)

    def finish(callback: Callable[..., object], *args: Any) -> None:
        _live.discard(handle)
        try:
            callback(*args)
        except RuntimeError as exc:  # the widget that asked was closed while the work ran: no one to tell
            if "already deleted" not in str(exc):
                raise
            log.info("a background task's result came after its window closed: %s", exc)

    handle.succeeded.connect(lambda result: finish(on_done, result))
    handle.failed.connect(lambda exc: finish(failed, exc))
    handle.cancelled.connect(partial(_route_cancel, finish, on_cancel, failed))
    QThreadPool.globalInstance().start(_Runnable(fn, handle))
    return handle


def _route_cancel(finish: Callable[..., None], on_cancel: Callable[[], object] | None,
                  on_error: Callable[[Exception], object], exc: CancelledError | None) -> None:
    if on_cancel is not None:
        finish(on_cancel)
    elif exc is not None:
        finish(on_error, exc)  # callers without on_cancel learn what was written from the error
    else:
        finish(lambda: None)


def wait_for_all(timeout_ms: int = 10000) -> bool:
    """Block until the pool is idle (used at exit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
