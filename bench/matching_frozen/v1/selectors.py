"""Reads for matching: candidate members for a need, and the reference set of needs that
relevance compares each member against."""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
from django.db import connection, transaction

from members.geo import bounding_box
from needs.models import Need

from .frozen_settings import settings

EARTH_RADIUS_KM = 6371.0088
_HAVERSINE = (
    f"2 * {EARTH_RADIUS_KM} * asin(sqrt(power(sin(radians(m.latitude - %(lat)s) / 2), 2) + "
    "cos(radians(%(lat)s)) * cos(radians(m.latitude)) * "
    "power(sin(radians(m.longitude - %(lng)s) / 2), 2)))"
)


@dataclass
class Candidate:
    member_id: object
    similarity: float
    distance_km: float | None
    language: str
    interests: str
    vector: np.ndarray | None = None


def candidate_members(need: Need, *, limit: int | None = None, exact: bool | None = None,
                      ef_search: int | None = None) -> list[Candidate]:
    """Active, unpaused members with a push token and an embedding of the need's model,
    whose radius covers the need (needs without a location reach members statewide), with
    similarity above the floor; best first, at most ``limit``.

    Strategy (``exact=None``, the default), measured in bench/matching_speed.py: pgvector
    0.6 filters *after* the HNSW scan, which yields at most ``ef_search`` members statewide,
    so a need in St Cloud or a rural county would find almost nobody inside the radius.
    A need with a location therefore takes the exact path (the bounding box on the
    (latitude, longitude) index narrows the rows, then an exact sort); a statewide need
    (no location) uses the HNSW index with a wide ``ef_search`` (recall 0.98 at 100,000
    members).  ``exact=True``/``False`` forces one path (the benchmark compares them).
    """
    if need.embedding is None or not need.embedding_model:
        return []
    limit = limit or settings.MATCH_CANDIDATE_LIMIT
    if exact is None:
        exact = need.latitude is not None and need.longitude is not None
    params: dict = {
        "vec": np.asarray(need.embedding, dtype=np.float32).tolist().__str__(),
        "model": need.embedding_model,
        "floor": settings.MATCH_SIMILARITY_FLOOR,
        "limit": limit,
    }
    where = [
        "m.active",
        "(m.paused_until IS NULL OR m.paused_until <= now())",
        "m.push_token <> ''",
        "m.embedding IS NOT NULL",
        "m.embedding_model = %(model)s",
    ]
    distance_sql = "NULL::float"
    if need.latitude is not None and need.longitude is not None:
        params.update(lat=need.latitude, lng=need.longitude)
        max_radius = _max_member_radius()
        min_lat, max_lat, min_lng, max_lng = bounding_box(need.latitude, need.longitude,
                                                          max_radius)
        params.update(min_lat=min_lat, max_lat=max_lat, min_lng=min_lng, max_lng=max_lng)
        distance_sql = _HAVERSINE
        where += [
            "m.latitude BETWEEN %(min_lat)s AND %(max_lat)s",
            "m.longitude BETWEEN %(min_lng)s AND %(max_lng)s",
            f"{_HAVERSINE} <= m.radius_km",
        ]
    sql = f"""
        SELECT m.id, 1 - (m.embedding::vector <=> %(vec)s::vector) AS similarity,
               {distance_sql} AS distance_km, m.language, m.interests, m.embedding
        FROM members_member m
        WHERE {" AND ".join(where)}
        ORDER BY m.embedding::vector <=> %(vec)s::vector
        LIMIT %(limit)s
    """  # noqa: S608 - only constant fragments are interpolated; values are parameters
    with transaction.atomic(), connection.cursor() as cursor:
        ef = min(1000, max(ef_search or settings.MATCH_HNSW_EF_SEARCH, limit))
        cursor.execute("SET LOCAL hnsw.ef_search = %s", [ef])
        if exact:
            # No HNSW scan: the bounding box (a bitmap scan of the lat/lng index) and an
            # exact sort of what is inside it.
            cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    out = []
    for member_id, similarity, distance, language, interests, vector in rows:
        if similarity < params["floor"]:
            continue
        out.append(Candidate(member_id, float(similarity),
                             None if distance is None else float(distance), language,
                             interests, to_array(vector)))
    return out


def to_array(value) -> np.ndarray:
    """A vector column value (text from a raw cursor, or an array) as float32."""
    if isinstance(value, str):
        return np.asarray(json.loads(value), dtype=np.float32)
    return np.asarray(value, dtype=np.float32)


def _max_member_radius() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(radius_km), 0) FROM members_member WHERE active")
        return int(cursor.fetchone()[0]) or 1


def reference_needs(need: Need) -> tuple[list[int], np.ndarray]:
    """The active needs of the same model (the need itself included) that a member's
    similarity to this need is compared with; most recent first, bounded."""
    rows = list(
        Need.objects.filter(status=Need.Status.ACTIVE, embedding_model=need.embedding_model,
                            embedding__isnull=False)
        .exclude(pk=need.pk)
        .order_by("-moderated_at", "-pk")
        .values_list("pk", "embedding")[: settings.MATCH_REFERENCE_NEEDS]
    )
    ids = [need.pk] + [pk for pk, _ in rows]
    vectors = [np.asarray(need.embedding, dtype=np.float32)] + [
        np.asarray(v, dtype=np.float32) for _, v in rows
    ]
    return ids, np.vstack(vectors)
