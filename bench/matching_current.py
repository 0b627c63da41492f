"""The live matching pipeline, in the shape ``bench/matching_blind.py`` scores."""

from __future__ import annotations

from matching.selectors import candidate_members  # noqa: F401 - used by the benchmark

NAME = "current"


def order_members(need) -> list | None:
    """Every candidate in the live relevance order (kept or not), if the live code has one."""
    from matching import services

    order = getattr(services, "order_members", None)
    return None if order is None else order(need)
