"""The PostgreSQL test server: a template database migrated once, a fresh copy per test."""

from __future__ import annotations

import os
import uuid

import psycopg
import pytest
from sqlalchemy import make_url

from sopdesk.store.engine import make_engine
from sopdesk.store.migrate import upgrade

ENV = "SOPDESK_TEST_PG"


def server_url() -> str:
    """``$SOPDESK_TEST_PG``; skips the test without it, fails it in CI (``CI=true``)."""
    url = os.environ.get(ENV, "")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{ENV} is not set: CI must run the PostgreSQL tests (tools/pg_test_server.sh)")
        pytest.skip(f"no PostgreSQL test server ({ENV} unset; start one with tools/pg_test_server.sh)")
    return url


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _admin(url: str) -> psycopg.Connection:
    return psycopg.connect(_with_database(url, "postgres"), autocommit=True)


def new_database(url: str, name: str) -> str:
    """Create the empty database ``name`` on the server of ``url``; returns its URL."""
    with _admin(url) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return _with_database(url, name)


def make_template(url: str) -> str:
    """A new database migrated to the head, without data; returns its URL."""
    template = new_database(url, f"sopdesk_tpl_{os.getpid()}_{uuid.uuid4().hex[:6]}")
    engine = make_engine(template)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return template


def fresh_database(template: str) -> str:
    """A copy of ``template`` under a new name; returns its URL."""
    name = f"sopdesk_t_{uuid.uuid4().hex[:10]}"
    with _admin(template) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template).database}"')
    return _with_database(template, name)


def drop_database(any_url: str, url: str) -> None:
    """Drop the database of ``url``, closing whatever still uses it."""
    with _admin(any_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


def drop_role(any_url: str, name: str) -> None:
    """Drop a login role made by a test (roles belong to the whole server)."""
    with _admin(any_url) as conn:
        conn.execute(f'DROP ROLE IF EXISTS "{name}"')
