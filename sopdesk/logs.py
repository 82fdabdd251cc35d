"""The help desk's log (no Qt): a rotating file in the user's log folder, hooks that write
every unexpected error there with its traceback, and passwords hidden from every text.

    <log folder>/sopdesk.log        INFO and up, 1 MB x 5 files, UTF-8
    <log folder>/sopdesk-crash.log  faulthandler: Python stacks of a hard crash (segfault, abort)

The log folder is platformdirs' user log folder (``%LOCALAPPDATA%\\sopdesk\\Logs`` on Windows,
``~/.local/state/sopdesk/log`` on Linux), or ``$SOPDESK_LOG_DIR`` when set.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import re
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO

import platformdirs

LOG_FILE = "sopdesk.log"
CRASH_FILE = "sopdesk-crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
# scheme://user:password@host  ->  scheme://user:***@host (SQLAlchemy URLs, any other URL)
_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@'\"]*:)[^\s@'\"]*(?=@)")
_crash_file: IO[str] | None = None
log = logging.getLogger("sopdesk")


def hide_password(text: str) -> str:
    """``text`` with the password of every ``scheme://user:password@…`` replaced by ``***``."""
    return _PASSWORD.sub(r"\g<head>***", text)


def log_folder() -> Path:
    """The folder of the log files (``$SOPDESK_LOG_DIR`` or platformdirs' user log folder)."""
    env = os.environ.get("SOPDESK_LOG_DIR")
    return Path(env) if env else platformdirs.user_log_path("sopdesk", appauthor=False)


class _HidingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return hide_password(super().format(record))


def setup_logging(verbose: bool = False) -> Path | None:
    """Log INFO and up to the rotating log file and WARNING (DEBUG when ``verbose``) to stderr
    when there is one (a windowed program has none). Replaces the handlers of an earlier call.

    Returns the log file, or None if the folder cannot be written (then stderr only).
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "sopdesk", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # 7 lines at every start
    _add(root, _Stderr(), logging.DEBUG if verbose else logging.WARNING, "%(levelname)s %(name)s: %(message)s")
    path = log_folder() / LOG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.open("a", encoding="utf-8").close()  # a folder or file that cannot be written says so now
    except OSError as exc:
        log.warning("no log file in %s: %s", path.parent, exc)
        return None
    _add(root, _RotatingOnFirstRecord(path), logging.INFO, _FORMAT)
    return path


class _RotatingOnFirstRecord(logging.Handler):
    """The rotating log file (`logging.handlers.RotatingFileHandler`, `MAX_BYTES` x `BACKUPS`),
    made when the first record comes: a normal start logs nothing before the window's first
    paint, which then does not wait for ``logging.handlers`` (it loads socket and pickle, ~10 ms)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.file: logging.FileHandler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:  # under this handler's lock (`Handler.handle`)
            import logging.handlers

            try:
                self.file = logging.handlers.RotatingFileHandler(self.path, maxBytes=MAX_BYTES,
                                                                 backupCount=BACKUPS, encoding="utf-8")
            except OSError:  # the folder went away or the disk is full: never break the program for its log
                self.handleError(record)
                return
            self.file.setFormatter(self.formatter)
        self.file.emit(record)

    def flush(self) -> None:
        if self.file is not None:
            self.file.flush()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


class _Stderr(logging.StreamHandler):
    """Writes to ``sys.stderr`` as it is when a line is written (replaced by tests, None in a
    windowed program: then nothing)."""

    @property
    def stream(self) -> IO[str] | None:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


def _add(root: logging.Logger, handler: logging.Handler, level: int, fmt: str) -> None:
    handler.setLevel(level)
    handler.setFormatter(_HidingFormatter(fmt))
    handler.sopdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)


def log_unexpected(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                   where: str = "") -> None:
    """Write an unexpected error with its traceback to the log (level ERROR)."""
    log.error("unexpected error%s", f" in {where}" if where else "", exc_info=(exc_type, exc, tb))


def install_hooks() -> None:
    """Send uncaught errors of every thread to the log (``sys.excepthook``,
    ``threading.excepthook``) and hard crashes to ``sopdesk-crash.log`` (faulthandler)."""
    global _crash_file
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    if _crash_file is None:
        try:
            folder = log_folder()
            folder.mkdir(parents=True, exist_ok=True)
            _crash_file = (folder / CRASH_FILE).open("a", encoding="utf-8")
        except OSError as exc:
            log.warning("faulthandler not enabled: %s", exc)
            return
    faulthandler.enable(_crash_file)


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log_unexpected(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    log_unexpected(args.exc_type, args.exc_value, args.exc_traceback,
                   f"thread {args.thread.name}" if args.thread else "a thread")
