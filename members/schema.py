"""Member login (one-time codes -> JWT) and token management."""

from __future__ import annotations

import graphene
from django.core.exceptions import ValidationError

from authz import Actor
from authz.graphql import BaseMutation
from authz.ratelimit import enforce
from authz.tokens import TokenPair
from authz.tokens import refresh as refresh_tokens
from members import services
from members.identifiers import normalise


class AuthTokens(graphene.ObjectType):
    access_token = graphene.String(required=True)
    refresh_token = graphene.String(required=True)
    access_token_expires_at = graphene.DateTime(required=True)
    refresh_token_expires_at = graphene.DateTime(required=True)

    @staticmethod
    def from_pair(pair: TokenPair) -> AuthTokens:
        return AuthTokens(
            access_token=pair.access,
            refresh_token=pair.refresh,
            access_token_expires_at=pair.access_expires_at,
            refresh_token_expires_at=pair.refresh_expires_at,
        )


def _digest_or_none(identifier: str) -> str | None:
    try:
        return normalise(identifier).digest
    except ValidationError:
        return None


class SendVerificationCode(BaseMutation):
    """Send a one-time code to a phone number (E.164) or e-mail address.  The answer is
    the same whether or not the identifier belongs to anyone."""

    class Arguments:
        identifier = graphene.String(required=True)

    ok = graphene.Boolean()

    @classmethod
    def perform(cls, root, info, *, actor: Actor, identifier: str):
        request = info.context
        enforce(request, "send_code_ip")
        digest = _digest_or_none(identifier)
        if digest is not None:
            enforce(request, "send_code_identifier", key=digest)
        try:
            services.send_verification_code(identifier=identifier, actor=actor)
        except ValidationError as exc:
            raise ValidationError({"identifier": exc.error_list}) from exc
        return cls(ok=True, errors=[])


class VerifyCode(BaseMutation):
    """Exchange a one-time code for tokens.  Logged in as a member, an identifier that is
    not linked yet is linked to you (to log in on another device)."""

    class Arguments:
        identifier = graphene.String(required=True)
        code = graphene.String(required=True)

    tokens = graphene.Field(AuthTokens)
    linked = graphene.Boolean(description="True when the identifier was just linked to you.")

    @classmethod
    def perform(cls, root, info, *, actor: Actor, identifier: str, code: str):
        request = info.context
        enforce(request, "verify_code_ip")
        digest = _digest_or_none(identifier)
        if digest is not None:
            enforce(request, "verify_code_identifier", key=digest)
        try:
            result = services.verify_code(identifier=identifier, code=code, actor=actor)
        except ValidationError as exc:
            if not hasattr(exc, "error_dict"):
                raise ValidationError({"identifier": exc.error_list}) from exc
            raise
        return cls(tokens=AuthTokens.from_pair(result.tokens), linked=result.linked, errors=[])


class RefreshToken(BaseMutation):
    """A new access (and refresh) token for a valid refresh token."""

    class Arguments:
        refresh_token = graphene.String(required=True)

    tokens = graphene.Field(AuthTokens)

    @classmethod
    def perform(cls, root, info, *, actor: Actor, refresh_token: str):
        enforce(info.context, "refresh_token_ip")
        return cls(tokens=AuthTokens.from_pair(refresh_tokens(refresh_token)), errors=[])


class RevokeMyTokens(BaseMutation):
    """Log out everywhere: every token issued to you stops working."""

    member_only = True
    ok = graphene.Boolean()

    @classmethod
    def perform(cls, root, info, *, actor: Actor):
        services.revoke_member_tokens(member=_me(actor), actor=actor)
        return cls(ok=True, errors=[])


class MemberProfile(graphene.ObjectType):
    """Your own profile. Never includes your push token or linked identifiers."""

    id = graphene.ID(required=True)
    interests = graphene.String(required=True)
    location_name = graphene.String(required=True)
    radius_km = graphene.Int(required=True)
    language = graphene.String(required=True)
    languages = graphene.List(graphene.NonNull(graphene.String), required=True,
                              description="Languages you speak (ISO 639 codes).")
    activities = graphene.List(graphene.NonNull(graphene.String), required=True,
                               description="Activity ids you picked (see activityTaxonomy).")
    active = graphene.Boolean(required=True)
    paused_until = graphene.DateTime()

    @staticmethod
    def of(member) -> MemberProfile:
        return MemberProfile(
            id=str(member.pk), interests=member.interests, location_name=member.location_name,
            radius_km=member.radius_km, language=member.language,
            languages=list(member.languages or []), activities=list(member.activities or []),
            active=member.active, paused_until=member.paused_until,
        )


class ActivityLabel(graphene.ObjectType):
    language = graphene.String(required=True)
    label = graphene.String(required=True)


class ActivityOption(graphene.ObjectType):
    """One activity a member can pick, with its label in each language we serve."""

    id = graphene.ID(required=True)
    group = graphene.String(required=True,
                            description="hands_on, skilled, donation or other.")
    label = graphene.String(required=True, description="In the language asked for (English "
                                                       "when there is no label in it).")
    labels = graphene.List(graphene.NonNull(ActivityLabel), required=True)


class ActivityTaxonomy(graphene.ObjectType):
    version = graphene.Int(required=True)
    languages = graphene.List(graphene.NonNull(graphene.String), required=True,
                              description="Languages every activity has a label in.")
    activities = graphene.List(graphene.NonNull(ActivityOption), required=True)


