"""Input that used to answer INTERNAL_SERVER_ERROR now gets a typed error and writes
nothing: a NUL in any string argument, lone surrogates, a date-time without a time zone,
an unclosed IPv6 literal, private hosts in other spellings, and a rate-limited mutation
while the rate-limit store (Redis) is down."""

from __future__ import annotations

import json
import logging
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone
from graphql_relay import to_global_id

from matching.models import Notification
from members.models import Identifier, Member, VerificationCode
from needs.models import Need
from organizations.models import Organization, Source

pytestmark = pytest.mark.django_db

NUL = "bad\x00text"
CONTENT = {"title": "Winter coats for kids",
           "description": "Children's winter coats, sizes 4 to 14, for our coat drive."}


def rows() -> dict[str, int]:
    return {model.__name__: model.objects.count()
            for model in (Need, Organization, Source, Member, Identifier, VerificationCode,
                          Notification)}


def no_internal_errors(body: dict) -> None:
    for error in body.get("errors", []):
        assert error["extensions"]["code"] != "INTERNAL_SERVER_ERROR", body
    assert body["_status"] < 500


MUTATIONS = [
    ("submitNeed", """mutation($in: NeedInput!, $name: String) { submitNeed(input: $in,
        organizationName: $name) { need { id } errors { field code message } } }""",
     lambda v: {"in": {**CONTENT, "title": v}, "name": "Good Name"}, "title"),
    ("submitNeed", """mutation($in: NeedInput!, $name: String) { submitNeed(input: $in,
        organizationName: $name) { need { id } errors { field code message } } }""",
     lambda v: {"in": CONTENT, "name": v}, "organizationName"),
    ("submitResourceLink", """mutation($u: String!) { submitResourceLink(url: $u)
        { accepted errors { field code message } } }""",
     lambda v: {"u": f"https://example.org/{v}"}, "url"),
    ("registerMember", """mutation($i: String!) { registerMember(
        pushToken: "ExponentPushToken[abcdefghijklmnop]", interests: $i, zipCode: "55404")
        { member { id } errors { field code message } } }""",
     lambda v: {"i": v}, "interests"),
    ("sendVerificationCode", """mutation($i: String!) { sendVerificationCode(identifier: $i)
        { ok errors { field code message } } }""",
     lambda v: {"i": f"a{v}@example.org"}, "identifier"),
]


@pytest.mark.parametrize(("name", "query", "variables", "field"), MUTATIONS,
                         ids=[f"{m[0]}.{m[3]}" for m in MUTATIONS])
@pytest.mark.parametrize("bad", [NUL, "lone \ud800 surrogate"], ids=["nul", "surrogate"])
def test_bad_text_in_a_mutation_is_a_typed_field_error(gql, name, query, variables, field,
                                                       bad):
    before = rows()
    body = gql(query, variables(bad))
    no_internal_errors(body)
    payload = body["data"][name]
    [error] = payload["errors"]
    assert (error["field"], error["code"]) == (field, "INVALID")
    assert "NUL" in error["message"] or "Unicode" in error["message"]
    assert rows() == before


def test_nul_in_a_literal_and_in_a_query_argument(gql, member_token):
    body = gql('mutation { submitResourceLink(url: "https://example.org/\\u0000") '
               "{ accepted errors { field code } } }")
    no_internal_errors(body)
    assert body["data"]["submitResourceLink"] == {
        "accepted": None, "errors": [{"field": "url", "code": "INVALID"}]}

    body = gql("query($s: String) { needs(search: $s) { edges { cursor } } }", {"s": NUL})
    no_internal_errors(body)
    assert body["errors"][0]["extensions"] == {"code": "INVALID_INPUT", "field": "search"}
    assert body["data"] is None

    _, token = member_token()
    body = gql("mutation($i: String) { updateMyProfile(interests: $i) "
               "{ member { interests } errors { field code } } }", {"i": NUL}, token=token)
    no_internal_errors(body)
    assert body["data"]["updateMyProfile"]["errors"] == [{"field": "interests",
                                                          "code": "INVALID"}]
    assert "\x00" not in Member.objects.get().interests


def test_a_date_time_without_a_time_zone_is_a_field_error(gql, member_token):
    member, token = member_token()
    query = ("mutation($u: DateTime) { pauseNotifications(until: $u) "
             "{ member { pausedUntil } errors { field code message } } }")
    soon = (timezone.now() + timedelta(days=10)).replace(microsecond=0)
    body = gql(query, {"u": soon.replace(tzinfo=None).isoformat()}, token=token)
    no_internal_errors(body)
    [error] = body["data"]["pauseNotifications"]["errors"]
    assert (error["field"], error["code"]) == ("until", "INVALID")
    assert "time zone" in error["message"]
    member.refresh_from_db()
    assert member.paused_until is None
    # With a zone it works.
    ok = gql(query, {"u": soon.isoformat()}, token=token)
    assert ok["data"]["pauseNotifications"]["errors"] == []


