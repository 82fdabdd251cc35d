"""Window sizes that fit the user's screen (the common office laptop is 1366×768)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def resize_to_fit(widget: QWidget, width: int, height: int, margin: float = 0.92) -> None:
    """Resize ``widget`` to ``width`` × ``height`` pixels, or less where the screen's available area
    (without the taskbar) is smaller: at most ``margin`` of it in each direction."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, int(area.width() * margin)), min(height, int(area.height() * margin))
    widget.resize(width, height)
