"""Flowchart shapes drawn in a Word table cell: DrawingML (``wps``) and VML, with the
arrows of their connectors, in points relative to where the cell's paragraph starts.

A shape inside ``mc:AlternateContent`` is read from its DrawingML choice only (the VML
there is the same shape again, for old Word); VML outside it is read on its own.
Kinds: terminator (flowChartTerminator, roundRect, VML 116/176, roundrect, oval), decision
(flowChartDecision, diamond, VML 110/4), connector (flowChartOffpageConnector, homePlate,
VML 177/15), process (any other closed shape); connectors are lines (prst ``*Connector*``,
``line``; VML 32/33/34/38, ``v:line``) with an arrow head at one end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sopdesk.io.importers.grid import Arrow, Box, Point, Shape

EMU_PER_POINT = 12700
NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
}
PRESETS = {
    "flowChartTerminator": "terminator", "roundRect": "terminator", "ellipse": "terminator",
    "flowChartAlternateProcess": "terminator", "flowChartDecision": "decision", "diamond": "decision",
    "flowChartOffpageConnector": "connector", "homePlate": "connector",
}
VML_TYPES = {"116": "terminator", "176": "terminator", "110": "decision", "4": "decision", "177": "connector",
             "15": "connector"}
VML_LINES = {"32", "33", "34", "38"}
VML_TAGS = ("shape", "rect", "roundrect", "oval", "line")


def xp(element: Any, path: str) -> list[Any]:
    """lxml XPath with this module's prefixes (python-docx's own ``xpath`` knows fewer)."""
    from lxml import etree

    return list(etree._Element.xpath(element, path, namespaces=NS))


@dataclass(frozen=True, slots=True)
class Drawn:
    """What one paragraph holds: symbols and arrows, in points from ``origin``."""

    shapes: list[Shape]
    arrows: list[Arrow]


def paragraph_drawings(p: Any, origin: Point) -> Drawn:
    """Symbols and arrows drawn in paragraph element ``p`` whose top-left is ``origin``."""
    shapes: list[Shape] = []
    arrows: list[Arrow] = []
    for anchor in xp(p, ".//mc:AlternateContent/mc:Choice//wp:anchor"):
        _wps(anchor, origin, shapes, arrows)
    for element in xp(p, ".//w:pict[not(ancestor::mc:AlternateContent)]/*"):
        _vml(element, origin, shapes, arrows)
    return Drawn(shapes, arrows)


def _text(element: Any) -> str:
    return " ".join(" ".join(t.text or "" for t in xp(element, ".//w:t")).split())


def _wps(anchor: Any, origin: Point, shapes: list[Shape], arrows: list[Arrow]) -> None:
    shape = xp(anchor, ".//wps:wsp")
    if not shape:
        return
    h = xp(anchor, "./wp:positionH/wp:posOffset/text()")
    v = xp(anchor, "./wp:positionV/wp:posOffset/text()")
    ext = xp(anchor, "./wp:extent")
    if not h or not v or not ext:
        return
    x0 = origin[0] + int(h[0]) / EMU_PER_POINT
    y0 = origin[1] + int(v[0]) / EMU_PER_POINT
    preset = (xp(shape[0], ".//a:prstGeom/@prst") or ["rect"])[0]
    xfrm = xp(shape[0], ".//a:xfrm")
    flip_h = bool(xfrm) and xfrm[0].get("flipH") == "1"
    flip_v = bool(xfrm) and xfrm[0].get("flipV") == "1"
    rotation = round(int(xfrm[0].get("rot", "0")) / 60000) % 360 if xfrm else 0  # 60,000ths of a degree
    box = _turned(x0, y0, int(ext[0].get("cx")) / EMU_PER_POINT, int(ext[0].get("cy")) / EMU_PER_POINT, rotation)
    if "Connector" in preset or preset == "line":
        head = xp(shape[0], ".//a:ln/a:headEnd/@type")
        tail = xp(shape[0], ".//a:ln/a:tailEnd/@type")
        _connector(box, rotation, (flip_h, flip_v), (_has(tail), _has(head)), arrows)
        return
    shapes.append(Shape(PRESETS.get(preset, "process"), box, _text(shape[0])))


def _turned(x0: float, y0: float, w: float, h: float, rotation: int) -> Box:
    """The box (points) a ``w`` x ``h`` shape at ``(x0, y0)`` covers once turned ``rotation``
    degrees about its centre (a quarter turn swaps its width and height)."""
    if rotation in (90, 270):
        cx, cy = x0 + w / 2, y0 + h / 2
        x0, y0, w, h = cx - h / 2, cy - w / 2, h, w
    return Box(x0, y0, x0 + w, y0 + h)


def _connector(box: Box, rotation: int, flips: tuple[bool, bool], heads: tuple[bool, bool],
               arrows: list[Arrow]) -> None:
    """A line or connector in ``box`` (already turned), drawn turned ``rotation`` degrees and
    mirrored by ``flips`` (horizontally, vertically), with an arrow head at its ``heads``
    (end, start); half a turn is both mirrors (the same in VML and DrawingML)."""
    flip_h, flip_v = flips
    if rotation == 180:
        flip_h, flip_v = not flip_h, not flip_v
    if rotation in (90, 270):
        _vertical(box, rotation == 270, heads[0], heads[1], arrows)
    else:
        _line(box, flip_h, flip_v, heads[0], heads[1], arrows)


def _has(value: list[str]) -> bool:
    return bool(value) and value[0] != "none"


def _line(box: Box, flip_h: bool, flip_v: bool, to_end: bool, to_start: bool, arrows: list[Arrow]) -> None:
    start = (box.x1 if flip_h else box.x0, box.bottom if flip_v else box.top)
    end = (box.x0 if flip_h else box.x1, box.top if flip_v else box.bottom)
    if to_start and not to_end:
        start, end = end, start
    elif not to_end:
        return
    middle = (start[0] + end[0]) / 2
    arrows.append(Arrow(tail=start, tip=end, path=(start, (middle, start[1]), (middle, end[1]), end)))


_STYLE = re.compile(r"([a-z-]+)\s*:\s*([^;]+)")


def _pt(value: str) -> float:
    m = re.match(r"(-?[\d.]+)\s*(pt|in|px|cm|mm)?", value.strip())
    if not m:
        return 0.0
    number, unit = float(m.group(1)), m.group(2) or "px"
    return number * {"pt": 1.0, "in": 72.0, "px": 0.75, "cm": 72 / 2.54, "mm": 72 / 25.4}[unit]


def _vml(element: Any, origin: Point, shapes: list[Shape], arrows: list[Arrow]) -> None:
    tag = element.tag.rsplit("}", 1)[-1]
    if tag not in VML_TAGS:
        return
    style = dict(_STYLE.findall(element.get("style", "")))
    x0 = origin[0] + _pt(style.get("margin-left", "0"))
    y0 = origin[1] + _pt(style.get("margin-top", "0"))
    w, h = _pt(style.get("width", "0")), _pt(style.get("height", "0"))
    flip = style.get("flip", "")
    rotation = int(float(style.get("rotation", "0"))) % 360
    box = _turned(x0, y0, w, h, rotation)
    kind = element.get("type", "").rsplit("t", 1)[-1]
    if tag == "line" or kind in VML_LINES:
        stroke = xp(element, "./v:stroke")
        end = bool(stroke) and stroke[0].get("endarrow", "none") != "none"
        start = bool(stroke) and stroke[0].get("startarrow", "none") != "none"
        _connector(box, rotation, ("x" in flip, "y" in flip), (end, start), arrows)
        return
    shape_kind = {"roundrect": "terminator", "oval": "terminator"}.get(tag) or VML_TYPES.get(kind, "process")
    shapes.append(Shape(shape_kind, box, _text(element)))


def _vertical(box: Box, upward: bool, to_end: bool, to_start: bool, arrows: list[Arrow]) -> None:
    x = box.centre[0]
    start, end = ((x, box.bottom), (x, box.top)) if upward else ((x, box.top), (x, box.bottom))
    if to_start and not to_end:
        start, end = end, start
    elif not to_end:
        return
    arrows.append(Arrow(tail=start, tip=end, path=(start, end)))
