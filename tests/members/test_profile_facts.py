"""What members tell us as facts (issue 11): the languages they speak and activities picked
from the taxonomy.  Settable at registration and later, validated with typed errors,
private like the rest of the profile; the taxonomy itself is public and labelled in every
language we serve."""

from __future__ import annotations

import pytest

from members.activities import ACTIVITIES, LANGUAGES, validate_picks
from members.admin import understood_summary
from members.models import Member

pytestmark = pytest.mark.django_db

REGISTER = """mutation($t: String!, $i: String!, $z: String, $l: String, $ls: [String!],
                      $a: [String!]) {
  registerMember(pushToken: $t, interests: $i, zipCode: $z, language: $l, languages: $ls,
                 activities: $a) {
    member { id language languages activities }
    tokens { accessToken }
    errors { field code message } } }"""
UPDATE = """mutation($ls: [String!], $a: [String!], $i: String) {
  updateMyProfile(languages: $ls, activities: $a, interests: $i) {
    member { languages activities } errors { field code message } } }"""
ME = "{ me { languages activities } }"
TAXONOMY = """query($l: String) { activityTaxonomy(language: $l) {
  version languages activities { id group label labels { language label } } } }"""
TOKEN = "ExponentPushToken[profilefacts12345]"


def register(gql, **kw):
    variables = {"t": TOKEN, "i": "Waxaan jeclahay cunto karinta", "z": "55404", "l": "so",
                 **kw}
    return gql(REGISTER, variables)["data"]["registerMember"]


def test_languages_and_picks_are_stored_and_read_by_matching(gql,
                                                           django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        out = register(gql, ls=["SO", "en", "so"], a=["meals", "food_shelf"])
    assert out["errors"] == []
    assert out["member"]["languages"] == ["so", "en"]
    assert out["member"]["activities"] == ["food_shelf", "meals"]  # taxonomy order
    member = Member.objects.get()
    assert (member.languages, member.activities) == (["so", "en"], ["food_shelf", "meals"])
    # Registration embedded the profile (in-process task) and recorded what it read.
    member.refresh_from_db()
    assert member.inferred["activities"] == {"food_shelf": "picked", "meals": "picked"}
    assert set(member.inferred["languages"]) >= {"so", "en"}
    assert "food_shelf (picked)" in understood_summary(member.inferred)


@pytest.mark.parametrize(("kw", "field"), [
    ({"ls": ["somali please"]}, "languages"),
    ({"ls": [""]}, "languages"),
    ({"ls": [f"l{i:02d}" for i in range(13)]}, "languages"),
    ({"a": ["cooking", "meals"]}, "activities"),
    ({"a": ["'; drop table"]}, "activities"),
])
def test_bad_facts_are_typed_errors_and_write_nothing(gql, kw, field):
    out = register(gql, **kw)
    assert out["errors"][0]["field"] == field, out
    assert out["tokens"] is None and not Member.objects.exists()


def test_facts_are_optional_and_can_be_changed_and_cleared(gql,
                                                         django_capture_on_commit_callbacks):
    # Each request commits in production; here the registration's own after-commit work
    # must run too, or its unsent outbox batch would absorb the update's re-read.
    with django_capture_on_commit_callbacks(execute=True):
        out = register(gql)
    assert out["member"]["languages"] == [] and out["member"]["activities"] == []
    token = out["tokens"]["accessToken"]
    with django_capture_on_commit_callbacks(execute=True):
        changed = gql(UPDATE, {"ls": ["so", "ar"], "a": ["driving"]},
                      token=token)["data"]["updateMyProfile"]
    assert changed["errors"] == [] and changed["member"] == {"languages": ["so", "ar"],
                                                             "activities": ["driving"]}
    member = Member.objects.get()
    assert member.inferred["activities"].get("driving") == "picked"  # re-read after the change
    bad = gql(UPDATE, {"a": ["flying"]}, token=token)["data"]["updateMyProfile"]
    assert bad["errors"][0]["field"] == "activities"
    assert Member.objects.get().activities == ["driving"]
    cleared = gql(UPDATE, {"ls": [], "a": []}, token=token)["data"]["updateMyProfile"]
    assert cleared["member"] == {"languages": [], "activities": []}
    assert gql(ME, token=token)["data"]["me"] == {"languages": [], "activities": []}


def test_the_facts_are_private(gql, member_token):
    member, token = member_token(languages=["hmn"], activities=["gardening"])
    assert gql(ME, token=token)["data"]["me"] == {"languages": ["hmn"],
                                                 "activities": ["gardening"]}
    anonymous = gql(ME)
    assert anonymous["data"]["me"] is None and anonymous["errors"]
    _other, other_token = member_token(push_token="ExponentPushToken[someoneelse0001]")
    assert gql(ME, token=other_token)["data"]["me"] == {"languages": [], "activities": []}


def test_the_taxonomy_is_public_and_labelled_in_every_language(gql):
    data = gql(TAXONOMY, {"l": "so"})["data"]["activityTaxonomy"]
    assert data["languages"] == list(LANGUAGES)
    assert [a["id"] for a in data["activities"]] == [a.id for a in ACTIVITIES]
    meals = next(a for a in data["activities"] if a["id"] == "meals")
    assert meals["label"] == "Cunto karin iyo u adeegid"
    assert {x["language"] for x in meals["labels"]} == set(LANGUAGES)
    assert all(x["label"] for a in data["activities"] for x in a["labels"])
    english = gql(TAXONOMY, {"l": "fr"})["data"]["activityTaxonomy"]  # no French labels
    assert english["activities"][0]["label"] == ACTIVITIES[0].labels["en"]


def test_validate_picks():
    assert validate_picks(["snow", "meals", "snow"]) == ["meals", "snow"]
    with pytest.raises(ValueError, match="unknown activity: baking"):
        validate_picks(["baking"])
