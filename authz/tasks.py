"""Background work that belongs below the apps."""

from __future__ import annotations

from celery import shared_task


# Minutes at several million rows: past the default soft limit of tasks (300 s).
@shared_task(name="authz.refresh_vector_indexes", soft_time_limit=3600, time_limit=3660)
def refresh_vector_indexes_task() -> list[dict]:
    """Rebuild the IVFFlat vector indexes whose lists no longer suit their rows
    (authz.vector_index; daily, from beat).  Reads and writes go on meanwhile."""
    from authz import vector_index

    return [{"index": s.name, "lists": s.lists, "rows": round(s.rows)}
            for s in vector_index.refresh()]
