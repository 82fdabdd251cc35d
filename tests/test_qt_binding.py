"""Guard against a PySide6/Python pair that crashes after many Qt calls returning nothing.

PySide6 6.12.0 on Python 3.11 aborts with "Fatal Python error: none_dealloc" after a few
thousand such calls (measured here). The calls run in a child process so that an abort
fails this test rather than killing the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene
app = QApplication([])
scene = QGraphicsScene()
item = QGraphicsRectItem(0, 0, 10, 10)
scene.addItem(item)
for i in range(100_000):
    item.setPos(i % 100, i % 50)      # returns None
    item.setRect(0, 0, 10, i % 7 + 1)  # returns None
print("ok", item.pos().x())
"""


def test_100000_qt_calls_returning_nothing_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert result.stdout.startswith("ok")
