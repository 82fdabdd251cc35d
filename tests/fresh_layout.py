"""A layout made from nothing kept: every cache of the layout emptied first (the oracle of the
incremental layout's tests)."""

from __future__ import annotations

from typing import Any

from sopdesk.domain.model import Sop
from sopdesk.layout import columns, flowchart, reuse
from sopdesk.layout.flowchart import FlowchartLayout
from sopdesk.layout.fonts import forget_word_widths


def forget_layouts() -> None:
    """Empty every cache the layout keeps between layouts (the words' widths too)."""
    reuse.forget_all()
    forget_word_widths()
    flowchart._wrapped.cache_clear()
    columns._fitted.clear()
    columns._columns.clear()
    columns._line_counts.clear()


def fresh_layout(sop: Sop, *args: Any, **options: Any) -> FlowchartLayout:
    """`layout_flowchart` of ``sop`` with nothing kept from earlier layouts."""
    forget_layouts()
    return flowchart.layout_flowchart(sop, *args, **options)
