"""The editor's drawing after an edit keeps the page items it can: a page added or taken away by
the edit is the only item made or removed, a page whose drawing did not change is not repainted,
and the selected row's outline stays when the row did not move (issue 13: the editor's frame)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sopdesk.domain import editing
from sopdesk.layout.flowchart import layout_flowchart
from sopdesk.ui.editor.scene import EditorScene
from tests.generated import WORDS, generated_sop


def _updated(scene: EditorScene) -> list[int]:
    """Record which pages (0-based) are asked to repaint."""
    calls: list[int] = []
    for k, item in enumerate(scene.pages):
        real = item.update

        def update(*args: object, k: int = k, real: object = real) -> None:
            calls.append(k)
            real(*args)  # type: ignore[operator]

        item.update = update  # type: ignore[method-assign]
    return calls


def test_a_page_added_by_an_edit_is_the_only_new_item(qtbot: QtBot) -> None:
    sop = generated_sop(40, 4, 3)
    scene = EditorScene()
    scene.show_layout(layout_flowchart(sop, live=True))
    items = list(scene.pages)
    last = len(sop.steps) - 2
    longer = sop
    while len(layout_flowchart(longer, live=True).pages) == len(items):
        longer = editing.set_step_text(longer, last, "activity", longer.steps[last].activity + " " + " ".join(WORDS))
    scene.show_layout(layout_flowchart(longer, live=True))
    assert scene.pages[:len(items)] == items and len(scene.pages) == len(items) + 1
    assert scene.pages[-1].y() == items[-1].y() + items[-1].page.height + 24.0
    scene.show_layout(layout_flowchart(sop, live=True))
    assert scene.pages == items
    assert scene.sceneRect().bottom() == items[-1].y() + items[-1].page.height + 24.0


def test_only_the_edited_page_repaints_and_the_outline_stays(qtbot: QtBot) -> None:
    sop = generated_sop(60, 8, 4)
    scene = EditorScene()
    layout = layout_flowchart(sop, live=True)
    scene.show_layout(layout)
    k = layout.pages[1].steps[1]
    scene.select_step(k)
    outline = scene._selection
    updated = _updated(scene)
    edited = editing.set_step_text(sop, k, "output", sop.steps[k].output[:-1])
    scene.show_layout(layout_flowchart(edited, live=True))
    assert updated == [1]
    assert scene._selection is outline
