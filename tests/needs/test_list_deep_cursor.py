"""Cursor pages of the public needs list as a row comparison (issue 13, deep cursor pages).

The page after a cursor is ``(created_at, id) < (x, y)`` (authz.pagination), on the index
``(status, created_at, id)`` (needs migration 0007).  On the real database: every page,
of every size, holds the rows the condition before it (``created_at < x OR (created_at = x
AND id < y)``) held, in the same order, through runs of needs with one ``created_at``
that straddle page boundaries -- compiled and prepared (planned per call and with the
generic plan a prepared statement ends up with), compiled and bound on the client, and
built by the ORM; and the plan of a cursor page seeks along the index with the row
comparison as its index condition (the plan's text, not its timing)."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from django.db import connection
from django.utils import timezone

from authz.compiled import bind
from authz.pagination import _expanded_after_filter, _key_fields
from needs import selectors
from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization

pytestmark = pytest.mark.django_db

NOW = timezone.now()
ORDER = selectors.NEED_ORDER
STATUSES = [Need.Status.ACTIVE] * 5 + [Need.Status.PENDING, Need.Status.FILLED]


@pytest.fixture
def needs() -> list[Need]:
    """42 needs of two organizations, 30 of them active, in runs of 6 sharing one
    ``created_at`` (two more differing by a microsecond), created in shuffled order so
    that ids do not follow time; the others pending or filled, between them."""
    orgs = [Organization.objects.create(name="Brian Coyle Center", county="Hennepin"),
            Organization.objects.create(name="Arrive Ministries", county="Ramsey")]
    stamps = [NOW - dt.timedelta(hours=i // 6, microseconds=i % 6 // 4) for i in range(42)]
    random.Random(13).shuffle(stamps)
    out = []
    for i, stamp in enumerate(stamps):
        org = orgs[i % 2]
        title, description = f"Need {i}", f"Help {i} at {org.name}."
        need = Need.objects.create(
            organization=org, title=title, description=description,
            status=STATUSES[i % len(STATUSES)],
            content_hash=content_hash(title=title, description=description,
                                      organization_id=org.pk))
        Need.objects.filter(pk=need.pk).update(created_at=stamp)
        need.created_at = stamp
        out.append(need)
    return out


def _expected(needs: list[Need]) -> list[int]:
    active = [n for n in needs if n.status == Need.Status.ACTIVE]
    return [n.pk for n in sorted(active, key=lambda n: (n.created_at, n.pk), reverse=True)]


def _before(after, limit: int) -> list[int]:
    """The page as the list read it before: the expanded condition."""
    queryset = selectors.public_needs(organization_tags=False)
    if after is not None:
        queryset = queryset.filter(_expanded_after_filter(_key_fields(Need, ORDER), after))
    return list(queryset.order_by(*ORDER)[:limit].values_list("pk", flat=True))


PATHS = ["prepared", "prepared-generic-plan", "compiled", "orm"]


def _page(path: str):
    if path == "orm":
        return lambda limit, after: selectors.orm_need_page(
            limit=limit, after=after, filters={}, organization_tags=False)
    return lambda limit, after: selectors.need_page(limit=limit, after=after,
                                                    organization_tags=False)


def _cursor_page_runs() -> tuple[int, int]:
    """(generic, custom) plans run so far by the prepared cursor pages of the list."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT coalesce(sum(generic_plans), 0), coalesce(sum(custom_plans), 0) "
            "FROM pg_prepared_statements WHERE statement LIKE %s",
            ['%("needs_need"."created_at", "needs_need"."id") < ($%'])
        return cursor.fetchone()


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("size", [1, 2, 4, 5, 7, 29])
def test_every_page_holds_what_it_held_before_through_equal_timestamps(
        needs, settings, path, size):
    settings.DB_PREPARED_STATEMENTS = path.startswith("prepared")
    if path == "prepared-generic-plan":  # as a prepared statement runs after five calls
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL plan_cache_mode = force_generic_plan")
    expected = _expected(needs)
    assert len(expected) == 30
    runs_before = _cursor_page_runs()
    page, after, seen, pages = _page(path), None, [], 0
    while True:
        rows = page(size + 1, after)  # one more, as the list reads it
        assert [row.pk for row in rows] == _before(after, size + 1)
        assert [row.pk for row in rows] == expected[len(seen):len(seen) + size + 1]
        seen += [row.pk for row in rows[:size]]
        pages += 1
        if len(rows) <= size:
            break
        last = rows[size - 1]
        after = [last.created_at, last.pk]
    assert seen == expected
    assert pages == -(-len(expected) // size) >= 2
    generic, custom = (now - then for now, then in zip(_cursor_page_runs(), runs_before,
                                                       strict=True))
    if path == "prepared-generic-plan":  # every cursor page ran the prepared generic plan
        assert (generic, custom) == (pages - 1, 0)
    elif path == "prepared":
        assert generic + custom == pages - 1
    else:  # bound on the client: nothing prepared
        assert (generic, custom) == (0, 0)


def _cursor_page(needs) -> tuple[str, list]:
    """The statement of a cursor page of the unfiltered list, as need_page runs it, and
    its parameters for a cursor in the middle of a run of equal timestamps."""
    expected = _expected(needs)
    middle = next(n for n in needs if n.pk == expected[8])
    page = selectors._compiled_page(frozenset(), True, 21)
    return page.sql, bind(page.slots, {"after_created_at": middle.created_at,
                                       "after_pk": middle.pk})


def _needs_scan(plan: str) -> str:
    """The lines of the plan's scan of the listed needs (not of the count's subquery)."""
    lines = plan.splitlines()
    start = next(i for i, line in enumerate(lines)
                 if re.search(r"Scan.* on needs_need(?! u0)", line))
    indent = len(lines[start]) - len(lines[start].lstrip())
    scan = [lines[start]]
    for line in lines[start + 1:]:
        if len(line) - len(line.lstrip()) <= indent or "->" in line:
            break
        scan.append(line)
    return "\n".join(scan)


def _assert_seeks(plan: str) -> None:
    scan = _needs_scan(plan)
    assert "Index Scan Backward using need_status_created_id_idx on needs_need" in scan, plan
    cond = next(line for line in scan.splitlines() if "Index Cond:" in line)
    assert re.search(r"\(status\)::text = ('active'::text|\$\d+)", cond), plan
    assert "ROW(created_at, id) < ROW(" in cond, plan
    assert "Filter:" not in scan, plan  # nothing left to check row by row


def test_a_cursor_page_seeks_with_the_row_comparison_as_its_index_condition(needs):
    sql, params = _cursor_page(needs)
    with connection.cursor() as cursor:
        # 42 rows: a scan of anything and a sort would win, so those are off; the question
        # is what the index can do for the page.
        for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
            cursor.execute(f"SET LOCAL {setting} = off")
        cursor.execute("EXPLAIN " + sql, params)  # planned for its values (client binding)
        _assert_seeks("\n".join(row[0] for row in cursor.fetchall()))
        # The generic plan, with $n for the values: what the prepared statement keeps.
        numbered = iter(range(1, len(params) + 1))
        generic = re.sub(r"%s", lambda _: f"${next(numbered)}", sql)
        assert "%" not in generic
        cursor.execute("EXPLAIN (GENERIC_PLAN) " + generic)
        _assert_seeks("\n".join(row[0] for row in cursor.fetchall()))


def test_the_old_index_is_gone_and_the_new_one_serves_the_moderation_queue(needs):
    """Migration 0007 replaced (status, created_at): the oldest-first queue of one status
    (the admin's order) can read the new index too, in order, with nothing to sort."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes "
                       "WHERE tablename = 'needs_need' AND indexname LIKE 'need_status_%%'")
        indexes = dict(cursor.fetchall())
        assert list(indexes) == ["need_status_created_id_idx"]
        assert indexes["need_status_created_id_idx"].endswith("(status, created_at, id)")
        for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):  # 42 rows
            cursor.execute(f"SET LOCAL {setting} = off")
        sql, params = (Need.objects.filter(status=Need.Status.PENDING)
                       .order_by("created_at", "pk")[:100].query.sql_with_params())
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Scan using need_status_created_id_idx on needs_need" in plan, plan
    assert "Sort" not in plan, plan
