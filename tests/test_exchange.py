"""The exchange format: the sample files load, round-trip, and broken files are named precisely."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sopdesk.domain.model import Sop
from sopdesk.io.exchange import SopFileError, dump_sop, load_sop_dir, load_sop_file
from sopdesk.resources import sample_data_dir
from sopdesk.store.database import open_database


def _sample_doc() -> dict:
    return json.loads((sample_data_dir() / "kalbar-penyusunan-lkj-biro.json").read_text("utf-8"))


def _write(tmp_path: Path, doc: object, name: str = "broken.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


def test_every_sample_file_is_in_canonical_form(sample_sops: list[Sop]) -> None:
    for sop in sample_sops:
        path = sample_data_dir() / f"{sop.id}.json"
        assert path.read_text("utf-8") == dump_sop(sop), path.name
        assert load_sop_file(path) == sop


def test_the_documented_example_is_the_sample_it_names() -> None:
    """docs/exchange-format.md shows balangan-pengukuran-kinerja: its identity fields are the file's."""
    text = (Path(__file__).resolve().parent.parent / "docs" / "exchange-format.md").read_text("utf-8")
    example = json.loads(text.split("```json\n", 1)[1].split("```", 1)[0].replace('"..."', '""'))
    sample = json.loads((sample_data_dir() / f"{example['id']}.json").read_text("utf-8"))
    for key in ("unit", "number", "title", "revision", "status", "made_on", "revised_on", "effective_on", "approval"):
        assert example[key] == sample[key], key
    assert set(example["related_sops"]) - {""} <= set(sample["related_sops"])


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d.pop("title"), "title"),
        (lambda d: d.update(title=""), "title"),
        (lambda d: d.update(format_version=99), "format_version"),
        (lambda d: d.update(status="signed"), "status"),
        (lambda d: d.update(effective_on="4 Januari 2021"), "effective_on"),
        (lambda d: d.update(unit=[]), "unit"),
        (lambda d: d["lanes"].append({"id": d["lanes"][0]["id"], "name": "Dobel"}), "lanes[4].id"),
        (lambda d: d["steps"][2].update(lanes=["tidak-ada"]), "steps[2].lanes[0]"),
        (lambda d: d["steps"][2].update(lanes=[]), "steps[2].lanes"),
        (lambda d: d["steps"][3].update(symbol="circle"), "steps[3].symbol"),
        (lambda d: d["steps"][3].update(symbol="decision"), "steps[3].exits"),
        (lambda d: d["steps"][3].update(symbol="decision", exits=[{"label": "Ya", "target": None},
                                                                  {"label": "Tidak", "target": 99}]),
         "steps[3].exits[1].target"),
        (lambda d: d["steps"][4].update(activity=17), "steps[4].activity"),
        (lambda d: d["approval"].update(nip=19791208), "approval.nip"),
        (lambda d: d.update(steps="none"), "steps"),
    ],
)
def test_a_broken_file_names_file_and_field(tmp_path: Path, mutate, field: str) -> None:
    doc = _sample_doc()
    mutate(doc)
    path = _write(tmp_path, doc)
    with pytest.raises(SopFileError) as info:
        load_sop_file(path)
    assert any(e.startswith(f"broken.json: {field}: ") for e in info.value.errors), info.value.errors


def test_a_kop_is_needed_once_approved_and_has_at_most_six_lines(tmp_path: Path) -> None:
    """A draft or verified SOP whose source names no office loads without a kop; a signed one does not."""
    doc = _sample_doc()
    for status in ("draft", "verified"):
        doc.update(unit=[], status=status)
        assert load_sop_file(_write(tmp_path, doc)).unit == ()
    doc.update(unit=["BARIS"] * 7, status="draft")
    with pytest.raises(SopFileError, match=r"broken\.json: unit: paling banyak 6 baris kop"):
        load_sop_file(_write(tmp_path, doc))


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{\"format\": ", "broken.json: (JSON): baris 1"),
        (b"\xff\xfe\x00garbage", "broken.json: (berkas): bukan teks UTF-8"),
        (b"[1, 2, 3]", "broken.json: (dokumen): harus objek JSON"),
        (b"[" * 100000 + b"]" * 100000, "broken.json: (JSON)"),
    ],
)
def test_unreadable_files_give_a_message(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(SopFileError) as info:
        load_sop_file(path)
    assert fragment in str(info.value)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SopFileError, match="tidak dapat dibaca"):
        load_sop_file(tmp_path / "nope.json")


def test_a_broken_file_in_a_folder_loads_nothing(tmp_path: Path) -> None:
    for path in sample_data_dir().glob("*.json"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    doc = _sample_doc()
    doc["steps"][0]["lanes"] = ["hilang"]
    _write(tmp_path, doc, "zz-broken.json")
    with pytest.raises(SopFileError) as info:
        load_sop_dir(tmp_path)
    assert info.value.errors == ["zz-broken.json: steps[0].lanes[0]: Pelaksana 'hilang' tidak ada di 'lanes'"]


def test_first_start_with_a_broken_sample_file_stores_nothing(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.json").write_text(json.dumps(_sample_doc()), "utf-8")
    (seeds / "b.json").write_text("{broken", "utf-8")
    with pytest.raises(SopFileError, match=r"b\.json"):
        open_database(tmp_path / "db.sqlite3", seed_dir=seeds)
    db = open_database(tmp_path / "db.sqlite3", seed=False)
    try:
        assert db.sops.count() == 0
    finally:
        db.close()


def test_duplicate_ids_in_a_folder_are_refused(tmp_path: Path) -> None:
    doc = _sample_doc()
    _write(tmp_path, doc, "a.json")
    _write(tmp_path, doc, "b.json")
    with pytest.raises(SopFileError, match="id"):
        load_sop_dir(tmp_path)
