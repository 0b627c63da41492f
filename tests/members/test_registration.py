"""registerMember and member self-service, privacy first."""

import logging
from datetime import timedelta

import pytest
from django.utils import timezone

from authz.tokens import actor_from_access_token
from members.models import Identifier, Member, VerificationCode

pytestmark = pytest.mark.django_db

REGISTER = """mutation($t: String!, $i: String!, $z: String, $c: String, $r: Int, $l: String) {
  registerMember(pushToken: $t, interests: $i, zipCode: $z, city: $c, radiusKm: $r, language: $l) {
    member { id interests locationName radiusKm language }
    tokens { accessToken }
    errors { field code message } } }"""
TOKEN = "ExponentPushToken[abcdefghijklmnop]"


def register(gql, token=None, **kw):
    variables = {"t": TOKEN, "i": "driving seniors to appointments", "z": "55404", **kw}
    return gql(REGISTER, variables, token=token)["data"]["registerMember"]


def test_register_answers_with_a_member_token(gql):
    out = register(gql)
    assert out["errors"] == []
    assert out["member"]["locationName"].startswith("Minneapolis, MN")
    member = Member.objects.get()
    assert actor_from_access_token(out["tokens"]["accessToken"]).member_id == member.pk
    # Coarse: rounded to about 1 km.
    assert round(member.latitude, 2) == member.latitude
    assert (member.radius_km, member.language) == (30, "en")


def test_city_instead_of_zip(gql):
    out = register(gql, z=None, c="st paul", l="so", r=15)
    assert out["member"]["locationName"] == "Saint Paul, MN"
    assert (out["member"]["language"], out["member"]["radiusKm"]) == ("so", 15)


@pytest.mark.parametrize(
    ("kw", "field", "code"),
    [
        ({"z": "99999"}, "zipCode", "UNKNOWN_PLACE"),
        ({"z": "10001"}, "zipCode", "UNKNOWN_PLACE"),  # New York
        ({"z": None, "c": "Atlantis"}, "city", "UNKNOWN_PLACE"),
        ({"z": None}, "zipCode", "REQUIRED"),
        ({"c": "Duluth"}, "zipCode", "INVALID"),  # both
        ({"r": 0}, "radiusKm", "OUT_OF_RANGE"),
        ({"r": 501}, "radiusKm", "OUT_OF_RANGE"),
        ({"i": "x"}, "interests", "REQUIRED"),
        ({"l": "english please"}, "language", "INVALID"),
        ({"t": "short"}, "pushToken", "INVALID"),
    ],
)
def test_bad_input_is_a_typed_error_and_writes_nothing(gql, kw, field, code):
    out = register(gql, **kw)
    assert (out["errors"][0]["field"], out["errors"][0]["code"]) == (field, code), out
    assert out["tokens"] is None
    assert not Member.objects.exists()


def test_reregistering_with_the_devices_token_updates(gql):
    first = register(gql)
    again = register(gql, token=first["tokens"]["accessToken"], i="tutoring in Somali")
    assert again["member"]["id"] == first["member"]["id"]
    assert Member.objects.get().interests == "tutoring in Somali"


def test_without_the_token_the_old_profile_is_erased_never_returned(gql, make_member):
    first = register(gql)
    old = Member.objects.get()
    Identifier.objects.create(digest="d" * 64, kind="email", member=old)
    VerificationCode.objects.create(identifier_digest="d" * 64, code_hash="x",
                                    expires_at=timezone.now())
    second = register(gql, i="cooking for families")
    assert second["member"]["id"] != first["member"]["id"]
    assert second["member"]["interests"] == "cooking for families"
    assert not Member.objects.filter(pk=old.pk).exists()
    assert not Identifier.objects.exists() and not VerificationCode.objects.exists()


def test_profile_change_is_recorded_with_the_change_and_sent_only_after_commit(
        gql, django_capture_on_commit_callbacks):
    """The re-embedding is written (outbox) in the registering transaction and handed to
    Celery only once it commits."""
    from authz.outbox.models import OutboxMessage

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        register(gql)
    member = Member.objects.get()
    message = OutboxMessage.objects.get(task="matching.embed_rows")
    assert message.args == ["members", [str(member.pk)]]
    assert message.published_at is None and message.done_at is None  # not sent yet
    assert member.embedding is None
    for callback in callbacks:
        callback()  # the commit: sent (eager here), run, marked done
    message.refresh_from_db()
    assert message.done_at is not None and message.attempts == 1
    member.refresh_from_db()
    assert member.embedding is not None


