"""Reads of organizations for the public API: the queryset every public view starts from."""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from organizations.models import Organization

# Mirrors needs.models.Need.Status.ACTIVE (organizations may not import needs; a test pins it).
ACTIVE_NEED_STATUS = "active"


def public_organizations() -> QuerySet[Organization]:
    """Organizations with what the public type reads loaded up front (tags, active need count).

    The count is an annotation and tags a single prefetch, so a page costs the same number of
    queries whatever its size.
    """
    return (
        Organization.objects.filter(listed=True)
        .annotate(
            active_need_count=Count("needs", filter=Q(needs__status=ACTIVE_NEED_STATUS))
        )
        .prefetch_related("tags")
        .defer("embedding")
    )


def organization_list(
    *, search: str | None = None, county: str | None = None, tag: str | None = None
) -> QuerySet[Organization]:
    """Public organizations filtered by a text search, a county and a tag value (any kind)."""
    queryset = public_organizations()
    if search and search.strip():
        term = search.strip()
        queryset = queryset.filter(
            Q(name__icontains=term) | Q(summary__icontains=term) | Q(description__icontains=term)
        )
    if county and county.strip():
        queryset = queryset.filter(county__iexact=county.strip())
    if tag and tag.strip():
        # EXISTS, not a join: an organization with two matching tags is listed once.
        tagged = Organization.tags.through.objects.filter(
            organization_id=OuterRef("pk"), tag__value__iexact=tag.strip()
        )
        queryset = queryset.filter(Exists(tagged))
    return queryset
