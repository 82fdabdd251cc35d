"""Walk the interface and collect every text a user can read, to find words of the wrong language.

``texts_of(widget)`` lists (where, text) for the widget and its children: window titles, labels,
buttons, placeholders, combo-box items, group and tab titles, tooltips and status tips, menu and
toolbar actions (submenus too), and the headers and cells (DisplayRole, ToolTipRole) of item views.
``offences(texts, words, data)`` returns "where: word in text" for each text holding a listed word
once field terms and user data (the SOPs' own text) are taken out.

The word lists are here, in one place; `tests/test_language_walk.py` holds the list of windows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import fields, is_dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# English words that must not appear in the Indonesian interface (whole words, any case).
ENGLISH_WORDS = (
    "unreadable", "late", "overdue", "running", "on time", "execution", "executions", "edit", "action",
    "actions", "step", "steps", "approve", "approved", "draft", "cancel", "cancelled", "file", "files", "open",
    "save", "saved", "look in", "file name", "error", "warning", "details", "name", "user", "time", "search",
    "export", "print", "report", "weekly", "week", "settings", "help", "about", "close", "delete", "remove",
    "add", "new", "directory", "the", "and", "of", "with", "for", "from", "not", "this", "your",
    "all", "none", "page", "pages", "sheet", "view", "zoom", "paper", "language", "quit", "backup", "restore",
    "database", "check", "verify", "verified", "superseded", "history", "revision", "finished", "finish",
    "start", "started", "decision", "due", "verdict", "standard", "empty", "missing", "back", "forward",
    "parent", "list", "detail", "size", "type", "date", "modified", "copy", "paste", "undo", "redo", "select",
    "guide", "notes", "transcription", "unknown", "yes", "no", "by", "at", "to", "in", "is", "has",
)

# Indonesian words that must not appear in the English interface.
INDONESIAN_WORDS = (
    "terlambat", "tepat waktu", "berjalan", "langkah", "simpan", "batal", "berkas", "keputusan", "kosong",
    "tidak", "sudah", "belum", "dan", "yang", "untuk", "dengan", "atau", "pelaksanaan", "catatan", "menit",
    "mulai", "selesai", "cari", "buka", "tutup", "hapus", "tambah", "sunting", "laporan", "mingguan",
    "pengaturan", "kantor", "riwayat", "revisi", "disahkan", "draf", "diverifikasi", "bantuan", "panduan",
    "tentang", "lembar", "periksa", "cetak", "ekspor", "semua", "halaman", "kertas", "bahasa", "keluar",
    "dari", "ke", "di", "ini", "itu", "ada", "harus", "punya", "lewat", "terbaca", "tujuan jalan", "jam", "kerja",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu",
    "jalan keluar", "pengguna", "tindakan", "sasaran", "rincian", "nama", "perlu", "paling", "sedikit",
)

# The SOP AP field terms (Permenpan RB 35/2012) and names, allowed in both languages (case-sensitive).
FIELD_TERMS = (
    "Pelaksana", "Kegiatan", "Mutu Baku", "Kelengkapan", "Waktu", "Output", "Keterangan", "SOP AP", "SOP",
    "Nama SOP", "Nomor SOP", "Tanggal Pembuatan", "Tanggal Revisi", "Tanggal Efektif", "Disahkan oleh",
    "Dasar Hukum", "Kualifikasi Pelaksana", "Keterkaitan", "Peralatan/Perlengkapan", "Peralatan", "Perlengkapan",
    "Peringatan", "Pencatatan dan Pendataan", "Penjelasan Singkat", "Tujuan", "Definisi", "Tabel 7",
    "Bagian Organisasi", "Bagian Identitas", "Permenpan RB", "Bahasa Indonesia", "Identitas", "Diagram alir",
    "Jabatan", "NIP", "Pangkat/golongan", "Nama", "Paraf penilai", "Prosedur", "kop", "Mulai", "Selesai",
    "Disesuaikan", "Setiap Saat", "No", "WIB", "WITA", "WIT", "Ya", "Tidak",
)

_SHORT = 12  # user data shorter than this (and without a number) is taken out only where it is the whole text


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _action_texts(actions: Iterable[QAction], where: str, seen: set[int]) -> Iterator[tuple[str, str]]:
    for act in actions:
        if id(act) in seen or act.isSeparator():
            continue
        seen.add(id(act))
        label = f"{where} > action {act.text()!r}"
        yield from ((label, t) for t in (act.text(), act.toolTip(), act.statusTip()) if t)
        if act.menu() is not None:
            yield from _action_texts(act.menu().actions(), label, seen)


def _count(model: QAbstractItemModel, parent: QModelIndex, rows: bool) -> int:
    try:
        return model.rowCount(parent) if rows else model.columnCount(parent)
    except TypeError:  # Qt's private list models (QListWidget's): one column, no children
        return 0 if parent.isValid() else (model.rowCount() if rows else 1)


def _model_texts(model: QAbstractItemModel, where: str, limit: int = 300) -> Iterator[tuple[str, str]]:
    for column in range(_count(model, QModelIndex(), rows=False)):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if header:
            yield f"{where} header {column}", str(header)
    stack = [QModelIndex()]
    count = 0
    while stack and count < limit:
        parent = stack.pop()
        for row in range(min(_count(model, parent, rows=True), limit)):
            for column in range(_count(model, parent, rows=False)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str) and value:
                        yield f"{where} cell [{row},{column}]", value
                if column == 0 and _count(model, index, rows=True) > 0:
                    stack.append(index)
            count += 1


def _own_texts(w: QWidget) -> Iterator[str]:
    if w.isWindow():
        yield w.windowTitle()
    yield w.toolTip()
    yield w.statusTip()
    if isinstance(w, QLabel | QAbstractButton):
        yield w.text()
    elif isinstance(w, QLineEdit):
        yield w.placeholderText()
        if w.isReadOnly():
            yield w.text()
    elif isinstance(w, QComboBox):
        yield from (w.itemText(i) for i in range(w.count()))
    elif isinstance(w, QGroupBox):
        yield w.title()
    elif isinstance(w, QDockWidget):
        yield w.windowTitle()
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield w.tabText(i)
            yield w.tabToolTip(i)
    elif isinstance(w, QTextEdit | QPlainTextEdit):
        yield w.toPlainText()
        yield w.placeholderText()


def _where(w: QWidget, root: QWidget) -> str:
    parts = []
    node: QWidget | None = w
    while node is not None and node is not root:
        parts.append(type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else ""))
        node = node.parentWidget()
    return " > ".join([type(root).__name__, *reversed(parts)])


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """Every text of ``root`` and its children a user can read: (where, text)."""
    out: list[tuple[str, str]] = []
    seen: set[int] = set()
    for w in [root, *root.findChildren(QWidget)]:
        where = _where(w, root)
        out += [(where, t) for t in _own_texts(w) if t]
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            out += list(_model_texts(w.model(), where))
        if isinstance(w, QMainWindow):
            out += list(_action_texts(w.menuBar().actions(), where + " > menu", seen))
        if isinstance(w, QMenu):
            out += list(_action_texts(w.actions(), where, seen))
        out += list(_action_texts(w.actions(), where, seen))
    return out


def data_strings(values: Iterable[Any], skip: frozenset[str] = frozenset()) -> set[str]:
    """Every text inside ``values`` (dataclasses, tuples, lists, dicts, strings), except the fields
    named in ``skip`` — the user's data, which the language checks leave alone."""
    out: set[str] = set()
    stack = list(values)
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            out.update(s.strip() for s in [value, *value.splitlines()] if s.strip())
        elif is_dataclass(value) and not isinstance(value, type):
            stack += [getattr(value, f.name) for f in fields(value) if f.name not in skip]
        elif isinstance(value, dict):
            stack += list(value.values())
        elif isinstance(value, tuple | list | set | frozenset):
            stack += list(value)
    return out