def test_me_update_pause_and_delete(gql, make_member):
    out = register(gql)
    token = out["tokens"]["accessToken"]
    me = gql("{ me { interests radiusKm pausedUntil } }", token=token)["data"]["me"]
    assert me == {"interests": "driving seniors to appointments", "radiusKm": 30,
                  "pausedUntil": None}
    upd = gql('mutation { updateMyProfile(city: "Duluth", radiusKm: 50) '
              "{ member { locationName radiusKm } } }", token=token)
    assert upd["data"]["updateMyProfile"]["member"]["locationName"] == "Duluth, MN"
    too_far = (timezone.now() + timedelta(days=400)).isoformat()
    bad = gql("mutation($u: DateTime) { pauseNotifications(until: $u) { errors { field code } } }",
              {"u": too_far}, token=token)
    assert bad["data"]["pauseNotifications"]["errors"] == [{"field": "until",
                                                            "code": "OUT_OF_RANGE"}]
    member = Member.objects.get()
    from matching.models import Notification
    from needs.models import Need
    from organizations.models import Organization

    org = Organization.objects.create(name="Erasure Org")
    need = Need.objects.create(organization=org, title="t", description="d", content_hash="e" * 64)
    Notification.objects.create(need=need, member=member, score=0.9)
    gone = gql("mutation { deleteMyData { deletedMembers deletedNotifications } }", token=token)
    assert gone["data"]["deleteMyData"] == {"deletedMembers": 1, "deletedNotifications": 1}
    assert not Member.objects.exists() and not Notification.objects.exists()
    after = gql("{ me { interests } }", token=token)
    assert after["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_me_requires_a_member(gql):
    assert gql("{ me { interests } }")["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_logs_and_errors_never_carry_token_or_interests(gql, caplog):
    with caplog.at_level(logging.DEBUG):
        register(gql, i="my very private interests text")
        register(gql, z="99999")
    assert TOKEN not in caplog.text and "abcdefghijklmnop" not in caplog.text
    assert "very private" not in caplog.text


def test_registration_is_rate_limited(gql, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "register_member_ip": "2/h"}
    register(gql)
    register(gql, t="ExponentPushToken[second-device-0001]")
    body = gql(REGISTER, {"t": "ExponentPushToken[third-device-00001]", "i": "cooking",
                          "z": "55404"})
    assert body["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert Member.objects.count() == 2


def test_a_logged_in_member_moves_to_a_new_push_token(gql):
    first = register(gql)
    token = first["tokens"]["accessToken"]
    moved = register(gql, token=token, t="ExponentPushToken[the-new-device-01]")
    assert moved["member"]["id"] == first["member"]["id"]
    member = Member.objects.get()  # one member, not two
    assert member.push_token == "ExponentPushToken[the-new-device-01]"


def test_moving_to_a_token_someone_else_holds_erases_that_profile(gql):
    mine = register(gql)  # TOKEN
    other = register(gql, t="ExponentPushToken[someone-elses-device]", i="cooking")
    moved = register(gql, token=mine["tokens"]["accessToken"],
                     t="ExponentPushToken[someone-elses-device]")
    assert moved["member"]["id"] == mine["member"]["id"]
    assert not Member.objects.filter(pk=other["member"]["id"]).exists()
    assert Member.objects.count() == 1


def test_a_member_cannot_update_another_member_through_the_service(make_member):
    from authz import Actor, PermissionDenied
    from members import services

    me, other = make_member(), make_member(interests="original")
    with pytest.raises(PermissionDenied):
        services.update_my_profile(member=other, actor=Actor.for_member(me), interests="hacked")
    with pytest.raises(PermissionDenied):
        services.delete_my_data(member=other, actor=Actor.for_member(me))
    other.refresh_from_db()
    assert other.interests == "original"
