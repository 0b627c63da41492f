"""The admin's authorization matrix: every admin action with anonymous (sent to the login
page), staff without the capability and staff holding only that capability — only the
last succeeds, and a denied call leaves the database unchanged."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from members.models import Member
from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization, Source
from tests.authz.matrix_cases import EXTRA_ADMIN_CASES, AdminCase
from tests.authz.test_matrix import db_snapshot

pytestmark = pytest.mark.django_db


@dataclass
class World:
    org: Organization
    source: Source
    pending: Need
    active: Need
    member: Member


@pytest.fixture(autouse=True)
def _admin_settings(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True  # the scrape target is a closed local port
    settings.FETCH_CONNECT_TIMEOUT = 2


@pytest.fixture
def world(make_member):
    org = Organization.objects.create(name="Matrix Admin Food Shelf")
    source = Source.objects.create(organization=org, url="http://127.0.0.1:9/volunteer")

    def need(title, status):
        desc = f"{title} — details for the admin matrix."
        return Need.objects.create(
            organization=org, title=title, description=desc, status=status,
            content_hash=content_hash(title=title, description=desc, organization_id=org.pk))

    return World(org=org, source=source, pending=need("Pending drivers", "pending"),
                 active=need("Active sorters", "active"), member=make_member())


def post(client, case: AdminCase, world: World):
    name, args, data = case.request(world)
    name, _, query = name.partition("?")
    return client.post(reverse(name, args=args) + (f"?{query}" if query else ""), data)


@pytest.mark.parametrize("case", EXTRA_ADMIN_CASES, ids=lambda c: c.name)
def test_anonymous_is_sent_to_login(client, world, case):
    before = db_snapshot()
    response = post(client, case, world)
    assert response.status_code == 302 and "/admin/login/" in response.url
    assert db_snapshot() == before
    assert not case.succeeded(world)


@pytest.mark.parametrize("case", EXTRA_ADMIN_CASES, ids=lambda c: c.name)
def test_staff_without_the_capability_changes_nothing(client, make_staff, world, case):
    client.force_login(make_staff())
    before = db_snapshot()
    response = post(client, case, world)
    assert response.status_code in (200, 302, 403)
    assert db_snapshot() == before
    assert not case.succeeded(world)


@pytest.mark.parametrize("case", EXTRA_ADMIN_CASES, ids=lambda c: c.name)
def test_staff_with_the_capability_succeeds(client, make_staff, world, case):
    user = make_staff()
    user.user_permissions.add(Permission.objects.get(content_type__app_label="authz",
                                                     codename=case.capability.value))
    client.force_login(user)
    response = post(client, case, world)
    assert response.status_code in (200, 302)
    assert case.succeeded(world), response.content.decode()[:2000]