def _me(actor: Actor):
    from members.models import Member

    try:
        return Member.objects.get(pk=actor.member_id)
    except Member.DoesNotExist as exc:  # erased since the token was issued
        from authz import AuthenticationError

        raise AuthenticationError("The token is no longer valid.") from exc


class RegisterMember(BaseMutation):
    """Register this device: what you would like to help with, and roughly where.  No
    name, phone or e-mail.  Answers with tokens bound to this device.  With this
    device's token, registering again updates your profile; without it, a previous
    profile of this push token is erased and a fresh one starts."""

    class Arguments:
        push_token = graphene.String(required=True)
        interests = graphene.String(required=True)
        zip_code = graphene.String()
        city = graphene.String(description="A Minnesota city, instead of a ZIP code.")
        radius_km = graphene.Int(description="How far you would go, 1-500 km (default 30).")
        language = graphene.String(description="Your language code, e.g. en, es, so, hmn.")
        languages = graphene.List(graphene.NonNull(graphene.String),
                                  description="Languages you speak (optional), e.g. [so, en].")
        activities = graphene.List(graphene.NonNull(graphene.String),
                                   description="Activity ids from activityTaxonomy (optional).")

    member = graphene.Field(MemberProfile)
    tokens = graphene.Field(AuthTokens)

    @classmethod
    def perform(cls, root, info, *, actor: Actor, **arguments):
        enforce(info.context, "register_member_ip")
        result = services.register_member(actor=actor, **arguments)
        return cls(member=MemberProfile.of(result.member),
                   tokens=AuthTokens.from_pair(result.tokens), errors=[])


class UpdateMyProfile(BaseMutation):
    """Change what you would like to help with, where, how far, or your language."""

    member_only = True

    class Arguments:
        interests = graphene.String()
        zip_code = graphene.String()
        city = graphene.String()
        radius_km = graphene.Int()
        language = graphene.String()
        languages = graphene.List(graphene.NonNull(graphene.String),
                                  description="Languages you speak; [] clears them.")
        activities = graphene.List(graphene.NonNull(graphene.String),
                                   description="Activity ids from activityTaxonomy; [] clears.")

    member = graphene.Field(MemberProfile)

    @classmethod
    def perform(cls, root, info, *, actor: Actor, **changes):
        member = services.update_my_profile(member=_me(actor), actor=actor, **changes)
        return cls(member=MemberProfile.of(member), errors=[])


class PauseNotifications(BaseMutation):
    """Stop notifications until a time (at most a year ahead); null resumes them."""

    member_only = True

    class Arguments:
        until = graphene.DateTime()

    member = graphene.Field(MemberProfile)

    @classmethod
    def perform(cls, root, info, *, actor: Actor, until=None):
        member = services.pause_notifications(member=_me(actor), until=until, actor=actor)
        return cls(member=MemberProfile.of(member), errors=[])


class DeleteMyData(BaseMutation):
    """Erase your profile, linked identifiers and notifications, now and for good."""

    member_only = True
    deleted_members = graphene.Int()
    deleted_identifiers = graphene.Int()
    deleted_notifications = graphene.Int()
    deleted_verification_codes = graphene.Int()

    @classmethod
    def perform(cls, root, info, *, actor: Actor):
        report = services.delete_my_data(member=_me(actor), actor=actor)
        return cls(
            deleted_members=report.members, deleted_identifiers=report.identifiers,
            deleted_notifications=report.notifications,
            deleted_verification_codes=report.verification_codes, errors=[],
        )


class Mutation(graphene.ObjectType):
    send_verification_code = SendVerificationCode.Field()
    verify_code = VerifyCode.Field()
    refresh_token = RefreshToken.Field()
    revoke_my_tokens = RevokeMyTokens.Field()
    register_member = RegisterMember.Field()
    update_my_profile = UpdateMyProfile.Field()
    pause_notifications = PauseNotifications.Field()
    delete_my_data = DeleteMyData.Field()


class Query(graphene.ObjectType):
    me = graphene.Field(MemberProfile, description="Your own profile (members only).")
    activity_taxonomy = graphene.Field(
        ActivityTaxonomy, required=True, language=graphene.String(),
        description="The activities a member can pick, labelled in the language asked for (and in "
                    "every language we serve, under ``labels``).  Public: it describes no one.")

    @staticmethod
    def resolve_activity_taxonomy(root, info, language=None):
        from members.activities import ACTIVITIES, LANGUAGES, TAXONOMY_VERSION

        code = (language or "en").strip().lower().split("-")[0][:12]
        return ActivityTaxonomy(
            version=TAXONOMY_VERSION, languages=list(LANGUAGES),
            activities=[ActivityOption(
                id=a.id, group=a.group, label=a.label(code),
                labels=[ActivityLabel(language=lang, label=a.labels[lang]) for lang in LANGUAGES],
            ) for a in ACTIVITIES],
        )

    @staticmethod
    def resolve_me(root, info):
        from authz import AuthenticationError
        from authz.graphql import get_actor

        actor = get_actor(info)
        if not actor.is_member:
            raise AuthenticationError("Log in as a member to see your profile.")
        return MemberProfile.of(_me(actor))
