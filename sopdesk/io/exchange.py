"""The sopdesk exchange format: one SOP revision per JSON file (docs/exchange-format.md).

``load_sop_file`` checks every field and raises `SopFileError` listing each error as
``file: field: reason``; nothing is loaded from a file with an error. A document is checked
against the published JSON Schema first (`sopdesk.io.exchange_schema`), then field by field;
version-1 files load as they always did (upgraded on read: a version-1 SOP is a version-2 SOP
with every version-2 field at its default, `sopdesk.io.exchange_v2`). ``dump_sop`` writes
version 2 in the canonical, diff-friendly form (keys in a fixed order, two-space indent, UTF-8;
version-2 fields only where they differ from their default).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sopdesk.domain.messages import Message
from sopdesk.domain.model import Approval, Exit, Lane, Sop, Status, Step, Symbol
from sopdesk.errors import SopdeskError
from sopdesk.io.exchange_schema import schema_errors
from sopdesk.io.exchange_v2 import read_v2, sop_v2_fields, step_v2_fields, v1_leftovers

FORMAT_NAME = "sopdesk-sop"
FORMAT_VERSION = 2
MAX_FILE_BYTES = 2_000_000
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_LISTS = ("legal_basis", "qualifications", "related_sops", "equipment", "warning", "records")


class SopFileError(SopdeskError, ValueError):
    """A file in the exchange format could not be read; ``errors`` lists every problem.

    Each entry reads ``<file>: <field>: <reason>`` (reason in Bahasa Indonesia); an entry that is
    a `Message` also has its English (`sopdesk.domain.messages.translated`).
    """

    def __init__(self, errors: list[str] | list[Message]) -> None:
        super().__init__("\n".join(errors))
        self.errors: list[str] = list(errors)


class _Checker:
    """Collects field errors while reading one document."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.errors: list[str] = []

    def fail(self, path: str, reason: str) -> None:
        self.errors.append(f"{self.name}: {path}: {reason}")

    def get(self, obj: dict[str, Any], key: str, path: str, kind: type, default: Any = ...) -> Any:
        if key not in obj:
            if default is ...:
                self.fail(path, "wajib ada (tidak ditemukan)")
                return kind()
            return default
        value = obj[key]
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            self.fail(path, f"harus {_KIND_NAMES.get(kind, kind.__name__)}")
            return kind()
        return value

    def text_list(self, obj: dict[str, Any], key: str, default: Any = ...) -> tuple[str, ...]:
        values = self.get(obj, key, key, list, [] if default is not ... else default)
        out = []
        for i, v in enumerate(values):
            if isinstance(v, str):
                out.append(v)
            else:
                self.fail(f"{key}[{i}]", "harus teks")
        return tuple(out)

    def date(self, obj: dict[str, Any], key: str) -> dt.date | None:
        value = obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(key, "harus tanggal YYYY-MM-DD atau null")
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(key, f"tanggal tidak valid: {value!r} (format YYYY-MM-DD)")
            return None

    def choice(self, value: Any, path: str, enum: Callable[[str], Any], allowed: Iterable[str]) -> Any:
        try:
            return enum(value)
        except (ValueError, TypeError):
            self.fail(path, f"nilai {value!r} tidak dikenal; pilihan: {', '.join(allowed)}")
            return None


_KIND_NAMES = {str: "teks", int: "bilangan bulat", list: "daftar", dict: "objek"}


def sop_from_dict(doc: Any, name: str = "<data>") -> Sop:
    """Build an `Sop` from a parsed exchange document; raise `SopFileError` on any error."""
    c = _Checker(name)
    if not isinstance(doc, dict):
        raise SopFileError([f"{name}: (dokumen): harus objek JSON"])
    if doc.get("format") != FORMAT_NAME:
        c.fail("format", f"harus {FORMAT_NAME!r}")
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        c.fail("format_version", "harus bilangan bulat >= 1")
    elif version > FORMAT_VERSION:
        c.fail("format_version", f"versi {version} lebih baru dari yang didukung ({FORMAT_VERSION}); perbarui sopdesk")
    if c.errors:
        raise SopFileError(c.errors)
    invalid = schema_errors(doc, name)
    if invalid:
        raise SopFileError(invalid)
    sop = _sop_v1_fields(c, doc)
    leftovers = v1_leftovers(doc, name) if version == 1 else []
    if c.errors or leftovers:
        raise SopFileError([*c.errors, *leftovers])
    if version == 1:
        return sop
    sop, errors = read_v2(doc, sop, name)
    if errors:
        raise SopFileError(errors)
    return sop


