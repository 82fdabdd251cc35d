"""Server passwords in the system's password store (Windows Credential Manager, macOS Keychain,
the Secret Service on Linux) through `keyring`; never in the settings, never in a log.

When no password store is usable (keyring's ``fail`` backend: a headless Linux or CI), nothing
is stored: libpq's own pgpass or service file, or a password typed each time, takes its place.
Every function here is safe to call then; none raises for a missing or broken store.
"""

from __future__ import annotations

import logging

from sopdesk.store.server import ServerAddress

SERVICE = "sopdesk"
log = logging.getLogger("sopdesk.store.credentials")


def store_usable() -> bool:
    """Whether a password store is there to keep passwords (not keyring's ``fail`` backend)."""
    import keyring

    try:
        return keyring.get_keyring().priority > 0
    except Exception:  # a backend that cannot even say
        log.info("no usable password store", exc_info=True)
        return False


def save_password(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` for ``address`` (key ``ServerAddress.label``); False when there is no
    usable password store or it refused (nothing is stored anywhere else)."""
    import keyring

    try:
        keyring.set_password(SERVICE, address.label(), password)
    except Exception as exc:  # KeyringError, or a backend's own (D-Bus, locked store)
        log.info("password store refused to keep the password of %s: %s", address.label(), type(exc).__name__)
        return False
    return True


def load_password(address: ServerAddress) -> str | None:
    """The password kept for ``address``, or None (none kept, or no usable password store)."""
    import keyring

    try:
        return keyring.get_password(SERVICE, address.label())
    except Exception as exc:
        log.info("password store could not be read for %s: %s", address.label(), type(exc).__name__)
        return None


def forget_password(address: ServerAddress) -> None:
    """Remove the password kept for ``address`` (nothing when there is none)."""
    import keyring

    try:
        keyring.delete_password(SERVICE, address.label())
    except Exception as exc:  # PasswordDeleteError when none was kept
        log.debug("no password removed for %s: %s", address.label(), type(exc).__name__)
