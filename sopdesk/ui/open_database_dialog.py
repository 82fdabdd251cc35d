"""Berkas → Buka basis data…: a SQLite file on this computer, or the office's PostgreSQL server.

The dialog only chooses; `sopdesk.ui.open_database` opens. A server's password is typed into a
masked field and never shown again: a remembered server shows that its password is kept in
the system's password store, not the password. "Uji sambungan" connects once in the background
(`sopdesk.store.server.probe_server`) and says what the server said.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sopdesk.errors import SopdeskError
from sopdesk.logs import hide_password
from sopdesk.store.credentials import load_password
from sopdesk.store.server import DEFAULT_PORT, ServerAddress
from sopdesk.ui.errors import show_failure
from sopdesk.ui.language import error_text
from sopdesk.ui.recent_databases import connect_url, label
from sopdesk.ui.tasks import Progress, TaskHandle, run_task

SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class DatabaseChoice:
    """What the user chose: ``target`` (a file's path, or a server URL without a password), the
    ``password`` typed (None: none typed), and whether to keep it in the password store."""

    target: str
    password: str | None = None
    keep_password: bool = False

    def url(self) -> str:
        """What opens the choice (`sopdesk.ui.recent_databases.connect_url`)."""
        return connect_url(self.target, self.password)


class OpenDatabaseDialog(QDialog):
    """Choose a database: ``recent`` targets (newest first) fill the fields; ``can_keep_passwords``
    says whether this computer has a usable password store."""

    def __init__(self, recent: list[str], can_keep_passwords: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open database"))
        self._probe: TaskHandle | None = None
        self._kept_password = False
        box = QVBoxLayout(self)
        self.recent = QComboBox()
        self.recent.addItem(self.tr("(choose a recent database)"), "")
        for target in recent:
            self.recent.addItem(label(target), target)
        row = QHBoxLayout()
        for widget, stretch in ((QLabel(self.tr("Opened before:")), 0), (self.recent, 1)):
            row.addWidget(widget, stretch)
            widget.setVisible(bool(recent))
        box.addLayout(row)
        self.file_choice = QRadioButton(self.tr("A database file on this computer (SQLite)"))
        self.server_choice = QRadioButton(self.tr("The office server (PostgreSQL)"))
        box.addWidget(self.file_choice)
        box.addWidget(self._file_fields())
        box.addWidget(self.server_choice)
        box.addWidget(self._server_fields(can_keep_passwords))
        box.addLayout(self._test_row())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000")
        box.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Open"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self.file_choice.toggled.connect(self._on_kind)
        self.recent.currentIndexChanged.connect(self._on_recent)
        self.file_choice.setChecked(True)
        if recent:
            self.recent.setCurrentIndex(1)
        self.setMinimumWidth(560)

    # ----- the fields -------------------------------------------------------------------------
    def _file_fields(self) -> QWidget:
        self.file_box = QWidget()
        form = QVBoxLayout(self.file_box)
        form.setContentsMargins(24, 0, 0, 8)
        row = QHBoxLayout()
        self.path = QLineEdit(placeholderText=self.tr("File name, e.g. D:\\SOP\\sopdesk.sqlite3"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addLayout(row)
        note = QLabel(self.tr("Choose a sopdesk database, or type the name of a new file: a new database "
                              "is made with the sample SOPs, as at the first start."))
        note.setWordWrap(True)
        form.addWidget(note)
        return self.file_box

    def _server_fields(self, can_keep_passwords: bool) -> QWidget:
        self.server_box = QWidget()
        form = QFormLayout(self.server_box)
        form.setContentsMargins(24, 0, 0, 8)
        self.host = QLineEdit(placeholderText=self.tr("e.g. server-organisasi or 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(placeholderText="sopdesk")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox(self.tr("Keep the password in this computer's password store"))
        self.keep.setChecked(can_keep_passwords)
        self.keep.setEnabled(can_keep_passwords)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.keep)
        if not can_keep_passwords:
            note = QLabel(self.tr("This computer has no password store, so the password is not kept: type it "
                                  "each time, or put it in your pgpass file (ask the administrator)."))
            note.setWordWrap(True)
            form.addRow("", note)
        return self.server_box

    def _test_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        return row

    def _on_kind(self, file_chosen: bool) -> None:
        self.file_box.setEnabled(file_chosen)
        self.server_box.setEnabled(not file_chosen)
        self.test_button.setEnabled(not file_chosen)
        self.test_result.clear()
        self.problem.clear()

    def _on_recent(self, index: int) -> None:
        target = str(self.recent.itemData(index) or "")
        address = ServerAddress.from_url(target) if target else None
        if address is not None:
            self.set_server(address)
        elif target:
            self.file_choice.setChecked(True)
            self.path.setText(target)

    def set_server(self, address: ServerAddress) -> None:
        """Fill the server fields with ``address``; the password field stays empty, saying so
        when the password store keeps one."""
        self.server_choice.setChecked(True)
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.password.clear()
        self._kept_password = load_password(address) is not None
        self.password.setPlaceholderText(self.tr("kept in the password store") if self._kept_password else "")

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.path.text() or str(Path.home() / f"sopdesk{SUFFIX}"),
            self.tr("sopdesk database (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            path = Path(name)
            self.path.setText(str(path if path.suffix or path.exists() else path.with_suffix(SUFFIX)))

    # ----- the choice -------------------------------------------------------------------------
    def address(self) -> ServerAddress:
        """The server named by the fields."""
        return ServerAddress(self.host.text().strip(), self.database.text().strip(), self.user.text().strip(),
                             self.port.value())

    def choice(self) -> DatabaseChoice:
        """The database chosen (the fields as they are)."""
        if self.file_choice.isChecked():
            return DatabaseChoice(str(Path(self.path.text().strip()).expanduser().absolute()))
        return DatabaseChoice(self.address().url(), self.password.text() or None,
                              self.keep.isEnabled() and self.keep.isChecked())

    def _missing(self) -> str:
        if self.file_choice.isChecked():
            return "" if self.path.text().strip() else self.tr("Choose a file, or type the name of a new one.")
        address = self.address()
        if not (address.host and address.database and address.user):
            return self.tr("Fill in the server, the database and the user.")
        return ""

    def _accept(self) -> None:
        missing = self._missing()
        self.problem.setText(missing)
        if not missing:
            self.accept()

    def test_connection(self) -> TaskHandle | None:
        """Connect to the server once in the background; the result is shown beside the button."""
        missing = self._missing()
        self.problem.setText(missing)
        if missing or self._probe is not None:
            return None
        from sopdesk.store.server import probe_server

        url = self.choice().url()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))

        def work(_p: Progress) -> str | None:
            return probe_server(url)

        self._probe = run_task(work, self._on_tested, self._on_test_failed)
        return self._probe

    def _on_tested(self, revision: str | None) -> None:
        self._probe = None
        self.test_button.setEnabled(True)
        self.test_result.setText(self.tr("Connected: the database is empty; sopdesk sets it up when it is opened.")
                                 if revision is None else self.tr("Connected: a sopdesk database."))

    def _on_test_failed(self, exc: Exception) -> None:
        self._probe = None
        self.test_button.setEnabled(True)
        self.test_result.clear()
        if isinstance(exc, SopdeskError):
            self.problem.setText(hide_password(error_text(exc)))
        else:
            show_failure(self, self.tr("Test connection"), exc)
