"""Issue 11 through the real services and the local model: the first need of a fresh
deployment, what is recorded on the rows, the need text, re-embedding on upgrade, and
members reached by what they said rather than by rank of similarity."""

from __future__ import annotations

import numpy as np
import pytest
from django.core.management import call_command

from authz import Actor
from matching import embedding_jobs, services
from matching.models import NeedProfile, Notification
from matching.preview import reach_preview
from matching.selectors import candidate_members
from matching.texts import NEED_TEXT_VERSION, need_text
from needs.models import Need

pytestmark = pytest.mark.django_db
SYSTEM = Actor.system("tests: understanding")


def notified(need) -> set:
    return set(Notification.objects.filter(need=need).values_list("member_id", flat=True))


def test_the_first_need_of_a_fresh_deployment_reaches_only_those_who_fit(make_need,
                                                                         make_embedded_member):
    car = make_embedded_member("Tengo carro y puedo llevar a personas mayores al médico.",
                               language="es")
    no_car = make_embedded_member("Kuv tsav tsheb tau", language="hmn")
    cook = make_embedded_member("Cunto karinta ayaan jeclahay.", language="so")
    need = make_need("Volunteer drivers", "Drive seniors to their appointments. You must "
                     "have your own car.")
    assert Need.objects.filter(status="active").count() == 1  # nothing else to compare with
    services.match_need(need_id=need.pk, actor=SYSTEM)
    assert notified(need) == {car.pk}
    why = Notification.objects.get(need=need).why_relevant
    assert "you have a car" in why
    assert not {no_car.pk, cook.pk} & notified(need)


def test_rows_record_what_was_read(make_need, make_embedded_member):
    member = make_embedded_member("Kuv yog poj niam. Kuv nyiam xaws paj ntaub.",
                                  language="hmn", languages=["hmn", "en"])
    assert member.inferred["activities"] == {"sewing": "text"}
    assert member.inferred["languages"] == ["en", "hmn"] and "woman" in member.inferred["traits"]
    need = make_need("Nrhiav poj niam pab qhia xaws paj ntaub", "Tsuas yog poj niam xwb.",
                     kind="volunteer", page_language="hmn")
    profile = NeedProfile.objects.get(need=need)
    assert profile.text_version == NEED_TEXT_VERSION
    assert profile.concepts["activities"] == {"sewing": "text"}
    assert profile.concepts["requires"] == ["woman"]


def test_the_need_text_does_not_repeat_the_tldr(make_need):
    need = make_need("Food shelf sorters", "Sort donated groceries on Saturdays. Gloves are "
                     "provided.", tldr="Sort donated groceries on Saturdays")
    assert need_text(need).count("Sort donated groceries") == 1
    need.tldr = "Families from Cedar-Riverside"  # says something the description does not
    assert "Families from Cedar-Riverside" in need_text(need)


def test_needs_embedded_from_an_older_text_are_embedded_again(make_need):
    need = make_need("Snow shovelling", "Shovel sidewalks for seniors after snowfalls.")
    stale = np.zeros(384)
    stale[0] = 1.0
    Need.objects.filter(pk=need.pk).update(embedding=stale.tolist())
    NeedProfile.objects.filter(need=need).update(text_version=1)
    assert need.pk in embedding_jobs.pending_ids("needs", only_missing=True,
                                                 model_changed=False, model_name="x")
    call_command("generate_embeddings", "--only", "needs", verbosity=0)
    need.refresh_from_db()
    assert NeedProfile.objects.get(need=need).text_version == NEED_TEXT_VERSION
    assert abs(float(np.asarray(need.embedding)[0]) - 1.0) > 0.01
    # match_need does the same for a need it finds stale.
    NeedProfile.objects.filter(need=need).update(text_version=1)
    services.match_need(need_id=need.pk, actor=SYSTEM)
    assert NeedProfile.objects.get(need=need).text_version == NEED_TEXT_VERSION


def test_a_member_whose_activity_matches_is_a_candidate_whatever_the_similarity(
        settings, make_need, make_embedded_member):
    gardener = make_embedded_member("Kuv nyiam cog zaub thiab ua vaj.", language="hmn")
    need = make_need("Community garden helpers", "Weed, water and harvest on summer evenings.")
    settings.MATCH_SIMILARITY_FLOOR = 0.999  # nobody is close enough by similarity alone
    assert candidate_members(need) == []
    found = candidate_members(need, activities=["gardening"])
    assert [c.member_id for c in found] == [gardener.pk]
    services.match_need(need_id=need.pk, actor=SYSTEM)
    assert notified(need) == {gardener.pk}


def test_the_reach_preview_explains_each_member_without_their_data(make_need,
                                                                 make_embedded_member):
    make_embedded_member("I interpret Somali and English at schools.", languages=["so", "en"])
    make_embedded_member("I interpret Spanish and English.", languages=["es", "en"])
    need = make_need("Somali interpreters", "For parent-teacher conferences.", status="pending",
                     kind="skilled", languages=["so", "en"])
    preview = reach_preview(need)
    assert preview.reachable == 1
    assert preview.reasons[0].startswith("Read as: activities: interpreting")
    assert "must speak: en + so" in preview.reasons[0]
    assert preview.reasons[1].startswith("#1: shared activity interpreting")
    assert preview.reasons[-1] == "Left out for lacking: speaks en + so (1)"
    assert not any("Spanish" in line or "schools" in line for line in preview.reasons)
