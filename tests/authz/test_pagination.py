"""The keyset condition of a list's page (authz.pagination): keys in one direction are one
row comparison, ``(a, b) < (x, y)``, which PostgreSQL can seek to along an index; mixed
directions keep the expanded ``a < x OR (a = x AND b > y)``.  Either way a page holds
exactly the rows after the cursor that the expanded condition (what every list used
before) selects, in order, ties included -- checked on the real database."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from django.utils import timezone

from authz.pagination import _expanded_after_filter, _key_fields, keyset_slice
from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization

NOW = timezone.now()
ORDERS = [("-created_at", "-pk"), ("created_at", "pk"),  # one direction: a row comparison
          ("-created_at", "pk"), ("created_at", "-pk")]  # mixed: expanded


def _where(order, after_key) -> str:
    queryset = keyset_slice(Need.objects.all(), order=order, after_key=after_key, limit=5)
    sql, _ = queryset.query.sql_with_params()
    return sql.split(" WHERE ", 1)[1].split(" ORDER BY ", 1)[0]


def test_one_direction_is_a_row_comparison_and_mixed_directions_are_expanded():
    key = [NOW, 7]
    assert _where(("-created_at", "-pk"), key) == \
        '("needs_need"."created_at", "needs_need"."id") < (%s, %s)'
    assert _where(("created_at", "pk"), key) == \
        '("needs_need"."created_at", "needs_need"."id") > (%s, %s)'
    assert _where(("-created_at", "-organization", "-pk"), [NOW, 3, 7]) == \
        '("needs_need"."created_at", "needs_need"."organization_id", "needs_need"."id") ' \
        '< (%s, %s, %s)'
    mixed = _where(("-created_at", "pk"), key)
    assert " OR " in mixed and ") < (" not in mixed and ") > (" not in mixed
    assert '"needs_need"."created_at" < %s' in mixed and '"needs_need"."id" > %s' in mixed
    assert _where(("-pk",), [7]) == '"needs_need"."id" < %s'  # one key: a plain comparison


def test_the_parameters_are_the_fields_own():
    """The row comparison binds each value as its field does (the compiled pages find
    their stand-ins among the parameters by type and value)."""
    queryset = keyset_slice(Need.objects.all(), order=("-created_at", "-pk"),
                            after_key=[NOW, 7], limit=5)
    assert queryset.query.sql_with_params()[1] == (NOW, 7)


@pytest.fixture
def tied_needs() -> list[Need]:
    """30 needs in runs of equal timestamps (5, then 4, 3, 2, 1 ...), created in shuffled
    order so that ids do not follow time."""
    org = Organization.objects.create(name="Brian Coyle Center", county="Hennepin")
    stamps = [NOW - dt.timedelta(hours=run) for run, size in enumerate([5, 4, 3, 2, 1] * 3)
              for _ in range(size)][:30]
    random.Random(13).shuffle(stamps)
    needs = []
    for i, stamp in enumerate(stamps):
        need = Need.objects.create(
            organization=org, title=f"Need {i}", description="Help.",
            status=Need.Status.ACTIVE,
            content_hash=content_hash(title=f"Need {i}", description="Help.",
                                      organization_id=org.pk))
        Need.objects.filter(pk=need.pk).update(created_at=stamp)
        need.created_at = stamp
        needs.append(need)
    return needs


def _sorted(needs: list[Need], order) -> list[int]:
    """The ids in ``order``, sorted in Python (each key's own direction)."""
    out = list(needs)
    for item in reversed(order):  # stable sorts, last key first
        name = item.lstrip("-")
        out.sort(key=lambda n, name=name: getattr(n, "pk" if name == "pk" else name),
                 reverse=item.startswith("-"))
    return [n.pk for n in out]


@pytest.mark.django_db
@pytest.mark.parametrize("order", ORDERS, ids=[",".join(o) for o in ORDERS])
def test_every_cursor_selects_what_the_expanded_condition_selects(tied_needs, order):
    expected = _sorted(tied_needs, order)
    by_pk = {need.pk: need for need in tied_needs}
    keys = _key_fields(Need, order)
    everything = Need.objects.all()
    assert [n.pk for n in keyset_slice(everything, order=order, after_key=None,
                                       limit=100)] == expected
    for position, pk in enumerate(expected):
        cursor = by_pk[pk]
        after_key = [cursor.created_at, cursor.pk]
        got = [n.pk for n in keyset_slice(everything, order=order, after_key=after_key,
                                          limit=100)]
        expanded = list(everything.filter(_expanded_after_filter(keys, after_key))
                        .order_by(*order).values_list("pk", flat=True))
        assert got == expanded == expected[position + 1:]
