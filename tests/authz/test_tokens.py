from datetime import UTC, datetime, timedelta

import jwt
import pytest
from django.conf import settings

from authz import AuthenticationError
from authz import tokens as t

pytestmark = pytest.mark.django_db


def claims(**overrides):
    now = datetime.now(tz=UTC)
    base = {
        "iss": settings.JWT_ISSUER,
        "aud": settings.JWT_AUDIENCE,
        "sub": "member:00000000-0000-0000-0000-000000000000",
        "ver": "0",
        "typ": "access",
        "iat": now,
        "nbf": now,
        "exp": now + timedelta(minutes=5),
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def test_member_token_round_trip(make_member):
    member = make_member()
    pair = t.issue_for_member(member)
    actor = t.actor_from_access_token(pair.access)
    assert actor.is_member and actor.member_id == member.pk
    assert pair.access_expires_at - datetime.now(tz=UTC) <= settings.JWT_ACCESS_TTL


def test_staff_token_round_trip_and_password_change_revokes(make_staff):
    user = make_staff("Moderator")
    token = t.issue_for_user(user).access
    assert t.actor_from_access_token(token).user.pk == user.pk
    user.set_password("another long password 123")
    user.save()
    with pytest.raises(AuthenticationError, match="revoked"):
        t.actor_from_access_token(token)


def test_deactivated_staff_token_stops_working(make_staff):
    user = make_staff("Moderator")
    token = t.issue_for_user(user).access
    user.is_active = False
    user.save()
    with pytest.raises(AuthenticationError):
        t.actor_from_access_token(token)


def test_bumping_token_version_revokes_every_member_token(make_member):
    member = make_member()
    access, refresh = t.issue_for_member(member).access, t.issue_for_member(member).refresh
    member.token_version += 1
    member.save()
    for token, fn in ((access, t.actor_from_access_token), (refresh, t.refresh)):
        with pytest.raises(AuthenticationError, match="revoked"):
            fn(token)


def test_deleted_member_token_is_rejected(make_member):
    member = make_member()
    token = t.issue_for_member(member).access
    member.delete()
    with pytest.raises(AuthenticationError):
        t.actor_from_access_token(token)


def test_expired_token_is_an_authentication_error(make_member):
    member = make_member()
    past = datetime.now(tz=UTC) - timedelta(hours=1)
    token = jwt.encode(
        claims(sub=f"member:{member.pk}", iat=past, nbf=past, exp=past + timedelta(minutes=1)),
        settings.JWT_SECRET,
        algorithm="HS256",
    )
    with pytest.raises(AuthenticationError, match="expired"):
        t.actor_from_access_token(token)


@pytest.mark.parametrize(
    "bad",
    [
        {"iss": "someone-else"},
        {"aud": "another-api"},
        {"typ": "refresh"},
        {"iss": None},
        {"aud": None},
        {"nbf": None},
        {"iat": None},
        {"exp": None},
        {"typ": None},
        {"nbf": datetime.now(tz=UTC) + timedelta(hours=1)},
    ],
)
def test_claims_are_all_required_and_checked(make_member, bad):
    member = make_member()
    token = jwt.encode(
        claims(sub=f"member:{member.pk}", **bad), settings.JWT_SECRET, algorithm="HS256"
    )
    with pytest.raises(AuthenticationError):
        t.actor_from_access_token(token)


def test_algorithm_is_pinned(make_member):
    member = make_member()
    none_token = jwt.encode(claims(sub=f"member:{member.pk}"), None, algorithm="none")
    hs512 = jwt.encode(claims(sub=f"member:{member.pk}"), settings.JWT_SECRET, algorithm="HS512")
    wrong_key = jwt.encode(claims(sub=f"member:{member.pk}"), "x" * 40, algorithm="HS256")
    for token in (none_token, hs512, wrong_key, "not-a-jwt"):
        with pytest.raises(AuthenticationError, match="invalid"):
            t.actor_from_access_token(token)


def test_refresh_gives_a_new_pair_but_an_access_token_cannot_refresh(make_member):
    member = make_member()
    pair = t.issue_for_member(member)
    new = t.refresh(pair.refresh)
    assert t.actor_from_access_token(new.access).member_id == member.pk
    with pytest.raises(AuthenticationError):
        t.refresh(pair.access)


def test_a_token_of_a_kind_nobody_registered_is_invalid():
    """authz imports no app: kinds are registered (members does so in its ready())."""
    for sub in ("robot:1", "nokind", ":1"):
        token = jwt.encode(claims(sub=sub), settings.JWT_SECRET, algorithm="HS256")
        with pytest.raises(AuthenticationError, match="invalid"):
            t.actor_from_access_token(token)
    with pytest.raises(LookupError):
        t.issue("robot", object())


def test_the_wrong_kind_of_token_is_named_in_plain_english(make_member):
    pair = t.issue_for_member(make_member())
    with pytest.raises(AuthenticationError, match=r"^A refresh token is required here\.$"):
        t.refresh(pair.access)
    with pytest.raises(AuthenticationError, match=r"^An access token is required here\.$"):
        t.actor_from_access_token(pair.refresh)
