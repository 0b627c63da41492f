"""Rate limits are data (settings.RATE_LIMITS), enforced on the shared cache.

    enforce(request, "send_code_ip")                      # keyed by client IP
    enforce(request, "send_code_identifier", key=digest)  # keyed by an identifier hash

A limited call raises ``RateLimited`` before anything is written.  When the cache cannot
be reached (Redis down), the call is refused too — a limit that cannot be counted is not
waived (fail closed) — with ``ServiceUnavailable``: "the service is briefly unavailable",
never an internal error.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django_ratelimit.core import get_usage

from authz.errors import RateLimited, ServiceUnavailable
from authz.request import client_ip

logger = logging.getLogger(__name__)


def enforce(request, group: str, *, key: str | None = None) -> None:
    rate = settings.RATE_LIMITS[group]
    value = key if key is not None else client_ip(request)
    try:
        usage = get_usage(
            request,
            group=f"mnda:{group}",
            key=lambda _group, _request: value,
            rate=rate,
            increment=True,
        )
    except Exception as exc:  # noqa: BLE001 - any cache failure: refuse, never crash
        logger.warning("rate limit %s could not be checked (%s); refusing the request",
                       group, type(exc).__name__)
        raise ServiceUnavailable() from exc
    if usage is None or (usage["limit"] == 0 and usage["time_left"] == -1):
        # django-ratelimit's own marker for "the cache did not answer" (it fails closed).
        logger.warning("rate limit %s could not be checked (no answer from the cache); "
                       "refusing the request", group)
        raise ServiceUnavailable()
    limited = usage["should_limit"]
    if limited:
        raise RateLimited(f"Too many requests ({group.replace('_', ' ')}); try again later.")
