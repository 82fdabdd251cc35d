"""The Identitas view: the identity part (Bagian Identitas) of an SOP, as a read-only page.

Keterkaitan entries that name an SOP in the catalogue become links (``sop:<key>``) that
open it.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from sopdesk.domain.dates import format_date_id
from sopdesk.domain.model import Sop
from sopdesk.ui.language import finding_text

if TYPE_CHECKING:
    from sopdesk.domain.checker import Finding


def _items(values: tuple[str, ...], link: Callable[[str], str | None] | None = None) -> str:
    if not values:
        return "<p>-</p>"
    parts = []
    for value in values:
        key = link(value) if link else None
        text = escape(value)
        parts.append(f'<li><a href="sop:{escape(key)}">{text}</a></li>' if key else f"<li>{text}</li>")
    return f"<ol>{''.join(parts)}</ol>"


class IdentityView(QTextBrowser):
    """Shows the identity part; emits ``sopLinkActivated(key)`` for a Keterkaitan link."""

    sopLinkActivated = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self._resolve: Callable[[str], str | None] = lambda _title: None

    def set_link_resolver(self, resolve: Callable[[str], str | None]) -> None:
        """``resolve(text)`` returns the key of the SOP a Keterkaitan entry names, or None."""
        self._resolve = resolve

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "sop":
            self.sopLinkActivated.emit(url.path())

    def show_sop(self, sop: Sop | None, findings: list[Finding] | None = None) -> None:
        """Render ``sop`` with the format checker's ``findings`` (``None`` shows an empty page)."""
        self.setHtml(self.render_html(sop, findings or []) if sop else "")

    def render_html(self, sop: Sop, findings: list[Finding] | None = None) -> str:
        """The HTML of the identity part (user text escaped)."""
        a = sop.approval
        approval = "<br/>".join(escape(x) for x in (a.position, a.name, a.rank, f"NIP. {a.nip}" if a.nip else "") if x)
        rows = [
            (self.tr("SOP number"), escape(sop.number) or "-"),
            (self.tr("Date made"), format_date_id(sop.made_on)),
            (self.tr("Date revised"), format_date_id(sop.revised_on)),
            (self.tr("Effective date"), format_date_id(sop.effective_on)),
            (self.tr("Approved by"), approval or "-"),
            (self.tr("SOP name"), f"<b>{escape(sop.title)}</b>"),
        ]
        kop = "<br/>".join(f"<b>{escape(line)}</b>" for line in sop.unit)
        table = "".join(f"<tr><th align='left' width='25%'>{k}</th><td>{v}</td></tr>" for k, v in rows)
        grid = self._grid(sop)
        extra = self._extra(sop)
        notes = ""
        if sop.source_notes:
            items = "".join(f"<li>{escape(n)}</li>" for n in sop.source_notes)
            heading = self.tr("Transcription notes")
            notes = f"<h4>{heading} ({escape(sop.source_document)})</h4><ul style='color:#555'>{items}</ul>"
        checks = ""
        if findings:
            heading = self.tr("Format check: %d finding(s)") % len(findings)
            items = "".join(f"<li>{escape(finding_text(f))}</li>" for f in findings)
            checks = f"<h4 style='color:#a05000'>{heading}</h4><ul style='color:#a05000'>{items}</ul>"
        return (f"{checks}<div align='center'>{kop}</div><br/>"
                f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>{table}</table><br/>"
                f"{grid}{extra}{notes}")

    def _grid(self, sop: Sop) -> str:
        cells = [
            (self.tr("Legal basis"), _items(sop.legal_basis), self.tr("Implementer qualifications"),
             _items(sop.qualifications)),
            (self.tr("Related SOPs"), _items(sop.related_sops, self._resolve), self.tr("Equipment/supplies"),
             _items(sop.equipment)),
            (self.tr("Warning"), _items(sop.warning), self.tr("Records and data"), _items(sop.records)),
        ]
        rows = "".join(
            f"<tr><th bgcolor='#e6e6e6'>{h1}</th><th bgcolor='#e6e6e6'>{h2}</th></tr>"
            f"<tr><td valign='top'>{c1}</td><td valign='top'>{c2}</td></tr>"
            for h1, c1, h2, c2 in cells
        )
        return f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>{rows}</table>"

    def _extra(self, sop: Sop) -> str:
        summary, purpose, definitions = self.tr("Short description"), self.tr("Purpose"), self.tr("Definitions")
        parts = []
        if sop.summary:
            parts.append(f"<h4>{summary}</h4><p>{escape(sop.summary)}</p>")
        if sop.purpose:
            parts.append(f"<h4>{purpose}</h4>{_items(sop.purpose)}")
        if sop.definitions:
            parts.append(f"<h4>{definitions}</h4>{_items(sop.definitions)}")
        return "".join(parts)
