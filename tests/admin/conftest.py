"""Admin fixtures: real users in the default groups, real rows, Django's test client."""

from __future__ import annotations

import pytest

from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization, Source

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """Production uses a manifest (built by collectstatic at deploy); the admin pages under
    test only need the plain storage's URLs."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def org(db):
    return Organization.objects.create(name="Northside Food Shelf")


@pytest.fixture
def source(org):
    return Source.objects.create(organization=org, url="https://northside.example/volunteer")


@pytest.fixture
def make_need(org):
    def make(title="Drivers for Saturday deliveries",
             description="Deliver grocery boxes to seniors on Saturday mornings.",
             status="pending", organization=None, **fields):
        organization = organization or org
        return Need.objects.create(
            organization=organization, title=title, description=description, status=status,
            content_hash=content_hash(title=title, description=description,
                                      organization_id=organization.pk),
            **fields,
        )
    return make


@pytest.fixture
def moderator(make_staff):
    return make_staff("Moderator")


@pytest.fixture
def viewer(make_staff):
    """Staff without any capability: may look, may not act."""
    return make_staff()


@pytest.fixture
def administrator(make_staff):
    return make_staff("Administrator")


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client
