"""The page a locked-out admin log-in gets (django-axes calls this: AXES_LOCKOUT_CALLABLE).

Says what happened, for how long, and what to do — and never whether the user name
exists.  Status 429, as axes answers by default.
"""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import render


def lockout_response(request, original_response=None, credentials=None):
    from axes.helpers import get_client_username, get_cool_off

    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    context = {
        "username": get_client_username(request, credentials) or "",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": minutes,
    }
    return render(request, "admin/locked_out.html", context,
                  status=settings.AXES_HTTP_RESPONSE_CODE)
