"""Member writes.  Every state change takes the acting ``actor`` and checks first."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from authz import Actor, AuthenticationError, Capability
from authz.tokens import TokenPair, issue_for_member, issue_for_user
from members.activities import validate_picks
from members.geocoding import GeocodingError, get_geocoder
from members.identifiers import NormalisedIdentifier, normalise
from members.models import Identifier, Member, VerificationCode
from members.signals import member_profile_changed
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


# --- Registration and self-service ----------------------------------------------------------

_TOKEN = re.compile(r"^[\x21-\x7e]{10,255}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")
INTERESTS_MIN, INTERESTS_MAX = 3, 2000
RADIUS_MIN, RADIUS_MAX = 1, 500
LANGUAGES_MAX, ACTIVITIES_MAX = 12, 20
# A profile change that changes what matching reads from it (re-read and re-embedded).
READ_FIELDS = {"interests", "language", "languages", "activities"}
PAUSE_MAX = timedelta(days=366)


def _field_error(field: str, message: str, code: str = "invalid") -> ValidationError:
    return ValidationError({field: ValidationError(message, code=code)})


def _clean_profile(
    *, interests=None, zip_code=None, city=None, radius_km=None, language=None,
    languages=None, activities=None, require_place: bool,
) -> dict:
    clean: dict = {}
    errors: dict[str, list[ValidationError]] = {}

    def err(field, message, code="invalid"):
        errors.setdefault(field, []).append(ValidationError(message, code=code))

    if interests is not None:
        text = " ".join(str(interests).split())
        if len(text) < INTERESTS_MIN:
            err("interests", "Tell us in a few words what you would like to help with.",
                "required")
        elif len(text) > INTERESTS_MAX:
            err("interests", f"Keep it under {INTERESTS_MAX} characters.", "too_long")
        else:
            clean["interests"] = text
    if radius_km is not None:
        if not RADIUS_MIN <= int(radius_km) <= RADIUS_MAX:
            err("radius_km", f"Choose a radius from {RADIUS_MIN} to {RADIUS_MAX} km.",
                "out_of_range")
        else:
            clean["radius_km"] = int(radius_km)
    if language is not None:
        lang = str(language).strip().lower()
        if not _LANGUAGE.match(lang):
            err("language", "Use a language code such as en, es, so or hmn.")
        else:
            clean["language"] = lang
    if languages is not None:
        codes, bad = [], []
        for value in languages:
            code = str(value).strip().lower()
            if not _LANGUAGE.match(code):
                bad.append(str(value)[:20])
            elif code not in codes:
                codes.append(code)
        if bad:
            err("languages", "Use language codes such as en, es, so or hmn (not: "
                + ", ".join(repr(b) for b in bad[:3]) + ").")
        elif len(codes) > LANGUAGES_MAX:
            err("languages", f"List at most {LANGUAGES_MAX} languages.", "too_long")
        else:
            clean["languages"] = codes
    if activities is not None:
        try:
            picks = validate_picks(activities)
        except ValueError as exc:
            err("activities", f"Choose activities from the list ({exc}).")
        else:
            if len(picks) > ACTIVITIES_MAX:
                err("activities", f"Pick at most {ACTIVITIES_MAX} activities.", "too_long")
            else:
                clean["activities"] = picks
    zip_code = (zip_code or "").strip() or None
    city = (city or "").strip() or None
    if zip_code and city:
        err("zip_code", "Give a ZIP code or a city, not both.")
    elif zip_code or city:
        try:
            place = get_geocoder().locate(zip_code=zip_code, city=city)
        except GeocodingError as exc:
            err("zip_code" if zip_code else "city", str(exc), "unknown_place")
        else:
            clean.update(latitude=place.latitude, longitude=place.longitude,
                         location_name=place.name)
    elif require_place:
        err("zip_code", "Give a ZIP code or a Minnesota city.", "required")
    if errors:
        raise ValidationError(errors)
    return clean


def _notify_profile_changed(member_id) -> None:
    """Inside the caller's transaction: the follow-up work is recorded with the change."""
    member_profile_changed.send(sender=Member, member_id=member_id)


@dataclass(frozen=True)
class Registration:
    member: Member
    tokens: TokenPair
    replaced_previous: bool


