"""Public, read-only GraphQL types and queries for organizations."""

from __future__ import annotations

import graphene
from graphene import relay
from graphene_django import DjangoObjectType

from authz.graphql import info_free
from authz.pagination import (
    AFTER_DESCRIPTION,
    FIRST_DESCRIPTION,
    check_search,
    keyset_connection,
    node_field,
)
from organizations import selectors
from organizations.models import Organization, Tag

ORGANIZATION_ORDER = ("name", "pk")

TagKind = graphene.Enum(
    "TagKind", [(kind.name, kind.value) for kind in Tag.Kind], description="What a tag describes."
)


class TagType(DjangoObjectType):
    """A label on an organization (population served, service, language, focus)."""

    kind = graphene.Field(TagKind, required=True)

    class Meta:
        model = Tag
        name = "Tag"
        fields = ("kind", "value")


class OrganizationNode(DjangoObjectType):
    """A community organization. Only public fields: never embeddings or internal figures."""

    tags = graphene.List(graphene.NonNull(TagType), required=True)
    active_need_count = graphene.Int(
        required=True, description="How many of its needs are active (approved and open)."
    )

    class Meta:
        model = Organization
        name = "Organization"
        interfaces = (relay.Node,)
        fields = (
            "id",
            "name",
            "description",
            "summary",
            "website",
            "phone",
            "public_email",
            "address",
            "county",
            "latitude",
            "longitude",
            "verified",
        )

    @classmethod
    def get_queryset(cls, queryset, info):
        """Node lookups load what the fields read, the same way lists do."""
        return selectors.public_organizations()

    @staticmethod
    def resolve_tags(root: Organization, info) -> list[Tag]:
        loaded = getattr(root, "public_tags", None)  # set by matching.search.load_tags
        return list(root.tags.all()) if loaded is None else loaded

    @staticmethod
    @info_free
    def resolve_active_need_count(root: Organization, info) -> int:
        count = getattr(root, "active_need_count", None)
        if count is None:  # an organization loaded without the annotation
            count = root.needs.filter(status=selectors.ACTIVE_NEED_STATUS).count()
        return count


OrganizationConnection = OrganizationNode._meta.connection


class Query(graphene.ObjectType):
    organizations = graphene.Field(
        graphene.NonNull(OrganizationConnection),
        first=graphene.Int(description=FIRST_DESCRIPTION),
        after=graphene.String(description=AFTER_DESCRIPTION),
        search=graphene.String(description="Words in the name, summary or description."),
        county=graphene.String(description="County name, e.g. Hennepin (case-insensitive)."),
        tag=graphene.String(description="A tag value, e.g. Somali (case-insensitive)."),
        description="Organizations ordered by name.",
    )
    organization = node_field(OrganizationNode, description="One organization by id.")

    @staticmethod
    def resolve_organizations(
        root,
        info,
        first: int | None = None,
        after: str | None = None,
        search: str | None = None,
        county: str | None = None,
        tag: str | None = None,
    ):
        check_search(search)
        return keyset_connection(
            selectors.organization_list(search=search, county=county, tag=tag),
            connection=OrganizationConnection,
            first=first,
            after=after,
            order=ORGANIZATION_ORDER,
        )
