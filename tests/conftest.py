"""Shared fixtures. Tests run headless: Qt uses the offscreen platform."""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")
# the help desk's log (sopdesk/logs.py) goes to a folder of the test run, not the user's
os.environ.setdefault("SOPDESK_LOG_DIR", tempfile.mkdtemp(prefix="sopdesk-test-log-"))

from collections.abc import Iterator
from pathlib import Path

import pytest

from sopdesk.domain.model import Sop
from sopdesk.io.exchange import load_sop_dir
from sopdesk.resources import sample_data_dir

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def sample_sops() -> list[Sop]:
    """The 14 sample SOPs of data/."""
    return load_sop_dir(sample_data_dir())


@pytest.fixture(scope="session")
def sample_by_id(sample_sops: list[Sop]) -> dict[str, Sop]:
    return {s.id: s for s in sample_sops}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sopdesk.sqlite3"


# ----- both stores: SQLite and PostgreSQL (issue 11) -----------------------------------------
# tools/pg_test_server.sh starts a throw-away server and prints SOPDESK_TEST_PG; without it the
# PostgreSQL half is skipped, except in CI (CI=true), where a missing server fails.

@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """The URL of a PostgreSQL database migrated to the head (empty), copied by `pg_url`."""
    from tests.pg import drop_database, make_template, server_url

    url = server_url()
    template = make_template(url)
    yield template
    drop_database(url, template)


@pytest.fixture
def pg_url(pg_template: str) -> Iterator[str]:
    """A fresh PostgreSQL database for one test (a copy of the migrated template), dropped after."""
    from tests.pg import drop_database, fresh_database

    url = fresh_database(pg_template)
    yield url
    drop_database(pg_template, url)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request: pytest.FixtureRequest, db_path: Path) -> str | Path:
    """A database target on each store: a new SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return db_path
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(autouse=True)
def _unexpected_error_dialogs_fail_the_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The unexpected-error dialog (`sopdesk.ui.errors.show_error`) is modal: in a headless run it
    would wait for a click forever. It is recorded instead, and the test fails at its end with the
    message and details. A test that expects the dialog patches `show_error` itself."""
    from sopdesk.ui import errors

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda _parent, message, details: shown.append((message, details)))
    yield
    assert not shown, "an unexpected-error dialog was shown:\n" + "\n\n".join(m + "\n" + d for m, d in shown)
