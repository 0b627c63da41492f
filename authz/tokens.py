"""JWTs for the API: short-lived access tokens and longer refresh tokens.

HS256 is pinned (the algorithm is never read from the token); ``exp``, ``iat``, ``nbf``,
``iss``, ``aud`` and ``typ`` are required and checked.  A member's tokens carry the
member's ``token_version``: bumping it revokes every token issued before.  A staff user's
tokens carry a fingerprint of the password hash, so a password change revokes them, and
an inactive or non-staff user's tokens stop working at once.

``authz`` is the bottom layer and imports no app of ours: a kind of subject (``user``,
``member``) is a :class:`TokenSubject` registered under its name.  Staff users (Django's
auth, which sits below us) are registered here; ``members`` registers its members in
``MembersConfig.ready()`` (``members/tokens.py``).  A token whose kind nobody registered
is invalid.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import jwt
from django.conf import settings

from authz.actor import Actor
from authz.errors import AuthenticationError

ALGORITHM = "HS256"
ACCESS = "access"
REFRESH = "refresh"
MEMBER = "member"
USER = "user"


@dataclass(frozen=True)
class TokenPair:
    access: str
    refresh: str
    access_expires_at: datetime
    refresh_expires_at: datetime


def _key() -> str:
    return settings.JWT_SECRET


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


class TokenSubject(Protocol):
    """What ``authz.tokens`` needs to know about one kind of subject.

    ``ident`` and ``version`` go into the token (``sub`` is ``<kind>:<ident>``, ``ver`` the
    version); a token whose ``ver`` differs from the subject's current version is revoked.
    ``load`` finds the subject again from its ident and raises ``LookupError`` when it is
    gone, malformed or may no longer log in.
    """

    def ident(self, subject: Any) -> str: ...

    def version(self, subject: Any) -> str: ...

    def load(self, ident: str) -> Any: ...

    def actor(self, subject: Any) -> Actor: ...


_SUBJECTS: dict[str, TokenSubject] = {}


def register_subject(kind: str, subject: TokenSubject) -> None:
    """Make tokens of ``kind`` issuable and resolvable (idempotent: the last one wins)."""
    if not kind or ":" in kind:
        raise ValueError(f"a token subject kind is a word without ':', not {kind!r}")
    _SUBJECTS[kind] = subject


def _subject(kind: str) -> TokenSubject:
    try:
        return _SUBJECTS[kind]
    except KeyError:
        raise LookupError(f"no token subject is registered for {kind!r}") from None


class StaffUsers:
    """Staff users: the version is a fingerprint of the password hash."""

    def ident(self, user) -> str:
        return str(user.pk)

    def version(self, user) -> str:
        return hmac.new(_key().encode(), user.password.encode(), hashlib.sha256).hexdigest()[:16]

    def load(self, ident: str):
        from django.contrib.auth import get_user_model

        User = get_user_model()
        try:
            user = User.objects.get(pk=int(ident))
        except (ValueError, User.DoesNotExist) as exc:
            raise LookupError(ident) from exc
        if not (user.is_active and user.is_staff):
            raise LookupError(ident)
        return user

    def actor(self, user) -> Actor:
        return Actor.for_user(user)


register_subject(USER, StaffUsers())


def issue(kind: str, subject) -> TokenPair:
    """An access and a refresh token for ``subject`` of a registered ``kind``."""
    handler = _subject(kind)
    sub, ver = f"{kind}:{handler.ident(subject)}", handler.version(subject)
    now = datetime.now(tz=UTC)
    access, access_exp = _encode(sub, ver, ACCESS, settings.JWT_ACCESS_TTL, now)
    refresh, refresh_exp = _encode(sub, ver, REFRESH, settings.JWT_REFRESH_TTL, now)
    return TokenPair(access, refresh, access_exp, refresh_exp)


def issue_for_member(member) -> TokenPair:
    return issue(MEMBER, member)


def issue_for_user(user) -> TokenPair:
    return issue(USER, user)


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
    handler = _SUBJECTS.get(kind)
    if handler is None:
        raise AuthenticationError("The token is invalid.")
    try:
        subject = handler.load(ident)
    except LookupError as exc:
        raise AuthenticationError("The token is no longer valid.") from exc
    if not hmac.compare_digest(handler.version(subject), str(claims["ver"])):
        raise AuthenticationError("The token has been revoked; log in again.")
    return handler.actor(subject), subject


def actor_from_access_token(token: str) -> Actor:
    return actor_from_claims(decode(token, typ=ACCESS))[0]


def refresh(refresh_token: str) -> TokenPair:
    """A new pair for a valid refresh token (revocation is checked as for access)."""
    claims = decode(refresh_token, typ=REFRESH)
    _, subject = actor_from_claims(claims)
    return issue(str(claims["sub"]).split(":", 1)[0], subject)
