"""Hostile exchange files: whatever the bytes, loading raises only SopFileError (or loads)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopdesk.io.exchange import SopFileError, load_sop_file
from sopdesk.resources import sample_data_dir

SAMPLE = (sample_data_dir() / "lamandau-pengisian-e-sakip.json").read_bytes()
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=30)


def _load(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.json"
    path.write_bytes(data)
    try:
        load_sop_file(path)
    except SopFileError as exc:
        assert exc.errors and all(e.startswith("fuzz.json: ") for e in exc.errors)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    _load(tmp_path, data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(0, len(SAMPLE)), flips=st.lists(st.tuples(st.integers(0, len(SAMPLE) - 1),
                                                                 st.integers(1, 255)), max_size=8))
def test_truncated_or_flipped_sample(tmp_path: Path, cut: int, flips: list[tuple[int, int]]) -> None:
    data = bytearray(SAMPLE)
    for at, bits in flips:
        data[at] ^= bits
    _load(tmp_path, bytes(data[:cut] if cut < len(SAMPLE) else data))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(sorted(json.loads(SAMPLE))), value=JSON)
def test_any_field_replaced_by_any_json(tmp_path: Path, field: str, value: object) -> None:
    doc = json.loads(SAMPLE)
    doc[field] = value
    _load(tmp_path, json.dumps(doc).encode())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(step_field=st.sampled_from(["activity", "lanes", "symbol", "requirements", "standard_time", "output",
                                   "remarks", "exits"]), value=JSON, index=st.integers(0, 11))
def test_any_step_field_replaced_by_any_json(tmp_path: Path, step_field: str, value: object, index: int) -> None:
    doc = json.loads(SAMPLE)
    doc["steps"][index][step_field] = value
    _load(tmp_path, json.dumps(doc).encode())
