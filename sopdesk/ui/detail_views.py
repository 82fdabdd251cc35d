"""The main window's right-hand tabs (Identitas, Diagram alir, Pelaksanaan), made after the first paint.

The tab bar and its titles exist from the start, each over an empty page; the views themselves
(and their modules: the flowchart scene, the identity browser, the executions panel) are made by
`DetailViews.views` once the catalogue is painted, when the database cannot be opened, when a tab
is clicked, or on first use by code, whichever comes first. Issue 15: the start stays within 2x a
bare Qt window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from sopdesk.ui.executions import ExecutionPanel
    from sopdesk.ui.flowchart_view import FlowchartView
    from sopdesk.ui.identity import IdentityView
    from sopdesk.ui.main_window import MainWindow
    from sopdesk.ui.scene import FlowchartScene


class Views(NamedTuple):
    """The right-hand views, once made."""

    identity: IdentityView
    scene: FlowchartScene
    view: FlowchartView
    executions: ExecutionPanel


class DetailViews:
    """The views in ``window.tabs``: three tabs titled ``titles``, empty pages until made."""

    def __init__(self, window: MainWindow, titles: tuple[str, str, str]) -> None:
        self._window = window
        self._titles = titles
        self._views: Views | None = None
        for title in titles:
            window.tabs.addTab(QWidget(), title)
        window.tabs.currentChanged.connect(self.build)

    @property
    def built(self) -> bool:
        """True once the views exist."""
        return self._views is not None

    def build(self) -> None:
        """Make the views now if they are not yet."""
        self.views()

    def views(self) -> Views:
        """The views, made (once) and put in their tabs, the current tab kept, if they are not yet."""
        if self._views is None:
            self._views = self._make()
            self._place((self._views.identity, self._views.view, self._views.executions))
        return self._views

    def zoomable(self) -> FlowchartView:
        """The page view the View menu's zoom acts on: the Identitas pages when that tab is
        current, else the Diagram alir."""
        views = self.views()
        return views.identity.view if self._window.tabs.currentWidget() is views.identity else views.view

    def _make(self) -> Views:
        from sopdesk.ui.executions import ExecutionPanel
        from sopdesk.ui.flowchart_view import FlowchartView
        from sopdesk.ui.identity import IdentityView
        from sopdesk.ui.scene import FlowchartScene

        window = self._window
        identity = IdentityView()
        identity.sopLinkActivated.connect(window.open_sop_by_key)
        identity.set_link_resolver(window.resolve_related)
        scene = FlowchartScene(window)
        executions = ExecutionPanel(lambda: window.clock(), window.user_name)
        return Views(identity, scene, FlowchartView(scene), executions)

    def _place(self, pages: tuple[QWidget, ...]) -> None:
        tabs = self._window.tabs
        current = tabs.currentIndex()
        blocked = tabs.blockSignals(True)
        for index, (page, title) in enumerate(zip(pages, self._titles, strict=True)):
            placeholder = tabs.widget(index)
            tabs.removeTab(index)
            tabs.insertTab(index, page, title)
            if placeholder is not None:
                placeholder.deleteLater()
        tabs.setCurrentIndex(current)
        tabs.blockSignals(blocked)
