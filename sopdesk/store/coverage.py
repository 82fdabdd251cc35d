"""What the audit log vouches for: rows it recorded must still be there (``sopdesk check``).

The hash chain (`sopdesk.store.audit`) finds an entry removed or changed; this finds the rows
its entries recorded, deleted behind sopdesk's back (a dropped trigger, a superuser):

- every revision an ``import`` or ``create`` entry names (SOP key, revision number);
- every execution a ``start`` entry names, with exactly as many step records as its
  ``start_step`` entries (one record each), and as many corrections as ``execution_corrected``
  entries. Executions came after the audit log (migration 0003 after 0002), so a record or an
  execution without its entries means audit entries at the end of the chain were removed.
"""

from __future__ import annotations

import json
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopdesk.domain.messages import message
from sopdesk.store.models import AuditRow, CorrectionRow, ExecutionRow, RevisionRow, SopRow, StepRecordRow


def missing_rows(session: Session) -> list[str]:
    """Problems, in Bahasa Indonesia: rows the audit log recorded that are gone, and execution
    rows the log does not account for. [] when everything recorded is present."""
    revisions = {(key, number) for key, number in
                 session.execute(select(SopRow.key, RevisionRow.number).join(RevisionRow.sop))}
    problems: list[str] = []
    started: set[int] = set()
    logged: Counter[int] = Counter()
    corrections = 0
    rows = session.execute(select(AuditRow.id, AuditRow.action, AuditRow.target, AuditRow.detail)
                           .where(AuditRow.action.in_(("import", "create", "execution", "execution_corrected")))
                           .order_by(AuditRow.id))
    for audit_id, action, target, detail_json in rows:
        detail = json.loads(detail_json)
        if action in ("import", "create") and (target, detail.get("revision")) not in revisions:
            problems.append(message("check-revision-gone", audit_id, target, detail.get("revision")))
        elif action == "execution" and detail.get("action") == "start":
            started.add(int(detail["execution"]))
        elif action == "execution" and detail.get("action") == "start_step":
            logged[int(detail["execution"])] += 1
        elif action == "execution_corrected":
            corrections += 1
    return problems + _execution_problems(session, started, logged, corrections)


def _execution_problems(session: Session, started: set[int], logged: Counter[int], corrections: int) -> list[str]:
    present = set(session.scalars(select(ExecutionRow.id)))
    counted = session.execute(select(StepRecordRow.execution_id, func.count()).group_by(StepRecordRow.execution_id))
    records = Counter({execution_id: n for execution_id, n in counted})
    problems: list[str] = [message("check-execution-gone", e) for e in sorted(started - present)]
    problems += [message("check-execution-unlogged", e) for e in sorted(present - started)]
    for execution_id in sorted(set(logged) | set(records)):
        want, have = logged[execution_id], records[execution_id]
        if want != have:
            problems.append(message("check-records", execution_id, want, have))
    stored = session.scalar(select(func.count(CorrectionRow.id))) or 0
    if stored != corrections:
        problems.append(message("check-corrections", corrections, stored))
    return problems
