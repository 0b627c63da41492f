"""Candidate selection, relevance, the weekly throttle and idempotency, on real vectors."""

import datetime as dt

import pytest
from django.utils import timezone

from authz import Actor, PermissionDenied
from matching import services
from matching.models import Notification
from matching.selectors import candidate_members
from tests.matching.conftest import DULUTH, ST_PAUL

pytestmark = pytest.mark.django_db
SYSTEM = Actor.system("tests: matching")
DRIVERS = ("Volunteer drivers", "Drive seniors to medical appointments and grocery stores "
           "in Minneapolis. Must have a car.")


def test_the_right_member_is_notified(reference, make_need, make_embedded_member):
    driver = make_embedded_member("I have a car and like driving people to appointments")
    knitter = make_embedded_member("I knit hats and scarves")
    need = make_need(*DRIVERS)
    result = services.match_need(need_id=need.pk, actor=SYSTEM)
    notified = set(Notification.objects.filter(need=need).values_list("member_id", flat=True))
    assert driver.pk in notified
    assert knitter.pk not in notified
    assert result.notified == len(notified)
    note = Notification.objects.get(need=need, member=driver)
    assert note.why_relevant and note.distance_km is not None and note.distance_km < 5


def test_radius_pause_activity_and_model_filters(reference, make_need, make_embedded_member):
    near = make_embedded_member("driving people to appointments in my car")
    far = make_embedded_member("driving people to appointments in my car", location=DULUTH)
    wide = make_embedded_member("driving people to appointments in my car", location=DULUTH,
                                radius_km=300)
    paused = make_embedded_member("driving people to appointments in my car",
                                  paused_until=timezone.now() + dt.timedelta(days=3))
    inactive = make_embedded_member("driving people to appointments in my car", active=False)
    other_model = make_embedded_member("driving people to appointments in my car")
    type(other_model).objects.filter(pk=other_model.pk).update(embedding_model="another-model")
    need = make_need(*DRIVERS)
    ids = {c.member_id for c in candidate_members(need)}
    assert near.pk in ids and wide.pk in ids
    assert not ids & {far.pk, paused.pk, inactive.pk, other_model.pk}


def test_a_need_without_location_reaches_members_statewide(reference, make_need,
                                                          make_embedded_member):
    duluth = make_embedded_member("driving people to appointments in my car", location=DULUTH)
    need = make_need("Phone drivers", "Call homebound seniors to arrange rides.", location=None)
    assert duluth.pk in {c.member_id for c in candidate_members(need)}


def test_exact_scan_and_index_path_agree_on_a_small_set(reference, make_need,
                                                        make_embedded_member):
    for text in ["driving", "cooking", "tutoring math", "sorting food", "legal help"]:
        make_embedded_member(text, location=ST_PAUL)
    need = make_need(*DRIVERS)
    exact = [c.member_id for c in candidate_members(need, exact=True)]
    approx = [c.member_id for c in candidate_members(need, exact=False)]  # the IVFFlat path
    assert exact == approx
    # A limit below the set: the index path probes the lists nearest the need (all of them
    # for a table this small) and keeps exactly the best ``limit``.
    top = [c.member_id for c in candidate_members(need, limit=2, exact=False)]
    assert top == exact[:2]


def test_the_weekly_throttle(reference, make_need, make_embedded_member):
    member = make_embedded_member("driving people to appointments in my car")
    old = make_need("Old drivers", "Drive seniors to appointments last month.")
    Notification.objects.create(need=old, member=member, score=0.9)
    Notification.objects.filter(need=old).update(created_at=timezone.now() - dt.timedelta(days=8))
    told = []
    for i in range(4):
        need = make_need(f"Drivers round {i}", f"Drive seniors to appointments, round {i}.")
        services.match_need(need_id=need.pk, actor=SYSTEM)
        told.append(Notification.objects.filter(need=need, member=member).exists())
    assert told == [True, True, True, False]  # the 8-day-old one does not count


def test_rerunning_a_matching_notifies_nobody_twice(reference, make_need, make_embedded_member):
    make_embedded_member("driving people to appointments in my car")
    need = make_need(*DRIVERS)
    first = services.match_need(need_id=need.pk, actor=SYSTEM)
    second = services.match_need(need_id=need.pk, actor=SYSTEM)
    assert first.notified >= 1 and second.notified == 0
    assert Notification.objects.filter(need=need).count() == first.notified