def register_member(
    *, push_token: str, interests: str, zip_code: str | None = None, city: str | None = None,
    radius_km: int | None = None, language: str | None = None, languages=None,
    activities=None, actor: Actor,
) -> Registration:
    """One member per push token.  The device's own member (its token) re-registering
    updates it; anyone else presenting a known push token gets a fresh member and the old
    profile is erased, never returned."""
    token = (push_token or "").strip()
    if not _TOKEN.match(token):
        raise _field_error("push_token", "That is not a valid push token.")
    clean = _clean_profile(interests=interests, zip_code=zip_code, city=city,
                           radius_km=radius_km if radius_km is not None else 30,
                           language=language or "en", languages=languages,
                           activities=activities, require_place=True)
    replaced = False
    try:
        with transaction.atomic():
            existing = Member.objects.select_for_update().filter(push_token=token).first()
            mine = None
            if actor.is_member:
                mine = Member.objects.select_for_update().filter(pk=actor.member_id).first()
            if mine is not None:
                # The logged-in member (on a new device, or with a refreshed push token):
                # their profile moves to this token; whoever held it before is erased.
                if existing is not None and existing.pk != mine.pk:
                    _erase(existing)
                    replaced = True
                for field, value in clean.items():
                    setattr(mine, field, value)
                mine.push_token = token
                mine.active = True
                mine.save()
                member = mine
            else:
                if existing is not None:
                    _erase(existing)
                    replaced = True
                member = Member.objects.create(push_token=token, **clean)
            _notify_profile_changed(member.pk)
    except IntegrityError as exc:  # the same new token registered twice at once
        raise _field_error(
            "push_token", "This device is being registered by another request; try again.",
            "duplicate",
        ) from exc
    logger.info("member %s registered (replaced previous: %s)", str(member.pk)[:8], replaced)
    return Registration(member, issue_for_member(member), replaced)


def update_my_profile(*, member: Member, actor: Actor, **changes) -> Member:
    actor.can(Capability.MEMBER_SELF_SERVICE).on(member).check()
    clean = _clean_profile(**changes, require_place=False)
    with transaction.atomic():
        member = Member.objects.select_for_update().get(pk=member.pk)
        for field, value in clean.items():
            setattr(member, field, value)
        member.save()
        if READ_FIELDS & set(clean):
            _notify_profile_changed(member.pk)
    return member


def pause_notifications(*, member: Member, until, actor: Actor) -> Member:
    """Pause until a time (at most a year ahead); ``until=None`` resumes."""
    actor.can(Capability.MEMBER_SELF_SERVICE).on(member).check()
    now = timezone.now()
    if until is not None:
        if until.tzinfo is None or until.utcoffset() is None:
            raise _field_error("until", "Give the time with its time zone, e.g. "
                               "2026-06-01T09:00:00-05:00 or 2026-06-01T14:00:00Z.")
        if until <= now:
            raise _field_error("until", "Choose a time in the future.")
        if until - now > PAUSE_MAX:
            raise _field_error("until", "Pause for at most a year.", "out_of_range")
    Member.objects.filter(pk=member.pk).update(paused_until=until, updated_at=now)
    member.refresh_from_db()
    return member


@dataclass(frozen=True)
class Erasure:
    members: int
    identifiers: int
    notifications: int
    verification_codes: int


def _erase(member: Member) -> Erasure:
    """Delete a member and everything hanging off them (inside the caller's transaction).

    Notifications belong to ``matching``; the foreign-key cascade removes them, and
    Django's deletion report counts them without ``members`` importing ``matching``."""
    digests = list(member.identifiers.values_list("digest", flat=True))
    codes, _ = VerificationCode.objects.filter(identifier_digest__in=digests).delete()
    _total, per_model = member.delete()
    return Erasure(
        members=per_model.get("members.Member", 0),
        identifiers=per_model.get("members.Identifier", 0),
        notifications=per_model.get("matching.Notification", 0),
        verification_codes=codes,
    )


def delete_my_data(*, member: Member, actor: Actor) -> Erasure:
    """Erase the member, their identifiers, codes and notifications in one transaction."""
    actor.can(Capability.MEMBER_SELF_SERVICE).on(member).check()
    with transaction.atomic():
        member = Member.objects.select_for_update().get(pk=member.pk)
        report = _erase(member)
    counts = (report.identifiers, report.notifications)
    logger.info("member data erased: %s linked logins, %s notifications", *counts)
    return report


def deactivate_member(*, member: Member, actor: Actor) -> Member:
    """Staff (MANAGE_MEMBERS) stop notifications to a member; their data is untouched."""
    actor.can(Capability.MANAGE_MEMBERS).check()
    Member.objects.filter(pk=member.pk).update(active=False, updated_at=timezone.now())
    member.refresh_from_db()
    logger.info("member %s deactivated by %s", str(member.pk)[:8], actor.describe())
    return member
