"""Push delivery through the Expo backend against the local stand-in: tickets, retries,
receipts and dead tokens — a failure never loses a notification."""

import datetime as dt

import pytest
from django.utils import timezone

from authz import Actor
from matching import services
from matching.models import Notification
from tests.matching.test_push_expo import ExpoStandIn

pytestmark = pytest.mark.django_db
SYSTEM = Actor.system("tests: delivery")


@pytest.fixture
def expo(settings):
    stand_in = ExpoStandIn()
    settings.PUSH_BACKEND = "expo"
    settings.EXPO_BASE_URL = stand_in.url
    settings.EXPO_MAX_RETRIES = 1
    yield stand_in
    stand_in.close()


@pytest.fixture
def notes(org, make_member):
    from needs.models import Need

    need = Need.objects.create(organization=org, title="Drivers", description="Drive seniors.",
                               tldr="Drive seniors to appointments.", status="active",
                               content_hash="f" * 64)

    def make(token):
        member = make_member(push_token=f"ExponentPushToken[{token}]")
        return Notification.objects.create(need=need, member=member, score=0.9,
                                           why_relevant="You mentioned driving.")
    return make


def test_sent_notifications_record_their_tickets(expo, notes):
    a, _ = notes("alpha"), notes("beta")
    result = services.deliver_notifications(actor=SYSTEM)
    assert (result.sent, result.failed, result.dead) == (2, 0, 0)
    a.refresh_from_db()
    assert (a.status, a.push_ticket_id, a.attempts) == ("sent", "ticket-alpha", 1)
    message = expo.send_requests[0][0]
    assert message["title"].startswith("Matching Test Org: Drivers")
    assert message["data"]["needId"] == a.need_id
    assert services.deliver_notifications(actor=SYSTEM).sent == 0  # nothing sent twice


def test_a_dead_device_is_marked_and_its_member_deactivated(expo, notes):
    note = notes("dead-device")
    result = services.deliver_notifications(actor=SYSTEM)
    assert result.dead == 1
    note.refresh_from_db()
    assert note.status == "dead" and note.last_error == "DeviceNotRegistered"
    assert note.member.__class__.objects.get(pk=note.member_id).active is False


def test_transport_failures_are_retried_later_and_never_lost(expo, notes, settings):
    note = notes("flaky")
    expo.always_fail_when_token = {"flaky": 500}
    result = services.deliver_notifications(actor=SYSTEM)
    assert result.failed == 1
    note.refresh_from_db()
    assert note.status == "failed" and note.attempts == 1 and "TransportError" in note.last_error
    expo.always_fail_when_token = {}
    assert services.deliver_notifications(actor=SYSTEM).sent == 1  # the retry task's call
    note.refresh_from_db()
    assert note.status == "sent" and note.attempts == 2


def test_too_many_failures_end_as_dead(expo, notes, settings):
    settings.NOTIFICATION_MAX_ATTEMPTS = 2
    note = notes("flaky")
    expo.always_fail_when_token = {"flaky": 500}
    services.deliver_notifications(actor=SYSTEM)
    services.deliver_notifications(actor=SYSTEM)
    note.refresh_from_db()
    assert note.status == "dead" and note.attempts == 2
    assert Notification.objects.filter(pk=note.pk).exists()


def test_receipts_mark_delivery_and_retire_dead_tokens(expo, notes):
    ok, gone = notes("fine"), notes("gone-later")
    services.deliver_notifications(actor=SYSTEM)
    expo.receipts = {
        "ticket-fine": {"status": "ok"},
        "ticket-gone-later": {"status": "error", "message": "gone",
                              "details": {"error": "DeviceNotRegistered"}},
    }
    Notification.objects.update(sent_at=timezone.now() - dt.timedelta(hours=1))
    assert services.check_receipts(actor=SYSTEM) == 2
    ok.refresh_from_db()
    gone.refresh_from_db()
    assert (ok.status, ok.receipt_status) == ("delivered", "ok")
    assert (gone.status, gone.receipt_status) == ("dead", "DeviceNotRegistered")
    assert gone.member.__class__.objects.get(pk=gone.member_id).active is False


def test_receipts_not_ready_are_asked_again_later(expo, notes):
    notes("slow")
    services.deliver_notifications(actor=SYSTEM)
    Notification.objects.update(sent_at=timezone.now() - dt.timedelta(hours=1))
    assert services.check_receipts(actor=SYSTEM) == 0
    assert Notification.objects.get().status == "sent"
    expo.receipts = {"ticket-slow": {"status": "ok"}}
    assert services.check_receipts(actor=SYSTEM) == 1


def test_console_backend_by_default(notes, settings, caplog):
    settings.PUSH_BACKEND = "console"
    note = notes("console-device")
    assert services.deliver_notifications(actor=SYSTEM).sent == 1
    assert "console-device" not in caplog.text
    note.refresh_from_db()
    assert note.status == "sent"
