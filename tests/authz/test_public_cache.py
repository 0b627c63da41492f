"""The public answer cache (authz.public_cache, config.graphql) on the real Redis.

Anonymous reads of public data are answered from the cache until anything they show
changes; every kind of change ends them (after its commit); authenticated, member,
search, mutation and failed requests are never cached."""

from __future__ import annotations

from datetime import timedelta

import pytest
import redis
from django.core.cache import cache
from django.utils import timezone

from authz import Actor, public_cache
from needs.models import Need
from organizations.models import Organization, Tag
from tests.authz.test_ratelimit import redis_up
from tests.conftest import skip_or_fail

pytestmark = pytest.mark.django_db
REDIS = "redis://127.0.0.1:6379/11"

NEEDS = """query Needs($first: Int) { needs(first: $first) { edges { node {
  title urgency organization { name activeNeedCount tags { kind value } } } } } }"""
# The same document, spelled differently (spacing, commas, a comment).
NEEDS_RESPELLED = """query Needs($first: Int) {
  # the list
  needs(first: $first) { edges { node { title, urgency,
    organization { name, activeNeedCount, tags { kind, value } } } } } }"""
ORGS = """{ organizations(first: 10) { edges { node { name county tags { value } } } } }"""


@pytest.fixture
def redis_cache(settings):
    if not redis_up():
        skip_or_fail("Redis is not running on 127.0.0.1:6379 (make test starts it)")
    settings.CACHES = {
        "default": {"BACKEND": "config.cache.RedisCache", "LOCATION": REDIS}
    }
    settings.PUBLIC_RESPONSE_CACHE_SECONDS = 30
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world(make_staff):
    org = Organization.objects.create(name="Cache Food Shelf", county="Hennepin", listed=True)
    tag = Tag.objects.create(kind="service", value="food")
    org.tags.add(tag)
    need = Need.objects.create(organization=org, title="Pack boxes", description="Saturdays.",
                               status="active", content_hash="a" * 64)
    moderator = Actor.for_user(make_staff("Moderator"))
    return {"org": org, "tag": tag, "need": need, "moderator": moderator}


def entries() -> int:
    return len(redis.Redis.from_url(REDIS).keys(f"*{public_cache.ENTRY_PREFIX}*"))


def titles(body) -> list[str]:
    return [edge["node"]["title"] for edge in body["data"]["needs"]["edges"]]


def test_an_anonymous_public_read_is_answered_from_the_cache(
        redis_cache, world, gql, django_assert_num_queries):
    first = gql(NEEDS, {"first": 5})
    assert titles(first) == ["Pack boxes"] and entries() == 1
    with django_assert_num_queries(0):  # no database at all: the stored answer
        again = gql(NEEDS, {"first": 5})
        respelled = gql(NEEDS_RESPELLED, {"first": 5})  # the normalized document
    assert again == first == respelled
    gql(NEEDS, {"first": 6})  # other variables: another answer
    assert entries() == 2


def _assert_invalidated(gql, query, variables, change, check, capture):
    before = gql(query, variables)
    assert gql(query, variables) == before and entries() == 1  # cached
    with capture(execute=True):  # the change's transaction commits: on_commit runs
        change()
    after = gql(query, variables)
    assert after != before
    check(after)


