"""Verify a printed sheet's code against the database (``sopdesk verify``, the Periksa lembar
dialog). The rules are in `sopdesk.domain.verdict`; this module only looks the facts up."""

from __future__ import annotations

from sopdesk.domain.canonical import content_hash
from sopdesk.domain.messages import message
from sopdesk.domain.model import Status
from sopdesk.domain.sheetcode import CodeFormatError, SheetCode, crockford32, parse_code
from sopdesk.domain.verdict import Outcome, RevisionFacts, Verdict, judge
from sopdesk.store.repository import SopRepository


def revision_facts(repo: SopRepository, code: SheetCode) -> tuple[RevisionFacts | None, bool]:
    """The facts of the revision ``code`` names, and whether its SOP exists at all.

    The digest is recomputed from the stored content, so a sheet is compared with what the
    database holds now, not with a hash stored beside it. Raises `StoreError` on a database error.
    """
    revisions = repo.revisions(code.key)
    if not revisions:
        return None, False
    wanted = next((r for r in revisions if r.number == code.revision), None)
    if wanted is None:
        return None, True
    sop = repo.load(wanted.revision_id)
    approved = [r.number for r in revisions if r.status is Status.APPROVED]
    return RevisionFacts(sop.title, sop.number, wanted.status, crockford32(content_hash(sop)),
                         approved[-1] if approved else None), True


def verify_code(repo: SopRepository, text: str) -> Verdict:
    """The verdict on ``text`` (a typed code or a scanned QR text). Never raises for bad
    input (that is `Outcome.MALFORMED`); raises `StoreError` on a database error."""
    try:
        code = parse_code(text)
    except CodeFormatError as exc:
        return Verdict(Outcome.MALFORMED, message("code-malformed", exc.args[0] if exc.args else str(exc)))
    facts, sop_exists = revision_facts(repo, code)
    return judge(code, facts, sop_exists)
