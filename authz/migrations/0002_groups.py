"""Create the capability permissions and the "Moderator" and "Administrator" groups.

Permissions are normally created after migrations (post_migrate); they are created here
so the groups can hold them in the same migration run.
"""

from django.db import migrations

CAPABILITIES = {
    "manage_organizations": "Can manage organizations, sources and tags",
    "manage_needs": "Can moderate needs (approve, edit, reject, fill, expire)",
    "trigger_scraping": "Can trigger scraping of sources",
    "manage_members": "Can manage members (deactivate; never read their data)",
    "full_admin": "Full administrator (implies every capability)",
}
GROUPS = {
    "Moderator": ["manage_needs"],
    "Administrator": list(CAPABILITIES),
}


def create_groups(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    ct, _ = ContentType.objects.get_or_create(app_label="authz", model="capabilities")
    perms = {}
    for codename, name in CAPABILITIES.items():
        perms[codename], _ = Permission.objects.get_or_create(
            content_type=ct, codename=codename, defaults={"name": name}
        )
    for group_name, codenames in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*[perms[c] for c in codenames])


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("authz", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
