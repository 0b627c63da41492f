"""sync_needs: seen, revised, new, disappeared — atomic, idempotent, serialised."""

import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from authz import Actor, PermissionDenied
from needs.extraction.base import ExtractedNeed
from needs.models import Need
from needs.sync import expire_disappeared_needs, sync_needs
from organizations.models import Organization, Source

SYSTEM = Actor.system("tests: sync")


def item(title, description="Sort and pack food boxes every Saturday morning.", **kw):
    return ExtractedNeed(title=title, description=description, **kw)


@pytest.fixture
def source(db):
    org = Organization.objects.create(name="Sync Food Shelf")
    return Source.objects.create(organization=org, url="https://sync.example.org/volunteer")


def snapshot():
    return sorted(
        Need.objects.values_list("pk", "title", "description", "status", "supersedes_id",
                                 "content_hash", "disappeared_at")
    )


@pytest.mark.django_db
def test_first_sync_creates_pending_needs(source):
    result = sync_needs(source=source, extracted=[item("Food sorters"), item("Drivers")],
                        actor=SYSTEM)
    assert result.as_dict() == {"new": 2, "changed": 0, "unchanged": 0, "disappeared": 0}
    assert set(Need.objects.values_list("status", "submission_type")) == {("pending", "scraped")}


@pytest.mark.django_db
def test_rerunning_the_same_crawl_changes_nothing(source):
    extracted = [item("Food sorters"), item("Drivers")]
    sync_needs(source=source, extracted=extracted, actor=SYSTEM)
    before = snapshot()
    result = sync_needs(source=source, extracted=extracted, actor=SYSTEM)
    assert result.as_dict() == {"new": 0, "changed": 0, "unchanged": 2, "disappeared": 0}
    assert snapshot() == before


@pytest.mark.django_db
def test_changed_active_need_gets_one_pending_revision(source):
    sync_needs(source=source, extracted=[item("Drivers")], actor=SYSTEM)
    Need.objects.update(status="active")
    active = Need.objects.get()
    revised = [item("Drivers", "Drive food to homebound seniors on Sundays now.")]
    result = sync_needs(source=source, extracted=revised, actor=SYSTEM)
    assert result.as_dict() == {"new": 0, "changed": 1, "unchanged": 0, "disappeared": 0}
    revision = Need.objects.get(status="pending")
    assert revision.supersedes_id == active.pk
    active.refresh_from_db()
    assert active.status == "active" and active.disappeared_at is None  # stays live
    # The same revised page again: nothing new.
    again = sync_needs(source=source, extracted=revised, actor=SYSTEM)
    assert again.as_dict() == {"new": 0, "changed": 0, "unchanged": 1, "disappeared": 0}
    # Revised once more: the pending revision is updated in place, not duplicated.
    third = sync_needs(source=source, extracted=[item("Drivers", "Drive on Mondays instead.")],
                       actor=SYSTEM)
    assert third.changed == 1
    assert Need.objects.filter(status="pending").count() == 1
    assert Need.objects.get(status="pending").description == "Drive on Mondays instead."


@pytest.mark.django_db
def test_changed_pending_need_is_updated_in_place(source):
    sync_needs(source=source, extracted=[item("Drivers")], actor=SYSTEM)
    pk = Need.objects.get().pk
    result = sync_needs(source=source, extracted=[item("Drivers", "Now on Sundays too, please.")],
                        actor=SYSTEM)
    assert result.changed == 1
    assert list(Need.objects.values_list("pk", "description")) == [
        (pk, "Now on Sundays too, please.")]


@pytest.mark.django_db
def test_needs_not_seen_disappear_and_come_back(source):
    sync_needs(source=source, extracted=[item("Drivers"), item("Coats")], actor=SYSTEM)
    result = sync_needs(source=source, extracted=[item("Drivers")], actor=SYSTEM)
    assert result.disappeared == 1
    gone = Need.objects.get(title="Coats")
    assert gone.disappeared_at is not None and gone.status == "pending"
    again = sync_needs(source=source, extracted=[item("Drivers"), item("Coats")], actor=SYSTEM)
    assert again.unchanged == 2 and again.disappeared == 0
    gone.refresh_from_db()
    assert gone.disappeared_at is None


