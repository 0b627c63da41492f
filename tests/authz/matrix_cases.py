"""Protected mutations added by later issues, appended to the authorization matrix."""

from datetime import timedelta

from django.utils import timezone

from authz import Capability
from tests.authz.matrix_types import MemberCase, StaffCase


def _unreachable_source(world) -> dict:
    from organizations.models import Source

    source, _ = Source.objects.get_or_create(organization=world.org, url="http://127.0.0.1:9/")
    return {"id": str(source.pk)}


def _crawled(body, world) -> bool:
    from organizations.models import Crawl

    return Crawl.objects.filter(source__organization=world.org).exists()


EXTRA_STAFF_CASES: list = [
    StaffCase(
        "scrapeSource", Capability.TRIGGER_SCRAPING,
        "mutation($id: ID!) { scrapeSource(sourceId: $id) { result { status } } }",
        _unreachable_source, _crawled,
    ),
]

EXTRA_MEMBER_CASES = [
    MemberCase(
        "updateMyProfile",
        'mutation { updateMyProfile(interests: "tutoring kids in math") { member { interests } } }',
        dict,
        lambda m: type(m).objects.get(pk=m.pk).interests == "tutoring kids in math",
    ),
    MemberCase(
        "pauseNotifications",
        "mutation($u: DateTime) { pauseNotifications(until: $u) { member { pausedUntil } "
        "errors { field message } } }",
        lambda: {"u": (timezone.now() + timedelta(days=30)).isoformat()},
        lambda m: type(m).objects.get(pk=m.pk).paused_until is not None,
    ),
    MemberCase(
        "deleteMyData",
        "mutation { deleteMyData { deletedMembers } }",
        dict,
        lambda m: not type(m).objects.filter(pk=m.pk).exists(),
    ),
]


# --- The moderation console (issue 6): every admin action, by URL and POST data. ------------
# ``request(world) -> (url name[?query], url args, POST data)``; ``succeeded(world) -> bool``.  The
# world is built in tests/authz/test_admin_matrix.py.

from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass  # noqa: E402

from authz import Capability  # noqa: E402


@dataclass
class AdminCase:
    name: str
    capability: Capability
    request: Callable[[object], tuple[str, list, dict]]
    succeeded: Callable[[object], bool]


def _action(name: str, changelist: str, target: str, **extra) -> Callable:
    def build(w):
        return (changelist, [], {"action": name, "_selected_action": [getattr(w, target).pk],
                                 "index": 0, **extra})
    return build


def _need_status(attr: str, status: str) -> Callable:
    def check(w):
        need = getattr(w, attr)
        return type(need).objects.get(pk=need.pk).status == status
    return check


_NEEDS = "admin:needs_need_changelist"
_CONTENT = {"title": "Drivers for Sunday deliveries",
            "description": "Deliver grocery boxes to seniors on Sunday mornings.",
            "urgency": "high"}

EXTRA_ADMIN_CASES = [
    AdminCase("action approve_selected", Capability.MANAGE_NEEDS,
              _action("approve_selected", _NEEDS, "pending"),
              _need_status("pending", "active")),
    AdminCase("action reject_selected", Capability.MANAGE_NEEDS,
              _action("reject_selected", _NEEDS, "pending", post="yes", reason="Spam."),
              _need_status("pending", "rejected")),
    AdminCase("action mark_filled_selected", Capability.MANAGE_NEEDS,
              lambda w: (_NEEDS + "?status=active", [], {
                  "action": "mark_filled_selected", "index": 0,
                  "_selected_action": [w.active.pk]}),
              _need_status("active", "filled")),
    AdminCase("action expire_selected", Capability.MANAGE_NEEDS,
              _action("expire_selected", _NEEDS, "pending"),
              _need_status("pending", "expired")),
    AdminCase("moderate approve", Capability.MANAGE_NEEDS,
              lambda w: ("admin:needs_need_moderate", [w.pending.pk, "approve"], {}),
              _need_status("pending", "active")),
    AdminCase("moderate fill", Capability.MANAGE_NEEDS,
              lambda w: ("admin:needs_need_moderate", [w.active.pk, "fill"], {}),
              _need_status("active", "filled")),
    AdminCase("moderate expire", Capability.MANAGE_NEEDS,
              lambda w: ("admin:needs_need_moderate", [w.active.pk, "expire"], {}),
              _need_status("active", "expired")),
    AdminCase("reject page", Capability.MANAGE_NEEDS,
              lambda w: ("admin:needs_need_reject", [w.pending.pk], {"reason": "Spam."}),
              _need_status("pending", "rejected")),
    AdminCase("edit and approve page", Capability.MANAGE_NEEDS,
              lambda w: ("admin:needs_need_edit_approve", [w.pending.pk], dict(_CONTENT)),
              _need_status("pending", "active")),
    AdminCase("add need", Capability.MANAGE_NEEDS,
              lambda w: ("admin:needs_need_add", [], {"organization": w.org.pk, **_CONTENT}),
              lambda w: w.org.needs.filter(title=_CONTENT["title"]).exists()),
    AdminCase("action scrape_sources_now", Capability.TRIGGER_SCRAPING,
              _action("scrape_sources_now", "admin:organizations_source_changelist",
                      "source"),
              lambda w: w.source.crawls.exists()),
    AdminCase("action scrape_organizations_now", Capability.TRIGGER_SCRAPING,
              _action("scrape_organizations_now", "admin:organizations_organization_changelist",
                      "org"),
              lambda w: w.source.crawls.exists()),
    AdminCase("action deactivate_selected", Capability.MANAGE_MEMBERS,
              _action("deactivate_selected", "admin:members_member_changelist", "member"),
              lambda w: not type(w.member).objects.get(pk=w.member.pk).active),
    AdminCase("edit organization", Capability.MANAGE_ORGANIZATIONS,
              lambda w: ("admin:organizations_organization_change", [w.org.pk], {
                  "name": "Renamed Food Shelf",
                  "sources-TOTAL_FORMS": 1, "sources-INITIAL_FORMS": 1,
                  "sources-0-id": w.source.pk, "sources-0-organization": w.org.pk,
                  "sources-0-url": w.source.url, "sources-0-active": "on",
                  "sources-0-scrape_frequency": "1 00:00:00",
                  "Organization_tags-TOTAL_FORMS": 0, "Organization_tags-INITIAL_FORMS": 0}),
              lambda w: type(w.org).objects.get(pk=w.org.pk).name == "Renamed Food Shelf"),
]
