"""What the layout keeps between two layouts of the same SOP (the editor lays out again after every
edit): keys that are cheap to compare, bounded caches, and copies of kept pages. No Qt.

An edit changes a few steps of an immutable `Sop`; the other `Step` values stay the same objects,
so a kept result is found by identity (`Same`) without hashing the step's whole content.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Hashable
from copy import copy
from typing import Any, Generic, TypeVar

from sopdesk.layout.geometry import Page

T = TypeVar("T")
V = TypeVar("V")


class Same(Generic[T]):
    """A key equal only to a key of the same object (``is``), hashed by identity: the object's own
    hash may walk its whole content. Holding the object keeps its identity from being reused."""

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value

    def __hash__(self) -> int:
        return id(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.value is self.value


class Key:
    """A tuple key whose hash is computed once (a tuple hashes its items again on every lookup)."""

    __slots__ = ("_hash", "items")

    def __init__(self, items: tuple[object, ...]) -> None:
        self.items = items
        self._hash = hash(items)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and other._hash == self._hash and other.items == self.items


class Kept(Generic[V]):
    """A cache of at most ``size`` results, the least recently used dropped first (the pages an
    editor session keeps showing stay); `forget_all` empties every one."""

    __slots__ = ("items", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[Hashable, V] = OrderedDict()
        _every.append(self)

    def get(self, key: Hashable) -> V | None:
        value = self.items.get(key)
        if value is not None:
            self.items.move_to_end(key)  # now the most recently used
        return value

    def put(self, key: Hashable, value: V) -> V:
        if len(self.items) >= self.size:
            self.items.popitem(last=False)
        self.items[key] = value
        return value

    def clear(self) -> None:
        self.items.clear()


_every: list[Kept[Any]] = []


def forget_all() -> None:
    """Empty every `Kept` cache (tests: the next layout is a fresh one)."""
    for kept in _every:
        kept.clear()


def page_copy(page: Page) -> Page:
    """A new `Page` holding the same primitives in new lists (the routing, the footers and the
    parts add to a page in place; a kept page stays as it was)."""
    fresh: dict[str, Any] = {f.name: copy(value) for f in dataclasses.fields(page)
             if isinstance(value := getattr(page, f.name), list | dict)}
    return dataclasses.replace(page, **fresh)
