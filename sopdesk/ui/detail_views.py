"""The main window's right-hand tabs (Identitas, Diagram alir, Pelaksanaan), built after the first paint.

The tab bar and its titles exist from the start, each over an empty page; the views themselves
(and their modules: the flowchart scene, the identity browser, the executions panel) are made by
`DetailViews.build`, called once the catalogue is painted or on first use, whichever comes first.
Issue 15: the start stays within 2x a bare Qt window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtWidgets import QTabWidget, QWidget

if TYPE_CHECKING:
    from sopdesk.ui.executions import ExecutionPanel
    from sopdesk.ui.flowchart_view import FlowchartView
    from sopdesk.ui.identity import IdentityView
    from sopdesk.ui.scene import FlowchartScene


class Views(NamedTuple):
    """The right-hand views, once made."""

    identity: IdentityView
    scene: FlowchartScene
    view: FlowchartView
    executions: ExecutionPanel


class DetailViews:
    """The views of ``tabs`` (three tabs titled ``titles``, empty pages until built).

    ``make_execution_panel`` returns the Pelaksanaan panel; ``connect`` is called once with the
    `Views` after they are made, to wire them to the window.
    """

    def __init__(self, tabs: QTabWidget, titles: tuple[str, str, str], scene_parent: Any,
                 make_execution_panel: Callable[[], ExecutionPanel],
                 connect: Callable[[Views], None]) -> None:
        self._tabs = tabs
        self._titles = titles
        self._scene_parent = scene_parent
        self._make_execution_panel = make_execution_panel
        self._connect = connect
        self._views: Views | None = None
        for title in titles:
            tabs.addTab(QWidget(), title)

    @property
    def built(self) -> bool:
        """True once the views exist."""
        return self._views is not None

    def build(self) -> None:
        """Make the views (once) and put them in their tabs, the current tab kept."""
        self.views()

    def views(self) -> Views:
        """The views, made now if they are not yet."""
        if self._views is None:
            from sopdesk.ui.flowchart_view import FlowchartView
            from sopdesk.ui.identity import IdentityView
            from sopdesk.ui.scene import FlowchartScene

            scene = FlowchartScene(self._scene_parent)
            self._views = Views(IdentityView(), scene, FlowchartView(scene), self._make_execution_panel())
            self._place((self._views.identity, self._views.view, self._views.executions))
            self._connect(self._views)
        return self._views

    def _place(self, pages: tuple[QWidget, ...]) -> None:
        tabs, current = self._tabs, self._tabs.currentIndex()
        blocked = tabs.blockSignals(True)
        for index, (page, title) in enumerate(zip(pages, self._titles, strict=True)):
            placeholder = tabs.widget(index)
            tabs.removeTab(index)
            tabs.insertTab(index, page, title)
            if placeholder is not None:
                placeholder.deleteLater()
        tabs.setCurrentIndex(current)
        tabs.blockSignals(blocked)
