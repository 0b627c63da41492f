"""Protected mutations added by later issues, appended to the authorization matrix."""

from datetime import timedelta

from django.utils import timezone

from tests.authz.matrix_types import MemberCase

EXTRA_STAFF_CASES: list = []

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
