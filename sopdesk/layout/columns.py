"""Column widths of the flowchart table from its content, in points.

Measured on a real signed sheet (issue 13): No 4.1 %, Kegiatan 13.7 %, lanes 8.5-11.5 % each by
their names, Kelengkapan 11.4 %, Waktu 7.1 %, Output 10.9 %, Keterangan 13.9 %. Here:

- each lane as wide as its name needs to stand in at most `LANE_LINES` lines without a word
  broken (between `LANE_MIN` and `LANE_MAX`; when together they would pass `LANES_MAX_SHARE` of
  the width, the names are narrowed in proportion, but not the room the arrows need, up to
  `ROUTED_MAX_SHARE`: `lane_widths`);
- Waktu as wide as its longest value (within `WAKTU_MIN`..`WAKTU_MAX`);
- an empty Keterangan only as wide as its short header "Ket." (as the originals head it);
- Kegiatan never wider than `ACTIVITY_MAX_SHARE` of the width: on a sheet that prints few text
  columns the lanes take what it would have taken beyond (`_cap_activity`);
- Kegiatan, Kelengkapan, Output and a filled Keterangan share the rest: of a few splits (by
  `BASE_SHARES`, each weighted by how much text it holds, and that split with Kegiatan narrower
  or wider), the one whose rows are lowest in all (the first `SAMPLE_STEPS` steps measured),
  then improved by moving `SHIFT` points at a time from one column to another while the rows
  get lower;
- then Kegiatan no wider than those rows need (down to its unweighted share of the shared room):
  what a long Kegiatan's weight gave it beyond that goes to Kelengkapan, Output and a filled
  Keterangan (`_trim_activity`; the rows stay as low).

No Qt.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Mapping, Sequence

from sopdesk.layout.fonts import TextStyle, text_width, wrap
from sopdesk.layout.paper import LANES_MAX_SHARE, NUMBER_WIDTH, Columns, Paper

ROUTED_MAX_SHARE = 0.5  # of the usable width: the most the lanes take when their arrows need the room
LANE_SQUEEZED = 40.0  # points: the narrowest a lane is squeezed to when others need room for arrows

LANE_LINES = 3
LANE_MIN = 64.0
LANE_MAX = 84.0
WAKTU_MIN = 38.0
WAKTU_MAX = 62.0
BASE_SHARES = {"activity": 34.0, "requirements": 22.0, "output": 22.0, "remarks": 16.0}
SHARED = tuple(BASE_SHARES)
ACTIVITY_SCALES = (1.0, 0.5, 0.75)
SAMPLE_STEPS = 24
SHIFT = 8.0  # points moved between two shared columns per step of `_improve`
SHIFT_ROUNDS = 6
TRIM_ROUNDS = 12  # halvings of Kegiatan's spare width in `_trim_activity` (whole points well before)
SHARED_MIN = 56.0  # points: a shared column that holds text is never narrower
ACTIVITY_MAX_SHARE = 0.45  # of the usable width: Kegiatan's most; the lanes take the rest
HEADERS = {"activity": "Kegiatan", "requirements": "Kelengkapan", "standard_time": "Waktu", "output": "Output",
           "remarks": "Keterangan"}
REMARKS_SHORT = "Ket."


def remarks_header(remarks: Sequence[str], labels: Mapping[str, str] | None = None) -> str:
    """The Keterangan column's header: the SOP's own label (format version 2) if it chose one,
    else "Keterangan", or "Ket." when no step has remarks."""
    if labels and labels.get("remarks"):
        return labels["remarks"]
    return HEADERS["remarks"] if any(t.strip() for t in remarks) else REMARKS_SHORT


def fit_columns(paper: Paper, lane_names: Sequence[str], texts: dict[str, list[str]], head: TextStyle,
                body: TextStyle, pad: float, row_min: float | Sequence[float] = 0.0,
                lane_least: Sequence[float] = (), hidden: Collection[str] = (),
                labels: Mapping[str, str] | None = None) -> Columns:
    """The columns for ``lane_names`` and the steps' ``texts`` (column key -> one text per step,
    keys as `Columns.text`), the header in ``head``, cells in ``body`` with ``pad`` points of
    padding at each side; a row is at least ``row_min`` points high (its symbols; one value for
    every row, or one per step); lane ``k`` is at least ``lane_least[k]`` wide (room for the
    arrows beside it, `sopdesk.layout.routing.lane_room`). ``hidden``: the text columns the SOP
    does not print (format version 2, `SheetSetup.prints`: Kelengkapan, Waktu, Output, Keterangan;
    the others share their room); ``labels``: the header labels the
    SOP prints instead of `HEADERS` (a column is never narrower than its label's longest word).
    The same content in another order of steps (beyond the first `SAMPLE_STEPS` as a set) gives
    the same columns, kept from the last layouts (the editor); equal columns are the same object."""
    label_key = tuple(sorted((labels or {}).items()))
    hide = frozenset(hidden)
    key = (*_content_key(paper, lane_names, texts, head, body, pad, row_min), tuple(lane_least), hide, label_key)
    cols = _fitted.get(key)
    if cols is None:
        if len(_fitted) >= FITTED_SIZE:
            _fitted.clear()
        cols = _fit(paper, lane_names, texts, head, body, pad, row_min, lane_least, hide, dict(labels or {}))
        if len(_columns) >= FITTED_SIZE:
            _columns.clear()
        cols = _fitted[key] = _columns.setdefault(cols, cols)
    return cols


FITTED_SIZE = 64
_fitted: dict[tuple[object, ...], Columns] = {}
_columns: dict[Columns, Columns] = {}  # equal columns are one object: the layout keeps rows by their columns' identity


def _content_key(paper: Paper, lane_names: Sequence[str], texts: dict[str, list[str]], head: TextStyle,
                 body: TextStyle, pad: float, row_min: float | Sequence[float]) -> tuple[object, ...]:
    """What `_fit` depends on: the sampled rows as a set, the sizes and the Waktu values of all."""
    count = min(SAMPLE_STEPS, len(texts.get("activity", [])))
    least = [row_min] * count if isinstance(row_min, (int, float)) else list(row_min)[:count]
    keys = sorted(texts)
    sampled = sorted(zip(least, *(texts[k][:count] for k in keys), strict=False))
    sizes = tuple(sum(len(t) for t in texts[k]) for k in keys)
    has_remarks = any(t.strip() for t in texts.get("remarks", []))
    return (paper, tuple(lane_names), head, body, pad, tuple(keys), tuple(sampled), sizes,
            frozenset(texts.get("standard_time", [])), has_remarks)


def _fit(paper: Paper, lane_names: Sequence[str], texts: dict[str, list[str]], head: TextStyle,
         body: TextStyle, pad: float, row_min: float | Sequence[float], lane_least: Sequence[float],
         hidden: frozenset[str], labels: dict[str, str]) -> Columns:
    headers = HEADERS | labels
    usable = paper.width - 2 * paper.margin
    text_least = (NUMBER_WIDTH + (0.0 if "standard_time" in hidden else WAKTU_MIN)
                  + SHARED_MIN * sum(1 for k in SHARED if k not in hidden))
    lanes = lane_widths(lane_names, usable, head, pad, lane_least, usable - text_least)
    widths = {"number": NUMBER_WIDTH}
    if "standard_time" not in hidden:
        widths["standard_time"] = _waktu_width(texts.get("standard_time", []), head, body, pad,
                                               headers["standard_time"])
    if "remarks" not in hidden and not any(t.strip() for t in texts.get("remarks", [])):  # empty: narrow
        widths["remarks"] = _word_width(remarks_header([], labels), head) + 2 * pad + 2
    rest = usable - sum(lanes) - sum(widths.values())
    weights = _weights([k for k in SHARED if k not in widths and k not in hidden], texts)
    least = {k: max(SHARED_MIN, _word_width(headers[k], head) + 2 * pad + 2) for k in weights}
    cost = _RowsHeight(texts, body, pad, row_min)
    splits = [_split(weights, rest, scale, least) for scale in ACTIVITY_SCALES]
    best = _trim_activity(_improve(min(splits, key=cost), least, cost), least, cost)
    best, lanes = _cap_activity(best, lanes, usable)
    return _place(paper, lanes, widths | best)


def _cap_activity(widths: dict[str, float], lanes: tuple[float, ...],
                  usable: float) -> tuple[dict[str, float], tuple[float, ...]]:
    """Kegiatan at most `ACTIVITY_MAX_SHARE` of ``usable``: what it would take beyond goes to the
    lanes in proportion to their widths (a sheet without the Mutu Baku columns, bps-pringsewu:
    Uraian about 42 % and its four lanes about 42 % of the table), in whole points."""
    cap = float(round(usable * ACTIVITY_MAX_SHARE))
    extra = widths.get("activity", 0.0) - cap
    if extra <= 0 or not lanes:
        return widths, lanes
    total = sum(lanes)
    grown = [w + extra * w / total for w in lanes]
    grown[-1] += total + extra - sum(grown)  # the rounding's remainder: the table keeps its width
    return {**widths, "activity": cap}, tuple(grown)


def _improve(widths: dict[str, float], least: dict[str, float],
             cost: Callable[[dict[str, float]], float]) -> dict[str, float]:
    """Move `SHIFT` points from one shared column to another while that lowers ``cost`` (the
    rows' height), never below ``least``; at most `SHIFT_ROUNDS` moves."""
    best = cost(widths)
    for _ in range(SHIFT_ROUNDS):
        moves = [{**widths, a: widths[a] - SHIFT, b: widths[b] + SHIFT}
                 for a, b in itertools.permutations(widths, 2) if widths[a] - SHIFT >= least[a]]
        scored = [(cost(m), m) for m in moves]
        if not scored or min(c for c, _ in scored) >= best:
            return widths
        best, widths = min(scored, key=lambda cm: cm[0])
    return widths


def _trim_activity(widths: dict[str, float], least: dict[str, float], cost: _RowsHeight) -> dict[str, float]:
    """Kegiatan no wider than its rows need: the narrowest width (whole points, found by halving)
    at which no row is higher (``cost.rows``; a lower total that raises one row and lowers another
    would move the rows' text), what it gives up shared by the other shared columns in proportion
    to their widths (`_activity_at`); never narrower than its unweighted share of the shared room
    (`BASE_SHARES`: the share its text's weight raised) nor its ``least``. Kemenkumham Banten
    (Legal landscape, short Mutu Baku texts): Kegiatan 43 -> 38 % with the same rows."""
    if "activity" not in widths or len(widths) < 2:
        return widths
    room = sum(widths.values())
    low = max(least["activity"], room * BASE_SHARES["activity"] / sum(BASE_SHARES[k] for k in widths))
    high, best = widths["activity"], cost.rows(widths)
    for _ in range(TRIM_ROUNDS):
        if high - low <= 1:
            break
        mid = float(round((low + high) / 2))
        if all(h <= b for h, b in zip(cost.rows(_activity_at(widths, mid)), best, strict=True)):
            high = mid
        else:
            low = mid
    return _activity_at(widths, high) if high < widths["activity"] else widths


def _activity_at(widths: dict[str, float], activity: float) -> dict[str, float]:
    """``widths`` with Kegiatan ``activity`` points wide, the other columns sharing the rest in
    proportion to their widths, in whole points (the same room)."""
    room = sum(widths.values())
    others = {k: w for k, w in widths.items() if k != "activity"}
    scale = (room - activity) / sum(others.values())
    return _whole_points({"activity": activity, **{k: w * scale for k, w in others.items()}}, room)


def _split(weights: dict[str, float], room: float, activity_scale: float, least: dict[str, float]) -> dict[str, float]:
    """``room`` shared by ``weights`` (Kegiatan's scaled), each column at least ``least`` wide
    (taken from the others in proportion) when the room allows."""
    scaled = {k: w * (activity_scale if k == "activity" else 1.0) for k, w in weights.items()}
    total = sum(scaled.values())
    widths = {k: room * w / total for k, w in scaled.items()}
    short = {k: least[k] - w for k, w in widths.items() if w < least[k]}
    spare = sum(w - least[k] for k, w in widths.items() if k not in short)
    if short and spare > sum(short.values()):
        cut = sum(short.values()) / spare
        widths = {k: least[k] if k in short else w - (w - least[k]) * cut for k, w in widths.items()}
    return _whole_points(widths, room)


def _whole_points(widths: dict[str, float], room: float) -> dict[str, float]:
    """``widths`` rounded to whole points, the rounding's remainder to the first column, so
    that they still fill ``room``: a typed character does not move the columns."""
    rounded = {k: float(round(w)) for k, w in widths.items()}
    first = next(iter(rounded), None)
    if first is not None:
        rounded[first] += room - sum(rounded.values())
    return rounded


LINE_COUNTS_SIZE = 65536
_line_counts: dict[tuple[TextStyle, float], dict[tuple[str, float], int]] = {}  # kept across layouts (the editor)


class _RowsHeight:
    """The height of the first `SAMPLE_STEPS` rows for given widths of the shared columns
    (points); the line counts of a column at a width are counted once."""

    def __init__(self, texts: dict[str, list[str]], body: TextStyle, pad: float,
                 row_min: float | Sequence[float]) -> None:
        self.texts, self.body, self.pad = texts, body, pad
        self.count = min(SAMPLE_STEPS, len(texts.get("activity", [])))
        self.least = [row_min] * self.count if isinstance(row_min, (int, float)) else list(row_min)
        self.lines: dict[tuple[str, float], list[int]] = {}
        self.counts = _line_counts.setdefault((body, pad), {})
        if len(self.counts) > LINE_COUNTS_SIZE:
            self.counts.clear()

    def _lines(self, key: str, width: float) -> list[int]:
        got = self.lines.get((key, width))
        if got is None:
            got = self.lines[(key, width)] = [self._count(text, width) for text in self.texts[key][:self.count]]
        return got

    def _count(self, text: str, width: float) -> int:
        count = self.counts.get((text, width))
        if count is None:
            count = self.counts[(text, width)] = len(wrap(text, width - 2 * self.pad, self.body))
        return count

    def rows(self, widths: dict[str, float]) -> list[float]:
        """The height (points) of each of the first `SAMPLE_STEPS` rows at ``widths``."""
        columns = [self._lines(k, w) for k, w in widths.items()]
        leading, pad = self.body.leading, 2 * self.pad
        return [max(self.least[i], max(c[i] for c in columns) * leading + pad) for i in range(self.count)]

    def __call__(self, widths: dict[str, float]) -> float:
        return sum(self.rows(widths))


def lane_widths(names: Sequence[str], usable: float, style: TextStyle, pad: float,
                least: Sequence[float] = (), most: float | None = None) -> tuple[float, ...]:
    """Each lane's width (points), one per name: the least in which the name fits `LANE_LINES`
    lines with no word broken, within `LANE_MIN`..`LANE_MAX`, or ``least[k]`` if wider (the room
    its arrows need). When together they pass `LANES_MAX_SHARE` of ``usable``, the names are
    narrowed in proportion but never below their lane's ``least`` (the arrows' room is what keeps
    lines apart) nor `LANE_SQUEEZED`; when the rooms alone pass that share, the lanes may take up to
    `ROUTED_MAX_SHARE` of ``usable`` (and no more than ``most`` points, what the text columns
    leave), each room narrowed in proportion above `LANE_SQUEEZED`."""
    least = list(least) + [0.0] * (len(names) - len(least))
    names_w = [min(max(_name_width(name, style, pad), LANE_MIN), LANE_MAX) for name in names]
    want = [max(floor, w) for floor, w in zip(least, names_w, strict=True)]
    cap = usable * LANES_MAX_SHARE
    if sum(want) <= cap:
        return tuple(want)
    if not any(least):
        return tuple(w * cap / sum(want) for w in want)
    floors = [max(floor, LANE_SQUEEZED) for floor in least]
    if sum(floors) >= cap:  # the rooms narrowed in proportion above the squeezed width
        widest = max(cap, min(usable * ROUTED_MAX_SHARE, most if most is not None else usable))
        if LANE_SQUEEZED * len(floors) >= widest:  # too many lanes even for that: all in proportion
            return tuple(r * widest / sum(floors) for r in floors)
        spare = widest - LANE_SQUEEZED * len(floors)
        above = sum(r - LANE_SQUEEZED for r in floors)
        scale = min(1.0, spare / above) if above > 0 else 1.0
        return tuple(LANE_SQUEEZED + (r - LANE_SQUEEZED) * scale for r in floors)
    low, high = 0.0, 1.0  # the names' scale at which the lanes fill the cap exactly
    for _ in range(24):
        mid = (low + high) / 2
        low, high = (mid, high) if sum(max(r, w * mid) for r, w in zip(floors, names_w, strict=True)) < cap \
            else (low, mid)
    return tuple(max(r, w * low) for r, w in zip(floors, names_w, strict=True))


def _name_width(name: str, style: TextStyle, pad: float) -> float:
    words = name.split() or [""]
    width = max(text_width(w, style.font, style.size) for w in words) + 2 * pad + 1
    while len(wrap(name, width - 2 * pad, style)) > LANE_LINES and width < LANE_MAX:
        width += 4.0
    return width


def _word_width(label: str, style: TextStyle) -> float:
    """The width (points) of the longest word of ``label``."""
    return max((text_width(word, style.font, style.size) for word in label.split()), default=0.0)


def _waktu_width(values: list[str], head: TextStyle, body: TextStyle, pad: float, label: str = "Waktu") -> float:
    widest = max((text_width(v, body.font, body.size) for v in values), default=0.0)
    header = _word_width(label, head)
    return min(WAKTU_MAX, max(WAKTU_MIN, widest + 2 * pad + 1, header + 2 * pad))


def _weights(keys: list[str], texts: dict[str, list[str]]) -> dict[str, float]:
    sizes = {k: sum(len(t) for t in texts.get(k, [])) + 1 for k in keys}
    mean = sum(sizes.values()) / len(sizes)
    return {k: BASE_SHARES[k] * round(min(1.6, max(0.6, (sizes[k] / mean) ** 0.5)), 1) for k in keys}


def _place(paper: Paper, lanes: tuple[float, ...], widths: dict[str, float]) -> Columns:
    x = paper.margin
    text = {"number": (x, widths["number"])}
    x += widths["number"]
    text["activity"] = (x, widths["activity"])
    x += widths["activity"]
    lanes_x = x
    x += sum(lanes)
    for key in ("requirements", "standard_time", "output", "remarks"):
        if key not in widths:
            continue
        text[key] = (x, widths[key])
        x += widths[key]
    return Columns(paper.margin, x, lanes_x, lanes, text)