@pytest.mark.parametrize("case", [
    "need created", "need edited", "need deleted", "need approved", "need edited and approved",
    "need filled", "need expired by moderation", "disappeared needs expired by the job",
    "needs bulk created", "needs bulk updated", "needs updated in bulk",
    "organization renamed", "organization updated in bulk", "organization deleted",
    "tag renamed", "tag added", "tag removed", "tags cleared", "tag row created",
    "tag deleted",
])
def test_every_kind_of_change_ends_the_cached_answers(
        case, redis_cache, world, gql, django_capture_on_commit_callbacks):
    from needs import services, sync

    org, tag, need, moderator = world["org"], world["tag"], world["need"], world["moderator"]
    pending = Need.objects.create(organization=org, title="Drive seniors",
                                  description="Drive seniors to the clinic.",
                                  status="pending", content_hash="b" * 64)
    if case == "disappeared needs expired by the job":  # gone from its page a year ago
        Need.objects.filter(pk=need.pk).update(
            disappeared_at=timezone.now() - timedelta(days=365))
    names = lambda body: [e["node"]["title"] for e in body["data"]["needs"]["edges"]]  # noqa: E731
    tags_of = lambda body: [  # noqa: E731
        t["value"] for e in body["data"]["needs"]["edges"]
        for t in e["node"]["organization"]["tags"]]
    cases = {
        "need created": (lambda: Need.objects.create(
            organization=org, title="Coats", description="y", status="active",
            content_hash="c" * 64), lambda b: "Coats" in names(b)),
        "need edited": (lambda: _retitled(need), lambda b: names(b) == ["Pack boxes (new)"]),
        "need deleted": (need.delete, lambda b: names(b) == []),
        "need approved": (lambda: services.approve_need(need=pending, actor=moderator),
                          lambda b: "Drive seniors" in names(b)),
        "need edited and approved": (lambda: services.edit_and_approve_need(
            need=pending, changes={"title": "Drive elders"}, actor=moderator),
            lambda b: "Drive elders" in names(b)),
        "need filled": (lambda: services.mark_need_filled(need=need, actor=moderator),
                        lambda b: names(b) == []),
        "need expired by moderation": (
            lambda: services.expire_need(need=need, actor=moderator),
            lambda b: names(b) == []),
        "disappeared needs expired by the job": (
            lambda: _expire_disappeared(moderator, sync), lambda b: names(b) == []),
        "needs bulk created": (lambda: Need.objects.bulk_create([Need(
            organization=org, title="Bulk", description="z", status="active",
            content_hash="d" * 64)]), lambda b: "Bulk" in names(b)),
        "needs bulk updated": (lambda: Need.objects.bulk_update(
            [_retitled(need, save=False)], ["title"]),
            lambda b: names(b) == ["Pack boxes (new)"]),
        "needs updated in bulk": (
            lambda: Need.objects.filter(pk=pending.pk).update(status="active"),
            lambda b: "Drive seniors" in names(b)),
        "organization renamed": (lambda: _renamed(org), lambda b: all(
            e["node"]["organization"]["name"] == "Renamed" for e in b["data"]["needs"]["edges"])),
        "organization updated in bulk": (
            lambda: Organization.objects.filter(pk=org.pk).update(name="Bulk renamed"),
            lambda b: b["data"]["needs"]["edges"][0]["node"]["organization"]["name"]
            == "Bulk renamed"),
        "organization deleted": (org.delete, lambda b: names(b) == []),
        "tag renamed": (lambda: Tag.objects.filter(pk=tag.pk).update(value="groceries"),
                        lambda b: tags_of(b) == ["groceries"]),
        "tag added": (lambda: org.tags.add(Tag.objects.create(kind="language", value="so")),
                      lambda b: sorted(tags_of(b)) == ["food", "so"]),
        "tag removed": (lambda: org.tags.remove(tag), lambda b: tags_of(b) == []),
        "tags cleared": (org.tags.clear, lambda b: tags_of(b) == []),
        "tag row created": (lambda: Organization.tags.through.objects.create(
            organization=org, tag=Tag.objects.create(kind="focus", value="youth")),
            lambda b: sorted(tags_of(b)) == ["food", "youth"]),
        "tag deleted": (tag.delete, lambda b: tags_of(b) == []),
    }
    change, check = cases[case]
    _assert_invalidated(gql, NEEDS, {"first": 5}, change, check,
                        django_capture_on_commit_callbacks)


def _retitled(need, *, save=True):
    need.title = "Pack boxes (new)"
    if save:
        need.save()
    return need


def _renamed(org):
    org.name = "Renamed"
    org.save()


def _expire_disappeared(moderator, sync):
    assert sync.expire_disappeared_needs(actor=moderator) == 1  # a queryset update


def test_a_change_bumps_the_version_only_when_it_commits(
        redis_cache, world, django_capture_on_commit_callbacks):
    public_cache.lookup(public_cache.key("probe"))  # starts a version
    version = cache.get(public_cache.VERSION_KEY)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        world["need"].save()  # registered, not run: the transaction has not committed
    assert callbacks and cache.get(public_cache.VERSION_KEY) == version
    for callback in callbacks:
        callback()  # the commit
    assert cache.get(public_cache.VERSION_KEY) != version


def test_an_answer_computed_before_a_commit_is_never_served_after_it(
        redis_cache, world, gql, django_capture_on_commit_callbacks):
    """The entry carries the version read before the query ran: a write that commits
    while a request runs leaves that request's entry behind the current version."""
    entry_key = public_cache.key("probe")
    public_cache.lookup(entry_key)
    look = public_cache.lookup(entry_key)  # a request starts, reads version v
    with django_capture_on_commit_callbacks(execute=True):
        Need.objects.filter(pk=world["need"].pk).update(title="Changed")  # commits: v+1
    look.store("old answer")  # the request finishes with what it read
    assert public_cache.lookup(entry_key).body is None


def test_authenticated_and_member_requests_are_never_cached(
        redis_cache, world, gql, member_token, client, make_staff):
    _member, token = member_token()
    for _ in range(2):
        assert titles(gql(NEEDS, {"first": 5}, token=token)) == ["Pack boxes"]
    me = "{ me { id } needs(first: 5) { edges { node { title } } } }"
    assert gql(me, token=token)["data"]["me"]["id"]
    # Any Authorization header, even a bad one (public lists never ask for the actor).
    assert titles(gql(NEEDS, {"first": 5}, HTTP_AUTHORIZATION="Bearer not-a-token"))
    client.force_login(make_staff("Moderator"))  # an admin session
    assert titles(gql(NEEDS, {"first": 5})) == ["Pack boxes"]
    assert entries() == 0
    client.logout()
    gql(NEEDS, {"first": 5})  # anonymous at last: kept
    assert entries() == 1
    # A change the cache is not told about (its commit has not run): the anonymous
    # answer is the stored one, a member's comes from the database.
    Need.objects.filter(pk=world["need"].pk).update(title="Seen by the database")
    assert titles(gql(NEEDS, {"first": 5})) == ["Pack boxes"]
    assert titles(gql(NEEDS, {"first": 5}, token=token)) == ["Seen by the database"]
    client.force_login(make_staff("Moderator"))
    assert titles(gql(NEEDS, {"first": 5})) == ["Seen by the database"]


