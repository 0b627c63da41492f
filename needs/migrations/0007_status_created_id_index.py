"""The public needs list's index: ``(status, created_at, id)`` replaces ``(status, created_at)``
(issue 13, deep cursor pages).

The list pages newest first by keyset, ``ORDER BY created_at DESC, id DESC`` after the
cursor's ``(created_at, id)`` (``needs.selectors.NEED_ORDER``), and ``authz.pagination``
now writes that condition as one row comparison, ``(created_at, id) < ($1, $2)``.  On an
index ending in ``created_at, id`` after the ``status`` equality, PostgreSQL uses it as an
index condition and starts the (backward) scan at the cursor; along ``(status,
created_at)`` it could only walk from the newest need and check the condition against each
row of the heap.  A page 40,000 rows deep at 100K needs: ~30 ms of server CPU before,
~0.5 ms after (``bench/deep_cursor.py``, docs/benchmarks.md).

The old index is dropped, not kept beside the new one: every query that used it is served
by the new one as well, since ``(status, created_at)`` is its prefix and a B-tree is read
in either direction -- the public list and its filtered shapes, first and cursor pages
(``needs.selectors``: a status, newest first), and the generic plan of the prepared
unfiltered list; the moderation queue and the admin's list of one status (oldest first by
``created_at, pk``, ``needs.admin``), which now reads the index in its whole order instead
of an incremental sort of equal timestamps; counts of one status
(``matching.dashboard``).  What orders by ``created_at`` without a status (the admin's
"all statuses") was served by neither and still is not.  Keeping both would cost every
write of a need a second index for no query.  Measured at 100K needs
(``bench/scale_data.py``): 3.1 MB became 4.0 MB (``id`` is 8 more bytes an entry), built
in about 0.15 s.

The new index is built before the old one is dropped, inside the migration's
transaction: writes to needs wait for the build (a fraction of a second at 100K needs).
"""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('needs', '0006_word_search_trigram'),
        ('organizations', '0006_embedding_native_halfvec'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name='need',
            index=models.Index(fields=['status', 'created_at', 'id'], name='need_status_created_id_idx'),
        ),
        migrations.RemoveIndex(
            model_name='need',
            name='need_status_created_idx',
        ),
    ]
