"""Whether a printed SOP sheet matches the database: the verdict on a sheet code.

Plain rules, no database: `judge` takes the code and what the database holds about the
revision it names (`RevisionFacts`); `sopdesk.store.verify` looks those facts up. The
outcomes and their Indonesian messages are listed in ``docs/sheet-code.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sopdesk.domain.model import Status
from sopdesk.domain.sheetcode import SheetCode


class Outcome(StrEnum):
    """What a verification found."""

    MATCH = "match"  # the approved revision in force, same content
    DRAFT = "draft"  # same content, but a draft or verified revision: not approved
    SUPERSEDED = "superseded"  # same content, but a newer revision has been approved since
    CHANGED = "changed"  # the revision exists, its content differs from the printed one
    UNKNOWN = "unknown"  # no such SOP or no such revision
    MALFORMED = "malformed"  # not a sheet code at all


@dataclass(frozen=True, slots=True)
class RevisionFacts:
    """What the database holds about one revision: SOP ``title`` and ``number`` (Nomor SOP),
    its ``status``, the ``digest`` of its content as stored now (52 Crockford base32 chars,
    recomputed from the content), and the SOP's ``approved_revision`` in force (None if none)."""

    title: str
    number: str
    status: Status
    digest: str
    approved_revision: int | None


@dataclass(frozen=True, slots=True)
class Verdict:
    """The answer: ``outcome``, the ``code`` as read (None if malformed), a ``message`` in
    Indonesian for the CLI, the ``facts`` it was judged on (None if unknown/malformed), and
    whether the SOP the code names exists (``sop_known``; for an unknown revision)."""

    outcome: Outcome
    message: str
    code: SheetCode | None = None
    facts: RevisionFacts | None = None
    sop_known: bool = False

    @property
    def ok(self) -> bool:
        """True only for the approved revision in force with unchanged content."""
        return self.outcome is Outcome.MATCH


def _name(facts: RevisionFacts) -> str:
    return f"SOP \u201c{facts.title}\u201d" + (f" (Nomor {facts.number})" if facts.number else "")


def judge(code: SheetCode, facts: RevisionFacts | None, sop_exists: bool) -> Verdict:
    """The verdict on ``code`` given the ``facts`` of the revision it names (None when the SOP
    or the revision does not exist; ``sop_exists`` tells which)."""
    if facts is None:
        what = f"SOP {code.key} tidak punya revisi {code.revision}" if sop_exists else f"tidak ada SOP {code.key}"
        return Verdict(Outcome.UNKNOWN, f"Kode tidak dikenal: {what} di basis data.", code, sop_known=sop_exists)
    name, rev = _name(facts), code.revision
    if not code.matches(facts.digest):
        return Verdict(Outcome.CHANGED, f"TIDAK COCOK: revisi {rev} {name} ada, tetapi isinya berbeda dari "
                       "lembar ini. Lembar ini bukan salinan revisi tersebut.", code, facts, True)
    if facts.status is Status.APPROVED:
        return Verdict(Outcome.MATCH, f"COCOK: lembar ini sesuai dengan revisi {rev} {name} yang disahkan "
                       "dan berlaku.", code, facts, True)
    if facts.status is Status.SUPERSEDED:
        newer = f"revisi {facts.approved_revision}" if facts.approved_revision else "revisi yang lebih baru"
        return Verdict(Outcome.SUPERSEDED, f"SUDAH DIGANTI: lembar ini sesuai dengan revisi {rev} {name}, "
                       f"tetapi revisi itu sudah diganti oleh {newer}.", code, facts, True)
    state = "sudah diverifikasi tetapi belum disahkan" if facts.status is Status.VERIFIED else "masih draf"
    return Verdict(Outcome.DRAFT, f"DRAF, BELUM DISAHKAN: lembar ini sesuai dengan revisi {rev} {name}, "
                   f"yang {state}. Lembar ini tidak berlaku sebagai SOP.", code, facts, True)
