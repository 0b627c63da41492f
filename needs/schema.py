"""Public, read-only GraphQL types and queries for active needs."""

from __future__ import annotations

import re

import graphene
from graphene import relay
from graphene_django import DjangoObjectType
from graphql import GraphQLError
from graphql_relay import from_global_id

from authz import Capability
from authz.graphql import BaseMutation
from authz.pagination import (
    AFTER_DESCRIPTION,
    FIRST_DESCRIPTION,
    check_search,
    node_field,
    paged_connection,
    selects,
)
from needs import selectors, services
from needs.models import Need
from organizations.models import Organization
from organizations.schema import OrganizationNode

NEED_ORDER = selectors.NEED_ORDER

Urgency = graphene.Enum(
    "Urgency",
    [(urgency.name, urgency.value) for urgency in Need.Urgency],
    description="How soon the organization needs help.",
)


NeedKind = graphene.Enum(
    "NeedKind",
    [(kind.name, kind.value) for kind in Need.Kind],
    description="What the need asks for: hands-on help, a skill, a donation, or other.",
)


class NeedNode(DjangoObjectType):
    """An active need. Moderation, provenance and matching internals are never exposed."""

    urgency = graphene.Field(Urgency, required=True)
    kind = graphene.Field(NeedKind, required=True)
    languages = graphene.List(
        graphene.NonNull(graphene.String), required=True,
        description="ISO 639 codes of the languages the need requires or prefers "
                    "(e.g. so and en for a Somali interpreter); empty when none.")
    page_language = graphene.String(
        required=True, description="ISO 639 code of the language the need is written in.")
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
        kind=NeedKind(description="Only needs of this kind."),
        language=graphene.String(description="Only needs requiring this language (ISO 639)."),
        search=graphene.String(description="Words in the title, summary or description."),
        description="Active needs, newest first.",
    )
    need = node_field(NeedNode, description="One active need by id (null otherwise).")

    @staticmethod
    def resolve_needs(
        root,
        info,
        first: int | None = None,
        after: str | None = None,
        organization_id: str | None = None,
        urgency=None,
        search: str | None = None,
        kind=None,
        language: str | None = None,
    ):
        check_search(search)
        if language is not None and not re.fullmatch(r"[a-z]{2,3}", language):
            raise GraphQLError("language must be an ISO 639 code such as so, hmn or en")
        org_pk = None if organization_id is None else organization_pk(organization_id)
        organization_tags = selects(info, "edges.node.organization.tags")

        def fetch(after_key, limit):
            return selectors.need_page(
                limit=limit,
                after=after_key,
                organization_id=org_pk,
                urgency=getattr(urgency, "value", urgency),
                search=search,
                kind=getattr(kind, "value", kind),
                language=language,
                organization_tags=organization_tags,
            )

        return paged_connection(fetch, model=Need, connection=NeedConnection, first=first,
                                after=after, order=NEED_ORDER)


# --- Staff moderation (MANAGE_NEEDS; the services check it again) -----------------------

NeedStatus = graphene.Enum(
    "NeedStatus", [(s.name, s.value) for s in Need.Status], description="Moderation status."
)


class ModeratedNeed(graphene.ObjectType):
    """What a moderation mutation changed: the need's id and its new status."""

    id = graphene.ID(required=True)
    status = graphene.Field(NeedStatus, required=True)
    moderation_reason = graphene.String(required=True)

    @staticmethod
    def of(need: Need) -> ModeratedNeed:
        return ModeratedNeed(
            id=relay.Node.to_global_id(NeedNode._meta.name, need.pk),
            status=Need.Status(need.status).value,
            moderation_reason=need.moderation_reason,
        )


def need_pk(global_id: str) -> int:
    """The primary key inside a Need global id (any status); any other id is an error."""
    try:
        type_name, key = from_global_id(global_id)
        if type_name != NeedNode._meta.name:
            raise ValueError
        return int(key)
    except (TypeError, ValueError):
        raise GraphQLError("id is not a Need id") from None


class NeedInput(graphene.InputObjectType):
    title = graphene.String()
    description = graphene.String()
    tldr = graphene.String()
    contact_email = graphene.String()
    contact_phone = graphene.String()
    contact_url = graphene.String()
    urgency = Urgency()
    kind = NeedKind()
    languages = graphene.List(graphene.NonNull(graphene.String),
                              description="ISO 639 codes the need requires or prefers.")
    page_language = graphene.String(description="ISO 639 code of the need's language.")
    location_name = graphene.String()
    latitude = graphene.Float()
    longitude = graphene.Float()


def _input_dict(data) -> dict:
    out = {k: v for k, v in dict(data or {}).items() if v is not None}
    for enum_field in ("urgency", "kind"):
        if enum_field in out:
            out[enum_field] = getattr(out[enum_field], "value", out[enum_field])
    return out


class _ModerationMutation(BaseMutation):
    permission = Capability.MANAGE_NEEDS
    need = graphene.Field(ModeratedNeed)

    class Meta:
        abstract = True


class ApproveNeed(_ModerationMutation):
    """Approve a pending need (a revision replaces the need it supersedes). Requires
    MANAGE_NEEDS."""

    class Arguments:
        id = graphene.ID(required=True)

    @classmethod
    def perform(cls, root, info, *, actor, id):
        return cls(need=ModeratedNeed.of(services.approve_need(need=need_pk(id), actor=actor)),
                   errors=[])


class EditAndApproveNeed(_ModerationMutation):
    """Edit a pending need's content and approve it. Requires MANAGE_NEEDS."""

    class Arguments:
        id = graphene.ID(required=True)
        input = NeedInput(required=True)

    @classmethod
    def perform(cls, root, info, *, actor, id, input):
        need = services.edit_and_approve_need(need=need_pk(id), changes=_input_dict(input),
                                              actor=actor)
        return cls(need=ModeratedNeed.of(need), errors=[])


