"""The interface language in force, and the core's texts shown in it.

`sopdesk.ui.app.install_translators` sets the language; without a translator (tests, ``--lang
en``) the interface is English, as its source strings are. Core messages come from one
catalogue (`sopdesk.domain.messages`); durations are formatted with translated unit names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sopdesk.domain.messages import Message, phrase, translated

if TYPE_CHECKING:  # the Waktu modules load when a duration is first shown, after the start
    from fractions import Fraction

    from sopdesk.domain.checker import Finding
    from sopdesk.domain.waktu import StandardTime, WaktuConvention

_language = ["en"]


def set_language(language: str) -> None:
    """Record the interface language ("id" or "en") that the translators were installed for."""
    _language[0] = language


def current_language() -> str:
    """"id" or "en": the language the interface shows."""
    return _language[0]


def core_text(text: str) -> str:
    """A message of the core in the interface language: a `sopdesk.domain.messages.Message`, or a
    fixed phrase (Bahasa Indonesia, `sopdesk.domain.messages.PHRASES`); other text unchanged."""
    if isinstance(text, Message):
        return text.text(current_language())
    return phrase(text, current_language())


def message_text(text: object) -> str:
    """A `sopdesk.domain.messages.Message` in the interface language; other text as it is."""
    return text.text(current_language()) if isinstance(text, Message) else str(text)


def error_text(error: BaseException) -> str:
    """What an error of the core says, in the interface language where it carries a
    `sopdesk.domain.messages.Message` (``str(error)`` otherwise)."""
    return translated(error, current_language())


def finding_text(finding: Finding) -> str:
    """A format checker finding in the interface language."""
    return finding.text(current_language())


def duration_text(minutes: Fraction, working_days: bool = True, convention: WaktuConvention | None = None) -> str:
    """Working minutes as the interface reads them, in whole units: ``1 hari kerja 2 jam 8 menit``
    in Bahasa Indonesia, ``1 working day(s) 2 h 8 min`` in English (a day of the ``convention``'s
    hours, by default `sopdesk.domain.waktu.DEFAULT_CONVENTION`); with ``working_days`` False the day is
    named as the sheet's total names it (``75 hari``, ``75 day(s)``)."""
    from sopdesk.domain.waktu import DEFAULT_CONVENTION, format_minutes

    translate = QCoreApplication.translate
    day = translate("Duration", "working day(s)") if working_days else translate("Duration", "day(s)")
    return format_minutes(minutes, convention or DEFAULT_CONVENTION, day_label=day,
                          hour_label=translate("Duration", "h"), minute_label=translate("Duration", "min"))


def total_waktu_text(values: list[StandardTime]) -> str:
    """An SOP's total Waktu in the interface language, hiding no step (`total_counts`): "75 hari +
    1 langkah tanpa standar" / "75 day(s) + 1 step(s) without a standard"; "-" when no step has
    a fixed standard."""
    from sopdesk.domain.waktu import total_counts

    minutes, none, unreadable, any_fixed = total_counts(values)
    if not any_fixed:
        return "-"
    translate = QCoreApplication.translate
    parts = [duration_text(minutes, working_days=False)]
    if none:
        parts.append(translate("Duration", "%d step(s) without a standard") % none)
    if unreadable:
        parts.append(translate("Duration", "%d step(s) unreadable") % unreadable)
    return " + ".join(parts)


def waktu_text(reading: StandardTime) -> str:
    """How a Waktu is read: ``2 minggu = 10 hari kerja`` (English: ``2 minggu = 10 working day(s)``;
    the Waktu as written stays), or why it has no fixed standard."""
    from sopdesk.domain.waktu import WaktuKind

    if reading.kind is WaktuKind.FIXED:
        return f"{reading.describe().split(' = ', 1)[0]} = {duration_text(reading.minutes())}"
    return core_text(reading.describe())
