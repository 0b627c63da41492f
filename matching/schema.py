"""Semantic search queries (matching owns embeddings; needs/organizations never import it)."""

from __future__ import annotations

import graphene
from django.core.exceptions import ValidationError
from graphql import GraphQLError

from authz.pagination import selects
from authz.ratelimit import enforce
from matching import search
from needs.schema import NeedNode
from organizations.schema import OrganizationNode

MAX_RESULTS = 50


class NeedSearchResult(graphene.ObjectType):
    need = graphene.Field(graphene.NonNull(NeedNode))
    similarity = graphene.Float(required=True, description="Cosine similarity, 0 to 1.")


class OrganizationSearchResult(graphene.ObjectType):
    organization = graphene.Field(graphene.NonNull(OrganizationNode))
    similarity = graphene.Float(required=True, description="Cosine similarity, 0 to 1.")


def _limit(first: int | None) -> int:
    if first is None:
        return 20
    if not 1 <= first <= MAX_RESULTS:
        raise GraphQLError(f"first must be between 1 and {MAX_RESULTS}")
    return first


def _run(info, fn, query, first, *, tags: str):
    enforce(info.context, "search_ip")
    try:
        # The organizations' tags cost a query: loaded only when the query selects them.
        return fn(query, limit=_limit(first), tags=selects(info, tags))
    except ValidationError as exc:
        raise GraphQLError("; ".join(exc.messages), extensions={"code": "INVALID_INPUT"}) from None


class Query(graphene.ObjectType):
    search_needs = graphene.List(
        graphene.NonNull(NeedSearchResult), required=True,
        query=graphene.String(required=True), first=graphene.Int(),
        description="Active needs closest in meaning to the query (any language), best first.",
    )
    search_organizations = graphene.List(
        graphene.NonNull(OrganizationSearchResult), required=True,
        query=graphene.String(required=True), first=graphene.Int(),
        description="Organizations closest in meaning to the query, best first.",
    )

    @staticmethod
    def resolve_search_needs(root, info, query, first=None):
        return [NeedSearchResult(need=n, similarity=s)
                for n, s in _run(info, search.search_needs, query, first,
                                    tags="need.organization.tags")]

    @staticmethod
    def resolve_search_organizations(root, info, query, first=None):
        return [OrganizationSearchResult(organization=o, similarity=s)
                for o, s in _run(info, search.search_organizations, query, first,
                                    tags="organization.tags")]
