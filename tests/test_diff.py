"""The revision diff reads like a person would describe the change."""

from __future__ import annotations

import dataclasses

from sopdesk.domain.diff import diff_revisions
from sopdesk.domain.model import Exit, Lane, Sop, Step, Symbol


def test_identity_lanes_and_steps(sample_by_id: dict[str, Sop]) -> None:
    old = sample_by_id["kalbar-penyusunan-lkj-biro"]
    steps = list(old.steps)
    steps.insert(2, Step("Rapat koordinasi", ("tim-lkj",), requirements="Undangan", standard_time="2 jam"))
    steps[5] = dataclasses.replace(steps[5], standard_time="2 jam", lanes=("kasubbag-tu",))
    new = dataclasses.replace(
        old, title="Penyusunan LKj Biro", steps=tuple(steps), lanes=(*old.lanes, Lane("sekda", "Sekretaris Daerah")),
        approval=dataclasses.replace(old.approval, name="Budi"), legal_basis=old.legal_basis[:1])
    lines = [c.line() for c in diff_revisions(old, new)]
    assert "Identitas · Nama SOP: «Penyusunan Laporan Kinerja Biro» → «Penyusunan LKj Biro»" in lines
    assert any(line.startswith("Identitas · Dasar Hukum: «") for line in lines)
    assert "Identitas · Disahkan oleh: nama: «Rita Hastarita, S.Sos, M.Si» → «Budi»" in lines
    assert "Pelaksana · : ditambahkan «Sekretaris Daerah»" in lines
    assert "Kegiatan · langkah 3: ditambahkan «Rapat koordinasi»" in lines
    assert "Kegiatan · langkah 6: Waktu: «1 jam» → «2 jam»" in lines
    assert any(line.startswith("Kegiatan · langkah 6: Pelaksana:") for line in lines)
    assert len([x for x in lines if x.startswith("Kegiatan")]) == 3  # the insertion shifts nothing else


def test_no_change_no_lines(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id["lamandau-pengisian-e-sakip"]
    assert diff_revisions(sop, sop) == []


def test_a_decision_change_is_named(sample_by_id: dict[str, Sop]) -> None:
    old = sample_by_id["opd-penyusunan-lakip"]
    steps = list(old.steps)
    steps[8] = dataclasses.replace(steps[8], exits=(Exit("Ya"), Exit("Tidak", 5)))
    steps[3] = dataclasses.replace(steps[3], symbol=Symbol.DECISION, exits=(Exit("Ya"), Exit("Tidak", 1)))
    lines = [c.line() for c in diff_revisions(old, dataclasses.replace(old, steps=tuple(steps)))]
    assert "Kegiatan · langkah 9: keputusan: «Ya → 10, Tidak → 8» → «Ya → 10, Tidak → 6»" in lines
    assert "Kegiatan · langkah 4: simbol: «proses» → «keputusan»" in lines
