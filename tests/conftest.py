"""Shared fixtures. Tests run headless: Qt uses the offscreen platform."""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")
# the help desk's log (sopdesk/logs.py) goes to a folder of the test run, not the user's
os.environ.setdefault("SOPDESK_LOG_DIR", tempfile.mkdtemp(prefix="sopdesk-test-log-"))

from pathlib import Path

import pytest

from sopdesk.domain.model import Sop
from sopdesk.io.exchange import load_sop_dir
from sopdesk.resources import sample_data_dir

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def sample_sops() -> list[Sop]:
    """The 14 sample SOPs of data/."""
    return load_sop_dir(sample_data_dir())


@pytest.fixture(scope="session")
def sample_by_id(sample_sops: list[Sop]) -> dict[str, Sop]:
    return {s.id: s for s in sample_sops}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sopdesk.sqlite3"
