"""A PostgreSQL server as the user names it: host, port, database, user (*server kantor*).

The address never holds a password: `ServerAddress.url` puts one in only for the moment a
connection is made (from the system's password store, `sopdesk.store.credentials`, or typed);
without one libpq looks in the user's pgpass file (``%APPDATA%\\postgresql\\pgpass.conf`` on
Windows, ``~/.pgpass`` elsewhere) or its service file.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

DEFAULT_PORT = 5432
_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


@dataclass(frozen=True)
class ServerAddress:
    """Where a shared database is: ``host`` (name or IP), ``port`` (TCP, default 5432),
    ``database`` (its name on the server) and ``user`` (the login role)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self, password: str | None = None) -> str:
        """``postgresql://user[:password]@host:port/database``, each part quoted as URLs need."""
        login = quote(self.user, safe="") + (":" + quote(password, safe="") if password else "")
        host = f"[{self.host}]" if ":" in self.host else self.host  # an IPv6 address
        return f"postgresql://{login + '@' if login else ''}{host}:{self.port}/{quote(self.database, safe='')}"

    def label(self) -> str:
        """``user@host:port/database``: how the address is shown and the key of its password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> ServerAddress | None:
        """The address of a ``postgresql://`` URL (its password and options dropped); None for
        anything else (a file path, another kind of URL, a malformed one)."""
        try:
            parts = urlsplit(url)
            port = parts.port or DEFAULT_PORT
        except ValueError:  # a port that is not a number
            return None
        if parts.scheme not in _SCHEMES:
            return None
        return cls(parts.hostname or "", unquote(parts.path.lstrip("/")), unquote(parts.username or ""), port)


def probe_server(url: str) -> str | None:
    """Connect to the database at ``url`` once and read its schema revision (None: an empty
    database, which sopdesk sets up when it is opened). Changes nothing.

    Raises `sopdesk.store.errors.DatabaseOpenError` with the server's own reason when it cannot
    be reached, refuses the login or has no such database (after at most
    `sopdesk.store.engine.CONNECT_TIMEOUT_S` seconds)."""
    from sopdesk.store.engine import make_engine
    from sopdesk.store.migrate import current_revision, opening_errors

    engine = make_engine(url)
    try:
        with opening_errors():
            return current_revision(engine)
    finally:
        engine.dispose()
