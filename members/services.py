"""Member writes.  Every state change takes the acting ``actor`` and checks first."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F

from authz import Actor, AuthenticationError, Capability
from authz.tokens import TokenPair, issue_for_member, issue_for_user
from members.identifiers import NormalisedIdentifier, normalise
from members.models import Identifier, Member
from members.verification import get_backend

logger = logging.getLogger(__name__)


def _is_test_identifier(identifier: NormalisedIdentifier) -> bool:
    from django.conf import settings

    if not (settings.DEBUG and settings.TEST_IDENTIFIER_ENABLED):
        return False
    try:
        return normalise(settings.TEST_IDENTIFIER).digest == identifier.digest
    except ValidationError:
        return False


def send_verification_code(*, identifier: str, actor: Actor) -> NormalisedIdentifier:
    """Send a code.  Answers the same whether or not the identifier is known."""
    normalised = normalise(identifier)
    if not _is_test_identifier(normalised):
        get_backend().send(normalised)
    logger.info("verification code requested (%s, %s)", normalised.kind, actor.describe())
    return normalised


@dataclass(frozen=True)
class LoginResult:
    tokens: TokenPair
    member: Member | None
    linked: bool


def verify_code(*, identifier: str, code: str, actor: Actor) -> LoginResult:
    """Check the code; log in whoever the identifier belongs to, or link it.

    - identifier linked to a member or staff user: tokens for them;
    - unknown identifier and the caller is a logged-in member: it is linked to that member;
    - unknown identifier otherwise: a validation error (the caller proved they own the
      identifier, so saying it is not linked reveals nothing to anyone else).
    """
    normalised = normalise(identifier)
    code = (code or "").strip()
    if not code.isdigit() or len(code) != 6:
        raise ValidationError({"code": ValidationError("Enter the 6-digit code.", code="invalid")})
    from django.conf import settings

    if _is_test_identifier(normalised):
        ok = code == settings.TEST_CODE
    else:
        ok = get_backend().check(normalised, code)
    if not ok:
        raise ValidationError(
            {"code": ValidationError("The code is wrong or has expired.", code="invalid")}
        )
    with transaction.atomic():
        existing = (
            Identifier.objects.select_related("member", "user")
            .filter(digest=normalised.digest)
            .first()
        )
        if existing is not None and existing.member is not None:
            return LoginResult(issue_for_member(existing.member), existing.member, False)
        if existing is not None and existing.user is not None:
            user = existing.user
            if not (user.is_active and user.is_staff):
                raise AuthenticationError("This staff account is disabled.")
            return LoginResult(issue_for_user(user), None, False)
        if actor.is_member:
            member = Member.objects.select_for_update().get(pk=actor.member_id)
            Identifier.objects.create(digest=normalised.digest, kind=normalised.kind, member=member)
            return LoginResult(issue_for_member(member), member, True)
    raise ValidationError(
        {
            "identifier": ValidationError(
                "No account is linked to this identifier. Register on this device first, "
                "then link the identifier while logged in.",
                code="not_found",
            )
        }
    )


def link_staff_identifier(*, user, identifier: str, actor: Actor) -> Identifier:
    """Staff link their own phone/e-mail (in the admin) to use the API.  A FULL_ADMIN may
    link one for another staff member."""
    if not (actor.is_staff and (actor.user.pk == user.pk or actor.has(Capability.FULL_ADMIN))):
        from authz import PermissionDenied

        raise PermissionDenied()
    normalised = normalise(identifier)
    if Identifier.objects.filter(digest=normalised.digest).exists():
        raise ValidationError(
            {"identifier": ValidationError("This identifier is already linked.", code="duplicate")}
        )
    return Identifier.objects.create(digest=normalised.digest, kind=normalised.kind, user=user)


def revoke_member_tokens(*, member: Member, actor: Actor) -> None:
    """Invalidate every token issued to ``member`` (the member themself only)."""
    actor.can(Capability.MEMBER_SELF_SERVICE).on(member).check()
    Member.objects.filter(pk=member.pk).update(token_version=F("token_version") + 1)
