"""The members table's physical order: latitude bands, then longitude (members.geo,
``PLACE_ORDER_INDEX``).  ``manage.py order_members`` clusters the table on this index, so
the members a need has in reach lie on neighbouring pages (issue 13, docs/benchmarks.md).
Building it reads the table once (seconds at a million members); it changes no row."""


import django.db.models.expressions
import django.db.models.functions.math
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0004_member_reach_gist'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='member',
            index=models.Index(django.db.models.functions.math.Floor(django.db.models.expressions.CombinedExpression(models.F('latitude'), '*', models.Value(10))), models.F('longitude'), name='member_place_order_idx'),
        ),
    ]
