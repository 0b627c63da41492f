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
        from members.models import Member

        member = Member.objects.get(pk=actor.member_id)
        services.revoke_member_tokens(member=member, actor=actor)
        return cls(ok=True, errors=[])


class Mutation(graphene.ObjectType):
    send_verification_code = SendVerificationCode.Field()
    verify_code = VerifyCode.Field()
    refresh_token = RefreshToken.Field()
    revoke_my_tokens = RevokeMyTokens.Field()


class Query(graphene.ObjectType):
    pass