@pytest.mark.django_db
def test_unchanged_and_failed_pages_do_not_make_needs_disappear(source):
    a, b = "https://sync.example.org/a", "https://sync.example.org/b"
    sync_needs(source=source, extracted={a: [item("Drivers")], b: [item("Coats")]}, actor=SYSTEM)
    # Page a unchanged (not extracted again), page b failed (in neither): nothing disappears.
    result = sync_needs(source=source, extracted={}, unchanged_urls=[a], actor=SYSTEM)
    assert result.as_dict() == {"new": 0, "changed": 0, "unchanged": 1, "disappeared": 0}
    assert not Need.objects.filter(disappeared_at__isnull=False).exists()


@pytest.mark.django_db
def test_expire_after_the_grace_period(source, settings):
    sync_needs(source=source, extracted=[item("Drivers"), item("Coats")], actor=SYSTEM)
    sync_needs(source=source, extracted=[item("Drivers")], actor=SYSTEM)
    assert expire_disappeared_needs(actor=SYSTEM) == 0  # within the grace period
    later = timezone.now() + settings.NEED_DISAPPEARED_GRACE + timezone.timedelta(minutes=1)
    assert expire_disappeared_needs(actor=SYSTEM, now=later) == 1
    assert Need.objects.get(title="Coats").status == "expired"


@pytest.mark.django_db
def test_a_need_submitted_by_the_public_is_seen_not_duplicated(source):
    from needs.hashing import content_hash

    i = item("Drivers")
    Need.objects.create(organization=source.organization, title=i.title, description=i.description,
                        submission_type="submitted",
                        content_hash=content_hash(title=i.title, description=i.description,
                                                  organization_id=source.organization_id))
    result = sync_needs(source=source, extracted=[i], actor=SYSTEM)
    assert result.unchanged == 1 and Need.objects.count() == 1


@pytest.mark.django_db
def test_only_scraping_capability_may_sync(source, make_staff):
    for actor in (Actor.anonymous(), Actor.for_user(make_staff("Moderator"))):
        with pytest.raises(PermissionDenied):
            sync_needs(source=source, extracted=[item("Drivers")], actor=actor)
    assert not Need.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_fault_after_the_first_writes_rolls_everything_back(source):
    sync_needs(source=source, extracted=[item("Drivers"), item("Coats")], actor=SYSTEM)
    Need.objects.filter(title="Drivers").update(status="active")
    before = snapshot()
    # A real fault inside the database: inserting a need titled BOOM raises.
    with connection.cursor() as cursor:
        cursor.execute("""
            CREATE OR REPLACE FUNCTION boom() RETURNS trigger AS $$
            BEGIN IF NEW.title = 'Exploding boxes' THEN RAISE EXCEPTION 'injected fault'; END IF;
            RETURN NEW; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER boom BEFORE INSERT ON needs_need FOR EACH ROW EXECUTE FUNCTION boom();
        """)
    try:
        extracted = [
            item("Drivers", "Drivers wanted on Sundays now."),  # writes a revision first
            item("New sorters"),  # then a new need
            item("Exploding boxes"),  # then the fault
        ]
        with pytest.raises(Exception, match="injected fault"):
            sync_needs(source=source, extracted=extracted, actor=SYSTEM)
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER boom ON needs_need; DROP FUNCTION boom();")
    assert snapshot() == before  # "Coats" not marked disappeared, no revision, no new need


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_syncs_of_one_source_produce_no_duplicates(source):
    extracted = [item(f"Shift {i}") for i in range(15)]
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(sync_needs(source=source, extracted=extracted, actor=SYSTEM))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert sorted((r.new, r.unchanged) for r in results) == [(0, 15), (15, 0)]
    assert Need.objects.count() == 15
