"""``sopdesk check``: the database's integrity, every content hash, the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from sopdesk.domain.messages import message
from sopdesk.store.coverage import missing_rows
from sopdesk.store.repository import SopRepository


@dataclass
class CheckReport:
    """What ``sopdesk check`` found; ``ok`` when nothing."""

    integrity: list[str] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)
    audit: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.hashes or self.audit or self.rows)

    def lines(self) -> list[str]:
        """The report for the user, in Bahasa Indonesia; each problem is a
        `sopdesk.domain.messages.Message` (its English by ``.text("en")``), the all-clear line a
        fixed phrase of ``PHRASES``."""
        if self.ok:
            return ["Basis data utuh: struktur, hash isi setiap revisi, rantai log audit dan baris yang dicatatnya "
                    "cocok."]
        return [*self.integrity, *self.hashes, *self.audit, *self.rows]


def integrity_problems(engine: Engine, quick: bool = False) -> list[str]:
    """SQLite's ``integrity_check`` (or ``quick_check``); [] when the file is sound."""
    if engine.dialect.name != "sqlite":
        return []
    pragma = "quick_check" if quick else "integrity_check"
    with engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else [message("check-structure", r) for r in rows]


def check_database(engine: Engine, sops: SopRepository) -> CheckReport:
    """Run every check; raises nothing for a readable database."""
    report = CheckReport(integrity=integrity_problems(engine))
    report.hashes = [message("check-hash", m.key, m.number, m.stored[:12], m.computed[:12])
                     for m in sops.verify_hashes()]
    report.audit = sops.verify_audit()
    with Session(engine) as session:
        report.rows = missing_rows(session)
    return report
