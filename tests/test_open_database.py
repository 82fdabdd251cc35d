"""Berkas → Buka basis data… (issue 11, Connecting): a SQLite file or the office's PostgreSQL server,
remembered without its password, the password only in the (test's) password store, a refusal
leaving the old database open, ``--db`` winning over the remembered choice."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from sopdesk.domain.model import Status
from sopdesk.store.audit import Actor
from sopdesk.store.backup import backup_folder, list_backups
from sopdesk.store.catalogue import CatalogueEntry
from sopdesk.store.credentials import SERVICE
from sopdesk.store.database import open_database, session_marker
from sopdesk.store.server import ServerAddress
from sopdesk.ui.about import about_text
from sopdesk.ui.instance_lock import hold, lock_path
from sopdesk.ui.live import LiveViews
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.open_database_dialog import DatabaseChoice, OpenDatabaseDialog
from sopdesk.ui.recent_databases import recent, startup_target
from sopdesk.ui.tasks import wait_for_all
from tests.ui_walk import texts_of
from tests.windows import open_window, window_settings

PASSWORD = "Rahasia-7#kantor"


def _reveals(text: str) -> bool:
    """Whether ``text`` shows the password, as typed or as a URL carries it."""
    return PASSWORD in text or quote(PASSWORD, safe="") in text


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A password store for the test only: nothing reaches the system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def no_store() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "Ana.ini"  # where `tests.windows.open_window` keeps Ana's settings


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The message boxes shown (title, text), instead of showing them."""
    shown: list[tuple[str, str]] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, title, text, *_a, **_k: shown.append((title, text)))
    return shown


@pytest.fixture
def window(qtbot: Any, db_path: Path, settings_file: Path) -> Iterator[MainWindow]:
    """A window on ``db_path`` holding its instance lock, as `sopdesk.ui.app.run_gui` leaves it."""
    lock = hold(db_path)
    assert lock is not None and not isinstance(lock, str)
    win = open_window(qtbot, db_path, settings_file.parent)
    win.opening.lock = lock
    yield win
    wait_for_all()
    if win.opening.lock is not None:
        win.opening.lock.unlock()


def _answer(monkeypatch: pytest.MonkeyPatch, fill: Callable[[OpenDatabaseDialog], None]) -> list[str]:
    """The dialog, filled by ``fill`` and accepted as the user would; returns its texts as shown."""
    seen: list[str] = []

    def exec_(dialog: OpenDatabaseDialog) -> int:
        fill(dialog)
        seen.extend(text for _where, text in texts_of(dialog))
        dialog._accept()
        return int(dialog.result())

    monkeypatch.setattr(OpenDatabaseDialog, "exec", exec_)
    return seen


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def fill(dialog: OpenDatabaseDialog) -> None:
        dialog.file_choice.setChecked(True)
        dialog.path.setText(str(path))
    _answer(monkeypatch, fill)


def _choose_server(monkeypatch: pytest.MonkeyPatch, address: ServerAddress, password: str = "",
                   keep: bool = True) -> list[str]:
    def fill(dialog: OpenDatabaseDialog) -> None:
        dialog.server_choice.setChecked(True)
        dialog.host.setText(address.host)
        dialog.port.setValue(address.port)
        dialog.database.setText(address.database)
        dialog.user.setText(address.user)
        dialog.password.setText(password)
        dialog.keep.setChecked(keep)
    return _answer(monkeypatch, fill)


def _switch(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.opening.switched, timeout=30000):
        assert window.opening.choose() is not None
    qtbot.waitUntil(lambda: window.current is not None, timeout=20000)


def _fails(qtbot: Any, window: MainWindow, messages: list[tuple[str, str]]) -> str:
    switched: list[str] = []
    window.opening.switched.connect(switched.append)
    handle = window.opening.choose()
    assert handle is not None
    qtbot.waitUntil(lambda: bool(messages), timeout=30000)
    wait_for_all()
    assert not switched
    return messages[-1][1]


def _sorted(entries: list[CatalogueEntry]) -> list[CatalogueEntry]:
    return sorted(entries, key=lambda e: e.revision_id)


def _shown(window: MainWindow) -> list[CatalogueEntry]:
    """The catalogue the window lists (in revision order: the model sorts rows its own way)."""
    return _sorted(window.model.entries())


def _new_draft_in(target: Path) -> list[CatalogueEntry]:
    """Start a draft of an approved SOP in ``target`` (made if new); its catalogue after, as `_shown`."""
    db = open_database(target)
    try:
        approved = next(e for e in db.sops.catalogue() if e.status is Status.APPROVED)
        db.sops.start_draft(approved.revision_id, Actor(app_user="Budi"))
        return _sorted(db.sops.catalogue())
    finally:
        db.close()


