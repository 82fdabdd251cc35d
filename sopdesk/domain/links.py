"""Keterkaitan: which catalogue SOP a related-SOP entry names.

Entries are free text ("SOP Penyusunan Perjanjian Kinerja Kabupaten Balangan.") and rarely
repeat a title to the letter, so names are compared after normalising (case, the "SOP"
prefix, punctuation) with a similarity ratio (difflib); only a clear best match counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

THRESHOLD = 0.88


def _normal(text: str) -> str:
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    text = re.sub(r"^\s*(standar operasional prosedur|sop)\b", " ", text)
    return " ".join(text.split())


def match_related(entry: str, titles: Iterable[tuple[str, str]]) -> str | None:
    """The key of the SOP in ``titles`` (pairs of key, title) that ``entry`` names, or None.

    A match needs a similarity of at least `THRESHOLD` and must beat the runner-up.
    """
    wanted = _normal(entry)
    if not wanted:
        return None
    scored = sorted(((SequenceMatcher(None, wanted, _normal(title)).ratio(), key) for key, title in titles),
                    reverse=True)
    if not scored or scored[0][0] < THRESHOLD:
        return None
    if len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.05:
        return None
    return scored[0][1]
