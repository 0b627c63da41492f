"""JWTs for the API: short-lived access tokens and longer refresh tokens.

HS256 is pinned (the algorithm is never read from the token); ``exp``, ``iat``, ``nbf``,
``iss``, ``aud`` and ``typ`` are required and checked.  A member's tokens carry the
member's ``token_version``: bumping it revokes every token issued before.  A staff user's
tokens carry a fingerprint of the password hash, so a password change revokes them, and
an inactive or non-staff user's tokens stop working at once.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt
from django.conf import settings

from authz.actor import Actor
from authz.errors import AuthenticationError

ALGORITHM = "HS256"
ACCESS = "access"
REFRESH = "refresh"


@dataclass(frozen=True)
class TokenPair:
    access: str
    refresh: str
    access_expires_at: datetime
    refresh_expires_at: datetime


def _key() -> str:
    return settings.JWT_SECRET


def _user_fingerprint(user) -> str:
    return hmac.new(_key().encode(), user.password.encode(), hashlib.sha256).hexdigest()[:16]


def _encode(sub: str, ver: str, typ: str, ttl: timedelta, now: datetime) -> tuple[str, datetime]:
    exp = now + ttl
    payload = {
        "iss": settings.JWT_ISSUER,
        "aud": settings.JWT_AUDIENCE,
        "sub": sub,
        "ver": ver,
        "typ": typ,
        "iat": now,
        "nbf": now,
        "exp": exp,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(payload, _key(), algorithm=ALGORITHM), exp


def _issue(sub: str, ver: str) -> TokenPair:
    now = datetime.now(tz=UTC)
    access, access_exp = _encode(sub, ver, ACCESS, settings.JWT_ACCESS_TTL, now)
    refresh, refresh_exp = _encode(sub, ver, REFRESH, settings.JWT_REFRESH_TTL, now)
    return TokenPair(access, refresh, access_exp, refresh_exp)


def issue_for_member(member) -> TokenPair:
    return _issue(f"member:{member.pk}", str(member.token_version))


def issue_for_user(user) -> TokenPair:
    return _issue(f"user:{user.pk}", _user_fingerprint(user))


def decode(token: str, *, typ: str) -> dict:
    """Verify signature and claims; any failure is an AuthenticationError."""
    try:
        claims = jwt.decode(
            token,
            _key(),
            algorithms=[ALGORITHM],
            audience=settings.JWT_AUDIENCE,
            issuer=settings.JWT_ISSUER,
            leeway=settings.JWT_LEEWAY_SECONDS,
            options={"require": ["exp", "iat", "nbf", "iss", "aud", "sub", "typ", "ver"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise AuthenticationError("The token has expired; refresh it or log in again.") from exc
    except jwt.PyJWTError as exc:
        raise AuthenticationError("The token is invalid.") from exc
    if claims.get("typ") != typ:
        article = "An" if typ[:1] in "aeiou" else "A"
        raise AuthenticationError(f"{article} {typ} token is required here.")
    return claims


def actor_from_claims(claims: dict) -> tuple[Actor, object]:
    """Resolve the subject; a revoked, deleted or deactivated subject is rejected."""
    kind, _, ident = str(claims["sub"]).partition(":")
    if kind == "member":
        from members.models import Member

        try:
            member = Member.objects.only("id", "token_version").get(pk=uuid.UUID(ident))
        except (ValueError, Member.DoesNotExist) as exc:
            raise AuthenticationError("The token is no longer valid.") from exc
        if str(member.token_version) != claims["ver"]:
            raise AuthenticationError("The token has been revoked; log in again.")
        return Actor.for_member(member), member
    if kind == "user":
        from django.contrib.auth import get_user_model

        User = get_user_model()
        try:
            user = User.objects.get(pk=int(ident))
        except (ValueError, User.DoesNotExist) as exc:
            raise AuthenticationError("The token is no longer valid.") from exc
        if not (user.is_active and user.is_staff):
            raise AuthenticationError("The token is no longer valid.")
        if not hmac.compare_digest(_user_fingerprint(user), claims["ver"]):
            raise AuthenticationError("The token has been revoked; log in again.")
        return Actor.for_user(user), user
    raise AuthenticationError("The token is invalid.")


def actor_from_access_token(token: str) -> Actor:
    return actor_from_claims(decode(token, typ=ACCESS))[0]


def refresh(refresh_token: str) -> TokenPair:
    """A new pair for a valid refresh token (revocation is checked as for access)."""
    claims = decode(refresh_token, typ=REFRESH)
    _, subject = actor_from_claims(claims)
    kind = str(claims["sub"]).split(":", 1)[0]
    return issue_for_member(subject) if kind == "member" else issue_for_user(subject)
