"""Reads of organizations for the public API: the queryset every public view starts from."""

from __future__ import annotations

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from organizations.models import Organization

# Mirrors needs.models.Need.Status.ACTIVE (organizations may not import needs; a test pins it).
ACTIVE_NEED_STATUS = "active"


def active_need_count(organization: str = "pk") -> Coalesce:
    """The organization's active needs, counted by a correlated subquery (``organization``:
    the outer query's reference to the organization -- ``"pk"`` on organizations,
    ``"organization"`` on needs).

    Not ``Count("needs")``: that joins and groups every need of every listed organization
    before a page can be cut (a full scan of the needs table per page: 0.2 s at 100,000
    needs); the subquery runs only for the rows of the page (docs/benchmarks.md, issue 13).
    (``COUNT(*)`` without ``GROUP BY`` lets the (organization, status) index answer alone
    and reads a sixth of the buffers, but measured through the prepared page it was
    0.25 ms slower per page at 100,000 needs; kept as it is.)
    """
    need_model = Organization._meta.get_field("needs").related_model  # needs is above us
    active = (
        need_model.objects.filter(organization=OuterRef(organization),
                                  status=ACTIVE_NEED_STATUS)
        .order_by()
        .values("organization")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(active, output_field=IntegerField()), 0)


def public_organizations() -> QuerySet[Organization]:
    """Organizations with what the public type reads loaded up front (tags, active need count).

    The count is a correlated subquery (evaluated for the rows returned only, and no GROUP BY,
    so an ``ORDER BY embedding <=> ...`` search can still use the vector index) and tags a
    single prefetch, so a page costs the same number of queries whatever its size.
    """
    return (
        Organization.objects.filter(listed=True)
        .annotate(active_need_count=active_need_count())
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
