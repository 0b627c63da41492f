import pytest
from django.core.exceptions import ValidationError

from authz import Actor, PermissionDenied
from needs import services
from needs.hashing import content_hash
from needs.models import Need
from needs.signals import need_approved
from organizations.models import Organization

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def moderator(make_staff):
    return Actor.for_user(make_staff("Moderator"))


@pytest.fixture
def org():
    return Organization.objects.create(name="Moderation Org")


def make(org, title, status="pending", supersedes=None, description="Help us on Saturdays."):
    return Need.objects.create(
        organization=org, title=title, description=description, status=status,
        supersedes=supersedes,
        content_hash=content_hash(title=title, description=description, organization_id=org.pk),
    )


@pytest.fixture
def approvals():
    seen = []

    def receiver(sender, need_id, superseded_id, **kwargs):
        seen.append((need_id, superseded_id))

    need_approved.connect(receiver, weak=False, dispatch_uid="test-approvals")
    yield seen
    need_approved.disconnect(dispatch_uid="test-approvals")


def test_approve_sends_the_signal_inside_the_approving_transaction(org, moderator,
                                                                   approvals):
    """Receivers record their follow-up work (the outbox) atomically with the approval."""
    from django.db import connection

    seen_in_transaction = []
    need_approved.connect(lambda sender, **kw: seen_in_transaction.append(
        connection.in_atomic_block), weak=False, dispatch_uid="test-in-transaction")
    try:
        need = make(org, "Drivers")
        services.approve_need(need=need, actor=moderator)
    finally:
        need_approved.disconnect(dispatch_uid="test-in-transaction")
    need.refresh_from_db()
    assert need.status == "active" and need.moderated_by == moderator.user
    assert approvals == [(need.pk, None)]
    assert seen_in_transaction == [True]


def test_a_failed_approval_sends_nothing(org, moderator, approvals):
    need = make(org, "Drivers", status="rejected")
    with pytest.raises(ValidationError):
        services.approve_need(need=need, actor=moderator)
    assert approvals == []


def test_approving_a_revision_replaces_the_active_need_in_one_transaction(org, moderator,
                                                                          approvals):
    old = make(org, "Drivers", status="active", description="Saturdays only.")
    revision = make(org, "Drivers", supersedes=old, description="Saturdays and Sundays.")
    services.approve_need(need=revision, actor=moderator)
    old.refresh_from_db()
    revision.refresh_from_db()
    assert (old.status, revision.status) == ("expired", "active")
    assert f"revision #{revision.pk}" in old.moderation_reason
    assert approvals == [(revision.pk, old.pk)]


def test_reject_needs_a_reason_and_stores_it(org, moderator):
    need = make(org, "Drivers")
    with pytest.raises(ValidationError) as exc:
        services.reject_need(need=need, reason="  ", actor=moderator)
    assert "reason" in exc.value.error_dict
    services.reject_need(need=need, reason="Not a real need", actor=moderator)
    need.refresh_from_db()
    assert (need.status, need.moderation_reason) == ("rejected", "Not a real need")


def test_edit_and_approve_validates_like_the_api(org, moderator):
    need = make(org, "Drivers")
    with pytest.raises(ValidationError) as exc:
        services.edit_and_approve_need(
            need=need, changes={"contact_email": "not-an-email", "title": "ab"}, actor=moderator
        )
    assert set(exc.value.error_dict) == {"contact_email", "title"}
    need.refresh_from_db()
    assert need.status == "pending" and need.title == "Drivers"
    services.edit_and_approve_need(need=need, changes={"title": "Weekend drivers",
                                                       "contact_phone": "(612) 555-0142"},
                                   actor=moderator)
    need.refresh_from_db()
    assert (need.status, need.title, need.contact_phone) == ("active", "Weekend drivers",
                                                             "612-555-0142")
    assert need.content_hash == content_hash(title="Weekend drivers",
                                             description=need.description,
                                             organization_id=org.pk)


def test_fill_and_expire(org, moderator):
    need = make(org, "Drivers", status="active")
    services.mark_need_filled(need=need, actor=moderator)
    with pytest.raises(ValidationError):
        services.expire_need(need=need, actor=moderator)
    other = make(org, "Coats", status="active")
    services.expire_need(need=other, actor=moderator, reason="season over")
    other.refresh_from_db()
    assert other.status == "expired"


def test_services_check_the_capability_themselves(org, make_staff, make_member):
    need = make(org, "Drivers")
    for actor in (Actor.anonymous(), Actor.for_user(make_staff()), Actor.for_member(make_member())):
        with pytest.raises(PermissionDenied):
            services.approve_need(need=need, actor=actor)
    need.refresh_from_db()
    assert need.status == "pending"


def test_edit_and_approve_into_a_duplicate_is_a_clear_error(org, moderator):
    old = make(org, "Drivers", status="active", description="Saturdays only.")
    revision = make(org, "Drivers", supersedes=old, description="Saturdays and Sundays.")
    with pytest.raises(ValidationError) as exc:
        services.edit_and_approve_need(need=revision, changes={"description": "Saturdays only."},
                                       actor=moderator)
    assert exc.value.error_dict["title"][0].code == "duplicate"
    revision.refresh_from_db()
    old.refresh_from_db()
    assert (revision.status, old.status) == ("pending", "active")
    assert revision.description == "Saturdays and Sundays."
