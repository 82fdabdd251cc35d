"""Exchange format version 2 (issue 14): the published schema, version-1 files upgraded on read,
errors naming file and field in both languages, and random version-2 SOPs round-tripping."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from sopdesk.domain.messages import translated
from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import SheetSetup
from sopdesk.io.exchange import SopFileError, dump_sop, load_sop_file, sop_from_dict, sop_to_dict
from sopdesk.io.exchange_schema import schema
from sopdesk.resources import bundled, sample_data_dir
from tests.v2_strategies import v2_sops

SETUP_KEYS = ("columns", "labels")  # how the samples head their tables as their seeds (format version 2)


def _doc(name: str = "kalbar-penyusunan-lkj-biro") -> dict[str, Any]:
    """The sample's document with the standard sheet: what a version-1 file can say."""
    loaded: dict[str, Any] = json.loads((sample_data_dir() / f"{name}.json").read_text("utf-8"))
    return {k: v for k, v in loaded.items() if k not in SETUP_KEYS}


def _standard_sheet(sop: Sop) -> Sop:
    return dataclasses.replace(sop, setup=SheetSetup())


def _load(tmp_path: Path, doc: object) -> Sop:
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return load_sop_file(path)


def test_the_schema_is_published_in_the_package_and_every_sample_conforms() -> None:
    assert bundled("resources", "schema", "sop-v2.schema.json").is_file()
    Draft202012Validator.check_schema(schema())
    validator = Draft202012Validator(schema())
    for path in sample_data_dir().glob("*.json"):
        assert not list(validator.iter_errors(json.loads(path.read_text("utf-8")))), path.name


def test_a_version_1_file_loads_as_before_and_is_written_as_version_2(tmp_path: Path,
                                                                      sample_by_id: dict[str, Sop]) -> None:
    doc = _doc()
    doc["format_version"] = 1
    sop = _load(tmp_path, doc)
    assert sop == _standard_sheet(sample_by_id["kalbar-penyusunan-lkj-biro"])
    written = sop_to_dict(sop)
    assert written["format_version"] == 2
    assert {k: v for k, v in written.items() if k != "format_version"} == {
        k: v for k, v in doc.items() if k != "format_version"}  # nothing else changes


V1_STEP = ["steps", 2]


