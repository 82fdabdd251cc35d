"""Defects of the layout quality checker on a fixed draw of random version-2 SOPs (issues 13, 14).

`count_defects` lays out ``n`` SOPs of `tests.generated.generated_v2_sop` (1-60 rows, 1-8 lanes,
seeds from a fixed `random.Random`) and counts the defects found, by kind, and the SOPs that have
any. Run ``python -m tests.v2_defects [n]`` from the repository to print the counts (the draw of
300 is what the routing commits quote). No Qt.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Iterator

from sopdesk.domain.model import Sop
from sopdesk.layout.flowchart import FOOTER_H, layout_flowchart
from sopdesk.layout.quality import Issue, check_quality
from tests.generated import generated_v2_sop

DRAW_SEED = 2026


def drawn_sops(n: int = 300) -> Iterator[Sop]:
    """The fixed draw: ``n`` random version-2 SOPs, the same ones on every run."""
    rng = random.Random(DRAW_SEED)
    for _ in range(n):
        steps, seed, lanes = rng.randint(1, 60), rng.randint(0, 10_000), rng.randint(1, 8)
        yield generated_v2_sop(steps, seed, lanes)


def sop_issues(sop: Sop) -> list[Issue]:
    """Every defect the quality checker finds on ``sop`` laid out (footer checked, no code block)."""
    layout = layout_flowchart(sop, with_code=False)
    return check_quality(layout.pages, layout.paper.height - layout.paper.margin - FOOTER_H)


def count_defects(n: int = 300) -> tuple[Counter[str], int]:
    """(defects by kind, SOPs with any defect) on the first ``n`` SOPs of the fixed draw."""
    kinds: Counter[str] = Counter()
    bad = 0
    for sop in drawn_sops(n):
        found = sop_issues(sop)
        kinds.update(i.kind for i in found)
        bad += bool(found)
    return kinds, bad


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv else 300
    kinds, bad = count_defects(n)
    print(f"{bad} of {n} SOPs with defects; " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
