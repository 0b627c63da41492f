"""Matching fixtures: real embeddings from the local model, real rows."""

from __future__ import annotations

import pytest
from django.utils import timezone

from matching import embedding_jobs
from members.models import Member
from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization

MPLS = (44.98, -93.27)
ST_PAUL = (44.95, -93.09)
DULUTH = (46.79, -92.10)

# A small, realistic reference set of active needs (the member-relative relevance step
# compares each member against these).
REFERENCE_NEEDS = [
    ("Winter coat drive", "Donate adult and children's winter coats, hats and mittens."),
    ("ESL tutors", "Tutor adult English learners on Tuesday evenings."),
    ("Food shelf sorting", "Sort and pack donated groceries on Saturday mornings."),
    ("Legal clinic volunteers", "Help with intake at our free immigration legal clinic."),
    ("Diaper donations", "We need size 4, 5 and 6 diapers and baby wipes."),
    ("Meal delivery cooks", "Cook hot meals for families in our community kitchen."),
    ("Homework helpers", "Help middle school students with math homework after school."),
]


@pytest.fixture
def org(db):
    return Organization.objects.create(name="Matching Test Org")


@pytest.fixture
def make_need(org):
    def make(title, description, status="active", location=MPLS, **kw):
        lat, lng = location if location else (None, None)
        need = Need.objects.create(
            organization=org, title=title, description=description, status=status,
            latitude=lat, longitude=lng, moderated_at=timezone.now(),
            content_hash=content_hash(title=title, description=description,
                                      organization_id=org.pk), **kw,
        )
        embedding_jobs.embed_rows("needs", [need.pk])
        need.refresh_from_db()
        return need
    return make


@pytest.fixture
def reference(make_need):
    return [make_need(t, d) for t, d in REFERENCE_NEEDS]


@pytest.fixture
def make_embedded_member(make_member):
    def make(interests, location=MPLS, **kw):
        member = make_member(interests=interests, latitude=location[0], longitude=location[1],
                             **kw)
        embedding_jobs.embed_rows("members", [member.pk])
        return Member.objects.get(pk=member.pk)
    return make