def _sop_v1_fields(c: _Checker, doc: dict[str, Any]) -> Sop:
    """The SOP of the fields version 1 already had (errors collected in ``c``)."""
    sop_id = c.get(doc, "id", "id", str)
    if sop_id and not _ID.match(sop_id):
        c.fail("id", "hanya huruf kecil, angka dan '-', 1–80 karakter")
    title = c.get(doc, "title", "title", str)
    if not title.strip():
        c.fail("title", "Nama SOP tidak boleh kosong")
    unit = c.text_list(doc, "unit")
    revision = c.get(doc, "revision", "revision", int, 1)
    if revision < 1:
        c.fail("revision", "harus >= 1")
    status = c.choice(doc.get("status", "draft"), "status", Status, [s.value for s in Status])
    _check_unit(c, unit, status)
    approval = _approval(c, doc.get("approval", {}))
    lanes = _lanes(c, c.get(doc, "lanes", "lanes", list))
    raw_steps = c.get(doc, "steps", "steps", list)
    arrows = any(isinstance(s, dict) and "arrows" in s for s in raw_steps)
    steps = _steps(c, raw_steps, {lane.id for lane in lanes}, arrows)
    source = c.get(doc, "source", "source", dict, {})
    lists: dict[str, Any] = {key: c.text_list(doc, key, ()) for key in _LISTS}
    sop = Sop(
        id=sop_id, title=title, unit=unit, lanes=lanes, steps=steps,
        number=c.get(doc, "number", "number", str, ""), revision=revision,
        status=status or Status.DRAFT, made_on=c.date(doc, "made_on"),
        revised_on=c.date(doc, "revised_on"), effective_on=c.date(doc, "effective_on"),
        approval=approval, summary=c.get(doc, "summary", "summary", str, ""),
        purpose=c.text_list(doc, "purpose", ()), definitions=c.text_list(doc, "definitions", ()),
        source_document=c.get(source, "document", "source.document", str, ""),
        source_notes=c.text_list(source, "notes", ()) if isinstance(source, dict) else (),
        **lists,
    )
    return sop


def _check_unit(c: _Checker, unit: tuple[str, ...], status: Status | None) -> None:
    """Kop (unit kerja): at most 6 lines; none only for a draft or verified revision, whose
    source names no office (seed 003). A signed sheet always has its kop."""
    if len(unit) > 6:
        c.fail("unit", "paling banyak 6 baris kop")
    elif not unit and status in (Status.APPROVED, Status.SUPERSEDED):
        c.fail("unit", "SOP yang disahkan harus punya 1 sampai 6 baris kop")


def _approval(c: _Checker, raw: Any) -> Approval:
    if not isinstance(raw, dict):
        c.fail("approval", "harus objek {position, name, nip, rank}")
        return Approval()
    fields = {k: c.get(raw, k, f"approval.{k}", str, "") for k in ("position", "name", "nip", "rank")}
    return Approval(**fields)


def _lanes(c: _Checker, raw: list[Any]) -> tuple[Lane, ...]:
    if not raw:
        c.fail("lanes", "minimal satu Pelaksana")
    lanes: list[Lane] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        path = f"lanes[{i}]"
        if not isinstance(item, dict):
            c.fail(path, "harus objek {id, name}")
            continue
        lane_id = c.get(item, "id", f"{path}.id", str)
        name = c.get(item, "name", f"{path}.name", str)
        if lane_id and not _ID.match(lane_id):
            c.fail(f"{path}.id", "hanya huruf kecil, angka dan '-'")
        if lane_id in seen:
            c.fail(f"{path}.id", f"id {lane_id!r} dipakai dua kali")
        if not name.strip():
            c.fail(f"{path}.name", "nama Pelaksana tidak boleh kosong")
        seen.add(lane_id)
        lanes.append(Lane(lane_id, name))
    return tuple(lanes)


def _steps(c: _Checker, raw: list[Any], lane_ids: set[str], arrows: bool) -> tuple[Step, ...]:
    if not raw:
        c.fail("steps", "minimal satu Kegiatan")
    steps = []
    for i, item in enumerate(raw):
        path = f"steps[{i}]"
        if not isinstance(item, dict):
            c.fail(path, "harus objek")
            continue
        steps.append(_step(c, item, path, lane_ids, len(raw), arrows))
    return tuple(steps)


def _step(c: _Checker, item: dict[str, Any], path: str, lane_ids: set[str], count: int, arrows: bool) -> Step:
    """One row; with ``arrows`` (version 2) a decision's exits are its labelled arrows, not ``exits``."""
    lanes = tuple(c.get(item, "lanes", f"{path}.lanes", list))
    if not lanes:
        c.fail(f"{path}.lanes", "minimal satu Pelaksana")
    for j, lane in enumerate(lanes):
        if not isinstance(lane, str):
            c.fail(f"{path}.lanes[{j}]", "harus id Pelaksana (teks)")
        elif lane not in lane_ids:
            c.fail(f"{path}.lanes[{j}]", f"Pelaksana {lane!r} tidak ada di 'lanes'")
    symbol = c.choice(item.get("symbol", "process"), f"{path}.symbol", Symbol, [s.value for s in Symbol])
    exits = _exits(c, c.get(item, "exits", f"{path}.exits", list, []), path, count)
    if symbol is Symbol.DECISION and len(exits) != 2 and not arrows:
        c.fail(f"{path}.exits", "keputusan harus punya tepat dua jalan keluar")
    if symbol is not Symbol.DECISION and exits:
        c.fail(f"{path}.exits", "hanya keputusan yang punya jalan keluar")
    texts = {k: c.get(item, k, f"{path}.{k}", str, "") for k in ("requirements", "standard_time", "output", "remarks")}
    return Step(
        activity=c.get(item, "activity", f"{path}.activity", str),
        lanes=tuple(str(x) for x in lanes), symbol=symbol or Symbol.PROCESS, exits=exits, **texts,
    )


