"""The lifecycle of an SOP revision (docs/product.md, Lifecycle; Permenpan RB 35/2012, pengesahan).

draft -> verified -> approved -> superseded. Only a draft changes; a verified revision can be
sent back to draft; approving needs the signing official and the signing date (Tanggal
Efektif = tanggal pengesahan); an approved revision is superseded only when a later revision
of the same SOP is approved. A change to an approved SOP is made in a new draft revision.
"""

from __future__ import annotations

from sopdesk.domain.messages import Phrase, message
from sopdesk.domain.model import Sop, Status
from sopdesk.errors import SopdeskError


class LifecycleError(SopdeskError, ValueError):
    """A status change the rules do not allow; the message is for the user."""


ALLOWED = {
    (Status.DRAFT, Status.VERIFIED),
    (Status.VERIFIED, Status.DRAFT),
    (Status.VERIFIED, Status.APPROVED),
}
LABELS = {Status.DRAFT: "draf", Status.VERIFIED: "terverifikasi", Status.APPROVED: "disahkan",
          Status.SUPERSEDED: "digantikan"}


def check_transition(sop: Sop, new: Status) -> None:
    """Raise `LifecycleError` unless ``sop`` may move to ``new``.

    Approval needs ``approval.name`` (Disahkan oleh) and ``effective_on`` (Tanggal Efektif).
    """
    if (sop.status, new) not in ALLOWED:
        raise LifecycleError(message("status-not-allowed", Phrase(LABELS[sop.status]), Phrase(LABELS[new])))
    if new is Status.APPROVED:
        missing = [label for label, value in (("Disahkan oleh (nama)", sop.approval.name),
                                              ("Tanggal Efektif", sop.effective_on)) if not value]
        if missing:
            raise LifecycleError(message("approve-missing", tuple(Phrase(m) for m in missing)))


def check_editable(sop: Sop) -> None:
    """Raise `LifecycleError` unless ``sop`` is a draft (only a draft changes)."""
    if sop.status is not Status.DRAFT:
        raise LifecycleError(
            f"Revisi {sop.revision} berstatus {LABELS[sop.status]} dan tidak dapat diubah; "
            "buat revisi draf baru untuk mengubahnya."
        )
