"""The office's own identity (*kop*): its name lines and logo, as one value with a JSON text form
(stored in the database beside the office settings).

The name lines read from the top, e.g. ``PEMERINTAH KABUPATEN BARITO KUALA`` /
``SEKRETARIAT DAERAH`` / ``BAGIAN ORGANISASI``; they head every report, the monitoring form and
the SOP book's cover, and are the unit lines of a new blank SOP. The logo is PNG bytes, already
checked and scaled (`sopdesk.io.logo.prepare_logo`). Messages are in Bahasa Indonesia.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any

MAX_LINES = 6
MAX_LINE_LENGTH = 120
MAX_LOGO_BYTES = 1_000_000
"""A stored logo is at most this many bytes (a scaled PNG is far smaller)."""
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class OfficeIdentity:
    """``lines``: the office's name lines, top first (empty: not set); ``logo``: PNG bytes or b""."""

    lines: tuple[str, ...] = ()
    logo: bytes = b""

    def title(self) -> str:
        """The name lines joined by dashes, for a one-line title ("" when not set)."""
        return " – ".join(self.lines)

    def summary(self) -> dict[str, Any]:
        """What the audit log records: the lines and the logo's SHA-256 (not the image)."""
        return {"lines": list(self.lines), "logo_sha256": hashlib.sha256(self.logo).hexdigest() if self.logo else ""}


def parse_lines(text: str) -> tuple[str, ...]:
    """The name lines typed one per line: blank lines dropped, spaces squeezed. Raises ValueError
    for more than `MAX_LINES` lines or a line longer than `MAX_LINE_LENGTH` characters."""
    lines = tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())
    if len(lines) > MAX_LINES:
        raise ValueError(f"Nama kantor paling banyak {MAX_LINES} baris, bukan {len(lines)}.")
    for line in lines:
        if len(line) > MAX_LINE_LENGTH:
            raise ValueError(f"Baris nama kantor terlalu panjang ({len(line)} huruf; paling banyak "
                             f"{MAX_LINE_LENGTH}): {line[:40]}…")
    return lines


def check_logo(logo: bytes) -> bytes:
    """``logo`` when it is a PNG of at most `MAX_LOGO_BYTES` (or empty); raises ValueError."""
    if logo and not logo.startswith(PNG_SIGNATURE):
        raise ValueError("Logo tersimpan bukan gambar PNG.")
    if len(logo) > MAX_LOGO_BYTES:
        raise ValueError(f"Logo terlalu besar untuk disimpan ({len(logo) // 1000} kB; paling besar "
                         f"{MAX_LOGO_BYTES // 1000} kB).")
    return logo


def identity_to_json(identity: OfficeIdentity) -> str:
    """The canonical JSON text of ``identity`` (the logo as base64)."""
    return json.dumps({"lines": list(identity.lines), "logo": base64.b64encode(identity.logo).decode("ascii")},
                      ensure_ascii=False, sort_keys=True)


def identity_from_json(text: str) -> OfficeIdentity:
    """Read what `identity_to_json` wrote; raises ValueError (message for the user)."""
    try:
        data: dict[str, Any] = json.loads(text)
        lines = parse_lines("\n".join(str(line) for line in data["lines"]))
        logo = check_logo(base64.b64decode(str(data.get("logo", "")), validate=True))
    except (KeyError, TypeError, json.JSONDecodeError, binascii.Error) as exc:
        raise ValueError(f"Identitas kantor tidak terbaca: {exc}") from exc
    return OfficeIdentity(lines, logo)
