"""Text clean-up shared by the recogniser: joining wrapped lines, list items, label matching,
Indonesian dates. Rules follow how a person copies a sheet: lines wrapped in a cell are
joined with one space; a word broken by a hyphen at a line end is joined as one word."""

from __future__ import annotations

import datetime as dt
import re

ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zA-Z][.)]|[-•·▪●*])\s*")
_INLINE = re.compile(r"\s(\d{1,2})\.\s")
_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]")
_MONTHS = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11, "desember": 12,
}
_DATE = re.compile(r"(\d{1,2})\s*([A-Za-z]+)\s*(\d{4})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def join_lines(text: str) -> str:
    """One line: wrapped lines joined by a space, ``pelak-`` + ``sana`` -> ``pelaksana``."""
    out = ""
    for line in (part.strip() for part in text.splitlines()):
        if not line:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[:1].islower():
            out = out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return " ".join(out.split())


def split_items(text: str) -> list[str]:
    """A numbered or bulleted list as its items, numbering removed; empty items dropped.

    Items numbered side by side on one line (a list printed in two columns) are split and
    put in their numbers' order. Text without any numbering is one item."""
    items: list[tuple[int | None, list[str]]] = []
    for line in text.splitlines():
        for part in _side_by_side(line):
            if not part.strip():
                continue
            if ITEM.match(part) or not items:
                number = _NUMBER.match(part)
                items.append((int(number.group(1)) if number else None, [ITEM.sub("", part, count=1)]))
            else:
                items[-1][1].append(part)
    numbers = [n for n, _ in items]
    if None not in numbers and len(set(numbers)) == len(numbers):
        items.sort(key=lambda item: item[0] or 0)
    return [t for t in (join_lines("\n".join(lines)) for _, lines in items) if t]


def _side_by_side(line: str) -> list[str]:
    """``1. Komputer 4. Printer`` -> two items: a later number inside a numbered line."""
    first = _NUMBER.match(line)
    if first is None:
        return [line]
    cuts = [m.start() + 1 for m in _INLINE.finditer(line) if int(m.group(1)) > int(first.group(1)) + 1]
    return [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]


def normal(text: str) -> str:
    """Lower case, single spaces, no trailing ``:`` ``.`` ``-``: what labels are matched on."""
    return " ".join(text.casefold().split()).strip(" :.-")


def parse_date(text: str) -> dt.date | None:
    """``13 Januari 2024`` / ``04 AGUSTUS 2016`` / ``13-01-2024`` -> date; anything else ``None``."""
    m = _DATE.search(text)
    try:
        if m and m.group(2).casefold() in _MONTHS:
            return dt.date(int(m.group(3)), _MONTHS[m.group(2).casefold()], int(m.group(1)))
        m = _NUMERIC_DATE.search(text)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None
