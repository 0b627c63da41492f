"""The numbers on the admin index: what needs attention this week.

It counts rows of three apps, so it lives in ``matching``, the one app allowed to import
all of them (see docs/architecture.md).  ``install_dashboard(admin.site)`` (called from
``matching/admin.py``) wraps the site's ``index`` view to add ``dashboard`` to its context;
``templates/admin/index.html`` renders it above the app list.
"""

from __future__ import annotations

from datetime import timedelta
from functools import wraps

from django.utils import timezone

WEEK = timedelta(days=7)


def dashboard_numbers(now=None) -> dict:
    from matching.models import Notification
    from needs.models import Need
    from organizations.models import Source

    now = now or timezone.now()
    since = now - WEEK
    failing = Source.objects.filter(last_status=Source.Status.FAILED).select_related(
        "organization").order_by("-last_scraped_at")
    return {
        "pending_needs": Need.objects.filter(status=Need.Status.PENDING).count(),
        "approved_this_week": Need.objects.filter(
            status=Need.Status.ACTIVE, moderated_at__gte=since).count(),
        "notifications_this_week": Notification.objects.filter(sent_at__gte=since).count(),
        "failing_sources": failing.count(),
        "failing_examples": list(failing[:5]),
        # Background work recorded but not done yet (docs/reliability.md): normally 0 or
        # a handful in flight; a growing number means the broker or the workers are down.
        "background_waiting": _outbox_waiting(),
    }


def _outbox_waiting() -> int:
    from authz.outbox.services import pending

    return pending()["pending"]


def install_dashboard(site) -> None:
    if getattr(site, "_dashboard_installed", False):
        return
    original = site.index

    @wraps(original)
    def index(request, extra_context=None):
        context = {"dashboard": dashboard_numbers()}
        context.update(extra_context or {})
        return original(request, context)

    site.index = index
    site._dashboard_installed = True
