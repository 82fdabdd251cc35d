"""The whole SOP sheet from one layout: the identity page(s) (`sopdesk.layout.identity`), then the
flowchart pages (`sopdesk.layout.flowchart`), numbered together, every page with its footer (page
number and sheet code) and an electronic signature's footnote. Both painters paint these pages:
the PDF (`sopdesk.io.pdf`) and the screen (the Identitas and Diagram alir views). No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from sopdesk.domain.model import Sop
from sopdesk.domain.sheetcode import sheet_code
from sopdesk.layout.codeblock import footer_code
from sopdesk.layout.flowchart import FOOTER_H, FlowchartLayout, draw_footer, layout_flowchart
from sopdesk.layout.geometry import Page
from sopdesk.layout.identity import identity_pages
from sopdesk.layout.paper import PAPERS, Paper, PaperName, sheet_paper
from sopdesk.layout.signature import draw_signature_footnote, signature_footnote, signature_footnote_height


@dataclass(slots=True)
class SheetLayout:
    """A laid-out sheet: its ``paper`` (the SOP's own, or the printing choice), the ``identity``
    pages and the ``flowchart``."""

    paper: Paper
    identity: list[Page]
    flowchart: FlowchartLayout

    @property
    def pages(self) -> list[Page]:
        """Every page of the sheet in print order."""
        return [*self.identity, *self.flowchart.pages]


def content_bottom(sop: Sop, paper: Paper) -> float:
    """The y (points from the top) above which a page's content stays: over the footer and an
    electronic signature's footnote."""
    return paper.height - paper.margin - FOOTER_H - signature_footnote_height(sop, paper)


def layout_identity(sop: Sop, paper: Paper | PaperName = PaperName.A4, first_page: int = 1,
                    total: int | None = None, with_code: bool = True, live: bool = False) -> list[Page]:
    """The identity page(s) of ``sop`` on ``paper`` (or the SOP's own), footers numbered from
    ``first_page`` "of ``total``" (default: these pages alone); ``with_code``/``live`` as for
    `layout_flowchart` (the sheet code in the footer, or its placeholder)."""
    paper = sheet_paper(sop.setup.paper, PAPERS[paper] if isinstance(paper, PaperName) else paper)
    pages = identity_pages(sop, paper, content_bottom(sop, paper))
    return _with_footers(sop, paper, pages, first_page, total, with_code, live)


def _with_footers(sop: Sop, paper: Paper, pages: list[Page], first_page: int, total: int | None,
                  with_code: bool, live: bool) -> list[Page]:
    code = footer_code(sheet_code(sop) if not live else None) if with_code else ""
    total = total if total is not None else first_page - 1 + len(pages)
    note = signature_footnote(sop, paper)
    for page in pages:
        draw_footer(page, paper, first_page - 1 + page.number, total, code)
        draw_signature_footnote(page, paper, FOOTER_H, note)
    return pages


def layout_sheet(sop: Sop, paper: Paper | PaperName = PaperName.A4, first_page: int = 1, total: int | None = None,
                 with_code: bool = True, live: bool = False) -> SheetLayout:
    """The whole sheet of ``sop``: identity pages, then flowchart pages, numbered from
    ``first_page`` "of ``total``" (default: the sheet's own count). Raises nothing for any valid `Sop`."""
    paper = sheet_paper(sop.setup.paper, PAPERS[paper] if isinstance(paper, PaperName) else paper)
    identity = identity_pages(sop, paper, content_bottom(sop, paper))
    flowchart = layout_flowchart(sop, paper, page_offset=first_page - 1 + len(identity), page_total=total,
                                 with_code=with_code, live=live)
    total = total if total is not None else first_page - 1 + len(identity) + len(flowchart.pages)
    return SheetLayout(paper, _with_footers(sop, paper, identity, first_page, total, with_code, live), flowchart)
