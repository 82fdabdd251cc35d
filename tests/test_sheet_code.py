"""The sheet code and QR: printed on the sheet, read back from the rendered PDF, verified
against the database; a changed revision fails (issue 5, Printed sheets)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from sopdesk.domain.canonical import content_hash
from sopdesk.domain.model import Sop, Status
from sopdesk.domain.sheetcode import CodeFormatError, SheetCode, crockford32, parse_code, sheet_code
from sopdesk.domain.verdict import Outcome
from sopdesk.io.pdf import render_sheet
from sopdesk.layout.flowchart import layout_flowchart
from sopdesk.store.database import Database, open_database
from sopdesk.store.verify import verify_code
from tests.qr_reading import qr_levels, qr_texts

KEY = "balangan-pengukuran-kinerja"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


def _printed_code(sop: Sop) -> str:
    """Render the sheet, decode its QR codes, return the one text found."""
    found = [text for page in qr_texts(render_sheet(sop)) for text in page]
    assert len(found) == 1, found
    return found[0]


def test_code_text_and_payload_have_the_documented_shape(sample_by_id: dict[str, Sop]) -> None:
    sop = sample_by_id[KEY]
    code = sheet_code(sop)
    digest = crockford32(content_hash(sop))
    assert code.text == f"{KEY}/1/{digest[:10]}"
    assert code.qr_payload == f"SOPDESK:{KEY.upper()}/1/{digest}"
    assert len(digest) == 52 and set(digest) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def test_crockford_encoding_is_the_whole_hash() -> None:
    assert crockford32("0" * 64) == "0" * 52
    assert crockford32("f" * 64) == "Z" * 51 + "G"  # 256 one bits then 4 zero bits of padding
    assert crockford32("8" + "0" * 63) == "G" + "0" * 51  # the top bit comes first


@pytest.mark.parametrize("typed", [
    "balangan-pengukuran-kinerja/1/ABCDEFGH12",
    " BALANGAN-PENGUKURAN-KINERJA / 1 / abcdefgh12 ",
    "sopdesk:balangan-pengukuran-kinerja/1/ABCDEFGH12",
    "balangan-pengukuran-kinerja/1/ABCDEFGHIL",  # I and L read as 1
])
def test_codes_are_read_forgivingly(typed: str) -> None:
    code = parse_code(typed)
    assert code.key == KEY and code.revision == 1
    assert code.digest in ("ABCDEFGH12", "ABCDEFGH11")


@pytest.mark.parametrize(("typed", "reason"), [
    ("", "berbentuk"), ("abc", "berbentuk"), ("a/b/c/d", "berbentuk"),
    ("sop_x/1/ABCDEFGH12", "Id SOP"), ("sop/0/ABCDEFGH12", "revisi"), ("sop/x/ABCDEFGH12", "revisi"),
    ("sop/1/ABCDEFGH1", "Kode isi"), ("sop/1/ABCDEFGHU2", "Kode isi"), ("sop/1/" + "A" * 53, "Kode isi"),
])
def test_malformed_codes_say_what_is_wrong(typed: str, reason: str) -> None:
    with pytest.raises(CodeFormatError, match=reason):
        parse_code(typed)


def test_every_sample_sheet_carries_a_readable_qr_that_matches_the_database(
        db: Database, sample_sops: list[Sop]) -> None:
    for entry in db.sops.catalogue():
        sop = db.sops.load(entry.revision_id)
        scanned = _printed_code(sop)
        verdict = verify_code(db.sops, scanned)
        # every sample is approved but seed 003's, which has no signer: its sheet reads as a draft
        expected = Outcome.MATCH if sop.status is Status.APPROVED else Outcome.DRAFT
        assert verdict.outcome is expected, (sop.id, verdict.message)
        assert verdict.code == SheetCode(sop.id, sop.revision, crockford32(content_hash(sop)))
        assert verify_code(db.sops, sheet_code(sop).text).outcome is expected
        word = "COCOK" if expected is Outcome.MATCH else "DRAF, BELUM DISAHKAN"
        assert word in verdict.message and f"revisi {sop.revision}" in verdict.message
        assert verdict.ok is (expected is Outcome.MATCH)
    assert len(sample_sops) == len(db.sops.catalogue())
    assert [e.key for e in db.sops.catalogue() if e.status is not Status.APPROVED] == ["opd-penyusunan-lakip"]


def test_the_qr_has_error_correction_m_or_higher(sample_by_id: dict[str, Sop]) -> None:
    assert qr_levels(render_sheet(sample_by_id[KEY])) in (["M"], ["Q"], ["H"])


def test_the_qr_is_in_the_layout_clear_of_everything_else(sample_sops: list[Sop]) -> None:
    for sop in sample_sops:
        layout = layout_flowchart(sop)
        qrs = [(page, qr) for page in layout.pages for qr in page.qr_codes]
        assert len(qrs) == 1 and qrs[0][0] is layout.pages[-1]
        page, qr = qrs[0]
        assert qr.rect.bottom <= page.height - sop_paper_margin(page)
        for cell in page.cells:
            assert not qr.rect.intersects(cell.rect), sop.id
        for block in page.texts:
            assert not qr.rect.intersects(block.rect), (sop.id, block.role)
        for shape in page.shapes:
            assert not qr.rect.intersects(shape.rect)


def sop_paper_margin(page: object) -> float:
    return 10 * 72 / 25.4 + 14.0  # margin + footer band


def test_a_changed_draft_fails_and_an_approved_one_supersedes(db: Database) -> None:
    approved_id = db.sops.find_by_key(KEY)
    assert approved_id is not None
    old_sheet = _printed_code(db.sops.load(approved_id))

    draft_id = db.sops.start_draft(approved_id)
    draft = dataclasses.replace(db.sops.load(draft_id), title="Pengukuran Kinerja (revisi 2)",
                                effective_on=dt.date(2026, 1, 5))
    db.sops.save_draft(draft_id, draft)
    draft_sheet = _printed_code(db.sops.load(draft_id))
    verdict = verify_code(db.sops, draft_sheet)
    assert verdict.outcome is Outcome.DRAFT and "belum disahkan" in verdict.message.lower()

    db.sops.save_draft(draft_id, dataclasses.replace(draft, title="Pengukuran Kinerja (diubah lagi)"))
    verdict = verify_code(db.sops, draft_sheet)
    assert verdict.outcome is Outcome.CHANGED and not verdict.ok and "berbeda" in verdict.message

    db.sops.change_status(draft_id, Status.VERIFIED)
    db.sops.change_status(draft_id, Status.APPROVED)
    verdict = verify_code(db.sops, old_sheet)
    assert verdict.outcome is Outcome.SUPERSEDED and "revisi 2" in verdict.message
    assert verify_code(db.sops, _printed_code(db.sops.load(draft_id))).outcome is Outcome.MATCH


def test_a_sheet_whose_content_was_altered_fails(db: Database) -> None:
    revision_id = db.sops.find_by_key(KEY)
    assert revision_id is not None
    forged = dataclasses.replace(db.sops.load(revision_id), steps=db.sops.load(revision_id).steps[:-1])
    assert verify_code(db.sops, _printed_code(forged)).outcome is Outcome.CHANGED
    code = sheet_code(db.sops.load(revision_id))
    wrong = SheetCode(code.key, code.revision, ("0" if code.digest[0] != "0" else "1") + code.digest[1:10])
    assert verify_code(db.sops, wrong.text).outcome is Outcome.CHANGED


@pytest.mark.parametrize(("typed", "outcome", "words"), [
    ("tidak-ada/1/ABCDEFGH12", Outcome.UNKNOWN, "tidak ada SOP tidak-ada"),
    (f"{KEY}/7/ABCDEFGH12", Outcome.UNKNOWN, "tidak punya revisi 7"),
    ("ini bukan kode", Outcome.MALFORMED, "Kode tidak sah"),
])
def test_unknown_and_malformed_codes(db: Database, typed: str, outcome: Outcome, words: str) -> None:
    verdict = verify_code(db.sops, typed)
    assert verdict.outcome is outcome and words in verdict.message and not verdict.ok


@pytest.mark.parametrize("revision", ["²", "١", "１", "1²", "0", "10000", "-1", "+1"])
def test_only_ascii_digits_make_a_revision_number(revision: str) -> None:
    with pytest.raises(CodeFormatError, match="Nomor revisi"):
        parse_code(f"balangan-pengukuran-kinerja/{revision}/4Q4W2Z3H9T")


def test_a_message_quotes_at_most_80_characters_of_the_input(db: Database) -> None:
    junk = "x" * 10_000
    for typed in (f"{junk}/1/4Q4W2Z3H9T", f"balangan-pengukuran-kinerja/{junk}/4Q4W2Z3H9T",
                  f"balangan-pengukuran-kinerja/1/{junk}", f"a/1/{'Ü' * 10_000}"):
        verdict = verify_code(db.sops, typed)
        assert verdict.outcome is Outcome.MALFORMED
        assert len(verdict.message) < 400
        assert "x" * 81 not in verdict.message and "Ü" * 81 not in verdict.message
