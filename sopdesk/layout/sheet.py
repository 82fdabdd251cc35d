"""The whole SOP sheet from one layout: the identity page(s) (`sopdesk.layout.identity`), then the
flowchart pages (`sopdesk.layout.flowchart`), numbered together, every page with its footer (page
number and sheet code) and an electronic signature's footnote. Both painters paint these pages:
the PDF (`sopdesk.io.pdf`) and the screen (the Identitas and Diagram alir views). No Qt.

The SOP chooses where its identity part prints (``SheetSetup.identity_page``): on its own pages;
with the flowchart beginning on the identity's last page, under the identity table, when the
flowchart's heading, header and first row fit there (`JOIN_GAP` below it; else on the next page,
as for ``OWN``); or not at all.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sopdesk.domain.model import Sop
from sopdesk.domain.sheet_setup import IdentityPage
from sopdesk.domain.sheetcode import sheet_code
from sopdesk.layout.codeblock import footer_code
from sopdesk.layout.flowchart import FOOTER_H, FlowchartLayout, draw_footer, layout_flowchart
from sopdesk.layout.geometry import Page, Rect, TextBlock
from sopdesk.layout.identity import identity_pages
from sopdesk.layout.paper import PAPERS, Paper, PaperName, sheet_paper
from sopdesk.layout.reuse import Kept, page_copy
from sopdesk.layout.signature import draw_signature_footnote, signature_footnote, signature_footnote_height

JOIN_GAP = 12.0  # points between the identity table and the flowchart's heading on a shared page
PAGE_ROLES = ("footer", "footer_code", "signature_note")  # what every page has of its own


@dataclass(slots=True)
class SheetLayout:
    """A laid-out sheet: its ``paper`` (the SOP's own, or the printing choice), the ``identity``
    pages and the ``flowchart``. ``joined``: the last identity page and the first flowchart page
    print as one page (`shared_page`), the flowchart under the identity table."""

    paper: Paper
    identity: list[Page]
    flowchart: FlowchartLayout
    joined: bool = False

    @property
    def pages(self) -> list[Page]:
        """Every page of the sheet in print order."""
        if not self.joined:
            return [*self.identity, *self.flowchart.pages]
        return [*self.identity[:-1], self.shared_page(), *self.flowchart.pages[1:]]

    @property
    def identity_pages(self) -> list[Page]:
        """The pages that show the identity part, as printed (the shared page last when joined)."""
        return [*self.identity[:-1], self.shared_page()] if self.joined else list(self.identity)

    @property
    def flowchart_pages(self) -> list[Page]:
        """The pages that show the flowchart, as printed (the shared page first when joined)."""
        return [self.shared_page(), *self.flowchart.pages[1:]] if self.joined else list(self.flowchart.pages)

    def shared_page(self) -> Page:
        """The first flowchart page with the identity's last page drawn above it (when joined)."""
        head, page = self.identity[-1], self.flowchart.pages[0]
        return dataclasses.replace(page, cells=[*head.cells, *page.cells], texts=[*head.texts, *page.texts],
                                   images=[*head.images, *page.images], qr_codes=[*head.qr_codes, *page.qr_codes])


def content_bottom(sop: Sop, paper: Paper) -> float:
    """The y (points from the top) above which a page's content stays: over the footer and an
    electronic signature's footnote."""
    return paper.height - paper.margin - FOOTER_H - signature_footnote_height(sop, paper)


def layout_identity(sop: Sop, paper: Paper | PaperName = PaperName.A4, first_page: int = 1,
                    total: int | None = None, with_code: bool = True, live: bool = False) -> list[Page]:
    """The identity page(s) of ``sop`` on ``paper`` (or the SOP's own), footers numbered from
    ``first_page`` "of ``total``" (default: these pages alone); ``with_code``/``live`` as for
    `layout_flowchart` (the sheet code in the footer, or its placeholder). Whatever the SOP's
    ``identity_page`` choice: this is the identity part alone."""
    paper = _paper(sop, paper)
    pages = identity_pages(sop, paper, content_bottom(sop, paper))
    return _with_footers(sop, paper, pages, first_page, total, with_code, live)


def layout_sheet(sop: Sop, paper: Paper | PaperName = PaperName.A4, first_page: int = 1, total: int | None = None,
                 with_code: bool = True, live: bool = False) -> SheetLayout:
    """The whole sheet of ``sop``: identity pages (as ``SheetSetup.identity_page`` chooses), then
    flowchart pages, numbered from ``first_page`` "of ``total``" (default: the sheet's own count).
    Raises nothing for any valid `Sop`."""
    paper = _paper(sop, paper)
    choice = sop.setup.identity_page
    identity = [] if choice is IdentityPage.NONE else _identity(sop, paper)
    if choice is IdentityPage.WITH_FLOWCHART:
        joined = _joined(sop, paper, identity, first_page, total, with_code, live)
        if joined is not None:
            return joined
    flowchart = layout_flowchart(sop, paper, page_offset=first_page - 1 + len(identity), page_total=total,
                                 with_code=with_code, live=live)
    total = total if total is not None else first_page - 1 + len(identity) + len(flowchart.pages)
    return SheetLayout(paper, _with_footers(sop, paper, identity, first_page, total, with_code, live), flowchart)


_identities: Kept[tuple[Page, ...]] = Kept(16)


def _identity(sop: Sop, paper: Paper) -> list[Page]:
    """The identity pages of ``sop`` (`identity_pages`), kept by everything but the steps and parts
    they do not show, so that the editor's drawing of each edit to the flowchart does not lay them
    out again; new `Page` objects each time (the footers are added in place)."""
    key = (dataclasses.replace(sop, steps=(), parts=()), paper)
    kept = _identities.get(key)
    if kept is None:
        kept = _identities.put(key, tuple(identity_pages(sop, paper, content_bottom(sop, paper))))
    return [page_copy(page) for page in kept]


def _joined(sop: Sop, paper: Paper, identity: list[Page], first_page: int, total: int | None, with_code: bool,
            live: bool) -> SheetLayout | None:
    """The sheet with the flowchart beginning under the identity table on its last page; None when
    not even the flowchart's first row fits there."""
    drop = max(_content_bottom(identity[-1]) + JOIN_GAP - paper.margin, 0.0)
    offset = first_page - 1 + len(identity) - 1
    flowchart = layout_flowchart(sop, paper, page_offset=offset, page_total=total, with_code=with_code, live=live,
                                 first_used=drop)
    if not flowchart.pages[0].steps:
        return None
    flowchart.pages[0] = moved_down(flowchart.pages[0], drop)
    total = total if total is not None else offset + len(flowchart.pages)
    identity = _with_footers(sop, paper, identity, first_page, total, with_code, live)
    identity[-1] = _without_page_texts(identity[-1])
    return SheetLayout(paper, identity, flowchart, joined=True)


def _content_bottom(page: Page) -> float:
    """The lowest y of what ``page`` draws, its footer and footnote aside."""
    boxes = [c.rect for c in page.cells] + [t.rect for t in page.texts if t.role not in PAGE_ROLES]
    return max((r.bottom for r in boxes + [i.rect for i in page.images]), default=0.0)


def _without_page_texts(page: Page) -> Page:
    return dataclasses.replace(page, texts=[t for t in page.texts if t.role not in PAGE_ROLES])


def moved_down(page: Page, dy: float) -> Page:
    """``page`` with everything but its footer and footnote moved ``dy`` points down."""
    def rect(r: Rect) -> Rect:
        return Rect(r.x, r.y + dy, r.w, r.h)

    def text(t: TextBlock) -> TextBlock:
        if t.role in PAGE_ROLES:
            return t
        return dataclasses.replace(t, rect=rect(t.rect), baselines=tuple(b + dy for b in t.baselines))

    return dataclasses.replace(
        page, cells=[dataclasses.replace(c, rect=rect(c.rect)) for c in page.cells],
        texts=[text(t) for t in page.texts],
        shapes=[dataclasses.replace(s, rect=rect(s.rect)) for s in page.shapes],
        arrows=[dataclasses.replace(a, points=tuple((x, y + dy) for x, y in a.points),
                                    label_at=(a.label_at[0], a.label_at[1] + dy)) for a in page.arrows],
        lane_area=rect(page.lane_area), text_columns=[rect(r) for r in page.text_columns],
        row_rects={k: rect(r) for k, r in page.row_rects.items()},
        symbol_bands={k: rect(r) for k, r in page.symbol_bands.items()},
        qr_codes=[dataclasses.replace(q, rect=rect(q.rect)) for q in page.qr_codes],
        images=[dataclasses.replace(i, rect=rect(i.rect)) for i in page.images])


def _paper(sop: Sop, paper: Paper | PaperName) -> Paper:
    return sheet_paper(sop.setup.paper, PAPERS[paper] if isinstance(paper, PaperName) else paper)


def _with_footers(sop: Sop, paper: Paper, pages: list[Page], first_page: int, total: int | None,
                  with_code: bool, live: bool) -> list[Page]:
    code = footer_code(sheet_code(sop) if not live else None) if with_code else ""
    total = total if total is not None else first_page - 1 + len(pages)
    note = signature_footnote(sop, paper)
    for page in pages:
        draw_footer(page, paper, first_page - 1 + page.number, total, code)
        draw_signature_footnote(page, paper, FOOTER_H, note)
    return pages
