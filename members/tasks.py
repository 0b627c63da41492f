"""Members' background work."""

from __future__ import annotations

from celery import shared_task


# Minutes at several million members: past the default soft limit of tasks (300 s).
@shared_task(name="members.refresh_vector_index", soft_time_limit=3600, time_limit=3660)
def refresh_vector_index_task() -> list[dict]:
    """Rebuild the members' IVFFlat indexes whose lists no longer suit the table's size
    (members.vector_index; daily, from beat).  Reads and writes go on meanwhile."""
    from members import vector_index

    return [{"index": s.name, "lists": s.lists, "rows": round(s.rows)}
            for s in vector_index.refresh()]
