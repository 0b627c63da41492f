import pytest
from django.db import IntegrityError, transaction

from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization

pytestmark = pytest.mark.django_db


@pytest.fixture
def org():
    return Organization.objects.create(name="Test Food Shelf")


def make_need(org, status, title="Drivers needed", description="Deliver boxes on Saturdays."):
    return Need.objects.create(
        organization=org,
        title=title,
        description=description,
        status=status,
        content_hash=content_hash(title=title, description=description, organization_id=org.pk),
    )


@pytest.mark.parametrize("first", ["pending", "active"])
@pytest.mark.parametrize("second", ["pending", "active"])
def test_duplicate_live_content_hash_is_rejected(org, first, second):
    make_need(org, first)
    with pytest.raises(IntegrityError, match="need_unique_live_content_hash"), transaction.atomic():
        make_need(org, second)
    assert Need.objects.count() == 1


@pytest.mark.parametrize("dead", ["rejected", "filled", "expired"])
def test_same_hash_allowed_beside_a_closed_need(org, dead):
    make_need(org, dead)
    make_need(org, dead)
    live = make_need(org, "pending")
    assert Need.objects.filter(content_hash=live.content_hash).count() == 3


def test_hash_covers_the_organization(org):
    other = Organization.objects.create(name="Another Food Shelf")
    a = make_need(org, "active")
    b = make_need(other, "active")
    assert a.content_hash != b.content_hash


def test_hash_ignores_case_and_spacing(org):
    assert content_hash(title="Drivers  NEEDED", description=" x ", organization_id=1) == (
        content_hash(title="drivers needed", description="x", organization_id=1)
    )
