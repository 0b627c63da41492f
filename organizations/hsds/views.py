"""The HSDS 3.0 API, read-only and public: ``/hsds/``, ``/hsds/organizations`` and
``/hsds/organizations/{id}``.

Paginated as the HSDS OpenAPI document says (``page`` from 1, ``per_page``; the answer
carries ``total_items``, ``total_pages``, ``page_number``, ``size``, ``first_page``,
``last_page``, ``empty`` and ``contents``).  Only listed organizations and their public
fields are served.  Bad parameters answer 400 with a JSON ``detail``; an unknown id 404.
"""

from __future__ import annotations

import math
import uuid

from django.db.models import Q
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from organizations.hsds import HSDS_VERSION
from organizations.hsds.export import organization_full, organization_summary, public_queryset

PER_PAGE_DEFAULT = 50
PER_PAGE_MAX = 100
SEARCH_MAX = 200


def _error(status: int, detail: str) -> JsonResponse:
    return JsonResponse({"detail": detail}, status=status)


def _json(data, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "public, max-age=300"
    return response


def _positive_int(request, name: str, default: int, high: int | None = None) -> int:
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or int(raw) < 1 or len(raw) > 9:
        raise ValueError(f"{name} must be a whole number from 1"
                         + (f" to {high}" if high else "") + f", not {raw[:20]!r}")
    value = int(raw)
    if high is not None and value > high:
        raise ValueError(f"{name} must be at most {high}")
    return value


def _flag(request, name: str) -> bool:
    raw = (request.GET.get(name) or "").lower()
    if raw in ("", "false", "0", "no"):
        return False
    if raw in ("true", "1", "yes"):
        return True
    raise ValueError(f"{name} must be true or false, not {raw[:20]!r}")


@require_GET
def api_root(request) -> JsonResponse:
    return _json({
        "version": HSDS_VERSION,
        "description": "Minnesota community organizations listed on MN Digital Aid, as HSDS "
                       "3.0. Public data only.",
        "publisher": {"name": "MN Digital Aid"},
    })


@require_GET
def organization_list(request) -> JsonResponse:
    try:
        page = _positive_int(request, "page", 1)
        per_page = _positive_int(request, "per_page", PER_PAGE_DEFAULT, PER_PAGE_MAX)
        full = _flag(request, "full")
    except ValueError as exc:
        return _error(400, str(exc))
    search = (request.GET.get("search") or "").strip()
    if len(search) > SEARCH_MAX:
        return _error(400, f"search must be at most {SEARCH_MAX} characters")
    queryset = public_queryset()
    if search:
        queryset = queryset.filter(Q(name__icontains=search) | Q(description__icontains=search)
                                   | Q(summary__icontains=search))
    total = queryset.count()
    start = (page - 1) * per_page
    rows = list(queryset[start:start + per_page]) if start < total else []
    build = organization_full if full else organization_summary
    total_pages = math.ceil(total / per_page) if total else 0
    return _json({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(rows),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not rows,
        "contents": [build(org) for org in rows],
    })


@require_GET
def organization_detail(request, organization_id: str) -> JsonResponse:
    try:
        key = uuid.UUID(organization_id)
    except ValueError:
        return _error(404, "No organization with that id (ids are UUIDs).")
    org = public_queryset().filter(uuid=key).first()
    if org is None:
        return _error(404, "No organization with that id.")
    return _json(organization_full(org))
