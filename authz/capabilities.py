"""What an actor may do.  Staff capabilities are Django permissions (granted through
groups in the admin); FULL_ADMIN implies every other one."""

from __future__ import annotations

import enum


class Capability(enum.StrEnum):
    MANAGE_ORGANIZATIONS = "manage_organizations"
    MANAGE_NEEDS = "manage_needs"
    TRIGGER_SCRAPING = "trigger_scraping"
    MANAGE_MEMBERS = "manage_members"
    FULL_ADMIN = "full_admin"
    # Not a staff permission: a member acting on their own profile (object-level only).
    MEMBER_SELF_SERVICE = "member_self_service"

    @property
    def permission(self) -> str | None:
        """The Django permission ("app_label.codename") backing this capability."""
        if self is Capability.MEMBER_SELF_SERVICE:
            return None
        return f"authz.{self.value}"


STAFF_CAPABILITIES = [c for c in Capability if c.permission]

DESCRIPTIONS = {
    Capability.MANAGE_ORGANIZATIONS: "Can manage organizations, sources and tags",
    Capability.MANAGE_NEEDS: "Can moderate needs (approve, edit, reject, fill, expire)",
    Capability.TRIGGER_SCRAPING: "Can trigger scraping of sources",
    Capability.MANAGE_MEMBERS: "Can manage members (deactivate; never read their data)",
    Capability.FULL_ADMIN: "Full administrator (implies every capability)",
}

GROUPS = {
    "Moderator": [Capability.MANAGE_NEEDS],
    "Administrator": STAFF_CAPABILITIES,
}
