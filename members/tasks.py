"""Members' background work."""

from __future__ import annotations

from celery import shared_task


@shared_task(name="members.refresh_vector_index")
def refresh_vector_index_task() -> list[dict]:
    """Rebuild the members' IVFFlat indexes whose lists no longer suit the table's size
    (members.vector_index; daily, from beat).  Reads and writes go on meanwhile."""
    from members import vector_index

    return [{"index": s.name, "lists": s.lists, "rows": round(s.rows)}
            for s in vector_index.refresh()]
