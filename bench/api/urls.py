"""The production URLconf plus two comparison views for the throughput ratios of issue 13.

* ``/bench/constant`` -- a constant answer (no query): the ceiling of the stack.
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

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.urls import path
from graphql_relay import to_global_id

from authz import public_cache
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


def _needs() -> dict:
    rows = selectors.need_page(limit=20, organization_tags=False)
    out = []
    for need in rows:
        org = need.organization
        out.append({
            "id": to_global_id("Need", need.pk),
            "title": need.title,
            "tldr": need.tldr,
            "description": need.description,
            "urgency": need.urgency.upper(),
            "kind": need.kind.upper(),
            "languages": need.languages,
            "pageLanguage": need.page_language,
            "locationName": need.location_name,
            "latitude": need.latitude,
            "longitude": need.longitude,
            "contactEmail": need.contact_email,
            "contactUrl": need.contact_url,
            "createdAt": _iso(need.created_at),
            "organization": {
                "id": to_global_id("Organization", org.pk),
                "name": org.name,
                "county": org.county,
                "website": org.website,
                "activeNeedCount": need.organization_active_need_count,
            },
        })
    return {"data": {"needs": out}}


urlpatterns = [
    path("bench/constant", constant, name="bench-constant"),
    path("bench/needs.json", needs_json, name="bench-needs-json"),
    *production_urlpatterns,
]
