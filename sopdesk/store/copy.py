"""``sopdesk copy-db SRC DST``: move everything between SQLite and PostgreSQL, verified.

Every table is copied with its ids, in one transaction on the target, which must be empty
(a new file, or a server database with no rows). Revisions go in as drafts first and get their
status once their lanes and steps are in (the guards refuse rows added to an approved
revision), so the copy passes through the same triggers as any other write. Afterwards it
checks that every table has as many rows on both sides, that every revision's content hash
is the same and still matches its content, that the audit chain verifies and ends on the
same hash, and that ``sopdesk check`` finds nothing; then it records the copy in the target's
audit log. Raises `StoreError` (`CopyError`): a copy that fails while copying leaves the target
empty; one that does not verify says what differs (the target must not be used then).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Table, func, insert, select, text, update

from sopdesk.store.check import check_database
from sopdesk.store.database import Database, open_database
from sopdesk.store.engine import WRITE, shown
from sopdesk.store.errors import StoreError
from sopdesk.store.models import AuditRow, Base, RevisionRow, SopRow

CHUNK = 2000
Progress = Callable[[str], None]


class CopyError(StoreError):
    """The copy was refused (target not empty) or did not verify; the message says which."""


@dataclass(frozen=True, slots=True)
class CopyReport:
    """What was copied: rows per table, revisions whose hashes matched, audit entries."""

    rows: dict[str, int]
    revisions: int
    audit_entries: int

    def lines(self) -> list[str]:
        """The report for the user (Bahasa Indonesia)."""
        total = sum(self.rows.values())
        return [f"Disalin {total} baris dari {len(self.rows)} tabel; {self.revisions} hash isi revisi cocok; "
                f"rantai log audit ({self.audit_entries} entri) utuh."]


def copy_database(source: str | Path, target: str | Path, progress: Progress | None = None) -> CopyReport:
    """Copy ``source`` into the empty ``target`` (paths or URLs) and verify the copy."""
    say = progress or (lambda _text: None)
    src = open_database(source, seed=False)
    try:
        dst = open_database(target, seed=False)
        try:
            _refuse_non_empty(dst, target)
            say("menyalin…")
            with dst.engine.connect().execution_options(**{WRITE: True}) as conn, conn.begin():
                with src.engine.connect() as read:
                    rows = {table.name: _copy_table(read, conn, table) for table in Base.metadata.sorted_tables}
                _set_statuses(src, conn)
                _reset_sequences(conn)
            say("memeriksa…")
            report = _verify(src, dst, rows)
            dst.sops.record("copy-db", "basis data", {"from": shown(source), "rows": sum(rows.values())})
            return report
        finally:
            dst.close()
    finally:
        src.close()


def _refuse_non_empty(db: Database, target: str | Path) -> None:
    with db.engine.connect() as conn:
        filled = [t.name for t in Base.metadata.sorted_tables if conn.execute(select(func.count()).select_from(t))
                  .scalar()]
    if filled:
        raise CopyError(f"Basis data tujuan {shown(target)} tidak kosong (tabel {', '.join(filled)}); tidak ada yang "
                        "disalin. Pilih berkas baru atau basis data server yang kosong.")


def _copy_table(read: Connection, write: Connection, table: Table) -> int:
    result = read.execution_options(yield_per=CHUNK).execute(select(table).order_by(*table.primary_key.columns))
    count = 0
    for chunk in result.partitions(CHUNK):
        values = [dict(row._mapping) for row in chunk]
        if table.name == RevisionRow.__tablename__:
            values = [{**v, "status": "draft"} for v in values]  # the real status once lanes and steps are in
        write.execute(insert(table), values)
        count += len(values)
    return count


def _set_statuses(src: Database, write: Connection) -> None:
    with src.engine.connect() as read:
        statuses = read.execute(select(RevisionRow.id, RevisionRow.status).order_by(RevisionRow.id)).all()
    for revision_id, status in statuses:
        if status != "draft":
            write.execute(update(RevisionRow).where(RevisionRow.id == revision_id).values(status=status))


def _reset_sequences(write: Connection) -> None:
    """PostgreSQL: move each id sequence past the copied ids (SQLite needs nothing)."""
    if write.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" in table.c:
            write.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                               f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))


def _hashes(db: Database) -> dict[tuple[str, int], str]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(SopRow.key, RevisionRow.number, RevisionRow.content_hash).join(RevisionRow.sop))
        return {(key, number): digest for key, number, digest in rows}


def _last_hash(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return conn.execute(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)).scalar()


def _verify(src: Database, dst: Database, rows: dict[str, int]) -> CopyReport:
    with dst.engine.connect() as conn:
        counted = {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                   for t in Base.metadata.sorted_tables}
    problems = [f"tabel {name}: {rows[name]} disalin, {counted[name]} di tujuan"
                for name in rows if counted[name] != rows[name]]
    hashes = _hashes(src)
    if _hashes(dst) != hashes:
        problems.append("hash isi revisi di tujuan berbeda dari sumber")
    if _last_hash(dst) != _last_hash(src):
        problems.append("rantai log audit di tujuan tidak berakhir pada entri yang sama dengan sumber")
    checked = check_database(dst.engine, dst.sops)
    problems += [] if checked.ok else checked.lines()
    if problems:
        raise CopyError("Salinan tidak cocok dengan sumber: " + "; ".join(problems[:5]))
    return CopyReport(rows, len(hashes), rows.get(AuditRow.__tablename__, 0))
