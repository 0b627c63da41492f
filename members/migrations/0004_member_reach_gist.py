"""Members whose radius may cover a point: a GiST index on each active member's reach box
(members.geo.REACH_BOX_SQL), so candidate selection reads only those members instead of
everyone in a box as wide as the widest radius (issue 13, docs/benchmarks.md)."""

from django.db import migrations

from members.geo import reach_box_sql

INDEX = "member_reach_gist"


class Migration(migrations.Migration):
    dependencies = [("members", "0003_embedding_native_halfvec")]

    operations = [
        migrations.RunSQL(
            f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "members_member" USING gist '
            f"(({reach_box_sql()})) WHERE active AND latitude IS NOT NULL",
            f'DROP INDEX IF EXISTS "{INDEX}"',
        ),
    ]
