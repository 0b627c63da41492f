"""Reads of needs for the public API: only active needs ever leave through here."""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from needs.models import Need


def public_needs(*, organization_tags: bool = True) -> QuerySet[Need]:
    """Active needs with their organization (and its tags and active need count) loaded.

    Pending, rejected, filled and expired needs never match. The organization's count is a
    correlated subquery, so a page costs the same number of queries whatever its size.
    ``organization_tags=False`` leaves the tags out: a list that does not show them saves
    a query and a third of its Python time (docs/benchmarks.md, issue 13).
    """
    active_in_org = (
        Need.objects.filter(organization=OuterRef("organization"), status=Need.Status.ACTIVE)
        .order_by()
        .values("organization")
        .annotate(n=Count("pk"))
        .values("n")
    )
    queryset = Need.objects.filter(status=Need.Status.ACTIVE).select_related("organization")
    if organization_tags:
        queryset = queryset.prefetch_related("organization__tags")
    return (
        queryset.annotate(
            organization_active_need_count=Coalesce(
                Subquery(active_in_org, output_field=IntegerField()), 0
            )
        )
        .defer("embedding", "organization__embedding")
    )


def need_list(
    *,
    organization_id: int | None = None,
    urgency: str | None = None,
    search: str | None = None,
    kind: str | None = None,
    language: str | None = None,
    organization_tags: bool = True,
) -> QuerySet[Need]:
    """Active needs, optionally of one organization, urgency or kind, requiring a language,
    or containing words."""
    queryset = public_needs(organization_tags=organization_tags)
    if organization_id is not None:
        queryset = queryset.filter(organization_id=organization_id)
    if urgency:
        queryset = queryset.filter(urgency=urgency)
    if kind:
        queryset = queryset.filter(kind=kind)
    if language:
        queryset = queryset.filter(languages__contains=[language])
    if search and search.strip():
        term = search.strip()
        queryset = queryset.filter(
            Q(title__icontains=term) | Q(tldr__icontains=term) | Q(description__icontains=term)
        )
    return queryset
