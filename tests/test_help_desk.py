"""What a help desk needs, without Qt: the version, ``python -m sopdesk``, the log file,
passwords hidden, bundled files that are missing said loudly, network shares refused on Windows."""

from __future__ import annotations

import ctypes
import logging
import subprocess
import sys
import tomllib
from pathlib import Path, PureWindowsPath

import pytest

import sopdesk
from sopdesk import cli, logs, resources
from sopdesk.errors import SopdeskError
from sopdesk.resources import BundledFileMissingError
from sopdesk.store import location
from sopdesk.store.database import open_database
from sopdesk.store.errors import NetworkLocationError, StoreError

ROOT = Path(__file__).resolve().parent.parent
SECRET_URL = "postgresql://user:secret@db.example.invalid:5432/sop"


def test_version_is_written_once_and_shown(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"sopdesk {sopdesk.__version__}"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "sopdesk/__init__.py"


def test_python_m_sopdesk_lists_the_14_samples(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(tmp_path / "x.sqlite3"), "list"],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120, check=True)
    assert len(done.stdout.splitlines()) == 14
    assert done.stderr == ""


def test_the_log_file_gets_info_and_unexpected_errors_with_traceback(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOPDESK_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr("threading.excepthook", __import__("threading").excepthook)
    monkeypatch.setattr(logs.faulthandler, "enable", lambda _file: None)
    monkeypatch.setattr(logs, "_crash_file", None)  # an earlier test in this process may have opened one
    path = logs.setup_logging()
    assert path == tmp_path / "log" / "sopdesk.log"
    logs.install_hooks()
    logging.getLogger("sopdesk.test").info("opened %s", SECRET_URL)
    try:
        raise RuntimeError(f"cannot reach {SECRET_URL}")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    text = path.read_text("utf-8")
    assert "INFO sopdesk.test" in text and "ERROR sopdesk" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: cannot reach" in text
    assert "secret" not in text and "user:***@db.example.invalid" in text
    assert (tmp_path / "log" / logs.CRASH_FILE).exists()


def test_the_log_file_rotates_at_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """1 MB x 5 files: the file made on the first record rotates as the log grows."""
    monkeypatch.setenv("SOPDESK_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup_logging()
    assert path is not None and path.exists() and path.stat().st_size == 0  # made (and checked) at once
    for k in range(200):
        logging.getLogger("sopdesk.test").info("line %d %s", k, "x" * 40)
    assert path.stat().st_size <= 2_000 and (tmp_path / "log" / "sopdesk.log.1").exists()
    assert not (tmp_path / "log" / f"sopdesk.log.{logs.BACKUPS + 1}").exists()
    logs.setup_logging()  # replaced: the file is closed


def test_a_log_folder_gone_before_the_first_record_breaks_nothing(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    monkeypatch.setenv("SOPDESK_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setattr(logging, "raiseExceptions", False)  # as in the installed program
    assert logs.setup_logging() is not None
    shutil.rmtree(tmp_path / "log")  # e.g. a cleaner emptied the folder while sopdesk ran
    logging.getLogger("sopdesk.test").info("still running")  # no exception reaches the caller
    logs.setup_logging()


@pytest.mark.parametrize(("text", "shown"), [
    (SECRET_URL, "postgresql://user:***@db.example.invalid:5432/sop"),
    ("postgresql+psycopg://u:p%40ss:w@h/db and more", "postgresql+psycopg://u:***@h/db and more"),
    ("sqlite:///C:/data/sop.sqlite3", "sqlite:///C:/data/sop.sqlite3"),
    ("postgresql://user@host/db", "postgresql://user@host/db"),
    ("'postgresql://a:b@h/d'", "'postgresql://a:***@h/d'"),
])
def test_hide_password(text: str, shown: str) -> None:
    assert logs.hide_password(text) == shown


def test_cli_errors_with_a_server_url_show_no_password(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOPDESK_LOG_DIR", str(tmp_path / "log"))

    def refuse(target: str) -> None:
        raise StoreError(f"tidak dapat membuka {target}")

    monkeypatch.setattr("sopdesk.store.database.open_database", refuse)
    for command in (["list"], ["check"], ["report", "weekly", "-o", str(tmp_path / "w.xlsx")]):
        assert cli.main(["--db", SECRET_URL, *command]) == 1
    err = capsys.readouterr().err
    assert "tidak dapat membuka postgresql://user:***@" in err and "secret" not in err
    assert "secret" not in (tmp_path / "log" / "sopdesk.log").read_text("utf-8")


def test_every_sopdesk_error_has_one_root() -> None:
    from sopdesk.domain.execution import ExecutionError
    from sopdesk.domain.lifecycle import LifecycleError
    from sopdesk.domain.sheetcode import CodeFormatError
    from sopdesk.domain.weekly import ReportCancelledError
    from sopdesk.errors import CancelledError
    from sopdesk.io.exchange import SopFileError
    from sopdesk.io.export import ExportCancelledError

    for error in (StoreError, SopFileError, ExecutionError, LifecycleError, CodeFormatError, CancelledError,
                  BundledFileMissingError):
        assert issubclass(error, SopdeskError), error
    assert ExportCancelledError is CancelledError and ReportCancelledError is CancelledError


# ----- bundled files ----------------------------------------------------------------------------
def _empty_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pkg" / "data").mkdir(parents=True)
    monkeypatch.setattr(resources, "files", lambda _name: tmp_path / "pkg")
    return tmp_path / "pkg"


def test_bundled_files_are_found_in_the_package() -> None:
    assert len(resources.sample_files()) == 14
    assert resources.font_path(bold=True).name == "LiberationSans-Bold.ttf"
    assert resources.translation_path("id").is_file()
    assert resources.resources_dir() == Path(sopdesk.__file__).parent / "resources"


def test_a_missing_bundled_file_is_an_error_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _empty_package(tmp_path, monkeypatch)
    with pytest.raises(BundledFileMissingError, match=r"sopdesk/data/\*\.json"):
        resources.sample_files()
    with pytest.raises(BundledFileMissingError, match=r"sopdesk/resources/fonts/LiberationSans-Regular\.ttf"):
        resources.font_path()
    with pytest.raises(BundledFileMissingError, match=r"sopdesk/resources/translations/sopdesk_id\.qm"):
        resources.translation_path("id")


def test_no_sample_data_never_fills_a_database_with_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    _empty_package(tmp_path, monkeypatch)
    with pytest.raises(BundledFileMissingError):
        open_database(tmp_path / "new.sqlite3").close()
    assert cli.main(["check-data"]) == 1
    assert "berkas bawaan sopdesk tidak ada: sopdesk/data/*.json" in capsys.readouterr().err


# ----- network shares on Windows (store/location.py) ----------------------------------------------
class _Kernel32:
    def __init__(self, remote: set[str]) -> None:
        self.remote = remote
        self.asked: list[str] = []

    def GetDriveTypeW(self, root: str) -> int:  # noqa: N802 (the Win32 name)
        self.asked.append(root)
        return 4 if root in self.remote else 3  # DRIVE_REMOTE, DRIVE_FIXED


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> _Kernel32:
    kernel32 = _Kernel32({"Z:\\"})
    monkeypatch.setattr(location.sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", type("WinDLL", (), {"kernel32": kernel32})(), raising=False)
    return kernel32


def test_a_mapped_network_drive_is_refused(windows: _Kernel32) -> None:
    reason = location.network_reason(PureWindowsPath(r"Z:\sop\kantor.sqlite3"))  # type: ignore[arg-type]
    assert reason is not None and "Drive Z: adalah drive jaringan" in reason
    assert windows.asked == ["Z:\\"]  # the root as GetDriveTypeW wants it: one backslash


def test_a_local_drive_is_accepted(windows: _Kernel32) -> None:
    assert location.network_reason(PureWindowsPath(r"C:\Users\ani\sop.sqlite3")) is None  # type: ignore[arg-type]
    assert windows.asked == ["C:\\"]


@pytest.mark.parametrize("path", [r"\\server\share\sop.sqlite3", r"\\192.168.1.5\data\kantor\sop.sqlite3"])
def test_a_unc_path_is_refused(windows: _Kernel32, path: str) -> None:
    reason = location.network_reason(PureWindowsPath(path))  # type: ignore[arg-type]
    assert reason is not None and "folder jaringan" in reason
    assert windows.asked == []


def test_opening_a_database_on_a_unc_path_is_refused_before_anything_is_written(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch,
                                                                               windows: _Kernel32) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NetworkLocationError, match="folder jaringan"):
        open_database(Path(r"\\server\share\sop.sqlite3"))
    assert list(tmp_path.iterdir()) == []
