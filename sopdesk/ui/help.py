"""Bantuan → Panduan (F1): a short illustrated guide inside the app.

The guide is HTML in ``sopdesk/resources/help/guide_<language>.html`` with its screenshots beside it
(``tools/help_screenshots.py`` makes them offscreen); it opens at the section of the tab shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from sopdesk.ui.language import current_language

if TYPE_CHECKING:
    from sopdesk.ui.main_window import MainWindow

SECTIONS = ("catalogue", "flowchart", "edit", "executions", "weekly", "print", "server")
"""The guide's anchors, in its order."""

TAB_SECTIONS = ("catalogue", "flowchart", "executions")
"""The section for each tab of the main window: Identitas, Diagram alir, Pelaksanaan."""


def guide_path(language: str) -> Path:
    """The guide's HTML file for ``language`` ("id" or "en"; Bahasa Indonesia for any other)."""
    from sopdesk.resources import resources_dir  # not at start-up (issue 15)

    return resources_dir() / "help" / f"guide_{'en' if language == 'en' else 'id'}.html"


class HelpWindow(QDialog):
    """The guide in a `QTextBrowser`; ``show_section(anchor)`` scrolls to one of ``SECTIONS``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("sopdesk guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(current_language()))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def show_section(self, section: str) -> None:
        """Scroll to the section ``section`` (an anchor of the guide)."""
        self.browser.scrollToAnchor(section)


class HelpController(QObject):
    """Adds Panduan (F1) to the Bantuan menu of ``window`` and keeps one guide window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide: HelpWindow | None = None

    def install(self, menu: Any) -> None:
        self.window._action(menu, self.tr("&Guide"), "F1", self.show_guide)

    def current_section(self) -> str:
        """The section of the tab the main window shows."""
        index = self.window.tabs.currentIndex()
        return TAB_SECTIONS[index] if 0 <= index < len(TAB_SECTIONS) else SECTIONS[0]

    def show_guide(self, section: str | None = None) -> HelpWindow:
        """Open (or raise) the guide at ``section`` (default: the current tab's)."""
        if self.guide is None:
            self.guide = HelpWindow(self.window)
        self.guide.show()
        self.guide.activateWindow()
        self.guide.show_section(section or self.current_section())
        return self.guide