def test_member_search_mutation_and_failed_requests_are_never_cached(
        redis_cache, world, gql):
    mutation = ("mutation { submitResourceLink(url: \"https://example.org/volunteer\") "
                "{ accepted } }")
    gql(mutation)
    gql("{ me { id } }")  # member data, anonymous: null, never kept
    gql("{ needs(first: 5, after: \"garbage\") { edges { node { title } } } }")  # an error
    gql("{ needs(first: 500) { edges { node { title } } } }")  # refused
    gql("{ searchNeeds(query: \"boxes\") { similarity } }")  # rate-limited: not kept
    gql("{ nope }")  # invalid
    assert entries() == 0


def test_only_with_a_shared_cache_and_a_lifetime(settings, world, gql):
    settings.CACHES = {"default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.PUBLIC_RESPONSE_CACHE_SECONDS = 30
    assert not public_cache.enabled()  # per process: a worker's write could not reach it
    settings.CACHES = {"default": {
        "BACKEND": "config.cache.RedisCache", "LOCATION": REDIS}}
    settings.PUBLIC_RESPONSE_CACHE_SECONDS = 0
    assert not public_cache.enabled()


def test_a_cache_that_is_down_only_costs_the_saving(settings, world, gql):
    settings.CACHES = {"default": {
        "BACKEND": "config.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}}}
    settings.PUBLIC_RESPONSE_CACHE_SECONDS = 30
    assert titles(gql(NEEDS, {"first": 5})) == ["Pack boxes"]
    assert titles(gql(NEEDS, {"first": 5})) == ["Pack boxes"]


def test_organizations_are_cached_and_invalidated_too(
        redis_cache, world, gql, django_assert_num_queries,
        django_capture_on_commit_callbacks):
    first = gql(ORGS)
    with django_assert_num_queries(0):
        assert gql(ORGS) == first
    with django_capture_on_commit_callbacks(execute=True):
        Organization.objects.create(name="Another Org", county="Ramsey", listed=True)
    names = [e["node"]["name"] for e in gql(ORGS)["data"]["organizations"]["edges"]]
    assert names == ["Another Org", "Cache Food Shelf"]


@pytest.mark.django_db(transaction=True)
def test_a_real_commit_ends_the_cached_answers(redis_cache, gql, make_staff):
    """End to end with real transactions: the moderator's approval commits, its
    on_commit bump runs, the next anonymous read shows the approved need."""
    from needs import services

    org = Organization.objects.create(name="Commit Org", listed=True)
    pending = Need.objects.create(organization=org, title="Sort coats",
                                  description="Sort donated coats on Monday.",
                                  status="pending", content_hash="e" * 64)
    assert titles(gql(NEEDS, {"first": 5})) == []
    assert titles(gql(NEEDS, {"first": 5})) == [] and entries() == 1
    services.approve_need(need=pending, actor=Actor.for_user(make_staff("Moderator")))
    assert titles(gql(NEEDS, {"first": 5})) == ["Sort coats"]


def test_the_backend_keeps_one_client_per_pool_and_behaves_as_djangos(redis_cache):
    """config.cache.RedisCache (production's backend): the same redis client object for
    every operation, and Django's semantics on the real Redis."""
    from django.core.cache import caches

    backend = caches["default"]
    assert type(backend).__module__ == "config.cache"
    assert backend._cache.get_client() is backend._cache.get_client(write=True)
    assert backend.add("n", 1) and not backend.add("n", 5)
    assert backend.incr("n") == 2 and backend.get_many(["n", "missing"]) == {"n": 2}
    backend.set("t", ("v", "body"), timeout=30)
    assert backend.get("t") == ("v", "body")
    backend.delete("t")
    assert backend.get("t") is None


def test_the_api_sets_no_csrf_cookie(gql, client):
    """The API is CSRF-exempt and Bearer-only: no cookie (GraphiQL, DEBUG only, keeps it)."""
    response = client.post("/graphql/", data='{"query": "{ __typename }"}',
                           content_type="application/json")
    assert response.status_code == 200 and "csrftoken" not in response.cookies


def test_fragments_are_followed_to_decide(redis_cache, world, gql):
    public = """query { ...Lists } fragment Lists on Query {
      needs(first: 5) { edges { node { title } } } ... on Query { organizations(first: 5) {
      edges { node { name } } } } }"""
    with_me = """query { ...Lists } fragment Lists on Query {
      needs(first: 5) { edges { node { title } } } ... on Query { me { id } } }"""
    assert gql(with_me)["data"]["needs"] and entries() == 0  # a member field: never
    assert gql(public)["data"]["organizations"] and entries() == 1
