"""Drills: the broker is down during approvals; a worker is SIGKILLed in the middle of a
matching.  Real gunicorn, real Celery workers (with beat, so the outbox sweeper runs),
a private redis-server as the broker, the Expo stand-in receiving the pushes.

The bar: 0 side effects lost (every approval matched, every notification pushed), 0
duplicated notifications (one push per member and need), and the client of an approval
made while the broker is down is told it succeeded — because it did.
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import timedelta

import psycopg
import pytest
from django.conf import settings as django_settings
from django.db import connection
from graphql_relay import to_global_id

from authz import Actor
from authz.outbox.models import OutboxMessage
from authz.tokens import issue_for_user
from matching.models import Notification
from needs import services
from needs.hashing import content_hash
from needs.models import Need
from tests.config.test_health import gunicorn
from tests.drills.conftest import (
    figures,
    point_app_at,
    request,
    suite_database_url,
    wait_until,
)
from tests.matching.conftest import (  # noqa: F401 - fixtures
    make_embedded_member,
    make_need,
    org,
    reference,
)
from tests.matching.test_push_expo import ExpoStandIn

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

APPROVE = "mutation($id: ID!) { approveNeed(id: $id) { need { status } errors { field } } }"
DRIVERS = ("I drive and can take seniors to their appointments",
           "I have a car and like driving older neighbours to the doctor",
           "Happy to drive people to medical appointments on weekends")
NEEDS = [
    ("Volunteer drivers", "Drive seniors to medical appointments in Minneapolis. "
                          "Must have a car."),
    ("Rides to the clinic", "Give older adults a ride to their clinic visits in Minneapolis "
                            "with your own car."),
    ("Drivers for dialysis", "Drive a neighbour to dialysis three mornings a week in "
                             "Minneapolis; a car is needed."),
]


@pytest.fixture
def expo():
    stand_in = ExpoStandIn()
    yield stand_in
    stand_in.close()


def pending_needs(org) -> list[Need]:  # noqa: F811
    return [Need.objects.create(
        organization=org, title=title, description=description, latitude=44.98,
        longitude=-93.27,
        content_hash=content_hash(title=title, description=description, organization_id=org.pk))
        for title, description in NEEDS]


def pushes(expo: ExpoStandIn) -> Counter:
    """(push token, need id) -> how many times Expo was asked to deliver it."""
    with expo.lock:
        return Counter((m["to"], m["data"]["needId"]) for batch in expo.send_requests
                       for m in batch)


def settled(need_ids: list[int]) -> bool:
    """Every matching done, every push handed to Expo, nothing left in the outbox."""
    return (
        OutboxMessage.objects.filter(task="matching.match_need", args__0__in=need_ids,
                                     done_at__isnull=False).count() == len(need_ids)
        and not OutboxMessage.objects.filter(done_at__isnull=True).exists()
        and not Notification.objects.filter(need_id__in=need_ids)
        .exclude(status="sent").exists()
    )


def test_drill_broker_down_during_approval(
    tmp_path, scratch_redis, start_worker, expo, reference, make_embedded_member,  # noqa: F811
    org, make_staff,  # noqa: F811
):
    members = [make_embedded_member(text) for text in DRIVERS]
    needs = pending_needs(org)
    user = make_staff("Moderator")
    token = issue_for_user(user).access

    # The broker (scratch_redis's port) is down: nothing listens there yet.
    with gunicorn(tmp_path, DATABASE_URL=suite_database_url(),
                  CELERY_BROKER_URL=scratch_redis.url,
                  JWT_SECRET=django_settings.JWT_SECRET) as server:
        answers = [request(server.port, "POST", "/graphql/",
                           {"query": APPROVE, "variables": {"id": to_global_id("Need", n.pk)}},
                           headers={"Authorization": f"Bearer {token}"}) for n in needs]
        log = server.output()
    # The client is told the truth: the approval succeeded.
    assert all(a.ok for a in answers), [(a.status, a.codes) for a in answers]
    assert "Internal server error" not in log and "Traceback" not in log
    assert set(Need.objects.filter(pk__in=[n.pk for n in needs])
               .values_list("status", flat=True)) == {"active"}
    held = OutboxMessage.objects.filter(task="matching.match_need", done_at__isnull=True)
    assert held.count() == len(needs)
    assert all(m.last_error.startswith("not sent") for m in held)
    assert not Notification.objects.exists()

    # The broker comes back; a worker (with beat) starts.  The sweeper sends what waited.
    scratch_redis.start()
    back = time.monotonic()
    worker = start_worker(scratch_redis.url, PUSH_BACKEND="expo", EXPO_BASE_URL=expo.url)
    need_ids = [n.pk for n in needs]
    wait_until("every approval to be matched and pushed", lambda: settled(need_ids),
               timeout=90, on_fail=worker.log_text)
    recovered = time.monotonic() - back

    notified = Notification.objects.filter(need_id__in=need_ids)
    sent = pushes(expo)
    assert notified.exists()  # the drivers' need reached drivers
    assert {n.member_id for n in notified} <= {m.pk for m in members}
    # Every notification was pushed, exactly once.
    assert sum(sent.values()) == notified.count()
    assert set(sent.values()) == {1}
    assert "Traceback" not in worker.log_text()
    figures("broker down during approval",
            approvals=len(answers), approvals_ok=sum(a.ok for a in answers),
            # The first request of a fresh gunicorn worker also opens its pool and
            # imports the GraphQL stack; the others show what a dead broker adds.
            approval_seconds=[round(a.seconds, 3) for a in answers],
            matched=OutboxMessage.objects.filter(task="matching.match_need",
                                                 done_at__isnull=False).count(),
            notifications=notified.count(), pushes=sum(sent.values()),
            duplicated_pushes=sum(v - 1 for v in sent.values()),
            lost=len(need_ids) - OutboxMessage.objects.filter(
                task="matching.match_need", done_at__isnull=False).count(),
            seconds_from_broker_back_to_all_pushed=round(recovered, 1))


def waiting_on_a_lock() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                       "current_database() AND wait_event_type = 'Lock'")
        return cursor.fetchone()[0]


def test_drill_worker_killed_in_the_middle_of_a_matching(
    scratch_redis, start_worker, expo, reference, make_embedded_member, org,  # noqa: F811
    make_staff, settings, restore_app,
):
    members = [make_embedded_member(text) for text in DRIVERS]
    [need] = pending_needs(org)[:1]
    moderator = Actor.for_user(make_staff("Moderator"))
    scratch_redis.start()
    # A task handed over but not done after this long is handed over again.
    settings.OUTBOX_RETRY_AFTER = timedelta(seconds=2)
    first = start_worker(scratch_redis.url, PUSH_BACKEND="expo", EXPO_BASE_URL=expo.url)
    point_app_at(broker_url=scratch_redis.url, eager=False)

    # Hold every member row, so the matching stops inside its throttle transaction (it
    # locks the candidates' rows) — a worker mid-match, at a known point.
    db = connection.settings_dict
    holder = psycopg.connect(host=db["HOST"], dbname=db["NAME"], user=db["USER"] or "postgres")
    try:
        holder.execute("SELECT id FROM members_member FOR UPDATE").fetchall()
        services.approve_need(need=need, actor=moderator)
        wait_until("the worker to block inside the matching", lambda: waiting_on_a_lock() > 0,
                   timeout=90, on_fail=first.log_text)
        first.kill()
        # Nothing half-written: the killed matching's transaction never committed.
        assert not Notification.objects.filter(need=need).exists()
    finally:
        holder.rollback()
        holder.close()

    killed_at = time.monotonic()
    second = start_worker(scratch_redis.url, PUSH_BACKEND="expo", EXPO_BASE_URL=expo.url)
    wait_until("the matching to be sent again, done and pushed", lambda: settled([need.pk]),
               timeout=90, on_fail=second.log_text)
    recovered = time.monotonic() - killed_at

    message = OutboxMessage.objects.get(task="matching.match_need", args__0=need.pk)
    notified = Notification.objects.filter(need=need)
    sent = pushes(expo)
    assert message.attempts == 2  # handed over twice: killed once, done once
    assert notified.exists()
    assert {n.member_id for n in notified} <= {m.pk for m in members}
    assert sum(sent.values()) == notified.count()
    assert set(sent.values()) == {1}
    figures("worker SIGKILL mid-match",
            match_handed_over=message.attempts, matched=1, lost=0,
            notifications=notified.count(), pushes=sum(sent.values()),
            duplicated_pushes=sum(v - 1 for v in sent.values()),
            seconds_from_kill_to_all_pushed=round(recovered, 1))
