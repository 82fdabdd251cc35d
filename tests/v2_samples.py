"""Hand-made format-version-2 SOPs for the tests of issue 14."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sopdesk.domain.model import Flow, Node, Part, Sop, Status, Step, Symbol
from sopdesk.domain.sheet_setup import (
    HeadLine,
    ListStyle,
    Orientation,
    Paper,
    PaperSize,
    SheetSetup,
    Signature,
    SignatureMode,
    Weight,
)
from tests.v2_strategies import PNG


def fork_join(sop: Sop, parts: bool = True) -> Sop:
    """``sop`` (two lanes or more) cut to four rows: row 1 forks to both symbols of row 2 (a
    decision with three exits, "Ya" to rows 4 and 3, "Tidak" to row 3, and a process) and to row 3; all
    join at the end terminator of row 4. Text in symbols, numbers as signed, a Waktu over two rows,
    every identity choice of version 2, and with ``parts`` two flowcharts (whose arrows cross them)."""
    a, b = sop.lanes[0].id, sop.lanes[1].id
    s = list(sop.steps[:4])
    s[0] = dataclasses.replace(s[0], lanes=(a,), symbol=Symbol.TERMINATOR, number="1",
                               symbols=(Node(Symbol.TERMINATOR, (a,), "Surat masuk"),),
                               flows=(Flow(1), Flow(1, "", 0, 1), Flow(2)))
    s[1] = dataclasses.replace(s[1], lanes=(a, b), symbol=Symbol.DECISION, number="2a", time_rows=2,
                               symbols=(Node(Symbol.DECISION, (a,), "Perlu disposisi?"), Node(Symbol.PROCESS, (b,))),
                               flows=(Flow(3, "Ya"), Flow(2, "Ya"), Flow(2, "Tidak"), Flow(3, "", 1)))
    s[2] = dataclasses.replace(s[2], lanes=(b,), symbol=Symbol.PROCESS, number="2b", standard_time="",
                               flows=(Flow(3),))
    s[3] = dataclasses.replace(s[3], lanes=(a,), symbol=Symbol.TERMINATOR, number="3", exits=())
    s = [dataclasses.replace(x, exits=()) for x in s]
    return dataclasses.replace(
        sop, lanes=sop.lanes[:2], steps=tuple(s), review_on=dt.date(2031, 1, 5),
        parts=(Part("Bagian A", (a, b), 2, "Ket: *) contoh"), Part("Bagian B", (a, b), 2)) if parts else (),
        setup=SheetSetup(remarks_column=False, numbers_row=True, total_row=False,
                         labels=(("activity", "Aktivitas"), ("lanes", "Pejabat yang bertanggung jawab")),
                         list_styles=(("legal_basis", ListStyle.DASH),), paper=Paper(PaperSize.LETTER,
                                                                                      Orientation.PORTRAIT)),
        letterhead=(HeadLine("BAGIAN ORGANISASI", Weight.BOLD), HeadLine("Jl. Contoh 1", Weight.SMALL)),
        logo=PNG + b"logo", signature=Signature(SignatureMode.ELECTRONIC, PNG + b"qr", "Dokumen ini telah …"),
    )


def parallel_review(sop: Sop) -> Sop:
    """``sop`` (two lanes or more, approved) as seven rows drawn with arrows: the start (row 1)
    forks to rows 2 and 3 (two lanes at once), which join at the decision of row 4 ("Sesuai?":
    "Ya" to rows 5a and 5b at once, "Tidak" back to row 2), and 5a, 5b join at the end (row 6)."""
    a, b = sop.lanes[0].id, sop.lanes[1].id

    def row(number: str, lane: str, kind: Symbol, flows: tuple[Flow, ...], text: str = "",
            waktu: str = "30 menit") -> Step:
        return Step(f"Kegiatan {number}", (lane,), kind, standard_time=waktu if kind is not Symbol.TERMINATOR else "",
                    number=number, symbols=(Node(kind, (lane,), text),) if text else (), flows=flows)

    steps = (row("1", a, Symbol.TERMINATOR, (Flow(1), Flow(2)), "Surat masuk"),
             row("2", a, Symbol.PROCESS, (Flow(3),)),
             row("3", b, Symbol.PROCESS, (Flow(3),), waktu="1 jam"),
             row("4", a, Symbol.DECISION, (Flow(4, "Ya"), Flow(5, "Ya"), Flow(1, "Tidak")), "Sesuai?"),
             row("5a", a, Symbol.PROCESS, (Flow(6),)),
             row("5b", b, Symbol.PROCESS, (Flow(6),), waktu="Setiap saat"),
             row("6", a, Symbol.TERMINATOR, ()))
    return dataclasses.replace(sop, lanes=sop.lanes[:2], steps=steps, status=Status.APPROVED)
