"""Reads for matching: candidate members for a need (who is in reach), with what their
rows say about them (the reference corpus they are compared against lives in
``matching.reference``)."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

import numpy as np
import psycopg
from django.conf import settings
from django.db import connection, transaction
from psycopg.adapt import Loader
from psycopg.pq import Format

from authz import vector_index
from authz.vectors import literal
from members.geo import POINT_BOX_SQL, reach_box_sql
from needs.models import Need

# Members whose reach box holds the need's point (member_reach_gist); haversine decides.
REACH = ["m.latitude IS NOT NULL", f"{reach_box_sql('m.')} @> "
         + POINT_BOX_SQL.format(lng="%(lng)s", lat="%(lat)s")]
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
    languages: list = field(default_factory=list)    # spoken, as the member gave them
    activities: list = field(default_factory=list)   # picked by the member
    inferred: dict = field(default_factory=dict)     # as recorded on the row
    concepts: object = None                          # matching.concepts.Concepts
    text_language: str = ""


def candidate_members(need: Need, *, limit: int | None = None, exact: bool | None = None,
                      probes: int | None = None, activities=()) -> list[Candidate]:
    """Active, unpaused members with a push token and an embedding of the need's model,
    whose radius covers the need (needs without a location reach members statewide), with
    similarity above the floor; best first, at most ``limit``.

    The path is chosen per need from how many members have it in reach, estimated on a
    sample (``exact=None``, the default; ``_dense``; measured in bench/matching_speed.py,
    docs/benchmarks.md "issue 13"):

    * **exact** where few members are in reach (a town, a rural county; an outstate city
      while the table is small): the members whose reach box holds the need
      (``member_reach_gist``), haversine, then an exact sort.  Its cost grows with the
      members in reach, so it serves needs with fewer than ``MATCH_INDEX_MIN_IN_REACH``
      of them, or fewer than ``MATCH_INDEX_MIN_SHARE`` of all members (an index scan
      filtered that hard starves);
    * **index** elsewhere (the metro, a statewide need; an outstate city at a million
      members): the members' IVFFlat index of the need's width (authz.vector_index)
      with pgvector 0.8's *iterative* scan (``relaxed_order``): the ``probes`` lists
      nearest the need first, more until ``limit`` rows pass the radius filter; re-sorted
      here exactly.  The planner, left alone, picks the exact plan for every located
      need, so the index path gives it no box to prefer.

    Both paths rank ids and similarities only, then read the rows of the best ``limit``.

    ``exact=True``/``False`` forces one path (the benchmark compares them); ``probes``
    sets ``ivfflat.probes`` (default ``MATCH_IVF_PROBES``, 0: the square root of the
    index's lists, at least 10).

    Vectors are read in binary (half floats straight into numpy, no text parsing).

    ``activities``: members in reach whose row records one of these activities (picked,
    or read from their profile) are candidates too, whatever their rank by similarity
    and without the floor: the local model ranks a Hmong profile far below English ones
    for an English need it fits, and at scale the first ``limit`` by similarity would
    not reach it.
    """
    if need.embedding is None or not need.embedding_model:
        return []
    limit = limit or settings.MATCH_CANDIDATE_LIMIT
    dims = int(np.asarray(need.embedding).shape[0])
    located = need.latitude is not None and need.longitude is not None
    params: dict = {
        "vec": literal(need.embedding),
        "model": need.embedding_model,
        "floor": settings.MATCH_SIMILARITY_FLOOR,
        "limit": limit,
    }
    base = _eligible(dims)
    reach = near = []
    distance_sql = "NULL::float"
    if located:
        params.update(lat=need.latitude, lng=need.longitude)
        distance_sql = _HAVERSINE
        reach = REACH
        near = [f"{_HAVERSINE} <= m.radius_km"]
    acts = sorted({str(a) for a in activities or ()})
    params["acts"] = acts
    by_activity = ("(m.inferred->'activities' ?| %(acts)s::text[]"
                   " OR m.activities && %(acts)s::varchar[])") if acts else "false"
    distance = f"m.embedding::halfvec({dims}) <=> %(vec)s::halfvec({dims})"

    def select(where: list[str]) -> str:
        return f"""
        SELECT m.id, 1 - ({distance}) AS similarity,
               {distance_sql} AS distance_km, m.language, m.interests, m.embedding,
               m.languages, m.activities, m.inferred, {by_activity} AS by_activity
        FROM members_member m
        WHERE {" AND ".join(where)}"""  # noqa: S608 - constant fragments only

    def ranked(where: list[str]) -> str:
        return f"""
        SELECT m.id, 1 - ({distance}) AS similarity FROM members_member m
        WHERE {" AND ".join(where)} ORDER BY {distance} LIMIT %(fetch)s"""  # noqa: S608

    def best_rows(where: list[str], fetch: int) -> None:
        """Ids and similarities first (narrow rows to sort), the best ``limit`` of them
        exactly, then those members' rows (left on ``cursor``)."""
        cursor.execute(ranked(where), {**params, "fetch": fetch})
        best = sorted(cursor.fetchall(), key=lambda row: -row[1])[:limit]
        params["best"] = [row[0] for row in best]
        cursor.execute(select(["m.id = ANY(%(best)s::uuid[])"]), params)

    with transaction.atomic():
        cursor = _binary_cursor()
        try:
            if exact is None:
                exact = not _dense(cursor, base + reach, params, located)
            if exact:
                # No index scan: the members whose reach box holds the need (a bitmap scan
                # of member_reach_gist), then haversine and an exact sort.
                cursor.execute("SET LOCAL enable_indexscan = off")
                best_rows(base + reach + near, limit)
            else:
                # The IVFFlat scan, filtered by haversine as it goes (no box: the planner
                # would prefer it and sort exactly, the slow path where this many are in
                # reach).  SET takes no bind parameters: integers, formatted.
                cursor.execute(f"SET LOCAL ivfflat.probes = {_probes(cursor, dims, probes)}")
                cursor.execute("SET LOCAL ivfflat.iterative_scan = relaxed_order")
                cursor.execute("SET LOCAL enable_seqscan = off")
                # Relaxed order: each further list's rows come after the first ones, not
                # in order with them; the best ``limit`` are re-sorted exactly below.
                best_rows(base + near, limit)
            rows = cursor.fetchall()
            rows.sort(key=lambda row: -row[1])
            if acts:
                # Members who said they do one of the need's activities, beyond the first
                # ``limit`` by similarity: an exact scan (never cut short by the index).
                params["seen"] = [r[0] for r in rows]
                # No IVFFlat scan (it would read only the probed lists): bitmap scans of the
                # reach index, or the table.
                cursor.execute("SET LOCAL enable_indexscan = off")
                cursor.execute("SET LOCAL enable_seqscan = on")
                cursor.execute(
                    select(base + reach + near
                           + [by_activity, "NOT (m.id = ANY(%(seen)s::uuid[]))"])
                    + f" ORDER BY {distance}", params)
                rows += cursor.fetchall()
        finally:
            cursor.close()
    out = []
    for (member_id, similarity, distance_km, language, interests, vector, languages, picked,
         inferred, stated) in rows:
        if similarity < params["floor"] and not stated:
            continue
        out.append(Candidate(member_id, float(similarity),
                             None if distance_km is None else float(distance_km), language,
                             interests, vector, list(languages or []),
                             list(picked or []), inferred or {}))
    return out


def selection_path(need: Need) -> str:
    """The path ``candidate_members`` takes for ``need`` by default: "exact" or "index"
    (for benchmarks and diagnostics; the same test the selector makes)."""
    located = need.latitude is not None and need.longitude is not None
    params = {"model": need.embedding_model, "lat": need.latitude, "lng": need.longitude}
    where = _eligible(int(np.asarray(need.embedding).shape[0])) + (REACH if located else [])
    with transaction.atomic():
        cursor = _binary_cursor()
        try:
            dense = _dense(cursor, where, params, located)
        finally:
            cursor.close()
    return "index" if dense else "exact"


def _eligible(dims: int) -> list[str]:
    """Members who may be told at all: active, unpaused, with a push token and a vector of
    the need's model and width (the width a literal: the partial index's predicate)."""
    return [
        "m.active",
        "(m.paused_until IS NULL OR m.paused_until <= now())",
        "m.push_token <> ''",
        "m.embedding_model = %(model)s",
        f"vector_dims(m.embedding) = {int(dims)}",
    ]


def _probes(cursor, dims: int, probes: int | None) -> int:
    """``ivfflat.probes``: as given, else ``MATCH_IVF_PROBES``, else the index's own
    (``authz.vector_index.probes``: the square root of its lists, at least 10)."""
    chosen = int(probes or settings.MATCH_IVF_PROBES or 0)
    return chosen if chosen > 0 else vector_index.probes(cursor, "members_member", dims)


def _dense(cursor, where: list[str], params: dict, located: bool = True) -> bool:
    """Do many members have the need in reach?  Then the iterative index scan finds
    ``limit`` of them quickly (it reads about limit / share rows), and an exact sort of
    everyone in reach would be the slow path: at least ``MATCH_INDEX_MIN_IN_REACH``
    members in reach (the exact path's cost; 25,000 took ~80 ms at a million members on
    this project's 2-core machine) and at least ``MATCH_INDEX_MIN_SHARE`` of all members
    (below, the filtered scan reads too many lists).  A need without a location has every
    member in reach.

    The share is estimated on a sample of the table's pages (about
    ``MATCH_DENSITY_SAMPLE_ROWS`` rows, ``TABLESAMPLE SYSTEM``, a fixed seed so a need
    always takes the same path): a few milliseconds at any size, where counting the
    members in reach of a metro need would read tens of thousands of index entries.
    """
    total = vector_index.table_rows(cursor, "members_member")
    if total <= 0 or total < settings.MATCH_INDEX_MIN_IN_REACH:
        return False
    if not located:
        return True
    percent = min(100.0, 100.0 * settings.MATCH_DENSITY_SAMPLE_ROWS / total)
    cursor.execute(
        "SELECT count(*) FILTER (WHERE " + " AND ".join(where) + "), count(*) "  # noqa: S608
        f"FROM members_member m TABLESAMPLE SYSTEM ({percent:.6f}) REPEATABLE (0)", params)
    in_reach, sampled = cursor.fetchone()
    if not sampled:
        return False
    share = in_reach / sampled
    return (share >= settings.MATCH_INDEX_MIN_SHARE
            and share * total >= settings.MATCH_INDEX_MIN_IN_REACH)


class _HalfvecLoader(Loader):
    """halfvec, binary: uint16 width, uint16 unused, then big-endian half floats."""

    format = Format.BINARY

    def load(self, data) -> np.ndarray:
        return np.frombuffer(bytes(data), dtype=">f2", offset=4).astype(np.float32)


class _BinaryCursor(psycopg.Cursor):
    def execute(self, query, params=None, **kwargs):
        return super().execute(query, params, binary=True, **kwargs)


# Connections whose adapters already load binary halfvec (one lookup per connection, not
# per call; the loader only applies to binary results, so Django's own text reads are as
# before).
_LOADING_HALFVEC: weakref.WeakSet = weakref.WeakSet()


def _binary_cursor():
    """A cursor on Django's own connection (same transaction) that returns results in
    binary, with halfvec columns loaded as float32 arrays."""
    connection.ensure_connection()
    raw = connection.connection
    if raw not in _LOADING_HALFVEC:
        oid = raw.execute("SELECT 'halfvec'::regtype::oid").fetchone()[0]
        raw.adapters.register_loader(oid, _HalfvecLoader)
        _LOADING_HALFVEC.add(raw)
    # Django's own cursors bind on the client, which cannot return binary results.
    return _BinaryCursor(raw)


