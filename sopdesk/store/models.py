"""SQLAlchemy 2 typed models of the SOP store (schema revision: see migrations/)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Declarative base of every table."""


class SopRow(Base):
    """An SOP across its revisions; ``key`` is the exchange-format id."""

    __tablename__ = "sop"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    revisions: Mapped[list[RevisionRow]] = relationship(back_populates="sop", order_by="RevisionRow.number")


class RevisionRow(Base):
    """One revision of an SOP: the identity part (Bagian Identitas)."""

    __tablename__ = "revision"
    __table_args__ = (UniqueConstraint("sop_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sop_id: Mapped[int] = mapped_column(ForeignKey("sop.id", ondelete="RESTRICT"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    sop_number: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text)
    unit_lines: Mapped[list[str]] = mapped_column(JSON)
    made_on: Mapped[dt.date | None] = mapped_column(Date)
    revised_on: Mapped[dt.date | None] = mapped_column(Date)
    effective_on: Mapped[dt.date | None] = mapped_column(Date)
    approval: Mapped[dict[str, str]] = mapped_column(JSON)
    lists: Mapped[dict[str, list[str]]] = mapped_column(JSON)
    summary: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[dict[str, object]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # format version 2: the revision's version-2 fields in the exchange form (NULL: none; migration 0008)
    format_v2: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True)
    sop: Mapped[SopRow] = relationship(back_populates="revisions")
    lanes: Mapped[list[LaneRow]] = relationship(order_by="LaneRow.position", cascade="all, delete-orphan")
    steps: Mapped[list[StepRow]] = relationship(order_by="StepRow.position", cascade="all, delete-orphan")


class LaneRow(Base):
    """Pelaksana: a lane of a revision's flowchart."""

    __tablename__ = "lane"
    __table_args__ = (UniqueConstraint("revision_id", "position"), UniqueConstraint("revision_id", "key"))
    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(Text)


class StepRow(Base):
    """Kegiatan with its Mutu Baku; ``lane_keys`` and ``exits`` are small JSON lists."""

    __tablename__ = "step"
    __table_args__ = (UniqueConstraint("revision_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    activity: Mapped[str] = mapped_column(Text)
    symbol: Mapped[str] = mapped_column(String(16))
    lane_keys: Mapped[list[str]] = mapped_column(JSON)
    requirements: Mapped[str] = mapped_column(Text, default="")
    standard_time: Mapped[str] = mapped_column(Text, default="")
    output: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    exits: Mapped[list[dict[str, object]]] = mapped_column(JSON)
    format_v2: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True)  # as the revision's


class AuditRow(Base):
    """An audit log entry (append-only, hash-chained; see `sopdesk.store.audit`)."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601, UTC
    os_user: Mapped[str] = mapped_column(String(200))
    app_user: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str] = mapped_column(String(200), index=True)
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ExecutionRow(Base):
    """Pelaksanaan: an execution of one revision."""

    __tablename__ = "execution"
    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(Text)
    reference: Mapped[str] = mapped_column(Text)
    started_by: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    trial: Mapped[bool] = mapped_column(default=False)
    cancelled_reason: Mapped[str] = mapped_column(Text, default="")
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    records: Mapped[list[StepRecordRow]] = relationship(order_by="StepRecordRow.seq", cascade="all, delete-orphan")


class StepRecordRow(Base):
    """One logged run of a step of an execution (seq orders the records, loops included)."""

    __tablename__ = "step_record"
    __table_args__ = (UniqueConstraint("execution_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    execution_id: Mapped[int] = mapped_column(ForeignKey("execution.id", ondelete="RESTRICT"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    step_position: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    exit_label: Mapped[str] = mapped_column(String(60), default="")


class CorrectionRow(Base):
    """A correction of a logged time: who, when, which field, the old and new values."""

    __tablename__ = "record_correction"
    id: Mapped[int] = mapped_column(primary_key=True)
    step_record_id: Mapped[int] = mapped_column(ForeignKey("step_record.id", ondelete="RESTRICT"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(20))
    old_value: Mapped[str] = mapped_column(String(40))
    new_value: Mapped[str] = mapped_column(String(40))


class SettingRow(Base):
    """An office-wide setting kept in the database (JSON text), e.g. the working calendar."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class MonitoringPeriodRow(Base):
    """A monitoring form's period (Tabel 7), keyed by its first and last date (inclusive)."""

    __tablename__ = "monitoring_period"
    __table_args__ = (UniqueConstraint("start_on", "end_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    start_on: Mapped[dt.date] = mapped_column(Date)
    end_on: Mapped[dt.date] = mapped_column(Date)


class MonitoringEntryRow(Base):
    """The assessor's row of Tabel 7 for one SOP in one period (``rating``: "", baik, tidak_baik);
    ``revision_id`` is the approved revision assessed."""

    __tablename__ = "monitoring_entry"
    __table_args__ = (UniqueConstraint("period_id", "sop_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("monitoring_period.id", ondelete="RESTRICT"), index=True)
    sop_id: Mapped[int] = mapped_column(ForeignKey("sop.id", ondelete="RESTRICT"), index=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id", ondelete="RESTRICT"))
    rating: Mapped[str] = mapped_column(String(12))
    notes: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    assessor: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    answers: Mapped[list[EvaluationAnswerRow]] = relationship(order_by="EvaluationAnswerRow.question",
                                                              cascade="all, delete-orphan")


class EvaluationAnswerRow(Base):
    """One answer of the evaluation checklist (``question`` 1–7; ``answer`` "", ya, tidak)."""

    __tablename__ = "evaluation_answer"
    __table_args__ = (UniqueConstraint("entry_id", "question"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("monitoring_entry.id", ondelete="CASCADE"), index=True)
    question: Mapped[int] = mapped_column(Integer)
    answer: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(Text)


class ImportFileRow(Base):
    """An imported original file, kept whole: bytes, SHA-256 (hex), name and size."""

    __tablename__ = "import_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ImportSourceRow(Base):
    """Which file a revision was imported from, where in it (pages/sheets), and its report."""

    __tablename__ = "import_source"
    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id", ondelete="RESTRICT"), unique=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("import_file.id", ondelete="RESTRICT"), index=True)
    location: Mapped[str] = mapped_column(Text)
    report: Mapped[list[dict[str, str]]] = mapped_column(JSON)