def _address(url: str) -> ServerAddress:
    address = ServerAddress.from_url(url)
    assert address is not None
    return address


# ----- SQLite files -----------------------------------------------------------------------------------
def test_choosing_a_sqlite_file_shows_that_database(qtbot: Any, window: MainWindow, db_path: Path,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "kantor" / "lain.sqlite3"
    expected = _new_draft_in(other)
    assert expected != _shown(window)
    old = window.db
    _choose_file(monkeypatch, other)
    _switch(qtbot, window)
    assert _shown(window) == expected
    assert window.db is not old and window.db is not None and window.db.path == other
    first_row = window.model.entry(window.proxy.mapToSource(window.proxy.index(0, 0)).row())
    assert window.current is not None and window.current.id == first_row.key  # shown from the new one
    # the lock and the session marker moved with the file; the old database was closed cleanly
    assert lock_path(other).exists() and not lock_path(db_path).exists()
    assert session_marker(other).exists() and not session_marker(db_path).exists()
    assert recent(window.settings)[0] == str(other)
    assert list_backups(backup_folder(db_path))  # the file left was backed up, as on closing


def test_a_relative_file_name_is_remembered_whole(qtbot: Any, window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _choose_file(monkeypatch, Path("relatif.sqlite3"))
    _switch(qtbot, window)
    assert window.db is not None and window.db.path == tmp_path / "relatif.sqlite3"
    assert recent(window.settings)[0] == str(tmp_path / "relatif.sqlite3")


def test_a_new_file_is_a_new_database_with_the_samples(qtbot: Any, window: MainWindow, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    new = tmp_path / "baru.sqlite3"
    _choose_file(monkeypatch, new)
    _switch(qtbot, window)
    assert new.is_file() and window.model.rowCount() == 14
    assert window.db is not None and window.db.path == new


def test_the_live_views_follow_the_new_database(qtbot: Any, window: MainWindow, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    live = LiveViews(window, interval_ms=200)
    live.start()
    qtbot.waitUntil(lambda: live.counter is not None, timeout=5000)
    other = tmp_path / "lain.sqlite3"
    _choose_file(monkeypatch, other)
    _switch(qtbot, window)
    # the baseline on the new database (a change before it shows with the next one, as at a start)
    qtbot.waitUntil(lambda: live._db is window.db and live.counter is not None, timeout=5000)
    expected = _new_draft_in(other)  # another workstation writes to the new database
    qtbot.waitUntil(lambda: _shown(window) == expected, timeout=3000)
    live.timer.stop()


def test_a_foreign_file_is_refused_and_the_old_database_stays_open(
        qtbot: Any, window: MainWindow, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        messages: list[tuple[str, str]]) -> None:
    foreign = tmp_path / "catatan.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('milik program lain')")
    conn.close()
    before, old, shown = foreign.read_bytes(), window.db, _shown(window)
    _choose_file(monkeypatch, foreign)
    text = _fails(qtbot, window, messages)
    assert "not a sopdesk database" in text, text  # the store's message, in the interface's language
    assert window.db is old and window.db_target == db_path and _shown(window) == shown
    assert old is not None and _sorted(old.sops.catalogue()) == shown  # still open and readable
    assert foreign.read_bytes() == before and not lock_path(foreign).exists()
    assert lock_path(db_path).exists() and recent(window.settings) == []


def test_a_file_another_sopdesk_holds_is_not_opened(qtbot: Any, window: MainWindow, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     messages: list[tuple[str, str]]) -> None:
    other = tmp_path / "dipakai.sqlite3"
    open_database(other).close()
    lock_path(other).write_text("999999999\nsopdesk\nkomputer-lain\n")  # another computer's sopdesk
    _choose_file(monkeypatch, other)
    if window.opening.choose() is not None:  # Qt could not tell the holder: the open itself decides
        wait_for_all()
        pytest.skip("this platform treats the foreign lock file as stale")
    assert messages and str(other) in messages[-1][1]


# ----- the PostgreSQL server --------------------------------------------------------------------------
def test_a_server_is_opened_and_its_password_goes_only_to_the_password_store(
        qtbot: Any, window: MainWindow, pg_url: str, store: MemoryKeyring, settings_file: Path,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    address = _address(pg_url)
    typed = _choose_server(monkeypatch, address, PASSWORD)
    _switch(qtbot, window)
    assert window.db is not None and window.db.path is None and window.model.rowCount() == 14
    assert window.db.engine.url.password == PASSWORD  # the typed password made the connection
    assert store.passwords == {(SERVICE, address.label()): PASSWORD}
    window.settings.sync()
    assert not _reveals(settings_file.read_text(encoding="utf-8"))
    assert recent(window.settings)[0] == address.url()
    assert not [r for r in caplog.records if _reveals(r.getMessage())]
    about = about_text(window.db_target)
    shown = [text for _where, text in texts_of(window)] + [window.windowTitle(), about]
    assert not [t for t in shown + typed if _reveals(t)]
    assert f"{address.host}:{address.port}/{address.database}" in about  # the server, without the password


def test_a_remembered_server_shows_its_password_is_kept_not_the_password(store: MemoryKeyring, qtbot: Any,
                                                                          pg_url: str) -> None:
    address = ServerAddress("server-organisasi", "sopdesk", "ana")
    store.set_password(SERVICE, address.label(), PASSWORD)
    dialog = OpenDatabaseDialog([address.url()], True)
    qtbot.addWidget(dialog)
    assert dialog.server_choice.isChecked() and dialog.host.text() == "server-organisasi"
    assert dialog.password.text() == "" and dialog.password.placeholderText()
    assert not [t for _w, t in texts_of(dialog) if PASSWORD in t]
    assert dialog.choice().url() == address.url(PASSWORD)  # the kept password opens it


def test_the_remembered_choice_opens_in_a_new_window_and_db_wins(
        qtbot: Any, window: MainWindow, pg_url: str, store: MemoryKeyring, settings_file: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    address = _address(pg_url)
    _choose_server(monkeypatch, address, PASSWORD)
    _switch(qtbot, window)
    expected = _shown(window)
    window.close()
    wait_for_all()
    settings = window_settings(settings_file.parent)
    default = tmp_path / "bawaan.sqlite3"
    target = startup_target(settings, None, default)
    assert target == address.url(PASSWORD)  # the password from the store, the rest from the settings
    again = open_window(qtbot, target, tmp_path)
    assert _shown(again) == expected and again.db is not None and again.db.path is None
    given = tmp_path / "lain.sqlite3"
    assert startup_target(settings, str(given), default) == str(given)  # --db wins
    wait_for_all()


def test_db_on_the_command_line_reaches_the_window(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from sopdesk import cli
    from sopdesk.ui import app

    asked: list[object] = []
    monkeypatch.setattr(app, "run_gui", lambda target, *_a, **_k: asked.append(target) or 0)
    assert cli.main(["--db", str(tmp_path / "x.sqlite3")]) == 0
    assert cli.main([]) == 0
    assert asked == [str(tmp_path / "x.sqlite3"), None]  # None: the window takes the remembered choice


def test_a_missing_remembered_file_is_not_made_again(settings_file: Path, tmp_path: Path) -> None:
    from sopdesk.ui.recent_databases import remember

    settings = window_settings(settings_file.parent)
    gone = tmp_path / "usb" / "sopdesk.sqlite3"
    remember(settings, gone)
    assert startup_target(settings, None, tmp_path / "bawaan.sqlite3") == tmp_path / "bawaan.sqlite3"
    assert not gone.parent.exists()


@pytest.mark.parametrize("fault", ["host", "user", "database"])
def test_an_unreachable_server_or_refused_login_leaves_the_old_database_open(
        qtbot: Any, window: MainWindow, pg_url: str, store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
        messages: list[tuple[str, str]], fault: str) -> None:
    address = _address(pg_url)
    wrong = {"host": ServerAddress("127.0.0.1", address.database, address.user, 1),
             "user": ServerAddress(address.host, address.database, "tidak_ada_orang_ini", address.port),
             "database": ServerAddress(address.host, "tidak_ada_basis_data", address.user, address.port)}[fault]
    old, shown = window.db, _shown(window)
    _choose_server(monkeypatch, wrong, PASSWORD)
    text = _fails(qtbot, window, messages)
    assert "cannot be opened" in text and not _reveals(text)
    assert window.db is old and _shown(window) == shown and old is not None
    assert _sorted(old.sops.catalogue()) == shown
    assert store.passwords == {} and recent(window.settings) == []


def test_test_connection_says_what_the_server_said(qtbot: Any, pg_url: str, store: MemoryKeyring) -> None:
    address = _address(pg_url)
    dialog = OpenDatabaseDialog([], True)
    qtbot.addWidget(dialog)
    dialog.set_server(address)
    handle = dialog.test_connection()
    assert handle is not None
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
    assert dialog.test_result.text() and not dialog.problem.text()
    dialog.port.setValue(1)
    dialog.host.setText("127.0.0.1")
    assert dialog.test_connection() is not None
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
    assert "cannot be opened" in dialog.problem.text() and not dialog.test_result.text()


def test_without_a_password_store_nothing_is_kept_and_the_dialog_says_so(
        qtbot: Any, window: MainWindow, pg_url: str, no_store: None, settings_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    address = _address(pg_url)
    dialog = OpenDatabaseDialog([], False)
    qtbot.addWidget(dialog)
    assert not dialog.keep.isEnabled() and any("pgpass" in t for _w, t in texts_of(dialog))
    _choose_server(monkeypatch, address, PASSWORD, keep=True)  # ticking it is not possible: it stays off
    _switch(qtbot, window)
    window.settings.sync()
    assert not _reveals(settings_file.read_text(encoding="utf-8"))
    assert window.db is not None and window.db.path is None


def test_the_same_database_again_changes_nothing(qtbot: Any, window: MainWindow, db_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    old = window.db
    _choose_file(monkeypatch, db_path)
    assert window.opening.choose() is None
    assert window.db is old and lock_path(db_path).exists()


def test_cancel_changes_nothing(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(OpenDatabaseDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected))
    old = window.db
    assert window.opening.choose() is None and window.db is old


def test_unticking_keep_forgets_the_kept_password(qtbot: Any, window: MainWindow, pg_url: str,
                                                  store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    address = _address(pg_url)
    store.set_password(SERVICE, address.label(), "lama")
    _choose_server(monkeypatch, address, PASSWORD, keep=False)
    _switch(qtbot, window)
    assert store.passwords == {}


def test_a_server_that_refuses_at_start_offers_the_dialog_on_that_server(
        qtbot: Any, pg_url: str, tmp_path: Path, store: MemoryKeyring, messages: list[tuple[str, str]]) -> None:
    address = _address(pg_url)
    refused = ServerAddress(address.host, address.database, "belum_terdaftar", address.port)
    win = MainWindow(refused.url(), window_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: win.findChild(OpenDatabaseDialog) is not None, timeout=20000)
    dialog = win.findChild(OpenDatabaseDialog)
    assert dialog.isVisible() and dialog.server_choice.isChecked()
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text(),
            dialog.password.text()) == (refused.host, refused.port, refused.database, refused.user, "")
    assert messages and "cannot be opened" in messages[-1][1] and win.db is None
    dialog.user.setText(address.user)  # the login the administrator gave, typed again
    with qtbot.waitSignal(win.opening.switched, timeout=30000):
        dialog._accept()
    assert win.db is not None and win.db.path is None and recent(win.settings) == [address.url()]
    wait_for_all()


def test_a_second_choice_while_one_opens_is_ignored(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    first, second = DatabaseChoice(str(tmp_path / "satu.sqlite3")), DatabaseChoice(str(tmp_path / "dua.sqlite3"))
    with qtbot.waitSignal(window.opening.switched, timeout=30000):
        assert window.opening.open(first) is not None
        assert window.opening.open(second) is None
    assert window.db is not None and window.db.path == tmp_path / "satu.sqlite3"
    assert not (tmp_path / "dua.sqlite3").exists() and not lock_path(tmp_path / "dua.sqlite3").exists()


def test_the_remembered_list_is_short_newest_first_and_without_passwords(settings_file: Path, tmp_path: Path) -> None:
    from sopdesk.ui.recent_databases import MAX_RECENT, plain_target, remember

    settings = window_settings(settings_file.parent)
    for n in range(MAX_RECENT + 2):
        remember(settings, tmp_path / f"{n}.sqlite3")
    remember(settings, tmp_path / "3.sqlite3")  # chosen again: moves to the top, once
    remember(settings, f"postgresql://ana:{quote(PASSWORD, safe='')}@server-organisasi:5433/sopdesk")
    assert recent(settings) == ["postgresql://ana@server-organisasi:5433/sopdesk", str(tmp_path / "3.sqlite3"),
                                *(str(tmp_path / f"{n}.sqlite3") for n in (6, 5, 4))]
    assert not _reveals(settings_file.read_text(encoding="utf-8"))
    assert plain_target(f"sqlite:///{tmp_path}/x.sqlite3") == plain_target(tmp_path / "x.sqlite3")


@pytest.mark.parametrize("password", [PASSWORD, "a@b:c/d%e f", None])
def test_a_server_address_makes_the_url_the_driver_reads(password: str | None) -> None:
    from sqlalchemy import make_url

    address = ServerAddress("Server-Organisasi", "sop desk", "ana.b", 5433)
    url = make_url(address.url(password))
    assert (url.host, url.port, url.database, url.username, url.password) == (
        "Server-Organisasi", 5433, "sop desk", "ana.b", password)
    again = ServerAddress.from_url(address.url(password))
    assert again is not None and again.label() == "ana.b@server-organisasi:5433/sop desk"  # no password
    assert ServerAddress.from_url("D:/sop/kantor.sqlite3") is None
    assert ServerAddress.from_url("postgresql://ana@server:port/sopdesk") is None  # not a port number