@pytest.mark.parametrize(
    ("version", "mutate", "indonesian", "english"),
    [
        (1, lambda d: d.update(logo="iVBORw=="), "broken.json: logo: hanya ada di format_version 2",
         "broken.json: logo: only in format_version 2"),
        (1, lambda d: d["steps"][2].update(symbol="connector"), "broken.json: steps[2].symbol: hanya ada di "
         "format_version 2", "broken.json: steps[2].symbol: only in format_version 2"),
        (2, lambda d: d["steps"][2].update(symbols=[{"kind": "circle", "lanes": ["x"]}]),
         "broken.json: steps[2].symbols[0].kind: nilai 'circle' tidak dikenal; pilihan: terminator, process, "
         "decision, connector", "broken.json: steps[2].symbols[0].kind: unknown value 'circle'; choices: "
         "terminator, process, decision, connector"),
        (2, lambda d: d["steps"][2].update(lable="Ya"), "broken.json: steps[2].lable: kolom tidak dikenal",
         "broken.json: steps[2].lable: unknown field"),
        (2, lambda d: d["steps"][2].update(arrows=[{"label": "Ya"}]), "broken.json: steps[2].arrows[0].to: wajib "
         "ada (tidak ditemukan)", "broken.json: steps[2].arrows[0].to: required (not found)"),
        (2, lambda d: d.update(columns={"remarks": "no"}), "broken.json: columns.remarks: harus true/false",
         "broken.json: columns.remarks: must be true/false"),
        (2, lambda d: d.update(labels={"pelaksana": "Pejabat"}), "broken.json: labels.pelaksana: kolom tidak dikenal",
         "broken.json: labels.pelaksana: unknown field"),
        (2, lambda d: d["steps"][2].update(arrows=[{"to": 99}]), "broken.json: steps[2].arrows[0].to: harus nomor "
         "baris 1..", "broken.json: steps[2].arrows[0].to: must be a row number 1.."),
        (2, lambda d: d["steps"][2].update(arrows=[{"to": 4, "to_symbol": 2}]), "broken.json: "
         "steps[2].arrows[0].to_symbol: baris itu hanya punya 1 simbol", "that row has only 1 symbols"),
        (2, lambda d: d.update(logo="aGVsbG8="), "broken.json: logo: harus gambar PNG atau JPEG (base64)",
         "broken.json: logo: must be a PNG or JPEG image (base64)"),
        (2, lambda d: d.update(parts=[{"caption": "A", "lanes": [d["lanes"][0]["id"]], "steps": 2}]),
         "broken.json: parts: jumlah baris bagian (2) harus sama", "broken.json: parts: the parts' rows (2) must add "
         "up to the steps"),
        (2, lambda d: d["steps"][2].update(symbols=[{"kind": "process", "lanes": ["hilang"]}]),
         "broken.json: steps[2].symbols[0].lanes[0]: Pelaksana 'hilang' tidak ada di 'lanes'",
         "broken.json: steps[2].symbols[0].lanes[0]: Pelaksana 'hilang' is not in 'lanes'"),
        (2, lambda d: d["steps"][2].update(time_rows=2), "broken.json: steps[3].standard_time: baris ini di bawah "
         "Waktu baris 3", "this row is under the Waktu of row 3"),
    ],
)
def test_errors_name_file_and_field_in_both_languages(tmp_path: Path, version: int,
                                                      mutate: Callable[[dict[str, Any]], None],
                                                      indonesian: str, english: str) -> None:
    doc = _doc()
    doc["format_version"] = version
    mutate(doc)
    with pytest.raises(SopFileError) as caught:
        _load(tmp_path, doc)
    assert indonesian in str(caught.value)
    assert english in translated(caught.value, "en")


def test_schema_errors_come_before_the_semantic_checks(tmp_path: Path) -> None:
    doc = _doc()
    doc["steps"][0]["lanes"] = ["hilang"]  # semantic
    doc["steps"][1]["activity"] = 5  # schema
    with pytest.raises(SopFileError) as caught:
        _load(tmp_path, doc)
    assert caught.value.errors == ["broken.json: steps[1].activity: harus teks"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(v2_sops())
def test_random_version_2_sops_round_trip_file_model_file(sop: Sop) -> None:
    text = dump_sop(sop)
    loaded = sop_from_dict(json.loads(text), "random.json")
    assert loaded == sop
    assert dump_sop(loaded) == text


def test_the_schema_lists_exactly_the_labels_and_lists_the_model_knows() -> None:
    from sopdesk.domain.sheet_setup import LISTS, STANDARD_LABELS

    props = schema()["properties"]
    assert props["labels"]["propertyNames"]["enum"] == list(STANDARD_LABELS)
    assert props["list_styles"]["propertyNames"]["enum"] == list(LISTS)


def test_the_upgrade_tool_rewrites_a_version_1_file_as_version_2_with_the_same_hash(tmp_path: Path) -> None:
    import importlib.util

    from sopdesk.domain.canonical import content_hash

    spec = importlib.util.spec_from_file_location("upgrade_exchange", Path(__file__).parent.parent / "tools" /
                                                  "upgrade_exchange.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    doc = _doc()
    doc["format_version"] = 1
    path = tmp_path / "kalbar-penyusunan-lkj-biro.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", "utf-8")
    before = content_hash(load_sop_file(path))
    assert tool.main([str(path)]) == 0
    assert json.loads(path.read_text("utf-8"))["format_version"] == 2
    assert content_hash(load_sop_file(path)) == before
    assert path.read_text("utf-8") == dump_sop(_standard_sheet(load_sop_file(sample_data_dir() / path.name)))
