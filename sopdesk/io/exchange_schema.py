"""The exchange format's JSON Schema (``sopdesk/resources/schema/sop-v2.schema.json``), checked
with the maintained ``jsonschema`` library before the semantic checks of `sopdesk.io.exchange`.

Every schema error becomes one `Message` ``<file>: <field>: <reason>`` (Bahasa Indonesia, with
its English through `sopdesk.domain.messages`), the field written as in the semantic checks
(``steps[3].symbols[0].kind``, 0-based). No Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

from sopdesk.domain.messages import Message, Phrase, message
from sopdesk.resources import bundled

SCHEMA_FILE = ("resources", "schema", "sop-v2.schema.json")
# JSON types in the field's words (Phrase: English in PHRASES)
TYPE_NAMES = {"string": "teks", "integer": "bilangan bulat", "array": "daftar", "object": "objek",
              "boolean": "true/false", "null": "null", "number": "bilangan"}


@cache
def schema() -> dict[str, Any]:
    """The published schema (parsed once). Raises `BundledFileMissingError` if it is missing."""
    loaded: dict[str, Any] = json.loads(bundled(*SCHEMA_FILE).read_text("utf-8"))
    return loaded


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator  # imported when a file is read, not at start-up

    return Draft202012Validator(schema())


def field_path(parts: Iterable[Any]) -> str:
    """``["steps", 3, "lanes"]`` -> ``steps[3].lanes`` (``(dokumen)`` for the whole document)."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(dokumen)"


def schema_errors(doc: Any, name: str) -> list[Message]:
    """Every place where ``doc`` breaks the schema, sorted by field; empty when it conforms."""
    found = [_message(error, name) for error in _validator().iter_errors(doc)]
    return sorted({str(m): m for group in found for m in group}.values(), key=str)


def _message(error: Any, name: str) -> list[Message]:
    path, kind, value, instance = list(error.absolute_path), error.validator, error.validator_value, error.instance
    where = field_path(path)
    if kind == "required":
        return [message("sf-required", name, field_path([*path, key])) for key in value if key not in instance]
    if kind == "additionalProperties" and value is False:
        known = error.schema.get("properties", {})
        return [message("sf-unknown", name, field_path([*path, key])) for key in instance if key not in known]
    if "propertyNames" in error.schema_path:  # a key outside the listed names (labels, list_styles)
        return [message("sf-unknown", name, field_path([*path, instance]))]
    if kind == "type":
        types = value if isinstance(value, list) else [value]
        return [message("sf-type", name, where, tuple(Phrase(TYPE_NAMES.get(t, t)) for t in types))]
    if kind in ("enum", "const"):
        choices = value if kind == "enum" else [value]
        return [message("sf-choice", name, where, repr(instance), tuple(str(c) for c in choices))]
    if kind in _BOUNDS:
        return [message(_BOUNDS[kind], name, where, value)]
    return [message("sf-other", name, where, error.message)]


_BOUNDS = {"minimum": "sf-minimum", "maxItems": "sf-max-items", "minItems": "sf-min-items", "pattern": "sf-pattern",
           "maxLength": "sf-max-length", "minLength": "sf-min-length"}
