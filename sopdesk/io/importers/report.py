"""The import report: for each field and step of a draft, read / guessed / not found."""

from __future__ import annotations

from dataclasses import dataclass, field

from sopdesk.domain.model import Sop

READ = "read"
GUESSED = "guessed"
MISSING = "missing"
STATE_TEXT = {READ: "terbaca", GUESSED: "ditebak", MISSING: "tidak ditemukan"}


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the report: ``subject`` (a field name such as ``number`` or ``step 3``),
    ``state`` (`READ`, `GUESSED`, `MISSING`) and a note in Bahasa Indonesia."""

    subject: str
    state: str
    note: str = ""

    def text(self) -> str:
        """``<subject>: <state in Indonesian>[ — note]``."""
        tail = f" — {self.note}" if self.note else ""
        return f"{self.subject}: {STATE_TEXT.get(self.state, self.state)}{tail}"


@dataclass(frozen=True, slots=True)
class StepFlow:
    """A step as printed, beside the model: its number (``"4"``, ``"5a"``, ``""``), the symbols
    as ``(lane name, kind, text)`` and the arrows as ``(target number, label)``."""

    number: str
    symbols: tuple[tuple[str, str, str], ...] = ()
    arrows: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class Draft:
    """One imported SOP: the draft value, where it was found (``pages 1-2``/sheet names),
    its report, and each step as printed (`StepFlow`, same order as ``sop.steps``)."""

    sop: Sop
    where: str
    findings: list[Finding] = field(default_factory=list)
    flow: list[StepFlow] = field(default_factory=list)

    def needs_person(self) -> int:
        """How many findings are guessed or not found."""
        return sum(1 for f in self.findings if f.state != READ)


def report_lines(file_name: str, location: str, report: list[dict[str, str]]) -> list[str]:
    """The import report as lines for a person (Bahasa Indonesia): the source first, then
    each field or step guessed or not found. ``report`` holds ``{subject, state, note}``."""
    head = f"Diimpor dari {file_name}" + (f" ({location})" if location else "")
    todo = [Finding(r.get("subject", ""), r.get("state", ""), r.get("note", "")) for r in report]
    lines = [f"impor: {f.text()}" for f in todo if f.state != READ]
    read = sum(1 for f in todo if f.state == READ)
    return [f"{head}: {read} terbaca, {len(lines)} perlu diperiksa", *lines]
