"""The pending-needs queue in the admin: defaults, filters, counts, the revision diff,
every moderation action through the admin (DB checked after), validation shown on the
forms, read-only staff, the admin log, and a flat query count with 500 rows."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from needs.admin import NeedAdmin, inline_diff
from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization, Source

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:needs_need_changelist"


def changelist(client, query: str = ""):
    response = client.get(reverse(CHANGELIST) + query)
    assert response.status_code == 200
    return response


def rows(response) -> list[int]:
    return [n.pk for n in response.context_data["cl"].result_list]


def act(client, action: str, needs, query: str = "?status=all", **extra):
    data = {"action": action, "_selected_action": [n.pk for n in needs], "index": 0, **extra}
    return client.post(reverse(CHANGELIST) + query, data, follow=True)


def logged(user, need, message: str) -> bool:
    return LogEntry.objects.filter(user=user, object_id=str(need.pk), action_flag=CHANGE,
                                   change_message__contains=message).exists()


# --- the queue --------------------------------------------------------------------------------

def test_queue_opens_on_pending_oldest_first(mod_client, make_need):
    first = make_need("Winter coat drive", "Donate winter coats for kids and adults.")
    make_need("Food shelf sorting", "Sort groceries on Saturday mornings.", status="active")
    second = make_need("ESL tutors wanted", "Tutor adult English learners on Tuesdays.")
    response = changelist(mod_client)
    assert rows(response) == [first.pk, second.pk]
    assert rows(changelist(mod_client, "?status=all")) == sorted(
        Need.objects.values_list("pk", flat=True))


def test_filters_and_search(mod_client, make_need, org, source):
    other_org = Organization.objects.create(name="Eastside Mutual Aid")
    active = make_need("Pantry shelvers", "Stock the pantry shelves on weekdays.",
                       status="active")
    revision = make_need("Pantry shelvers", "Stock the pantry shelves on weekends.",
                         supersedes=active, source=source, urgency="urgent")
    from django.utils import timezone

    gone = make_need("Snow shovelers", "Shovel sidewalks for seniors after storms.",
                     disappeared_at=timezone.now(), organization=other_org,
                     submission_type="submitted")
    plain = make_need()
    assert rows(changelist(mod_client, "?revision=yes")) == [revision.pk]
    assert set(rows(changelist(mod_client, "?revision=no"))) == {gone.pk, plain.pk}
    assert rows(changelist(mod_client, "?disappeared=yes")) == [gone.pk]
    assert rows(changelist(mod_client, "?urgency__exact=urgent")) == [revision.pk]
    assert rows(changelist(mod_client, "?submission_type__exact=submitted")) == [gone.pk]
    assert rows(changelist(mod_client, f"?organization__id__exact={other_org.pk}")) == [gone.pk]
    assert rows(changelist(mod_client, f"?source__id__exact={source.pk}")) == [revision.pk]
    assert rows(changelist(mod_client, "?status=active")) == [active.pk]
    assert rows(changelist(mod_client, "?q=sidewalks")) == [gone.pk]  # description
    assert rows(changelist(mod_client, "?q=eastside")) == [gone.pk]  # organization name
    assert rows(changelist(mod_client, "?q=shovelers")) == [gone.pk]  # title


def test_counts_per_status_above_the_list(mod_client, make_need):
    for i in range(3):
        make_need(f"Pending need number {i}", f"Pending description number {i}.")
    make_need("Rejected thing", "Rejected description here.", status="rejected")
    response = changelist(mod_client)
    counts = {row["value"]: row["count"] for row in response.context_data["status_counts"]}
    assert counts == {"pending": 3, "active": 0, "rejected": 1, "filled": 0, "expired": 0}
    html = response.content.decode()
    assert 'data-status="pending">Pending moderation: <strong>3</strong>' in html
    assert 'data-status="rejected">Rejected: <strong>1</strong>' in html


# --- the revision diff --------------------------------------------------------------------------

def test_inline_diff_escapes_and_marks_words():
    html = inline_diff("Bring <b>coats</b> on Monday", "Bring <b>coats</b> on Friday")
    assert "&lt;b&gt;coats&lt;/b&gt;" in html
    assert "<del>Monday</del><ins>Friday</ins>" in html


def test_revision_page_shows_field_by_field_diff(mod_client, make_need):
    active = make_need("Drivers needed", "Drive seniors to clinic visits on Mondays.",
                       status="active", contact_email="old@example.org", urgency="medium")
    revision = make_need("Drivers needed", "Drive seniors to clinic <visits> on Fridays.",
                         supersedes=active, contact_email="new@example.org",
                         contact_phone="612-555-0142", urgency="high")
    response = mod_client.get(reverse("admin:needs_need_change", args=[revision.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "What changed" in html
    assert "<del>Mondays.</del><ins>Fridays.</ins>" in html or (
        "<del>Mondays.</del>" in html and "<ins>Fridays.</ins>" in html)
    assert "&lt;visits&gt;" in html and "<visits>" not in html
    assert "<del>old@example.org</del>" in html and "<ins>new@example.org" in html
    assert "612-555-0142" in html
    assert "<del>Medium</del><ins>High</ins>" in html
    assert '<tr class="unchanged"><th>Title</th>' in html
    # A need that is not a revision has no diff section.
    plain = make_need()
    assert "What changed" not in mod_client.get(
        reverse("admin:needs_need_change", args=[plain.pk])).content.decode()


# --- actions ------------------------------------------------------------------------------------

def test_bulk_approve_through_the_service_and_logged(mod_client, moderator, make_need):
    a = make_need("Coat sorters", "Sort donated coats in the warehouse.")
    b = make_need("Meal packers", "Pack hot meals for families on Thursdays.")
    response = act(mod_client, "approve_selected", [a, b], query="")
    assert response.status_code == 200
    for need in (a, b):
        need.refresh_from_db()
        assert need.status == "active" and need.moderated_by == moderator
        assert logged(moderator, need, "Approved")
    assert "Approved 2 need(s)" in response.content.decode()


def test_approving_a_revision_replaces_the_active_need(mod_client, make_need):
    active = make_need("Drivers needed", "Drive seniors to appointments on Mondays.",
                       status="active")
    revision = make_need("Drivers needed", "Drive seniors to appointments on Fridays.",
                         supersedes=active)
    response = mod_client.post(reverse("admin:needs_need_moderate",
                                       args=[revision.pk, "approve"]))
    assert response.status_code == 302
    active.refresh_from_db()
    revision.refresh_from_db()
    assert (revision.status, active.status) == ("active", "expired")


def test_single_actions_fill_and_expire(mod_client, moderator, make_need):
    active = make_need("Diaper donations", "Size 4 and 5 diapers are needed.", status="active")
    pending = make_need()
    url = reverse("admin:needs_need_moderate", args=[active.pk, "fill"])
    assert mod_client.get(url).status_code == 405
    assert mod_client.post(url).status_code == 302
    assert mod_client.post(reverse("admin:needs_need_moderate",
                                   args=[pending.pk, "expire"])).status_code == 302
    active.refresh_from_db()
    pending.refresh_from_db()
    assert (active.status, pending.status) == ("filled", "expired")
    assert logged(moderator, active, "Marked filled") and logged(moderator, pending, "Expired")


def test_bulk_fill_and_expire(mod_client, make_need):
    a = make_need("Diaper donations", "Size 4 and 5 diapers are needed.", status="active")
    b = make_need()
    act(mod_client, "mark_filled_selected", [a])
    act(mod_client, "expire_selected", [b])
    assert Need.objects.get(pk=a.pk).status == "filled"
    assert Need.objects.get(pk=b.pk).status == "expired"


def test_failures_are_reported_per_need_never_a_500(mod_client, make_need):
    done = make_need("Already active", "This one was approved before.", status="active")
    fresh = make_need()
    response = act(mod_client, "approve_selected", [done, fresh])
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cannot approve a need that is active." in html
    assert "Approved 1 need(s)" in html
    assert Need.objects.get(pk=fresh.pk).status == "active"


def test_reject_requires_a_reason_then_stores_and_shows_it(mod_client, moderator, make_need):
    a = make_need()
    b = make_need("Coat sorters", "Sort donated coats in the warehouse.")
    page = act(mod_client, "reject_selected", [a, b], query="")
    assert page.status_code == 200 and b'name="reason"' in page.content
    empty = act(mod_client, "reject_selected", [a, b], query="", post="yes", reason="   ")
    assert "Give a reason for rejecting." in empty.content.decode()
    assert set(Need.objects.values_list("status", flat=True)) == {"pending"}
    act(mod_client, "reject_selected", [a, b], query="", post="yes",
        reason="Duplicate of a <b>listing</b>")
    for need in (a, b):
        need.refresh_from_db()
        assert need.status == "rejected"
        assert need.moderation_reason == "Duplicate of a <b>listing</b>"
        assert logged(moderator, need, "Rejected: Duplicate")
    html = mod_client.get(reverse("admin:needs_need_change", args=[a.pk])).content.decode()
    assert "Duplicate of a &lt;b&gt;listing&lt;/b&gt;" in html


def test_single_reject_page(mod_client, make_need):
    need = make_need()
    url = reverse("admin:needs_need_reject", args=[need.pk])
    assert mod_client.get(url).status_code == 200
    assert "Give a reason" in mod_client.post(url, {"reason": ""}).content.decode()
    assert Need.objects.get(pk=need.pk).status == "pending"
    assert mod_client.post(url, {"reason": "Not in Minnesota."}).status_code == 302
    need.refresh_from_db()
    assert (need.status, need.moderation_reason) == ("rejected", "Not in Minnesota.")


def _form_data(need, **changes):
    data = {f: getattr(need, f) or "" for f in (
        "title", "description", "tldr", "contact_email", "contact_phone", "contact_url",
        "urgency", "location_name")}
    data.update(changes)
    return data


def test_edit_and_approve_shows_validation_errors(mod_client, make_need):
    need = make_need()
    url = reverse("admin:needs_need_edit_approve", args=[need.pk])
    page = mod_client.get(url)
    assert page.status_code == 200 and need.title in page.content.decode()
    response = mod_client.post(url, _form_data(need, title="ab", contact_email="not-an-email",
                                               contact_phone="12345"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please correct the errors below." in html
    assert "String should have at least 5 characters" in html
    assert "contact_email is not a plausible e-mail address" in html
    assert "phone must have 10 digits" in html
    need.refresh_from_db()
    assert need.status == "pending" and need.title == "Drivers for Saturday deliveries"


def test_edit_and_approve_saves_and_approves(mod_client, moderator, make_need):
    need = make_need()
    url = reverse("admin:needs_need_edit_approve", args=[need.pk])
    response = mod_client.post(url, _form_data(need, title="Drivers for Sunday deliveries",
                                               contact_phone="(612) 555-0142"))
    assert response.status_code == 302
    need.refresh_from_db()
    assert need.status == "active" and need.title == "Drivers for Sunday deliveries"
    assert need.contact_phone == "612-555-0142"
    assert need.content_hash == content_hash(title=need.title, description=need.description,
                                             organization_id=need.organization_id)
    assert logged(moderator, need, "Edited and approved")


def test_edit_and_approve_sets_kind_and_languages(mod_client, make_need):
    need = make_need("Interpreters for clinic visits", "Help families at the clinic.")
    url = reverse("admin:needs_need_edit_approve", args=[need.pk])
    page = mod_client.get(url).content.decode()
    assert 'name="kind"' in page and 'name="languages"' in page
    response = mod_client.post(url, _form_data(need, kind="skilled", languages="so, EN",
                                               page_language="en"))
    assert response.status_code == 302
    need.refresh_from_db()
    assert (need.kind, need.languages, need.page_language) == ("skilled", ["so", "en"], "en")
    # The moderation queue shows the kind and filters by it.
    queue = mod_client.get(reverse("admin:needs_need_changelist") + "?status=all&kind=skilled")
    body = queue.content.decode()
    assert "Interpreters for clinic visits" in body and "so, en" in body


def test_bulk_edit_and_approve_walks_the_selection(mod_client, make_need):
    a = make_need()
    b = make_need("Coat sorters", "Sort donated coats in the warehouse.")
    response = act(mod_client, "edit_and_approve_selected", [a, b], query="")
    first = reverse("admin:needs_need_edit_approve", args=[a.pk])
    assert response.redirect_chain[0][0] == f"{first}?queue={b.pk}"
    response = mod_client.post(f"{first}?queue={b.pk}", _form_data(a))
    assert response.url == reverse("admin:needs_need_edit_approve", args=[b.pk])
    assert Need.objects.get(pk=a.pk).status == "active"


def test_add_need_by_hand_goes_through_the_service(mod_client, org):
    url = reverse("admin:needs_need_add")
    bad = mod_client.post(url, {"organization": org.pk, "title": "Interpreters",
                                "description": "Somali interpreters for clinic visits.",
                                "urgency": "high", "contact_phone": "555"})
    assert bad.status_code == 200 and "phone must have 10 digits" in bad.content.decode()
    ok = mod_client.post(url, {"organization": org.pk, "title": "Interpreters",
                               "description": "Somali interpreters for clinic visits.",
                               "urgency": "high"})
    assert ok.status_code == 302
    need = Need.objects.get()
    assert (need.status, need.submission_type, need.tldr) == (
        "pending", "admin", "Somali interpreters for clinic visits.")


# --- staff without MANAGE_NEEDS ---------------------------------------------------------------

def test_staff_without_capability_sees_the_queue_read_only(viewer_client, make_need):
    need = make_need()
    response = changelist(viewer_client)
    assert rows(response) == [need.pk]
    assert response.context_data["action_form"] is None
    assert response.context_data["has_add_permission"] is False
    page = viewer_client.get(reverse("admin:needs_need_change", args=[need.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "View need" in html and 'id="moderation-actions"' not in html
    assert viewer_client.get(reverse("admin:needs_need_add")).status_code == 403
    assert viewer_client.get(reverse("admin:needs_need_delete", args=[need.pk])).status_code == 403


def test_staff_without_capability_cannot_act_even_by_posting(viewer_client, make_need):
    need = make_need()
    before = Need.objects.values().get(pk=need.pk)
    act(viewer_client, "approve_selected", [need], query="")
    act(viewer_client, "reject_selected", [need], query="", post="yes", reason="no")
    assert viewer_client.post(reverse("admin:needs_need_moderate",
                                      args=[need.pk, "approve"])).status_code == 403
    assert viewer_client.post(reverse("admin:needs_need_reject", args=[need.pk]),
                              {"reason": "x"}).status_code == 403
    assert viewer_client.post(reverse("admin:needs_need_edit_approve", args=[need.pk]),
                              {"title": "Hijacked title"}).status_code == 403
    assert Need.objects.values().get(pk=need.pk) == before
    assert not LogEntry.objects.exists()


def test_anonymous_is_sent_to_login(client, make_need):
    need = make_need()
    response = client.post(reverse("admin:needs_need_moderate", args=[need.pk, "approve"]))
    assert response.status_code == 302 and "/admin/login/" in response.url
    assert Need.objects.get(pk=need.pk).status == "pending"


# --- query count --------------------------------------------------------------------------------

def _bulk_needs(n: int, offset: int, orgs, sources):
    needs = []
    for i in range(offset, offset + n):
        org = orgs[i % len(orgs)]
        title, desc = f"Need number {i}", f"Description of need number {i} for the queue."
        needs.append(Need(organization=org, source=sources[i % len(sources)], title=title,
                          description=desc, content_hash=content_hash(
                              title=title, description=desc, organization_id=org.pk)))
    Need.objects.bulk_create(needs)


def test_queue_query_count_does_not_grow_with_rows(mod_client, monkeypatch):
    monkeypatch.setattr(NeedAdmin, "list_per_page", 1000)  # every row on one page
    orgs = [Organization.objects.create(name=f"Query Org {i}") for i in range(5)]
    sources = [Source.objects.create(organization=o, url=f"https://q{i}.example/")
               for i, o in enumerate(orgs)]
    _bulk_needs(5, 0, orgs, sources)
    mod_client.get(reverse(CHANGELIST))  # warm up (session, content types)
    with CaptureQueriesContext(connection) as few:
        assert len(rows(changelist(mod_client))) == 5
    _bulk_needs(495, 5, orgs, sources)
    with CaptureQueriesContext(connection) as many:
        response = changelist(mod_client)
    assert len(rows(response)) == 500
    assert len(many.captured_queries) == len(few.captured_queries)
