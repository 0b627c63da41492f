"""Create the capability permissions and the "Moderator" and "Administrator" groups.

Permissions are normally created after migrations (post_migrate); they are created here
so the groups can hold them in the same migration run.
"""

from django.db import migrations

from authz.groups import GROUPS, ensure_groups


def create_groups(apps, schema_editor):
    ensure_groups(
        apps.get_model("contenttypes", "ContentType"),
        apps.get_model("auth", "Permission"),
        apps.get_model("auth", "Group"),
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("authz", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
