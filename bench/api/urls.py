"""The production URLconf plus two comparison views for the throughput ratios of issue 13.

* ``/bench/constant`` -- a constant answer (no query): the ceiling of the stack.
* ``/bench/needs-raw.json`` -- the floor under the plain view: the same page's own compiled
  statement, prepared, on Django's pooled connection through a bare psycopg cursor, the
  same fields turned into JSON straight from the tuples -- no model instances, no Django
  cursor wrapper, no public answer cache.  Not a way to build the API (it bypasses every
  selector and rule), a measurement: what any view that reads 20 needs from PostgreSQL
  costs on this stack (``bench/load_test.py --floor``).
* ``/bench/round-trip`` -- lower still: a connection from the pool and ``SELECT 1``, the
  cost of touching the database at all in a request.
* ``/bench/needs.json`` -- the first page of the public needs list (20 rows, the same
  fields as ``bench/locustfile.py``'s GraphQL query) as plain ``JsonResponse``: the same
  page selector as the GraphQL list (``needs.selectors.need_page``: the public needs,
  without the organizations' tags, as the GraphQL list loads them only when they are
  selected; its compiled statement), order and SQL queries; and, like
  the GraphQL endpoint, answered from the public answer cache (``authz.public_cache``:
  same look-up, same invalidation) when it is on, so the two stay comparable
  (``PUBLIC_RESPONSE_CACHE_SECONDS=0`` measures both without it).
"""

from __future__ import annotations

import json
from functools import partial

import psycopg
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.http import HttpResponse
from django.urls import path
from graphql_relay import to_global_id

from authz import public_cache
from authz.compiled import bind, prepares
from config.urls import urlpatterns as production_urlpatterns
from needs import selectors

CONSTANT = b'{"ok": true}'


def constant(request):
    return HttpResponse(CONSTANT, content_type="application/json")


def _iso(value):
    return value.isoformat() if value is not None else None


def needs_json(request):
    lookup = public_cache.lookup(public_cache.key("bench-needs-json"))
    if lookup is not None and lookup.body is not None:
        return HttpResponse(lookup.body, content_type="application/json")
    body = json.dumps(_needs(), cls=DjangoJSONEncoder)  # as JsonResponse encodes
    if lookup is not None:
        lookup.store(body)
    return HttpResponse(body, content_type="application/json")


def _need_json(need, org, count) -> dict:
    """One need of the list as both views answer it; ``need`` and ``org`` read a column (by
    attribute name) of the need and of its organization, ``count`` is its active needs."""
    return {
        "id": to_global_id("Need", need("id")),
        "title": need("title"),
        "tldr": need("tldr"),
        "description": need("description"),
        "urgency": need("urgency").upper(),
        "kind": need("kind").upper(),
        "languages": need("languages"),
        "pageLanguage": need("page_language"),
        "locationName": need("location_name"),
        "latitude": need("latitude"),
        "longitude": need("longitude"),
        "contactEmail": need("contact_email"),
        "contactUrl": need("contact_url"),
        "createdAt": _iso(need("created_at")),
        "organization": {
            "id": to_global_id("Organization", org("id")),
            "name": org("name"),
            "county": org("county"),
            "website": org("website"),
            "activeNeedCount": count,
        },
    }


def _needs() -> dict:
    rows = selectors.need_page(limit=20, organization_tags=False)
    return {"data": {"needs": [
        _need_json(partial(getattr, need), partial(getattr, need.organization),
                   need.organization_active_need_count) for need in rows]}}


def round_trip(request):
    connection.ensure_connection()
    with connection.connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchall()
    return HttpResponse(CONSTANT, content_type="application/json")


def needs_raw(request):
    page = selectors._compiled_page(frozenset(), False, 20)
    need = {name: page.fields.start + i for i, name in enumerate(page.init_list)}
    populator = page.populators[0]  # the organization (select_related)
    org = {name: populator.cols_start + i for i, name in enumerate(populator.init_list)}
    count = page.annotations["organization_active_need_count"]
    connection.ensure_connection()
    # Server-side binding, prepared as the plain view's page is (when DB_PREPARED_STATEMENTS).
    with psycopg.Cursor(connection.connection) as cursor:
        cursor.execute(page.sql, bind(page.slots, {}), prepare=prepares() or None)
        rows = cursor.fetchall()
    out = [_need_json(lambda name, row=row: row[need[name]],
                      lambda name, row=row: row[org[name]], row[count]) for row in rows]
    return HttpResponse(json.dumps({"data": {"needs": out}}), content_type="application/json")


urlpatterns = [
    path("bench/constant", constant, name="bench-constant"),
    path("bench/needs.json", needs_json, name="bench-needs-json"),
    path("bench/needs-raw.json", needs_raw, name="bench-needs-raw"),
    path("bench/round-trip", round_trip, name="bench-round-trip"),
    *production_urlpatterns,
]
