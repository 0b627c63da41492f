"""Authorization: ``actor.can(Capability.X).check()``.  See authz/actor.py."""

from authz.actor import Actor, Check
from authz.capabilities import Capability
from authz.errors import (
    AuthenticationError,
    AuthzError,
    PermissionDenied,
    RateLimited,
    ServiceUnavailable,
)

__all__ = [
    "Actor",
    "AuthenticationError",
    "AuthzError",
    "Capability",
    "Check",
    "PermissionDenied",
    "RateLimited",
    "ServiceUnavailable",
]
