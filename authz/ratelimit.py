"""Rate limits are data (settings.RATE_LIMITS), enforced on the shared cache.

    enforce(request, "send_code_ip")                      # keyed by client IP
    enforce(request, "send_code_identifier", key=digest)  # keyed by an identifier hash

A limited call raises ``RateLimited`` before anything is written.
"""

from __future__ import annotations

from django.conf import settings
from django_ratelimit.core import is_ratelimited

from authz.errors import RateLimited
from authz.request import client_ip


def enforce(request, group: str, *, key: str | None = None) -> None:
    rate = settings.RATE_LIMITS[group]
    value = key if key is not None else client_ip(request)
    limited = is_ratelimited(
        request,
        group=f"mnda:{group}",
        key=lambda _group, _request: value,
        rate=rate,
        increment=True,
    )
    if limited:
        raise RateLimited(f"Too many requests ({group.replace('_', ' ')}); try again later.")