def test_a_revision_does_not_notify_the_same_people_again(reference, make_need,
                                                         make_embedded_member):
    member = make_embedded_member("driving people to appointments in my car")
    old = make_need(*DRIVERS)
    services.match_need(need_id=old.pk, actor=SYSTEM)
    assert Notification.objects.filter(need=old, member=member).exists()
    revision = make_need(DRIVERS[0], DRIVERS[1] + " Now on Sundays too.", supersedes=old)
    services.match_need(need_id=revision.pk, actor=SYSTEM)
    assert not Notification.objects.filter(need=revision, member=member).exists()


def test_interpreter_needs_ask_for_the_language(reference, make_need, make_embedded_member):
    spanish = make_embedded_member("interpreting and translation", language="es")
    somali = make_embedded_member("interpreting and translation", language="so")
    need = make_need("Somali interpreters", "We need Somali interpreters for parent meetings.")
    services.match_need(need_id=need.pk, actor=SYSTEM)
    notified = set(Notification.objects.filter(need=need).values_list("member_id", flat=True))
    assert somali.pk in notified and spanish.pk not in notified


def test_only_active_needs_are_matched(reference, make_need, make_embedded_member):
    make_embedded_member("driving people to appointments in my car")
    need = make_need(*DRIVERS, status="pending")
    assert services.match_need(need_id=need.pk, actor=SYSTEM).notified == 0


def test_matching_needs_a_capability(reference, make_need):
    need = make_need(*DRIVERS)
    with pytest.raises(PermissionDenied):
        services.match_need(need_id=need.pk, actor=Actor.anonymous())


def test_the_path_is_chosen_per_need_from_how_many_members_are_near(
        reference, settings, make_need, make_embedded_member):
    from django.db import connection

    from matching.selectors import selection_path

    for text in ["driving", "cooking", "tutoring math", "sorting food", "legal help"]:
        make_embedded_member(text, location=ST_PAUL)
    make_embedded_member("driving people to appointments in my car", location=DULUTH)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE members_member")  # the share is of the estimated table size
    settings.MATCH_INDEX_MIN_SHARE = 0.5
    settings.MATCH_INDEX_MIN_IN_REACH = 1
    metro = make_need(*DRIVERS)  # 5 of 6 members within 30 km
    duluth = make_need("Duluth drivers", "Drive seniors in Duluth.", location=DULUTH)
    statewide = make_need("Phone drivers", "Call seniors to arrange rides.", location=None)
    assert selection_path(metro) == "index"
    assert selection_path(duluth) == "exact"
    assert selection_path(statewide) == "index"
    # Both paths give the same members, whichever is chosen.
    chosen = [c.member_id for c in candidate_members(metro)]
    assert chosen == [c.member_id for c in candidate_members(metro, exact=True)]
    # Fewer members in reach than MATCH_INDEX_MIN_IN_REACH (the table's whole size for a
    # statewide need): ranked exactly, however large their share.
    settings.MATCH_INDEX_MIN_IN_REACH = 6
    assert selection_path(metro) == "exact"
    assert selection_path(statewide) == "index"
    settings.MATCH_INDEX_MIN_IN_REACH = 7
    assert selection_path(statewide) == "exact"


def test_probes_are_applied_as_given_or_from_the_index(reference, settings, make_need,
                                                       make_embedded_member):
    from django.db import connection, transaction

    make_embedded_member("driving people to appointments in my car")
    need = make_need(*DRIVERS)
    # The selector sets ivfflat.probes with SET LOCAL inside its own transaction: read it
    # back from inside an enclosing one, after the call.
    def probes(**kwargs) -> str:
        with transaction.atomic():
            candidate_members(need, limit=500, exact=False, **kwargs)
            with connection.cursor() as cursor:
                cursor.execute("SHOW ivfflat.probes")
                value = cursor.fetchone()[0]
            transaction.set_rollback(True)
        return value

    assert probes(probes=7) == "7"
    # By default the square root of the index's lists, at least 10, at most all of them:
    # the migration built the test database's index for an empty table (10 lists).
    assert probes() == "10"
    settings.MATCH_IVF_PROBES = 3
    assert probes() == "3"
