"""The texts of the monitoring form that the Excel and PDF exports share (no Qt), so both say the same."""

from __future__ import annotations

from sopdesk.domain import monitoring as mon

TICK = "√"  # U+221A: the bundled Liberation Sans has no ✓ (U+2713)


def title_lines(form: mon.MonitoringForm) -> tuple[str, str]:
    """Under the heading: the office's name lines (joined by dashes) with the unit filter, or
    without office lines "Unit kerja: …"; then the period."""
    unit = f"Unit kerja: {form.unit or 'semua unit'}"
    office = " – ".join(form.office)
    first = f"{office} · {unit}" if office and form.unit else office or unit
    return (first, f"Periode: {form.period.label()} · dibuat {form.made_at:%d-%m-%Y %H:%M}")


def prosedur(row: mon.FormRow) -> str:
    """Column Prosedur: the SOP's name, and its number when it has one."""
    return f"{row.title}\nNomor: {row.number}" if row.number.strip() else row.title


def catatan(row: mon.FormRow) -> str:
    """Column Catatan hasil penilaian: the assessor's text once saved; before that, the figures
    from the execution logs (`sopdesk.domain.monitoring.summary`)."""
    return row.assessment.notes if row.assessment.saved else mon.summary(row.figures)


def rating_marks(rating: mon.Rating) -> tuple[str, str]:
    """The tick under Berjalan dengan baik or under Tidak berjalan dengan baik."""
    return (TICK if rating is mon.Rating.BAIK else "", TICK if rating is mon.Rating.TIDAK_BAIK else "")


def checklist_mark(answer: mon.Answer) -> tuple[str, str]:
    """The tick under Ya or under Tidak."""
    return (TICK if answer.value is True else "", TICK if answer.value is False else "")