def _exits(c: _Checker, raw: list[Any], path: str, count: int) -> tuple[Exit, ...]:
    exits = []
    for k, item in enumerate(raw):
        p = f"{path}.exits[{k}]"
        if not isinstance(item, dict):
            c.fail(p, "harus objek {label, target}")
            continue
        label = c.get(item, "label", f"{p}.label", str)
        target = item.get("target")
        if target is not None and (not isinstance(target, int) or isinstance(target, bool) or not 1 <= target <= count):
            c.fail(f"{p}.target", f"harus nomor langkah 1..{count} atau null")
            target = None
        exits.append(Exit(label, None if target is None else target - 1))
    return tuple(exits)


def load_sop_file(path: Path) -> Sop:
    """Read and check one exchange file; raise `SopFileError` naming the file and field."""
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SopFileError([f"{name}: (berkas): terlalu besar (> {MAX_FILE_BYTES} byte)"])
        raw = path.read_bytes()
    except OSError as exc:
        raise SopFileError([f"{name}: (berkas): tidak dapat dibaca: {exc.strerror or exc}"]) from exc
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise SopFileError([f"{name}: (berkas): bukan teks UTF-8 (byte {exc.start})"]) from exc
    except json.JSONDecodeError as exc:
        raise SopFileError([f"{name}: (JSON): baris {exc.lineno} kolom {exc.colno}: {exc.msg}"]) from exc
    except RecursionError as exc:
        raise SopFileError([f"{name}: (JSON): bersarang terlalu dalam"]) from exc
    return sop_from_dict(doc, name)


def load_sop_dir(folder: Path) -> list[Sop]:
    """Load every ``*.json`` of ``folder`` (sorted); all or nothing.

    Raises `SopFileError` with the errors of every file, and for ids used twice.
    """
    return load_sop_files(sorted(folder.glob("*.json")))


def load_sop_files(paths: Sequence[Path]) -> list[Sop]:
    """Load the exchange files ``paths`` in that order; all or nothing (errors as `load_sop_dir`)."""
    sops: list[Sop] = []
    errors: list[str] = []
    for path in paths:
        try:
            sops.append(load_sop_file(path))
        except SopFileError as exc:
            errors += exc.errors
    seen: dict[str, str] = {}
    for sop in sops:
        if sop.id in seen:
            errors.append(f"{sop.id}.json: id: dipakai juga oleh berkas lain")
        seen[sop.id] = sop.id
    if errors:
        raise SopFileError(errors)
    return sops


def sop_to_dict(sop: Sop) -> dict[str, Any]:
    """The exchange document of ``sop`` (keys in the documented order)."""
    def date(d: dt.date | None) -> str | None:
        return d.isoformat() if d else None

    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "id": sop.id,
        "source": {"document": sop.source_document, "notes": list(sop.source_notes)},
        "unit": list(sop.unit),
        "number": sop.number,
        "title": sop.title,
        "revision": sop.revision,
        "status": sop.status.value,
        "made_on": date(sop.made_on),
        "revised_on": date(sop.revised_on),
        "effective_on": date(sop.effective_on),
        "approval": {"position": sop.approval.position, "name": sop.approval.name,
                     "nip": sop.approval.nip, "rank": sop.approval.rank},
        **{key: list(getattr(sop, key)) for key in _LISTS},
        "summary": sop.summary,
        "purpose": list(sop.purpose),
        "definitions": list(sop.definitions),
        **sop_v2_fields(sop),
        "lanes": [{"id": lane.id, "name": lane.name} for lane in sop.lanes],
        "steps": [_step_dict(step) for step in sop.steps],
    }


def _step_dict(step: Step) -> dict[str, Any]:
    return {
        "activity": step.activity,
        "lanes": list(step.lanes),
        "symbol": step.symbol.value,
        "requirements": step.requirements,
        "standard_time": step.standard_time,
        "output": step.output,
        "remarks": step.remarks,
        "exits": [{"label": e.label, "target": None if e.target is None else e.target + 1} for e in step.exits],
        **step_v2_fields(step),
    }


def dump_sop(sop: Sop) -> str:
    """The canonical exchange text of ``sop`` (ends with a newline)."""
    return json.dumps(sop_to_dict(sop), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Check exchange files: ``python -m sopdesk.io.exchange FILE...``; exit 1 on errors."""
    failed = 0
    for arg in argv if argv is not None else sys.argv[1:]:
        try:
            sop = load_sop_file(Path(arg))
            print(f"ok  {arg}: {sop.title} ({len(sop.steps)} langkah, {len(sop.lanes)} pelaksana)")
        except SopFileError as exc:
            failed += 1
            print("\n".join(exc.errors))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
