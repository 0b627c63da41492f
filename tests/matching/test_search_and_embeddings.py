"""Semantic search through GraphQL, and the generate_embeddings command."""

import pytest
from django.core.management import CommandError, call_command

from members.models import Member
from needs.models import Need
from organizations.models import Organization

pytestmark = pytest.mark.django_db

SEARCH_NEEDS = """query($q: String!) { searchNeeds(query: $q, first: 5) {
  similarity need { title } } }"""
SEARCH_ORGS = """query($q: String!) { searchOrganizations(query: $q) {
  similarity organization { name } } }"""


def test_search_needs_ranks_by_meaning_across_languages(reference, make_need, gql):
    make_need("Volunteer drivers", "Drive seniors to medical appointments.")
    make_need("Voluntarios para la despensa", "Necesitamos voluntarios para empacar comida.",
              status="pending")  # pending: never found
    body = gql(SEARCH_NEEDS, {"q": "conductores para llevar ancianos al médico"})
    hits = body["data"]["searchNeeds"]
    assert hits and hits[0]["need"]["title"] == "Volunteer drivers"
    assert all(h["need"]["title"] != "Voluntarios para la despensa" for h in hits)
    assert hits == sorted(hits, key=lambda h: -h["similarity"])


def test_search_has_a_similarity_floor(reference, gql, settings):
    settings.SEARCH_SIMILARITY_FLOOR = 0.999
    assert gql(SEARCH_NEEDS, {"q": "winter coats"})["data"]["searchNeeds"] == []


def test_search_validates_the_query(gql):
    body = gql(SEARCH_NEEDS, {"q": "x"})
    assert body["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
    body = gql("{ searchNeeds(query: \"coats\", first: 500) { similarity } }")
    assert "first must be between 1 and 50" in body["errors"][0]["message"]


def test_search_organizations(gql):
    from matching import embedding_jobs

    food = Organization.objects.create(name="Northside Food Shelf",
                                       summary="Groceries for families in North Minneapolis")
    legal = Organization.objects.create(name="New Arrivals Legal Clinic",
                                        summary="Free immigration legal help")
    embedding_jobs.embed_rows("organizations", [food.pk, legal.pk])
    hits = gql(SEARCH_ORGS, {"q": "immigration lawyer"})["data"]["searchOrganizations"]
    assert hits[0]["organization"]["name"] == "New Arrivals Legal Clinic"


def test_generate_embeddings_is_resumable_and_reports(org, make_member, capsys):
    Need.objects.create(organization=org, title="Coats", description="Winter coats please.",
                        content_hash="c" * 64)
    make_member(interests="knitting")
    call_command("generate_embeddings", "--batch", "1")
    out = capsys.readouterr().out
    assert "needs: 1 embedded" in out and "members: 1 embedded" in out
    assert "organizations: 1 embedded" in out
    assert not Need.objects.filter(embedding__isnull=True).exists()
    call_command("generate_embeddings")  # nothing left: resumes with nothing to do
    assert "needs: 0 embedded" in capsys.readouterr().out
    Member.objects.update(embedding_model="old-model")
    call_command("generate_embeddings", "--model-changed", "--only", "members")
    assert "members: 1 embedded" in capsys.readouterr().out
    assert not Member.objects.filter(embedding_model="old-model").exists()


@pytest.mark.parametrize("args", [["--batch", "0"], ["--concurrency", "99"],
                                  ["--all", "--only-missing"]])
def test_generate_embeddings_rejects_bad_options(args):
    with pytest.raises(CommandError):
        call_command("generate_embeddings", *args)


@pytest.mark.parametrize("rows", [2, 8])
def test_search_query_counts_do_not_grow_with_results(gql, django_assert_num_queries, rows,
                                                      make_need, reference, settings):
    from matching import embedding_jobs

    settings.SEARCH_SIMILARITY_FLOOR = 0.0
    orgs = [Organization.objects.create(name=f"Food shelf {i}", summary="Groceries")
            for i in range(rows)]
    embedding_jobs.embed_rows("organizations", [o.pk for o in orgs])
    # The ranking (settings and ids in one round trip), the page, its tags — whatever
    # the rows.
    with django_assert_num_queries(3):
        hits = gql("{ searchOrganizations(query: \"groceries\", first: 50) "
                   "{ organization { name activeNeedCount tags { value } } } }")
    assert len(hits["data"]["searchOrganizations"]) >= rows
    assert all(hit["organization"]["tags"] == [] for hit in hits["data"]["searchOrganizations"])
    with django_assert_num_queries(3):  # the page joins organization and its count
        needs = gql("{ searchNeeds(query: \"groceries\", first: 50) "
                    "{ need { title organization { name activeNeedCount tags { value } } } } }")
    assert len(needs["data"]["searchNeeds"]) == len(reference)
    with django_assert_num_queries(2):  # tags not selected: not loaded
        needs = gql("{ searchNeeds(query: \"groceries\", first: 50) "
                    "{ need { title organization { name activeNeedCount } } } }")
    assert len(needs["data"]["searchNeeds"]) == len(reference)


def test_an_organization_named_by_the_public_is_unlisted_until_a_need_is_approved(gql,
                                                                                make_staff):
    from authz import Actor
    from needs.services import approve_need

    body = gql("mutation { submitNeed(organizationName: \"Totally New Org\", input: "
               "{title: \"Winter coats\", description: \"Coats for kids, all sizes.\"}) "
               "{ need { id } } }")
    assert body["data"]["submitNeed"]["need"]["id"]
    listed = gql("{ organizations(search: \"Totally\") { edges { node { name } } } }")
    assert listed["data"]["organizations"]["edges"] == []
    approve_need(need=Need.objects.get(), actor=Actor.for_user(make_staff("Moderator")))
    listed = gql("{ organizations(search: \"Totally\") { edges { node { name } } } }")
    assert [e["node"]["name"] for e in listed["data"]["organizations"]["edges"]] == [
        "Totally New Org"]
