"""Shared fixtures.  Tests run against the real PostgreSQL + pgvector (embedded or
DATABASE_URL) with production settings (DEBUG off); see config/settings_test.py."""

from __future__ import annotations

import json
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate-limit counters live in the cache: every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


def post_graphql(client, query: str, **variables) -> dict:
    """POST one GraphQL operation as a client does; the JSON answer."""
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": query, "variables": variables}),
        content_type="application/json",
    )
    assert response["Content-Type"].startswith("application/json")
    return response.json()


class GraphQLClient:
    def __init__(self, client):
        self.client = client

    def __call__(self, query: str, variables: dict | None = None, *, token: str | None = None,
                 **extra):
        headers = {}
        if token:
            headers["HTTP_AUTHORIZATION"] = f"Bearer {token}"
        headers.update(extra)
        response = self.client.post(
            "/graphql/",
            data=json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
            **headers,
        )
        body = response.json()
        body["_status"] = response.status_code
        return body


@pytest.fixture
def gql(client):
    return GraphQLClient(client)


@pytest.fixture
def make_staff(django_user_model):
    from authz.groups import ensure_default_groups

    ensure_default_groups()  # a transactional test's flush empties the groups

    def make(*groups: str, superuser: bool = False, is_staff: bool = True, active: bool = True):
        user = django_user_model.objects.create_user(
            username=f"staff-{uuid.uuid4().hex[:8]}",
            password="correct horse battery staple",
            is_staff=is_staff,
            is_superuser=superuser,
            is_active=active,
        )
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        return user

    return make


@pytest.fixture
def make_member():
    from members.models import Member

    def make(**fields):
        defaults = {
            "push_token": f"ExponentPushToken[{uuid.uuid4().hex}]",
            "interests": "driving and delivering food",
            "latitude": 44.98,
            "longitude": -93.27,
            "location_name": "Minneapolis, MN",
        }
        defaults.update(fields)
        return Member.objects.create(**defaults)

    return make


@pytest.fixture
def member_token(make_member):
    """(member, access token) for a fresh member."""
    from authz.tokens import issue_for_member

    def make(**fields):
        member = make_member(**fields)
        return member, issue_for_member(member).access

    return make


@pytest.fixture
def staff_token(make_staff):
    from authz.tokens import issue_for_user

    def make(*groups: str, **kwargs):
        user = make_staff(*groups, **kwargs)
        return user, issue_for_user(user).access

    return make


def skip_or_fail(reason: str) -> None:
    """Skip a test whose real service is missing on a developer's machine — but in CI
    (``CI`` set, as .ci/run runs) the proof is required, so fail loudly instead."""
    import os

    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI requires it)")
    pytest.skip(reason)
