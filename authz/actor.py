"""The acting party, built once per request (or per job), deny-by-default.

    actor.can(Capability.MANAGE_NEEDS).check()          # raises authz.PermissionDenied
    actor.can(Capability.MANAGE_NEEDS).allowed()        # -> bool
    actor.can(Capability.MEMBER_SELF_SERVICE).on(member).check()

Kinds: anonymous (denies everything), staff (Django permissions via groups; inactive or
non-staff users get nothing), member (only self-service on themself) and system (every
capability; created with a reason that is logged — for Celery beat and commands).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

from authz.capabilities import Capability
from authz.errors import PermissionDenied

logger = logging.getLogger("authz")


@dataclass(frozen=True)
class Actor:
    kind: str  # "anonymous" | "staff" | "member" | "system"
    user: Any = None
    member_id: uuid.UUID | None = None
    reason: str = ""
    _perms: frozenset[str] | None = field(default=None, compare=False, repr=False)

    # --- constructors --------------------------------------------------------------
    @classmethod
    def anonymous(cls) -> Actor:
        return cls(kind="anonymous")

    @classmethod
    def system(cls, reason: str) -> Actor:
        if not reason:
            raise ValueError("a system actor needs a reason (it is logged)")
        logger.info("system actor created: %s", reason)
        return cls(kind="system", reason=reason)

    @classmethod
    def for_member(cls, member_or_id: Any) -> Actor:
        member_id = getattr(member_or_id, "pk", member_or_id)
        return cls(kind="member", member_id=uuid.UUID(str(member_id)))

    @classmethod
    def for_user(cls, user: Any) -> Actor:
        """A Django user: staff capabilities only if active staff; otherwise anonymous."""
        if user is None or not getattr(user, "is_authenticated", False):
            return cls.anonymous()
        if not (user.is_active and user.is_staff):
            return cls.anonymous()
        return cls(kind="staff", user=user, _perms=frozenset(user.get_all_permissions()))

    # --- questions ------------------------------------------------------------------
    @property
    def is_anonymous(self) -> bool:
        return self.kind == "anonymous"

    @property
    def is_member(self) -> bool:
        return self.kind == "member"

    @property
    def is_staff(self) -> bool:
        return self.kind == "staff"

    @property
    def is_system(self) -> bool:
        return self.kind == "system"

    def has(self, capability: Capability) -> bool:
        if self.kind == "system":
            return capability is not Capability.MEMBER_SELF_SERVICE
        if self.kind != "staff" or capability.permission is None:
            return False
        if self.user.is_superuser:
            return True
        perms = self._perms or frozenset()
        return capability.permission in perms or Capability.FULL_ADMIN.permission in perms

    def can(self, capability: Capability) -> Check:
        return Check(self, capability)

    def describe(self) -> str:
        """For logs and audit: never a member's data, only an opaque id prefix."""
        if self.kind == "staff":
            return f"staff:{self.user.pk}"
        if self.kind == "member":
            return f"member:{str(self.member_id)[:8]}"
        if self.kind == "system":
            return f"system:{self.reason}"
        return "anonymous"

    def __str__(self) -> str:
        return self.describe()


@dataclass(frozen=True)
class Check:
    actor: Actor
    capability: Capability
    target: Any = None
    has_target: bool = False

    def on(self, obj: Any) -> Check:
        return Check(self.actor, self.capability, obj, True)

    def allowed(self) -> bool:
        actor, cap = self.actor, self.capability
        if cap is Capability.MEMBER_SELF_SERVICE:
            # Only a member, and only on themself.
            if not (actor.is_member and self.has_target and self.target is not None):
                return False
            target_id = getattr(self.target, "pk", self.target)
            return str(target_id) == str(actor.member_id)
        return actor.has(cap)

    def check(self) -> None:
        if not self.allowed():
            logger.info("denied %s to %s", self.capability.value, self.actor.describe())
            raise PermissionDenied()
