"""Which format-version-2 features an SOP uses, and the refusal of code that only knows version 1.

A consumer written for version 1 (the layout, the editor, executions) calls `require_v1` with
the features it does handle; an SOP using any other version-2 feature is refused with a
`FormatV2Error` in both languages (`sopdesk.domain.messages`, code ``v2-unsupported``), never
drawn, edited or run wrongly. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from sopdesk.domain.messages import Phrase, message
from sopdesk.domain.model import Sop, Step, Symbol
from sopdesk.domain.sheet_setup import SheetSetup, Signature
from sopdesk.errors import SopdeskError


class FormatV2Error(SopdeskError):
    """An SOP uses a version-2 feature that this part of sopdesk cannot handle yet."""


def _steps(test: Callable[[Step], bool]) -> Callable[[Sop], bool]:
    return lambda sop: any(test(step) for step in sop.steps)


# feature code -> (its name in Bahasa Indonesia, whether an SOP uses it)
FEATURES: dict[str, tuple[str, Callable[[Sop], bool]]] = {
    "number": ("nomor langkah sesuai naskah", _steps(lambda s: bool(s.number))),
    "symbols": ("beberapa simbol atau teks dalam simbol",
                _steps(lambda s: bool(s.symbols) or s.symbol is Symbol.CONNECTOR)),
    "flows": ("panah antarsimbol", lambda sop: sop.has_flows),
    "time_rows": ("Waktu untuk beberapa baris", _steps(lambda s: s.time_rows != 1)),
    "parts": ("beberapa bagan alir", lambda sop: bool(sop.parts)),
    "setup": ("pilihan kolom, label, gaya daftar atau kertas", lambda sop: sop.setup != SheetSetup()),
    "letterhead": ("kop dengan ketebalan huruf", lambda sop: bool(sop.letterhead)),
    "logo": ("logo", lambda sop: bool(sop.logo)),
    "signature": ("tanda tangan elektronik", lambda sop: sop.signature != Signature()),
    "review_on": ("tanggal tinjau ulang", lambda sop: sop.review_on is not None),
}

# what each version-1 consumer handles (the rest is refused)
LAYOUT = "Tata letak lembar SOP"
EDITOR = "Penyunting SOP"
EXECUTION = "Pelaksanaan SOP"
HANDLED: dict[str, frozenset[str]] = {
    # the No column prints the number as signed; rows of several symbols, arrows (sopdesk.layout.nodes,
    # flow_routing); merged Waktu cells (spans), parts (parts), columns, labels and paper (table_setup,
    # paper), the electronic signature (signature); the identity page's letterhead and logo (io.pdf)
    LAYOUT: frozenset({"number", "symbols", "flows", "time_rows", "parts", "setup", "letterhead", "logo",
                       "signature", "review_on"}),
    # everything; a Waktu over rows is merged, split and kept by row edits (sopdesk.domain.editing_spans,
    # ui/editor/waktu_span); the identity choices pass through unchanged (sopdesk.domain.editing_flow,
    # ui/editor/flow_panel)
    EDITOR: frozenset({"number", "symbols", "flows", "time_rows", "parts", "setup", "letterhead", "logo",
                       "signature", "review_on"}),
    # steps are rows, followed along their arrows (sopdesk.domain.execution_flow); a Waktu over rows is
    # judged once (sopdesk.domain.waktu_spans)
    EXECUTION: frozenset({"number", "symbols", "flows", "time_rows", "parts", "setup", "letterhead", "logo",
                          "signature", "review_on"}),
}


def v2_features(sop: Sop) -> list[str]:
    """The codes (keys of `FEATURES`) of the version-2 features ``sop`` uses, in `FEATURES` order."""
    return [code for code, (_name, used) in FEATURES.items() if used(sop)]


def is_v1(sop: Sop) -> bool:
    """True when ``sop`` says nothing a version-1 file could not say."""
    return not v2_features(sop)


def require_v1(sop: Sop, consumer: str, handled: Collection[str] | None = None) -> None:
    """Raise `FormatV2Error` when ``sop`` uses a version-2 feature outside ``handled`` (default:
    `HANDLED` of ``consumer``, one of `LAYOUT`, `EDITOR`, `EXECUTION`)."""
    allowed = HANDLED.get(consumer, frozenset()) if handled is None else handled
    missing = [code for code in v2_features(sop) if code not in allowed]
    if missing:
        names = tuple(Phrase(FEATURES[code][0]) for code in missing)
        raise FormatV2Error(message("v2-unsupported", Phrase(consumer), names))


# how to leave out a feature that only changes how the sheet looks (`drawable`)
_PLAIN: dict[str, Callable[[Sop], Sop]] = {
    "parts": lambda sop: replace(sop, parts=()),
    "setup": lambda sop: replace(sop, setup=SheetSetup()),
    "letterhead": lambda sop: replace(sop, letterhead=()),
    "logo": lambda sop: replace(sop, logo=b""),
    "signature": lambda sop: replace(sop, signature=Signature()),
    "review_on": lambda sop: replace(sop, review_on=None),
}


def drawable(sop: Sop, consumer: str = LAYOUT) -> tuple[Sop, list[str]]:
    """``sop`` without the version-2 features ``consumer`` does not handle yet and that only change
    how the sheet looks (parts drawn as one flowchart, default columns, plain letterhead, no logo,
    a wet signature), and the codes left out: the editor's live drawing of an SOP it edits."""
    left = [code for code in v2_features(sop) if code in _PLAIN and code not in HANDLED.get(consumer, frozenset())]
    for code in left:
        sop = _PLAIN[code](sop)
    return sop, left