class RejectNeed(_ModerationMutation):
    """Reject a pending need with a reason. Requires MANAGE_NEEDS."""

    class Arguments:
        id = graphene.ID(required=True)
        reason = graphene.String(required=True)

    @classmethod
    def perform(cls, root, info, *, actor, id, reason):
        need = services.reject_need(need=need_pk(id), reason=reason, actor=actor)
        return cls(need=ModeratedNeed.of(need), errors=[])


class MarkNeedFilled(_ModerationMutation):
    """Mark an active need as filled. Requires MANAGE_NEEDS."""

    class Arguments:
        id = graphene.ID(required=True)

    @classmethod
    def perform(cls, root, info, *, actor, id):
        need = services.mark_need_filled(need=need_pk(id), actor=actor)
        return cls(need=ModeratedNeed.of(need), errors=[])


class ExpireNeed(_ModerationMutation):
    """Expire a pending or active need. Requires MANAGE_NEEDS."""

    class Arguments:
        id = graphene.ID(required=True)
        reason = graphene.String()

    @classmethod
    def perform(cls, root, info, *, actor, id, reason=""):
        need = services.expire_need(need=need_pk(id), reason=reason or "", actor=actor)
        return cls(need=ModeratedNeed.of(need), errors=[])


class CreateNeed(_ModerationMutation):
    """Enter a need by hand for an organization (it starts pending). Requires
    MANAGE_NEEDS."""

    class Arguments:
        organization_id = graphene.ID(required=True)
        input = NeedInput(required=True)

    @classmethod
    def perform(cls, root, info, *, actor, organization_id, input):
        need = services.create_need(organization=organization_pk(organization_id),
                                    data=_input_dict(input), actor=actor)
        return cls(need=ModeratedNeed.of(need), errors=[])


class Mutation(graphene.ObjectType):
    approve_need = ApproveNeed.Field()
    edit_and_approve_need = EditAndApproveNeed.Field()
    reject_need = RejectNeed.Field()
    mark_need_filled = MarkNeedFilled.Field()
    expire_need = ExpireNeed.Field()
    create_need = CreateNeed.Field()


# --- Public submissions (anyone; rate-limited) and scraping (TRIGGER_SCRAPING) -----------

class SubmittedNeed(graphene.ObjectType):
    id = graphene.ID(required=True)
    status = graphene.Field(NeedStatus, required=True)
    duplicate = graphene.Boolean(
        required=True, description="True when an identical pending or active need existed."
    )


class SubmitNeed(BaseMutation):
    """Suggest a need for an existing organization or a new one (by name).  It waits for
    moderation; an identical pending or active need is returned instead of a copy."""

    class Arguments:
        organization_id = graphene.ID()
        organization_name = graphene.String()
        input = NeedInput(required=True)

    need = graphene.Field(SubmittedNeed)

    @classmethod
    def perform(cls, root, info, *, actor, input, organization_id=None, organization_name=None):
        from authz.ratelimit import enforce
        from needs.submissions import submit_need

        enforce(info.context, "submit_need_ip")
        org_pk = organization_pk(organization_id) if organization_id else None
        result = submit_need(data=_input_dict(input), actor=actor, organization_id=org_pk,
                             organization_name=organization_name)
        need = SubmittedNeed(id=relay.Node.to_global_id(NeedNode._meta.name, result.need.pk),
                             status=Need.Status(result.need.status).value,
                             duplicate=result.duplicate)
        return cls(need=need, errors=[])


class SubmitResourceLink(BaseMutation):
    """Point us at a page where an organization lists what it needs."""

    class Arguments:
        url = graphene.String(required=True)
        context = graphene.String(description="Anything staff should know about the page.")

    accepted = graphene.Boolean()

    @classmethod
    def perform(cls, root, info, *, actor, url, context=""):
        from authz.ratelimit import enforce
        from needs.submissions import submit_resource_link

        enforce(info.context, "submit_resource_link_ip")
        submit_resource_link(url=url, context=context or "", actor=actor)
        return cls(accepted=True, errors=[])


class ScrapeResult(graphene.ObjectType):
    status = graphene.String(required=True)
    pages = graphene.Int(required=True)
    failed_pages = graphene.Int(required=True)
    new = graphene.Int(required=True)
    changed = graphene.Int(required=True)
    unchanged = graphene.Int(required=True)
    disappeared = graphene.Int(required=True)
    message = graphene.String(required=True)


class ScrapeSource(BaseMutation):
    """Scrape one source now and sync its needs. Requires TRIGGER_SCRAPING."""

    permission = Capability.TRIGGER_SCRAPING

    class Arguments:
        source_id = graphene.ID(required=True, description="The source's numeric id.")

    result = graphene.Field(ScrapeResult)

    @classmethod
    def perform(cls, root, info, *, actor, source_id):
        from django.core.exceptions import ValidationError

        from needs.scraping import scrape_source
        from organizations.models import Source

        try:
            source = Source.objects.get(pk=int(source_id))
        except (ValueError, Source.DoesNotExist):
            raise ValidationError({"source_id": ValidationError("No such source.",
                                                                code="not_found")}) from None
        report = scrape_source(source=source, actor=actor)
        return cls(result=ScrapeResult(
            status=report.status, pages=report.pages, failed_pages=report.failed_pages,
            new=report.new, changed=report.changed, unchanged=report.unchanged,
            disappeared=report.disappeared, message=report.message), errors=[])


class PublicMutation(graphene.ObjectType):
    submit_need = SubmitNeed.Field()
    submit_resource_link = SubmitResourceLink.Field()
    scrape_source = ScrapeSource.Field()
