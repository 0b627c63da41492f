"""The rest of the console: members without personal data, identifiers linked through the
service, read-only notifications, sources with their last crawl, "scrape now", the
dashboard and the reach preview."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import timezone

from matching import embedding_jobs
from matching.models import Notification
from matching.preview import reach_preview
from members.models import Identifier, Member
from needs.models import Need
from organizations.models import Crawl, Source
from tests.fixtures.sites import SITES_ROOT, serve_site
from tests.matching.conftest import REFERENCE_NEEDS

pytestmark = pytest.mark.django_db
TOKEN = "ExponentPushToken[secretdevice0123456789abcd]"
INTERESTS = "knitting scarves for newly arrived refugee families"


@pytest.fixture
def member(make_member):
    return make_member(push_token=TOKEN, interests=INTERESTS)


def html_of(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# --- members ------------------------------------------------------------------------------------

def test_member_pages_never_show_token_or_interests(client, administrator, member):
    client.force_login(administrator)
    for url in (reverse("admin:members_member_changelist"),
                reverse("admin:members_member_change", args=[member.pk])):
        html = html_of(client, url)
        assert TOKEN not in html and "secretdevice" not in html
        assert INTERESTS not in html and "knitting" not in html
        assert f"…{TOKEN[-4:]}" in html  # the masked token
        assert "Minneapolis" not in html  # no location either
    assert client.get(reverse("admin:members_member_add")).status_code == 403


def test_member_search_by_id_and_filters(client, viewer, make_member):
    client.force_login(viewer)
    a = make_member()
    b = make_member(active=False, paused_until=timezone.now() + timedelta(days=3))
    url = reverse("admin:members_member_changelist")

    def found(query):
        return {m.pk for m in client.get(url + query).context_data["cl"].result_list}

    assert found(f"?q={a.pk}") == {a.pk}
    assert found(f"?q={str(b.pk)[:8]}") == {b.pk}
    assert found("?active__exact=0") == {b.pk}
    assert found("?paused=yes") == {b.pk}
    assert found("?paused=no") == {a.pk}


def test_only_manage_members_may_deactivate(client, viewer, administrator, member):
    url = reverse("admin:members_member_changelist")
    data = {"action": "deactivate_selected", "_selected_action": [member.pk], "index": 0}
    client.force_login(viewer)
    client.post(url, data)
    assert Member.objects.get(pk=member.pk).active is True
    client.force_login(administrator)
    client.post(url, data)
    assert Member.objects.get(pk=member.pk).active is False
    assert LogEntry.objects.filter(user=administrator, object_id=str(member.pk)).exists()


def test_staff_link_their_own_identifier_hashed(client, viewer):
    client.force_login(viewer)
    url = reverse("admin:members_identifier_add")
    assert client.post(url, {"identifier": "Moderator@Example.org"}).status_code == 302
    ident = Identifier.objects.get()
    assert (ident.user, ident.kind, ident.member) == (viewer, "email", None)
    html = html_of(client, reverse("admin:members_identifier_changelist"))
    assert ident.digest not in html and "moderator@example.org" not in html.lower()
    assert ident.digest[:8] not in html_of(
        client, reverse("admin:members_identifier_change", args=[ident.pk]))
    again = client.post(url, {"identifier": "moderator@example.org"})
    assert "already linked" in again.content.decode()
    bad = client.post(url, {"identifier": "612"})
    assert "international form" in bad.content.decode()
    assert Identifier.objects.count() == 1


# --- notifications ------------------------------------------------------------------------------

def test_notifications_read_only_filterable_without_member_data(client, moderator, member,
                                                               make_need):
    client.force_login(moderator)
    a, b = make_need(status="active"), make_need("Coat sorters", "Sort donated coats.",
                                                 status="active")
    na = Notification.objects.create(need=a, member=member, score=0.9, status="sent",
                                     why_relevant="You mentioned knitting, scarves",
                                     last_error=f"{TOKEN} is not registered")
    Notification.objects.create(need=b, member=member, score=0.8, status="failed")
    url = reverse("admin:matching_notification_changelist")
    cl = client.get(f"{url}?need__id__exact={a.pk}").context_data["cl"]
    assert [n.pk for n in cl.result_list] == [na.pk]
    assert [n.pk for n in client.get(f"{url}?status__exact=failed")
            .context_data["cl"].result_list] != [na.pk]
    for page in (url, reverse("admin:matching_notification_change", args=[na.pk])):
        html = html_of(client, page)
        assert TOKEN not in html and "knitting" not in html and str(member.pk) not in html
        assert str(member.pk)[:8] in html
    assert "View notification" in html
    assert client.get(reverse("admin:matching_notification_add")).status_code == 403
    assert client.post(reverse("admin:matching_notification_change", args=[na.pk]),
                       {"status": "dead"}).status_code == 403
    assert Notification.objects.get(pk=na.pk).status == "sent"


# --- sources, scraping ------------------------------------------------------------------------

def test_source_shows_last_crawl_and_awaiting_review(client, viewer, source):
    Crawl.objects.create(source=source, status="partial", pages_fetched=3, pages_failed=1,
                         needs_new=2, errors=["https://northside.example/x: HTTP 500"])
    source.last_status, source.last_error = "partial", "1 page failed: HTTP 500"
    source.save()
    public = Source.objects.create(organization=None, url="https://tip.example/",
                                   active=False, submitted_context="A food shelf I use")
    client.force_login(viewer)
    url = reverse("admin:organizations_source_changelist")
    html = html_of(client, url)
    assert "partial: 3 pages (0 unchanged, 1 failed); needs 2 new" in html
    assert "1 page failed: HTTP 500" in html
    awaiting = client.get(url + "?review=awaiting").context_data["cl"].result_list
    assert [s.pk for s in awaiting] == [public.pk]
    detail = html_of(client, reverse("admin:organizations_source_change", args=[source.pk]))
    assert "https://northside.example/x: HTTP 500" in detail


def test_scrape_now_needs_trigger_scraping(client, moderator, administrator, org, settings):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    site = sorted(p for p in SITES_ROOT.iterdir() if (p / "expected.json").exists())[0]
    base, stop = serve_site(site)
    try:
        source = Source.objects.create(organization=org, url=base + "index.html")
        data = {"action": "scrape_sources_now", "_selected_action": [source.pk], "index": 0}
        url = reverse("admin:organizations_source_changelist")
        client.force_login(moderator)  # MANAGE_NEEDS only
        client.post(url, data)
        assert not Crawl.objects.exists()
        client.force_login(administrator)
        response = client.post(url, data, follow=True)
    finally:
        stop()
    crawl = Crawl.objects.get(source=source)
    assert crawl.status == "ok" and crawl.pages_fetched >= 1
    assert Need.objects.filter(source=source, status="pending").exists()
    html = response.content.decode()
    assert f"Scrape of {source.url}: ok" in html, html[html.find("messagelist") - 20:][:400]
    assert LogEntry.objects.filter(user=administrator, object_id=str(source.pk),
                                   change_message__startswith="Scrape of").exists()


# --- dashboard ----------------------------------------------------------------------------------

def test_dashboard_numbers(client, viewer, make_need, member, org):
    now = timezone.now()
    make_need()
    make_need("Coat sorters", "Sort donated coats in the warehouse.")
    recent = make_need("Meal packers", "Pack meals on Thursdays.", status="active",
                       moderated_at=now - timedelta(days=1))
    make_need("Old approval", "Approved a long time ago.", status="active",
              moderated_at=now - timedelta(days=30))
    Notification.objects.create(need=recent, member=member, score=0.9, status="sent",
                                sent_at=now - timedelta(hours=3))
    Source.objects.create(organization=org, url="https://broken.example/",
                          last_status="failed")
    client.force_login(viewer)
    response = client.get(reverse("admin:index"))
    dash = response.context_data["dashboard"]
    assert (dash["pending_needs"], dash["approved_this_week"],
            dash["notifications_this_week"], dash["failing_sources"]) == (2, 1, 1, 1)
    html = response.content.decode()
    assert 'id="dash-pending" href="/admin/needs/need/"><strong>2</strong>' in html
    assert "https://broken.example/" in html


# --- reach preview ---------------------------------------------------------------------------

def test_reach_preview_counts_and_throttle_without_member_data(client, moderator, make_need,
                                                              make_member):
    for title, description in REFERENCE_NEEDS:
        ref = make_need(title, description, status="active", moderated_at=timezone.now())
        embedding_jobs.embed_rows("needs", [ref.pk])
    drivers = [make_member(interests="driving seniors to medical appointments in my car")
               for _ in range(2)]
    embedding_jobs.embed_rows("members", [m.pk for m in drivers])
    pending = make_need("Volunteer drivers for medical appointments",
                        "Drive seniors to their medical appointments on weekday mornings.")
    before = reach_preview(pending)  # embeds the pending need on the fly
    assert before.reachable == 2 and before.throttled == 0
    assert any("driving" in r or "medical" in r for r in before.reasons)
    assert len(before.reasons) == len(set(before.reasons))
    busy = drivers[0]
    for ref in Need.objects.filter(status="active")[:3]:
        Notification.objects.create(need=ref, member=busy, score=0.9, status="sent")
    after = reach_preview(Need.objects.get(pk=pending.pk))
    assert (after.reachable, after.throttled) == (1, 1)
    client.force_login(moderator)
    html = html_of(client, reverse("admin:needs_need_change", args=[pending.pk]))
    assert "Approving would notify <strong>1</strong>" in html
    for m in drivers:
        assert str(m.pk)[:8] not in html and m.push_token not in html
    assert "in my car" not in html
