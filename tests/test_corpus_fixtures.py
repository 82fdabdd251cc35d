"""The corpus answer key (tests/fixtures/corpus/*.expected.json) is valid JSON of its schema.

The schema is described in tests/fixtures/corpus/README.md: one file per corpus document, written by hand;
``kind`` is "sop" (with ``sops``) or "not_sop" (with a ``reason``). Inside every SOP, each arrow points to a
step number of the same SOP and each symbol sits in one of that SOP's lanes (Pelaksana).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FILES = sorted(FIXTURES.glob("*.expected.json"))

SOP_LISTS = ("legal_basis", "qualifications", "related_sops", "equipment", "warning", "records")
SOP_TEXTS = ("where", "number", "title")
DATES = ("made_on", "revised_on", "effective_on")
STEP_TEXTS = ("number", "activity", "requirements", "standard_time", "output", "remarks")
SYMBOL_KINDS = {"terminator", "process", "decision", "connector"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def _is_str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _check_step(step: dict[str, Any], lanes: list[str], numbers: set[str], where: str) -> None:
    for key in STEP_TEXTS:
        assert isinstance(step[key], str), f"{where}: {key} is not text"
    for symbol in step["symbols"]:
        assert set(symbol) == {"lane", "kind", "text"}, where
        assert symbol["lane"] in lanes, f"{where}: symbol lane {symbol['lane']!r} is not a lane"
        assert symbol["kind"] in SYMBOL_KINDS, f"{where}: symbol kind {symbol['kind']!r}"
        assert isinstance(symbol["text"], str), where
    for arrow in step["arrows"]:
        assert set(arrow) == {"to", "label"}, where
        assert arrow["to"] in numbers, f"{where}: arrow to {arrow['to']!r} is not a step of this SOP"
        assert isinstance(arrow["label"], str), where


def _check_sop(sop: dict[str, Any], where: str) -> None:
    for key in SOP_TEXTS:
        assert isinstance(sop[key], str), f"{where}: {key} is not text"
    assert _is_str_list(sop["unit"]), f"{where}: unit"
    for key in DATES:
        value = sop[key]
        assert value is None or (isinstance(value, str) and ISO_DATE.fullmatch(value)), f"{where}: {key} {value!r}"
    approval = sop["approval"]
    assert set(approval) == {"position", "name", "nip", "rank"}, f"{where}: approval keys"
    assert all(isinstance(v, str) for v in approval.values()), f"{where}: approval"
    for key in SOP_LISTS:
        assert _is_str_list(sop[key]), f"{where}: {key} is not a list of text"
    labels = sop.get("labels", {})
    assert isinstance(labels, dict) and all(isinstance(v, str) for v in labels.values()), f"{where}: labels"
    lanes = sop["lanes"]
    assert _is_str_list(lanes) and len(set(lanes)) == len(lanes), f"{where}: lanes"
    # Numbers are as printed, so a sheet that prints "4" twice keeps it twice.
    numbers = {step["number"] for step in sop["steps"]}
    for step in sop["steps"]:
        _check_step(step, lanes, numbers, f"{where} step {step['number']}")


def test_there_are_fixtures() -> None:
    assert len(FILES) >= 1


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_fixture_follows_the_schema(path: Path) -> None:
    data = _load(path)
    assert data["file"] + ".expected.json" == path.name
    assert isinstance(data["reason"], str)
    assert _is_str_list(data["transcriber_notes"]) and data["transcriber_notes"]
    if data["kind"] == "not_sop":
        assert data["reason"].strip(), "a not_sop fixture says why"
        assert not data.get("sops")
        return
    assert data["kind"] == "sop"
    assert isinstance(data["sops"], list) and data["sops"]
    for index, sop in enumerate(data["sops"], start=1):
        _check_sop(sop, f"{path.name} SOP {index}")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_fixture_names_a_corpus_document(path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    assert (CORPUS / _load(path)["file"]).is_file()


def test_fixture_is_written_as_two_space_json() -> None:
    for path in FILES:
        text = path.read_text("utf-8")
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n", path.name
