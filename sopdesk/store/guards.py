"""The guards the database itself keeps, per dialect (what no program, and no raw SQL, may do).

Both dialects refuse the same things:

- any change to an approved or superseded revision, its lanes and its steps (UPDATE, DELETE,
  new rows); the one change allowed is approved -> superseded with the content untouched;
- deleting an execution, a step record or a correction, and changing a correction;
- changing or deleting an audit entry.

SQLite: triggers created by migrations 0002 and 0003 (their text is kept there, as run).
PostgreSQL: the PL/pgSQL triggers below (migration 0006), the same rules, plus TRUNCATE refused
on those tables (SQLite has no TRUNCATE), plus who may approve: a revision becomes approved, or
a verified one is sent back to draft, only when the server's ``session_user`` is a member of
``sopdesk_pengesah`` (`sopdesk.store.roles`), so raw SQL by a staff role is refused too.
"""

from __future__ import annotations

FROZEN = "('approved', 'superseded')"
CONTENT = ("sop_id", "number", "sop_number", "title", "unit_lines", "made_on", "revised_on", "effective_on",
           "approval", "lists", "summary", "source", "content_hash")
APPROVER_ROLE = "sopdesk_pengesah"
CHANGED = "revisi yang sudah disahkan tidak dapat diubah"
KEPT = "catatan pelaksanaan tidak dapat dihapus"
# (table, trigger timing/events, PL/pgSQL condition on OLD/NEW, message)
_ROW_GUARDS: list[tuple[str, str, str, str]] = [
    ("revision", "UPDATE", f"OLD.status IN {FROZEN} AND NOT (OLD.status = 'approved' AND NEW.status = 'superseded' "
     f"AND {' AND '.join(f'NEW.{c}::text IS NOT DISTINCT FROM OLD.{c}::text' for c in CONTENT)})", CHANGED),
    ("revision", "DELETE", f"OLD.status IN {FROZEN}", "revisi yang sudah disahkan tidak dapat dihapus"),
    ("revision", "UPDATE", f"NEW.status IS DISTINCT FROM OLD.status AND (NEW.status = 'approved' OR "
     f"(OLD.status = 'verified' AND NEW.status = 'draft')) AND NOT pg_has_role(session_user, '{APPROVER_ROLE}', "
     "'MEMBER')", "hanya pengesah yang dapat mengesahkan atau mengembalikan revisi"),
    ("audit", "UPDATE", "true", "log audit tidak dapat diubah"),
    ("audit", "DELETE", "true", "log audit tidak dapat dihapus"),
    ("execution", "DELETE", "true", KEPT),
    ("step_record", "DELETE", "true", KEPT),
    ("record_correction", "DELETE", "true", KEPT),
    ("record_correction", "UPDATE", "true", "riwayat koreksi tidak dapat diubah"),
]
for _table in ("lane", "step"):
    _frozen = "(SELECT status FROM revision WHERE id = {}.revision_id) IN " + FROZEN
    _ROW_GUARDS += [
        (_table, "UPDATE", f"{_frozen.format('OLD')} OR {_frozen.format('NEW')}", CHANGED),
        (_table, "DELETE", _frozen.format("OLD"), CHANGED),
        (_table, "INSERT", _frozen.format("NEW"), CHANGED),
    ]
TRUNCATE_REFUSED = ("revision", "lane", "step", "audit", "execution", "step_record", "record_correction")


def _name(index: int, table: str, event: str) -> str:
    return f"sopdesk_guard_{index:02d}_{table}_{event.lower()}"


def postgresql_create() -> list[str]:
    """The PostgreSQL statements that create every guard (functions and triggers)."""
    statements = []
    for index, (table, event, condition, message) in enumerate(_ROW_GUARDS):
        name = _name(index, table, event)
        result = "OLD" if event == "DELETE" else "NEW"
        statements += [
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF {condition} THEN RAISE EXCEPTION '{message}' USING ERRCODE = 'P0001'; END IF; "
            f"RETURN {result}; END $$",
            f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
        ]
    statements.append(
        "CREATE OR REPLACE FUNCTION sopdesk_guard_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION 'tabel % tidak dapat dikosongkan', TG_TABLE_NAME USING ERRCODE = 'P0001'; END $$")
    statements += [f"CREATE TRIGGER sopdesk_guard_truncate_{table} BEFORE TRUNCATE ON {table} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION sopdesk_guard_truncate()" for table in TRUNCATE_REFUSED]
    return statements


def postgresql_drop() -> list[str]:
    """The statements that remove every PostgreSQL guard (the downgrade of migration 0006)."""
    statements = [f"DROP TRIGGER IF EXISTS sopdesk_guard_truncate_{t} ON {t}" for t in TRUNCATE_REFUSED]
    for index, (table, event, _condition, _message) in enumerate(_ROW_GUARDS):
        name = _name(index, table, event)
        statements += [f"DROP TRIGGER IF EXISTS {name} ON {table}", f"DROP FUNCTION IF EXISTS {name}()"]
    return [*statements, "DROP FUNCTION IF EXISTS sopdesk_guard_truncate()"]
