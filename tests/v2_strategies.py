"""Hypothesis strategies for format-version-2 SOPs that a file can hold (tests of issue 14)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from sopdesk.domain.model import Approval, Exit, Flow, Lane, Node, Part, Sop, Status, Step, Symbol, node_lanes
from sopdesk.domain.sheet_setup import (
    LANE_COLUMN,
    LISTS,
    STANDARD_LABELS,
    TEXT_COLUMNS,
    HeadLine,
    IdentityPage,
    ListStyle,
    Orientation,
    Paper,
    PaperSize,
    SheetSetup,
    Signature,
    SignatureMode,
    Weight,
)

PNG = b"\x89PNG\r\n\x1a\n"
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
names = texts.filter(lambda t: bool(t.strip()))
dates = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
images = st.binary(max_size=24).map(lambda b: PNG + b)


@st.composite
def _nodes(draw: st.DrawFn, lane_ids: list[str]) -> tuple[Node, ...]:
    count = draw(st.integers(1, 3))
    return tuple(Node(draw(st.sampled_from(list(Symbol))),
                      tuple(draw(st.lists(st.sampled_from(lane_ids), min_size=1, max_size=2, unique=True))),
                      draw(texts)) for _ in range(count))


@st.composite
def _row(draw: st.DrawFn, lane_ids: list[str], flows: bool, count: int) -> Step:
    base = dict(activity=draw(texts), requirements=draw(texts), standard_time=draw(texts), output=draw(texts),
                remarks=draw(texts), number=draw(st.text("0123456789ab", max_size=3)))
    if flows:
        nodes = draw(_nodes(lane_ids)) if draw(st.booleans()) else ()
        kind = nodes[0].kind if nodes else draw(st.sampled_from(list(Symbol)))
        lanes = node_lanes(nodes) if nodes else (draw(st.sampled_from(lane_ids)),)
        return Step(lanes=lanes, symbol=kind, symbols=nodes, **base)
    symbol = draw(st.sampled_from([Symbol.TERMINATOR, Symbol.PROCESS, Symbol.DECISION]))
    exits: tuple[Exit, ...] = ()
    if symbol is Symbol.DECISION:
        exits = tuple(Exit(draw(texts), draw(st.none() | st.integers(0, count - 1))) for _ in range(2))
    return Step(lanes=(draw(st.sampled_from(lane_ids)),), symbol=symbol, exits=exits, **base)


@st.composite
def _flows(draw: st.DrawFn, steps: list[Step]) -> list[Step]:
    out = []
    for step in steps:
        flows = []
        for _ in range(draw(st.integers(0, 3))):
            target = draw(st.integers(0, len(steps) - 1))
            flows.append(Flow(target, draw(texts), draw(st.integers(0, len(step.nodes()) - 1)),
                              draw(st.integers(0, len(steps[target].nodes()) - 1))))
        out.append(Step(**{**_fields(step), "flows": tuple(flows)}))
    if not any(s.flows for s in out):
        out[0] = Step(**{**_fields(out[0]), "flows": (Flow(len(out) - 1),)})
    return out


def _fields(step: Step) -> dict[str, object]:
    return {name: getattr(step, name) for name in Step.__dataclass_fields__}


def _time_rows(steps: list[Step], spans: list[int]) -> list[Step]:
    i = 0
    while i < len(steps):
        span = min(spans[i], len(steps) - i)
        steps[i] = Step(**{**_fields(steps[i]), "time_rows": span})
        for j in range(i + 1, i + span):
            steps[j] = Step(**{**_fields(steps[j]), "standard_time": ""})
        i += span
    return steps


@st.composite
def _setup(draw: st.DrawFn, lane_ids: list[str]) -> SheetSetup:
    columns = list(TEXT_COLUMNS) + [LANE_COLUMN + i for i in lane_ids]
    unnumbered = tuple(sorted(draw(st.sets(st.sampled_from(columns), max_size=3))))
    labels = draw(st.dictionaries(st.sampled_from(sorted(STANDARD_LABELS)), names, max_size=3))
    styles = draw(st.dictionaries(st.sampled_from(LISTS), st.sampled_from(list(ListStyle)), max_size=3))
    paper = draw(st.none() | st.builds(Paper, st.sampled_from(list(PaperSize)), st.sampled_from(list(Orientation))))
    return SheetSetup(draw(st.booleans()), draw(st.booleans()), draw(st.booleans()), tuple(sorted(labels.items())),
                      tuple(sorted(styles.items())), paper, *(draw(st.booleans()) for _ in range(3)), unnumbered,
                      draw(st.booleans()), draw(st.booleans()), draw(texts), draw(st.booleans()),
                      draw(st.sampled_from(list(IdentityPage))))


@st.composite
def _parts(draw: st.DrawFn, steps: list[Step], lane_ids: list[str]) -> tuple[Part, ...]:
    if len(steps) < 2 or draw(st.booleans()):
        return ()
    cut = draw(st.integers(1, len(steps) - 1))
    return (Part(draw(texts), tuple(lane_ids), cut, draw(texts)),
            Part(draw(texts), tuple(lane_ids), len(steps) - cut, draw(texts)))


@st.composite
def v2_sops(draw: st.DrawFn) -> Sop:
    """A random SOP using any version-2 feature, as a loader accepts it."""
    lane_ids = draw(st.lists(st.text("abcxyz0129-", min_size=1, max_size=6).filter(lambda t: t[0] != "-"),
                             min_size=1, max_size=4, unique=True))
    count = draw(st.integers(1, 6))
    flows = draw(st.booleans())
    steps = [draw(_row(lane_ids, flows, count)) for _ in range(count)]
    if flows:
        steps = draw(_flows(steps))
    steps = _time_rows(steps, draw(st.lists(st.integers(1, 3), min_size=count, max_size=count)))
    status = draw(st.sampled_from(list(Status)))
    unit = tuple(draw(st.lists(texts, min_size=1, max_size=6)))
    signature = draw(st.just(Signature()) | st.builds(Signature, st.sampled_from(list(SignatureMode)), images, texts))
    return Sop(
        id=draw(st.text("abcdefghij0123456789-", min_size=1, max_size=20).filter(lambda t: t[0] != "-")),
        title=draw(names), unit=unit, lanes=tuple(Lane(i, draw(names)) for i in lane_ids), steps=tuple(steps),
        number=draw(texts), revision=draw(st.integers(1, 9)), status=status, made_on=draw(dates),
        revised_on=draw(dates), effective_on=draw(dates), review_on=draw(dates),
        approval=Approval(draw(texts), draw(texts), draw(texts), draw(texts)),
        legal_basis=tuple(draw(st.lists(texts, max_size=2))), summary=draw(texts),
        parts=draw(_parts(steps, lane_ids)), setup=draw(_setup(lane_ids)),
        letterhead=tuple(draw(st.lists(st.builds(HeadLine, texts, st.sampled_from(list(Weight))), max_size=3))),
        logo=draw(st.just(b"") | images), signature=signature,
    )
