"""The canonical form of an SOP revision's content and its SHA-256 content hash.

The hash covers everything printed on the sheet (identity part, lanes, steps, Mutu Baku)
and not the workflow state (status) nor the transcription notes, so a printed sheet can
be checked against the database (docs/product.md, Print: QR code with content hash).

Fields of format version 2 (``metadata=V2`` in `sopdesk.domain.model`) are left out while they
hold their default, so a version-1 SOP has the same canonical form, and the same hash, as before
version 2 existed (docs/sheet-code.md). Bytes (a logo, a signing QR) are written as base64.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
from enum import Enum
from typing import Any

from sopdesk.domain.model import Sop

_EXCLUDED = {"status", "source_document", "source_notes"}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str | int | float | None):
        return value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    fields = _fields(type(value))
    if fields is not None:
        return {f.name: _plain(getattr(value, f.name)) for f in fields if not _v2_default(value, f)}
    return value


def _fields(kind: type) -> tuple[dataclasses.Field[Any], ...] | None:
    """The fields of the dataclass ``kind``; None for any other type (looked up once per type)."""
    if kind not in _FIELDS:
        _FIELDS[kind] = dataclasses.fields(kind) if dataclasses.is_dataclass(kind) else None
    return _FIELDS[kind]


_FIELDS: dict[type, tuple[dataclasses.Field[Any], ...] | None] = {}


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


def _v2_default(obj: object, f: dataclasses.Field[Any]) -> bool:
    """True for a version-2 field holding its default (left out of the canonical form)."""
    return f.metadata.get("since") == 2 and getattr(obj, f.name) == _default(f)


def canonical_content(sop: Sop) -> dict[str, Any]:
    """The content of ``sop`` as plain JSON values, without status and source notes."""
    data = _plain(sop)
    return {k: v for k, v in data.items() if k not in _EXCLUDED}


def content_hash(sop: Sop) -> str:
    """SHA-256 (hex, 64 chars) of the canonical JSON (sorted keys, no spaces, UTF-8)."""
    text = json.dumps(canonical_content(sop), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
