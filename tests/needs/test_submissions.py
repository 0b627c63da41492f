"""Public submissions: submitNeed and submitResourceLink (anyone; rate-limited)."""

import pytest
from graphql_relay import from_global_id, to_global_id

from needs.models import Need
from organizations.models import Organization, Source

pytestmark = pytest.mark.django_db

SUBMIT = """mutation($org: ID, $name: String, $in: NeedInput!) {
  submitNeed(organizationId: $org, organizationName: $name, input: $in) {
    need { id status duplicate } errors { field code message } } }"""
LINK = """mutation($url: String!, $ctx: String) {
  submitResourceLink(url: $url, context: $ctx) { accepted errors { field code message } } }"""
CONTENT = {"title": "Winter coats for kids",
           "description": "Children's winter coats, sizes 4 to 14, for our coat drive."}


def submit(gql, **variables):
    return gql(SUBMIT, {"in": CONTENT, **variables})["data"]["submitNeed"]


def test_submit_for_an_existing_organization_is_pending(gql):
    org = Organization.objects.create(name="Phalen Family Center")
    out = submit(gql, org=to_global_id("Organization", org.pk))
    assert out["errors"] == [] and out["need"]["status"] == "PENDING"
    need = Need.objects.get(pk=from_global_id(out["need"]["id"])[1])
    assert (need.submission_type, need.organization_id) == ("submitted", org.pk)


def test_a_duplicate_returns_the_existing_need_never_a_second_row(gql):
    org = Organization.objects.create(name="Phalen Family Center")
    first = submit(gql, org=to_global_id("Organization", org.pk))
    second = submit(gql, name="phalen family center")  # same org by name, same content
    assert second["need"]["duplicate"] is True
    assert second["need"]["id"] == first["need"]["id"]
    assert Need.objects.count() == 1


def test_a_named_new_organization_is_created_unverified(gql):
    out = submit(gql, name="Cedar Riverside Mutual Aid")
    assert out["errors"] == []
    org = Organization.objects.get(name="Cedar Riverside Mutual Aid")
    assert org.verified is False


@pytest.mark.parametrize(
    ("variables", "field"),
    [
        ({}, "organizationId"),
        ({"name": "x"}, "organizationName"),
        ({"name": "Good Name", "in": {**CONTENT, "contactEmail": "nope"}}, "contactEmail"),
        ({"name": "Good Name", "in": {"title": "ab", "description": "too short"}}, "title"),
    ],
)
def test_bad_submissions_are_typed_errors_and_write_nothing(gql, variables, field):
    body = gql(SUBMIT, {"in": CONTENT, **variables})
    errors = body["data"]["submitNeed"]["errors"]
    assert field in {e["field"] for e in errors}, errors
    assert not Need.objects.exists() and not Organization.objects.exists()


def test_unknown_organization_id(gql):
    out = submit(gql, org=to_global_id("Organization", 999999))
    assert out["errors"][0]["code"] == "NOT_FOUND"


def test_submissions_are_rate_limited(gql, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "submit_need_ip": "1/h"}
    submit(gql, name="First Org")
    body = gql(SUBMIT, {"in": CONTENT, "name": "Second Org"})
    assert body["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert not Organization.objects.filter(name="Second Org").exists()


def test_a_link_on_a_known_site_joins_its_source(gql):
    org = Organization.objects.create(name="Northside Food Shelf")
    source = Source.objects.create(organization=org, url="https://northside.example.org/")
    out = gql(LINK, {"url": "https://www.northside.example.org/volunteer", "ctx": "shifts"})
    assert out["data"]["submitResourceLink"]["accepted"] is True
    source.refresh_from_db()
    assert source.extra_urls == ["https://www.northside.example.org/volunteer"]
    gql(LINK, {"url": "https://www.northside.example.org/volunteer"})  # again: no duplicate
    source.refresh_from_db()
    assert len(source.extra_urls) == 1 and Source.objects.count() == 1


def test_a_link_on_a_new_site_waits_for_review(gql):
    gql(LINK, {"url": "https://newgroup.example.org/help", "ctx": "They post needs weekly"})
    source = Source.objects.get()
    assert (source.active, source.organization_id) == (False, None)
    assert source.submitted_context == "They post needs weekly"


@pytest.mark.parametrize(
    "url",
    ["ftp://x.example.org/", "https://user:pw@x.example.org/", "http://127.0.0.1/",
     "http://10.0.0.5/", "https://intranet.local/", "not a url", "https://x.example.org/a b"],
)
def test_bad_links_are_refused(gql, url):
    out = gql(LINK, {"url": url})["data"]["submitResourceLink"]
    assert out["errors"][0]["field"] == "url"
    assert not Source.objects.exists()


def test_due_sources_are_scraped_by_the_beat_task(settings, django_capture_on_commit_callbacks):
    from needs.tasks import scrape_due_sources
    from organizations.models import Crawl

    org = Organization.objects.create(name="Due Org")
    Source.objects.create(organization=org, url="http://127.0.0.1:9/")
    Source.objects.create(organization=None, url="http://127.0.0.1:9/x", active=False)
    # eager: runs in-process without a broker; each scrape goes through the outbox, sent
    # once the (here: the test's) transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        assert scrape_due_sources.delay().get() == 1
    assert Crawl.objects.count() == 1
