"""The actor of an HTTP request, built once and cached on the request.

The API authenticates with ``Authorization: Bearer <jwt>`` only: session cookies are for
the admin (where Django's CSRF protection applies), never for GraphQL.  A request that
presents a bad token gets an authentication error as soon as anything asks for its actor,
never a silent downgrade to anonymous.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings

from authz.actor import Actor
from authz.errors import AuthenticationError

_CACHE_ATTR = "_authz_actor"


def api_actor(request) -> Actor:
    cached = getattr(request, _CACHE_ATTR, None)
    if isinstance(cached, Exception):
        raise cached
    if cached is not None:
        return cached
    try:
        actor = _bearer_actor(request)
    except AuthenticationError as exc:
        setattr(request, _CACHE_ATTR, exc)
        raise
    setattr(request, _CACHE_ATTR, actor)
    return actor


def admin_actor(request) -> Actor:
    """The staff actor of an admin request (session-authenticated)."""
    return Actor.for_user(getattr(request, "user", None))


def _bearer_actor(request) -> Actor:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if not header:
        return Actor.anonymous()
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthenticationError("The Authorization header must be 'Bearer <token>'.")
    from authz.tokens import actor_from_access_token

    return actor_from_access_token(token.strip())


def client_ip(request) -> str:
    """The client's address, trusting exactly ``TRUSTED_PROXY_COUNT`` proxies.

    Behind one trusted proxy the client is the last address that proxy appended to
    X-Forwarded-For; anything a client puts in front of it is ignored (spoofable).
    """
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXY_COUNT
    if hops <= 0:
        return remote
    forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [p for p in forwarded if p]
    if len(forwarded) < hops:
        return remote
    candidate = forwarded[-hops]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
