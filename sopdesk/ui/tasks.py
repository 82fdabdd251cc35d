"""Run work off the GUI thread and get the result back on it.

``run_task(fn, on_done, on_error)`` runs ``fn(progress)`` on Qt's global thread pool; the
callbacks run on the GUI thread (queued signals). ``progress(done, total, text)`` reports
progress and returns ``False`` once the user asked to cancel, so long work can stop
between items (Picard's ``run_task``/``to_main`` and Anki's ``CollectionOp`` follow the
same shape).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("sopdesk.ui.tasks")

Progress = Callable[[int, int, str], bool]


class CancelledError(Exception):
    """Raised by task code that stops because the user cancelled."""


class TaskHandle(QObject):
    """Signals of one task, delivered on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

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
        except CancelledError:
            self.handle.cancelled.emit()
        except Exception as exc:  # reported to the user by the on_error callback
            log.error("background task failed:\n%s", traceback.format_exc())
            self.handle.failed.emit(exc)
        else:
            if self.handle.is_cancelled:
                self.handle.cancelled.emit()
            else:
                self.handle.succeeded.emit(result)


_live: set[TaskHandle] = set()


def run_task(
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], object],
    on_error: Callable[[Exception], object],
    on_cancel: Callable[[], object] | None = None,
) -> TaskHandle:
    """Start ``fn`` on the thread pool; the callbacks run on the GUI thread."""
    handle = TaskHandle()
    _live.add(handle)

    def finish(callback: Callable[..., object], *args: Any) -> None:
        _live.discard(handle)
        callback(*args)

    handle.succeeded.connect(lambda result: finish(on_done, result))
    handle.failed.connect(lambda exc: finish(on_error, exc))
    handle.cancelled.connect(lambda: finish(on_cancel or (lambda: None)))
    QThreadPool.globalInstance().start(_Runnable(fn, handle))
    return handle


def wait_for_all(timeout_ms: int = 10000) -> bool:
    """Block until the pool is idle (used at exit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
