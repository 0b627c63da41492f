"""The transactional outbox: background work recorded with the change that causes it,
sent after the commit, kept when the broker is down, swept later, done once in effect.

These run in-process (tasks eager, or a broker that refuses connections); the drills in
tests/config/test_drills.py run the same paths with real workers, Redis and gunicorn.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from graphql_relay import to_global_id

from authz.outbox import services as outbox
from authz.outbox.models import OutboxMessage
from config.celery import app
from config.tasks import probe, probe_state
from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization

pytestmark = pytest.mark.django_db(transaction=True)

DEAD_BROKER = "redis://127.0.0.1:1/0"  # nothing listens: connection refused at once
APPROVE = "mutation($id: ID!) { approveNeed(id: $id) { need { status } errors { field } } }"


def point_app_at(*, broker_url: str, eager: bool) -> None:
    app.conf.update(broker_url=broker_url, task_always_eager=eager)
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def broker_down():
    saved = app.conf.broker_url, app.conf.task_always_eager
    point_app_at(broker_url=DEAD_BROKER, eager=False)
    try:
        yield
    finally:
        point_app_at(broker_url=saved[0], eager=saved[1])


@pytest.fixture
def pending_need():
    org = Organization.objects.create(name="Outbox Org")
    title, description = "Drivers needed", "Drive seniors to appointments on Saturdays."
    return Need.objects.create(
        organization=org, title=title, description=description,
        content_hash=content_hash(title=title, description=description,
                                  organization_id=org.pk))


def test_an_approval_while_the_broker_is_down_succeeds_and_keeps_its_matching(
        gql, staff_token, pending_need, broker_down, caplog):
    _, token = staff_token("Moderator")
    started = time.monotonic()
    with caplog.at_level(logging.WARNING):
        body = gql(APPROVE, {"id": to_global_id("Need", pending_need.pk)}, token=token)
    elapsed = time.monotonic() - started
    # The approval did succeed: the client is told so, whatever the broker does.
    assert "errors" not in body, body
    assert body["data"]["approveNeed"] == {"need": {"status": "ACTIVE"}, "errors": []}
    assert elapsed < 10  # a guard: the broker's refusal does not hold the request
    pending_need.refresh_from_db()
    assert pending_need.status == "active"
    # The matching is recorded, not lost: pending, due for the sweeper now.
    match = OutboxMessage.objects.get(task="matching.match_need")
    assert match.args == [pending_need.pk]
    assert (match.attempts, match.published_at, match.done_at) == (0, None, None)
    assert match.last_error.startswith("not sent: OperationalError")
    assert match.available_at <= timezone.now()
    assert "the sweeper will try again" in caplog.text

    # The broker is back (here: eager, in-process): one sweep sends it, and it runs.
    point_app_at(broker_url=DEAD_BROKER, eager=True)
    assert outbox.sweep() >= 1
    match.refresh_from_db()
    assert match.done_at is not None and match.attempts == 1
    # Sweeping again sends nothing more: done is done.
    assert OutboxMessage.objects.filter(task="matching.match_need",
                                        done_at__isnull=True).count() == 0


def test_nothing_is_recorded_or_sent_for_a_rolled_back_change(pending_need):
    with pytest.raises(RuntimeError), transaction.atomic():
        outbox.enqueue(probe, "rolled-back")
        raise RuntimeError("roll back")
    assert not OutboxMessage.objects.filter(task=probe.name).exists()
    assert probe_state("rolled-back").started == 0


def test_a_committed_message_is_sent_once_and_marked_done():
    with transaction.atomic():
        message = outbox.enqueue(probe, "committed")
        assert probe_state("committed").started == 0  # not before the commit
    assert probe_state("committed").completed == 1
    message.refresh_from_db()
    assert message.done_at is not None and message.attempts == 1
    assert outbox.sweep() == 0  # nothing left to do
    assert probe_state("committed").completed == 1


def test_a_crawl_saving_many_rows_asks_for_one_embedding_batch(pending_need):
    org = pending_need.organization
    before = OutboxMessage.objects.filter(task="matching.embed_rows").count()
    with transaction.atomic():
        needs = [Need.objects.create(
            organization=org, title=f"Need {i}", description="Help us on Sundays please.",
            content_hash=content_hash(title=f"Need {i}", description="Help us on Sundays.",
                                      organization_id=org.pk)) for i in range(3)]
        batch = OutboxMessage.objects.filter(task="matching.embed_rows").order_by("-pk")[0]
        assert batch.args == ["needs", sorted((n.pk for n in needs), key=str)]
    assert OutboxMessage.objects.filter(task="matching.embed_rows").count() == before + 1
    batch.refresh_from_db()
    assert batch.done_at is not None
    assert all(n.embedding is not None for n in Need.objects.filter(pk__in=[x.pk for x in needs]))


def test_a_batch_from_a_rolled_back_transaction_is_not_reused(pending_need):
    org = pending_need.organization
    with pytest.raises(RuntimeError), transaction.atomic():
        Need.objects.create(organization=org, title="Gone", description="Rolled back soon.",
                            content_hash="x" * 64)
        raise RuntimeError
    with transaction.atomic():
        kept = Need.objects.create(organization=org, title="Kept", description="This one stays.",
                                   content_hash="y" * 64)
    message = OutboxMessage.objects.filter(task="matching.embed_rows").order_by("-pk")[0]
    assert message.args == ["needs", [kept.pk]]
    assert message.done_at is not None


def test_the_sweeper_sends_again_what_was_sent_but_never_finished(settings):
    """A worker died with the task (or it failed): after OUTBOX_RETRY_AFTER it goes again;
    after OUTBOX_MAX_ATTEMPTS it is left for an operator (the admin shows it)."""
    settings.OUTBOX_MAX_ATTEMPTS = 3
    message = OutboxMessage.objects.create(
        task=probe.name, args=["lost"], attempts=1, published_at=timezone.now(),
        available_at=timezone.now() + timedelta(minutes=10))
    assert outbox.sweep() == 0  # not due yet: it may still be running
    OutboxMessage.objects.filter(pk=message.pk).update(available_at=timezone.now())
    assert outbox.sweep() == 1
    assert probe_state("lost").completed == 1
    message.refresh_from_db()
    assert (message.attempts, message.done_at is not None) == (2, True)

    given_up = OutboxMessage.objects.create(task=probe.name, args=["never"], attempts=3,
                                            available_at=timezone.now())
    assert outbox.sweep() == 0
    assert outbox.pending()["gave_up"] == 1
    given_up.delete()


def test_a_task_that_fails_is_tried_again_later_with_a_growing_delay(settings):
    settings.OUTBOX_RETRY_BASE = timedelta(seconds=60)
    message = outbox.enqueue("matching.embed_rows", "no-such-kind", [1])  # raises KeyError
    message.refresh_from_db()
    assert message.done_at is None and message.attempts == 1
    assert message.last_error == "failed: KeyError"
    wait = (message.available_at - timezone.now()).total_seconds()
    assert 50 < wait <= 60
    OutboxMessage.objects.filter(pk=message.pk).update(available_at=timezone.now())
    outbox.sweep()
    message.refresh_from_db()
    assert message.attempts == 2
    assert 110 < (message.available_at - timezone.now()).total_seconds() <= 120


def test_a_key_keeps_one_pending_message(broker_down):
    first = outbox.enqueue(probe, "k", key="probe:k")
    assert first is not None and first.done_at is None  # the broker is down: pending
    assert outbox.enqueue(probe, "k", key="probe:k") is None
    assert OutboxMessage.objects.filter(key="probe:k").count() == 1


def test_done_messages_are_purged_after_a_week(settings):
    old = OutboxMessage.objects.create(task=probe.name,
                                       done_at=timezone.now() - timedelta(days=8))
    recent = OutboxMessage.objects.create(task=probe.name, done_at=timezone.now())
    outbox.sweep()
    assert not OutboxMessage.objects.filter(pk=old.pk).exists()
    assert OutboxMessage.objects.filter(pk=recent.pk).exists()


def test_the_sweeper_is_on_the_beat_schedule(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["outbox-sweep"]
    assert entry["task"] == "outbox.sweep"
    assert entry["schedule"] == timedelta(seconds=settings.OUTBOX_SWEEP_SECONDS)
    app.loader.import_default_modules()  # what a worker does at start
    assert "outbox.sweep" in app.tasks
