"""The authorization matrix: every staff-only mutation with anonymous, a member, staff
without the capability and staff with it (only the last succeeds), and every member
self-service mutation with anonymous, another member and the member (only the member
succeeds).  A denied call changes nothing in the database."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from graphql_relay import to_global_id

from authz import Capability
from authz.tokens import issue_for_member, issue_for_user
from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization
from tests.authz.matrix_types import MemberCase, StaffCase

pytestmark = pytest.mark.django_db

TABLES = [
    "organizations_organization", "organizations_source", "organizations_tag",
    "organizations_crawl", "organizations_pagesnapshot", "needs_need", "members_member",
    "members_identifier", "members_verificationcode", "matching_notification",
]


def db_snapshot() -> dict[str, list[str]]:
    out = {}
    with connection.cursor() as cursor:
        for table in TABLES:
            cursor.execute(f"SELECT row_to_json(t)::text FROM {table} t ORDER BY 1")  # noqa: S608
            out[table] = [r[0] for r in cursor.fetchall()]
    return out


@dataclass
class World:
    org: Organization
    pending: Need
    active: Need
    extra: dict


@pytest.fixture
def world(make_member):
    org = Organization.objects.create(name="Matrix Food Shelf")

    def need(title, status):
        desc = f"{title} — details for the matrix test."
        return Need.objects.create(
            organization=org, title=title, description=desc, status=status,
            content_hash=content_hash(title=title, description=desc, organization_id=org.pk),
        )

    return World(org=org, pending=need("Pending drivers", "pending"),
                 active=need("Active sorters", "active"), extra={})


def gid(type_name, pk):
    return to_global_id(type_name, pk)



def payload(body, field):
    return (body.get("data") or {}).get(field) or {}


STAFF_CASES = [
    StaffCase(
        "approveNeed", Capability.MANAGE_NEEDS,
        "mutation($id: ID!) { approveNeed(id: $id) { need { status } errors { code } } }",
        lambda w: {"id": gid("Need", w.pending.pk)},
        lambda b, w: Need.objects.get(pk=w.pending.pk).status == "active",
    ),
    StaffCase(
        "editAndApproveNeed", Capability.MANAGE_NEEDS,
        "mutation($id: ID!, $in: NeedInput!) { editAndApproveNeed(id: $id, input: $in) "
        "{ need { status } errors { code } } }",
        lambda w: {"id": gid("Need", w.pending.pk), "in": {"title": "Edited drivers"}},
        lambda b, w: Need.objects.get(pk=w.pending.pk).title == "Edited drivers",
    ),
    StaffCase(
        "rejectNeed", Capability.MANAGE_NEEDS,
        "mutation($id: ID!) { rejectNeed(id: $id, reason: \"duplicate\") { need { status } } }",
        lambda w: {"id": gid("Need", w.pending.pk)},
        lambda b, w: Need.objects.get(pk=w.pending.pk).status == "rejected",
    ),
    StaffCase(
        "markNeedFilled", Capability.MANAGE_NEEDS,
        "mutation($id: ID!) { markNeedFilled(id: $id) { need { status } } }",
        lambda w: {"id": gid("Need", w.active.pk)},
        lambda b, w: Need.objects.get(pk=w.active.pk).status == "filled",
    ),
    StaffCase(
        "expireNeed", Capability.MANAGE_NEEDS,
        "mutation($id: ID!) { expireNeed(id: $id) { need { status } } }",
        lambda w: {"id": gid("Need", w.active.pk)},
        lambda b, w: Need.objects.get(pk=w.active.pk).status == "expired",
    ),
    StaffCase(
        "createNeed", Capability.MANAGE_NEEDS,
        "mutation($org: ID!) { createNeed(organizationId: $org, input: {title: \"Winter coats\","
        " description: \"Adult winter coats in all sizes.\"}) "
        "{ need { status } errors { code } } }",
        lambda w: {"org": gid("Organization", w.org.pk)},
        lambda b, w: Need.objects.filter(title="Winter coats").exists(),
    ),
]

# Later issues append their protected mutations here (see tests/authz/matrix_cases.py).
try:
    from tests.authz.matrix_cases import EXTRA_STAFF_CASES
except ImportError:  # pragma: no cover
    EXTRA_STAFF_CASES = []
STAFF_CASES = STAFF_CASES + EXTRA_STAFF_CASES


def staff_without(capability: Capability, make_staff):
    """Staff holding every capability except this one (and FULL_ADMIN)."""
    user = make_staff()
    others = [c.value for c in Capability
              if c.permission and c not in (capability, Capability.FULL_ADMIN)]
    user.user_permissions.add(*Permission.objects.filter(codename__in=others))
    return user


def staff_with(capability: Capability, make_staff):
    user = make_staff()
    user.user_permissions.add(Permission.objects.get(codename=capability.value))
    return user


ROLES = ["anonymous", "member", "staff_without", "staff_with"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", STAFF_CASES, ids=lambda c: c.name)
def test_staff_mutation_matrix(case, role, world, gql, make_staff, make_member):
    token = None
    if role == "member":
        token = issue_for_member(make_member()).access
    elif role == "staff_without":
        token = issue_for_user(staff_without(case.capability, make_staff)).access
    elif role == "staff_with":
        token = issue_for_user(staff_with(case.capability, make_staff)).access
    variables = case.variables(world)
    before = db_snapshot()
    body = gql(case.query, variables, token=token)
    if role == "staff_with":
        assert "errors" not in body, body
        assert case.succeeded(body, world), body
        return
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED", body
    assert db_snapshot() == before


# --- member self-service -----------------------------------------------------------------

MEMBER_CASES = [
    MemberCase(
        "revokeMyTokens", "mutation { revokeMyTokens { ok } }", dict,
        lambda m: type(m).objects.get(pk=m.pk).token_version != m.token_version,
    ),
]
try:
    from tests.authz.matrix_cases import EXTRA_MEMBER_CASES
except ImportError:  # pragma: no cover
    EXTRA_MEMBER_CASES = []
MEMBER_CASES = MEMBER_CASES + EXTRA_MEMBER_CASES


@pytest.mark.parametrize("role", ["anonymous", "other_member", "member"])
@pytest.mark.parametrize("case", MEMBER_CASES, ids=lambda c: c.name)
def test_member_self_service_matrix(case, role, gql, make_member, world):
    target = make_member()
    token = None
    if role == "member":
        token = issue_for_member(target).access
    elif role == "other_member":
        token = issue_for_member(make_member()).access
    target_rows = lambda: [r for r in db_snapshot()["members_member"]  # noqa: E731
                           if str(target.pk) in r]
    before = target_rows()
    body = gql(case.query, case.variables(), token=token)
    if role == "member":
        assert "errors" not in body, body
        assert case.changed(target), body
        return
    if role == "anonymous":
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED", body
    # Another member acts only on themself: the target is untouched.
    assert target_rows() == before