def _scrubber(data: set[str]) -> Any:
    def inside(d: str) -> bool:  # long text, or a value with a number ("15 menit"): taken out where it stands
        return len(d) >= _SHORT or (len(d) >= 4 and any(c.isdigit() for c in d))

    long = sorted((d for d in data if inside(d)), key=len, reverse=True)
    short = {d for d in data if not inside(d)}
    terms = re.compile(r"(?<![\w])(" + "|".join(re.escape(t) for t in sorted(FIELD_TERMS, key=len, reverse=True))
                       + r")(?![\w])")

    def scrub(text: str) -> str:
        if text.strip() in short:
            return ""
        for d in long:
            if d in text:
                text = text.replace(d, " ")
        return terms.sub(" ", text)

    return scrub


def offences(texts: Iterable[tuple[str, str]], words: Iterable[str], data: set[str]) -> list[str]:
    """"where: 'word' in 'text'" for every text that holds one of ``words`` (whole words, any
    case) once ``FIELD_TERMS`` and the user's ``data`` are taken out."""
    pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                         + r")(?![\w])", re.IGNORECASE)
    scrub = _scrubber(data)
    out = []
    for where, text in texts:
        plain = _plain(text)
        cleaned = scrub(plain)
        match = pattern.search(cleaned)
        if match:
            around = cleaned[max(match.start() - 60, 0):match.end() + 60]
            out.append(f"{where}: {match.group(0)!r} in {around!r}")
    return sorted(set(out))
