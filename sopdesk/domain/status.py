"""The status of a revision, alone in a small module: the catalogue lists and colours it before the
rest of the domain model is imported (issue 15, the start)."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """The lifecycle state of a revision (docs/product.md, Lifecycle): draft -> verified (by the
    Bagian Organisasi) -> approved (disahkan, signed) -> superseded by the next approved one."""

    DRAFT = "draft"
    VERIFIED = "verified"
    APPROVED = "approved"
    SUPERSEDED = "superseded"
