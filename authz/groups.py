"""Create the capability permissions and the default groups.

Takes the model classes so the data migration can pass its historical models and tests
(whose transactional flush empties these tables) can pass the real ones.
"""

from __future__ import annotations

from authz.capabilities import DESCRIPTIONS, GROUPS


def ensure_groups(ContentType, Permission, Group) -> None:  # noqa: N803 - model classes
    ct, _ = ContentType.objects.get_or_create(app_label="authz", model="capabilities")
    perms = {}
    for cap, name in DESCRIPTIONS.items():
        perms[cap], _ = Permission.objects.get_or_create(
            content_type=ct, codename=cap.value, defaults={"name": name}
        )
    for group_name, caps in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*[perms[c] for c in caps])


def ensure_default_groups() -> None:
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    ensure_groups(ContentType, Permission, Group)
