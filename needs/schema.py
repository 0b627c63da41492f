"""Public, read-only GraphQL types and queries for active needs."""

from __future__ import annotations

import graphene
from graphene import relay
from graphene_django import DjangoObjectType
from graphql import GraphQLError
from graphql_relay import from_global_id

from config.graphql import AFTER_DESCRIPTION, FIRST_DESCRIPTION, check_search, keyset_connection
from needs import selectors
from needs.models import Need
from organizations.models import Organization
from organizations.schema import OrganizationNode

NEED_ORDER = ("-created_at", "-pk")

Urgency = graphene.Enum(
    "Urgency",
    [(urgency.name, urgency.value) for urgency in Need.Urgency],
    description="How soon the organization needs help.",
)


class NeedNode(DjangoObjectType):
    """An active need. Moderation, provenance and matching internals are never exposed."""

    urgency = graphene.Field(Urgency, required=True)
    organization = graphene.Field(graphene.NonNull(OrganizationNode))

    class Meta:
        model = Need
        name = "Need"
        interfaces = (relay.Node,)
        fields = (
            "id",
            "title",
            "description",
            "tldr",
            "contact_email",
            "contact_phone",
            "contact_url",
            "location_name",
            "latitude",
            "longitude",
            "created_at",
        )

    @classmethod
    def get_queryset(cls, queryset, info):
        """Only active needs: a pending or rejected need's id reads as not found."""
        return selectors.public_needs()

    @classmethod
    def get_node(cls, info, id):
        """A well-formed global id whose key is not a number reads as not found, not a crash."""
        try:
            return super().get_node(info, int(id))
        except (TypeError, ValueError):
            return None

    @staticmethod
    def resolve_organization(root: Need, info) -> Organization:
        organization = root.organization
        count = getattr(root, "organization_active_need_count", None)
        if count is not None:  # hand the selector's count on, so no query per row
            organization.active_need_count = count
        return organization


NeedConnection = NeedNode._meta.connection


def organization_pk(global_id: str) -> int:
    """The primary key inside an Organization global id; any other id is an error."""
    try:
        type_name, key = from_global_id(global_id)
        if type_name != OrganizationNode._meta.name:
            raise ValueError
        return int(key)
    except (TypeError, ValueError):
        raise GraphQLError("organizationId is not an Organization id") from None


class Query(graphene.ObjectType):
    needs = graphene.Field(
        graphene.NonNull(NeedConnection),
        first=graphene.Int(description=FIRST_DESCRIPTION),
        after=graphene.String(description=AFTER_DESCRIPTION),
        organization_id=graphene.ID(description="Only this organization's needs."),
        urgency=Urgency(description="Only needs of this urgency."),
        search=graphene.String(description="Words in the title, summary or description."),
        description="Active needs, newest first.",
    )
    need = relay.Node.Field(NeedNode, description="One active need by id (null otherwise).")

    @staticmethod
    def resolve_needs(
        root,
        info,
        first: int | None = None,
        after: str | None = None,
        organization_id: str | None = None,
        urgency=None,
        search: str | None = None,
    ):
        check_search(search)
        org_pk = None if organization_id is None else organization_pk(organization_id)
        return keyset_connection(
            selectors.need_list(
                organization_id=org_pk,
                urgency=getattr(urgency, "value", urgency),
                search=search,
            ),
            connection=NeedConnection,
            first=first,
            after=after,
            order=NEED_ORDER,
        )
