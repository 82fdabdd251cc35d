"""The verification code of a printed SOP sheet (*kode verifikasi*): which SOP, which revision,
which content. Specified in ``docs/sheet-code.md``.

Human-readable form, printed beside the QR code and typed into ``sopdesk verify``::

    <SOP id>/<revision>/<first 10 characters of the content hash in Crockford base32>
    balangan-pengukuran-kinerja/1/4Q4W2Z3H9T

The QR code holds the same code with the whole hash and a ``SOPDESK:`` prefix, upper-cased
so it fits QR's compact alphanumeric mode (``SOPDESK:BALANGAN-PENGUKURAN-KINERJA/1/4Q4W…``,
52 hash characters). Reading is case-insensitive and, as Crockford base32 defines, reads
``O`` as ``0`` and ``I``/``L`` as ``1``; spaces are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sopdesk.domain.canonical import content_hash
from sopdesk.domain.messages import message
from sopdesk.domain.model import Sop
from sopdesk.errors import SopdeskError

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SHORT_DIGEST = 10  # 50 bits: a chance of 1 in 10^15 that a changed content keeps the code
FULL_DIGEST = 52  # 256 bits, zero-padded to 260
QR_PREFIX = "SOPDESK:"
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")  # the exchange format's SOP id
_REVISION = re.compile(r"^[0-9]{1,4}$")  # ASCII digits only: str.isdigit() takes "²" and "١"
QUOTE_LIMIT = 80
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})


class CodeFormatError(SopdeskError, ValueError):
    """The text is not a sheet code; the message (Indonesian) says what is wrong."""


def crockford32(hex_digest: str) -> str:
    """The SHA-256 ``hex_digest`` (64 hex chars) as 52 Crockford base32 characters."""
    value = int(hex_digest, 16) << 4  # 256 bits -> 260 = 52 x 5
    return "".join(CROCKFORD[(value >> shift) & 31] for shift in range(255, -1, -5))


@dataclass(frozen=True, slots=True)
class SheetCode:
    """A parsed or computed code: SOP id ``key``, ``revision`` number, hash ``digest``
    (10 to 52 Crockford base32 characters, upper case)."""

    key: str
    revision: int
    digest: str

    @property
    def text(self) -> str:
        """The short human-readable code (10 hash characters)."""
        return f"{self.key}/{self.revision}/{self.digest[:SHORT_DIGEST]}"

    @property
    def qr_payload(self) -> str:
        """What the QR code holds: ``SOPDESK:`` and the code with the full digest, upper case."""
        return f"{QR_PREFIX}{self.key}/{self.revision}/{self.digest}".upper()

    def matches(self, full_digest: str) -> bool:
        """True if this code's digest is a prefix of ``full_digest`` (52 characters)."""
        return full_digest.startswith(self.digest)


def sheet_code(sop: Sop) -> SheetCode:
    """The code of ``sop`` as printed: its id, revision and the hash of its content
    (`sopdesk.domain.canonical.content_hash`)."""
    return SheetCode(sop.id, sop.revision, crockford32(content_hash(sop)))


def clipped(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` cut to ``limit`` characters with "…", for quoting in a message (a pasted page of
    junk is not echoed back whole)."""
    return text if len(text) <= limit else text[:limit] + "…"


def parse_code(text: str) -> SheetCode:
    """Read a typed code or a scanned QR text; raise `CodeFormatError` if it is not one.

    Only ASCII digits count as digits ("²", "١", "１" are refused, not read as numbers); a
    message quotes at most `QUOTE_LIMIT` characters of what was given."""
    raw = "".join(text.split())
    if raw.upper().startswith(QR_PREFIX):
        raw = raw[len(QR_PREFIX):]
    parts = raw.split("/")
    if len(parts) != 3:
        raise CodeFormatError(message("code-shape"))
    key, revision, digest = parts[0].lower(), parts[1], parts[2].upper().translate(_MISREAD)
    if not _KEY.match(key):
        raise CodeFormatError(message("code-key", clipped(parts[0])))
    if not _REVISION.match(revision) or not 0 < int(revision) < 10_000:
        raise CodeFormatError(message("code-revision", clipped(revision)))
    if not SHORT_DIGEST <= len(digest) <= FULL_DIGEST or any(c not in CROCKFORD for c in digest):
        raise CodeFormatError(message("code-digest", clipped(parts[2]), SHORT_DIGEST, FULL_DIGEST))
    return SheetCode(key, int(revision), digest)
