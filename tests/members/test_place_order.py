"""The members table's place order (issue 13): ``manage.py order_members`` rewrites the
table in latitude bands then longitude, so the members a need has in reach share pages;
it changes no row, keeps every index, and does nothing when the table is already ordered."""

from __future__ import annotations

import io
import random

import pytest
from django.core.management import call_command
from django.db import connection

from members.geo import PLACE_BANDS_PER_DEGREE, PLACE_ORDER_INDEX
from members.models import Member

pytestmark = pytest.mark.django_db

PLACES = [(44.02, -92.47), (46.79, -92.10), (44.97, -93.26), (45.56, -94.16),
          (47.47, -94.88), (43.62, -95.60), (44.95, -93.09), (44.03, -92.45)]


def physical_ids() -> list:
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM members_member ORDER BY ctid")
        return [row[0] for row in cursor.fetchall()]


def make_members(n: int = 120) -> list[Member]:
    rng = random.Random(13)
    members = []
    for i in range(n):  # registration order: places shuffled
        lat, lng = rng.choice(PLACES)
        located = i % 10 != 0
        members.append(Member.objects.create(
            push_token=f"ExponentPushToken[order-{i:04d}]", interests=f"helping {i}",
            latitude=round(lat + rng.uniform(-0.2, 0.2), 2) if located else None,
            longitude=round(lng + rng.uniform(-0.2, 0.2), 2) if located else None,
            radius_km=rng.choice([10, 30, 80])))
    return members


def place_key(member: Member):
    if member.latitude is None:
        return (1, 0.0, 0.0)  # no location: last
    return (0, (member.latitude * PLACE_BANDS_PER_DEGREE) // 1, member.longitude)


def run(*args) -> str:
    out = io.StringIO()
    call_command("order_members", *args, stdout=out)
    return out.getvalue()


def test_the_table_is_rewritten_in_place_order_with_every_row_and_index_kept():
    members = make_members()
    before = {m.pk: (m.latitude, m.longitude, m.radius_km, m.push_token) for m in members}
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'members_member'")
        indexes = {row[0] for row in cursor.fetchall()}

    output = run("--force")

    assert "rewritten in place order" in output
    ordered = sorted(members, key=place_key)
    stored = physical_ids()
    assert len(stored) == len(members)
    # Within one band, the same longitude may come in either order: compare the keys.
    by_id = {m.pk: m for m in members}
    assert [place_key(by_id[pk]) for pk in stored] == [place_key(m) for m in ordered]
    after = {m.pk: (m.latitude, m.longitude, m.radius_km, m.push_token)
             for m in Member.objects.all()}
    assert after == before
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'members_member'")
        assert {row[0] for row in cursor.fetchall()} == indexes
        cursor.execute("SELECT indisclustered FROM pg_index "
                       "WHERE indexrelid = %s::regclass", [PLACE_ORDER_INDEX])
        assert cursor.fetchone()[0] is True


def test_an_ordered_table_is_left_alone_and_check_changes_nothing():
    make_members(60)
    before = physical_ids()
    assert "place order correlation" in run("--check")
    assert physical_ids() == before
    run("--force")
    ordered = physical_ids()
    output = run()  # correlation ~1 now: under the default 0.9 only
    assert "nothing to do" in output
    assert physical_ids() == ordered


def test_a_bad_threshold_is_refused():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        run("--min-correlation", "2")


def test_a_bad_memory_size_is_refused():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        run("--force", "--memory", "2GB'; DROP TABLE x; --")


@pytest.mark.django_db(transaction=True)
def test_a_busy_table_is_not_waited_for(settings):
    """Another session holds a lock on the table: the command gives up after its lock
    timeout, changes nothing and says so (it never queues every request behind it)."""
    import psycopg
    from django.core.management.base import CommandError

    from members.management.commands import order_members as command

    make_members(5)
    before = physical_ids()
    params = connection.get_connection_params()
    with psycopg.connect(**{k: v for k, v in params.items() if k != "cursor_factory"},
                         autocommit=False) as other:
        other.execute("LOCK TABLE members_member IN ACCESS SHARE MODE")
        original = command.LOCK_TIMEOUT
        command.LOCK_TIMEOUT = "200ms"
        try:
            with pytest.raises(CommandError, match="stayed busy"):
                run("--force")
        finally:
            command.LOCK_TIMEOUT = original
    assert physical_ids() == before
