"""The database of the release before format version 2 (``tests/fixtures/release01``), on SQLite
(a copy of the file) or on PostgreSQL (migrated to that release's head, then filled with the
file's rows, approved revisions last so the guards let their lanes and steps in)."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, create_engine, insert, select, text, update

from sopdesk.store.engine import WRITE, make_engine
from sopdesk.store.migrate import _config
from tests.pg import new_database

FOLDER = Path(__file__).parent / "fixtures" / "release01"
RELEASE_HEAD = "0007_import_sources"


def release_hashes() -> dict[str, Any]:
    """``{"revisions": {revision id: content hash}, "samples": {key: content hash}}`` as computed by the release."""
    loaded: dict[str, Any] = json.loads((FOLDER / "hashes.json").read_text())
    return loaded


def release_sqlite(target: Path) -> Path:
    """A copy of the release's SQLite file at ``target``."""
    shutil.copyfile(FOLDER / "release01.sqlite3", target)
    return target


def release_postgresql(server: str) -> str:
    """A new PostgreSQL database holding the release's database; returns its URL."""
    url = new_database(server, f"sopdesk_rel_{uuid.uuid4().hex[:10]}")
    engine = make_engine(url)
    source = create_engine(f"sqlite:///{FOLDER / 'release01.sqlite3'}")
    try:
        from alembic import command

        with engine.connect().execution_options(**{WRITE: True}) as conn, conn.begin():
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, RELEASE_HEAD)
        _fill(source, engine)
    finally:
        engine.dispose()
        source.dispose()
    return url


def _fill(source: Any, engine: Any) -> None:
    tables = MetaData()
    tables.reflect(engine)
    statuses: dict[int, str] = {}
    with source.connect() as read, engine.connect().execution_options(**{WRITE: True}) as write, write.begin():
        for table in tables.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [dict(r._mapping) for r in read.execute(text(f"SELECT * FROM {table.name} ORDER BY 1"))]
            if table.name == "revision":
                statuses = {r["id"]: r["status"] for r in rows}
                rows = [{**r, "status": "draft"} for r in rows]
            if rows:
                write.execute(insert(table), [_typed(table, r) for r in rows])
            if "id" in table.c:
                write.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                   f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))
        revision = tables.tables["revision"]
        for revision_id, status in sorted(statuses.items()):
            if status != "draft":
                write.execute(update(revision).where(revision.c.id == revision_id).values(status=status))
        assert write.execute(select(revision.c.id)).first() is not None


def _typed(table: Any, row: dict[str, Any]) -> dict[str, Any]:
    """SQLite hands JSON columns back as text and dates as text: as the target column wants them."""
    import datetime as dt

    out = {}
    for key, value in row.items():
        kind = type(table.c[key].type).__name__
        if isinstance(value, str) and kind == "JSON":
            value = json.loads(value)
        elif isinstance(value, str) and kind in ("DATE",):
            value = dt.date.fromisoformat(value)
        elif isinstance(value, str) and kind in ("TIMESTAMP", "DATETIME"):
            value = dt.datetime.fromisoformat(value)
        elif isinstance(value, int) and kind == "BOOLEAN":
            value = bool(value)
        out[key] = value
    return out