def test_the_service_refuses_a_naive_time_too():
    """Defence in depth: callers other than GraphQL get the same field error."""
    from datetime import datetime

    from django.core.exceptions import ValidationError

    from authz import Actor
    from members.services import pause_notifications

    member = Member.objects.create(push_token="ExponentPushToken[naive-0000000]",
                                   interests="x", latitude=44.9, longitude=-93.2)
    with pytest.raises(ValidationError) as caught:
        pause_notifications(member=member, until=datetime(2030, 1, 1, 9),
                            actor=Actor.for_member(member))
    assert "until" in caught.value.error_dict


LINK = ("mutation($u: String!) { submitResourceLink(url: $u) "
        "{ accepted errors { field code message } } }")


@pytest.mark.parametrize("url", [
    "http://[::1/", "http://[::1]/", "http://127.1/", "http://0x7f.0.0.1/", "http://0177.0.0.1/",
    "http://2130706433/", "http://localhost./", "http://①②⑦.⓪.⓪.①/", "http://127.0.0.1.nip.io/",
    "https://example.org:99999/", "http://10-0-0-1.sslip.io/", "http://[fe80::1%25en0]/",
])
def test_private_or_unreadable_links_are_field_errors(gql, url):
    body = gql(LINK, {"u": url})
    no_internal_errors(body)
    [error] = body["data"]["submitResourceLink"]["errors"]
    assert (error["field"], error["code"]) == ("url", "INVALID")
    assert not Source.objects.exists()


def test_links_are_stored_in_their_canonical_spelling(gql):
    body = gql(LINK, {"u": "HTTPS://Bücher.Example.ORG.:443/Volunteer"})
    assert body["data"]["submitResourceLink"]["errors"] == []
    assert Source.objects.get().url == "https://xn--bcher-kva.example.org/Volunteer"


# --- the rate-limit store is down -----------------------------------------------------------

RATE_LIMITED = [
    ('mutation { sendVerificationCode(identifier: "a@example.org") { ok } }', None),
    ('mutation { verifyCode(identifier: "a@example.org", code: "123456") { linked } }', None),
    ('mutation { refreshToken(refreshToken: "x") { tokens { accessToken } } }', None),
    ('mutation($in: NeedInput!) { submitNeed(input: $in, organizationName: "Good Name") '
     "{ need { id } } }", {"in": CONTENT}),
    ('mutation { submitResourceLink(url: "https://example.org/") { accepted } }', None),
    ('mutation { registerMember(pushToken: "ExponentPushToken[abcdefghijklmnop]", '
     'interests: "driving", zipCode: "55404") { member { id } } }', None),
    ('{ searchNeeds(query: "food") { similarity } }', None),
    ('{ searchOrganizations(query: "food") { similarity } }', None),
]


@pytest.fixture
def redis_down(settings):
    """The cache is a Redis nobody listens on (connection refused at once)."""
    settings.CACHES = {"default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }}
    yield
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()


@pytest.mark.parametrize(("query", "variables"), RATE_LIMITED,
                         ids=[q.split("(")[0].split("{")[-1].strip() or q[:20]
                              for q, _ in RATE_LIMITED])
def test_rate_limited_calls_fail_closed_with_a_clear_message_while_redis_is_down(
        gql, redis_down, query, variables, caplog):
    before = rows()
    with caplog.at_level(logging.WARNING):
        body = gql(query, variables)
    no_internal_errors(body)
    [error] = body["errors"]
    assert error["extensions"]["code"] == "SERVICE_UNAVAILABLE"
    assert error["message"] == "The service is briefly unavailable; try again in a minute."
    assert rows() == before  # refused before anything was written
    assert "Traceback" not in caplog.text
    assert "could not be checked" in caplog.text


def test_the_body_of_a_refusal_carries_no_detail(client, redis_down):
    response = client.post("/graphql/", data=json.dumps(
        {"query": 'mutation { submitResourceLink(url: "https://example.org/") { accepted } }'}),
        content_type="application/json")
    text = response.content.decode()
    assert "127.0.0.1:1" not in text and "redis" not in text.lower()


def test_organization_ids_with_nul_are_typed_errors(gql):
    org = Organization.objects.create(name="Phalen Family Center")
    bad_id = to_global_id("Organization", org.pk) + "\x00"
    body = gql("query($id: ID!) { organization(id: $id) { name } }", {"id": bad_id})
    no_internal_errors(body)
    assert body["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
