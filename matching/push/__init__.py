"""Push delivery backends, chosen by ``settings.PUSH_BACKEND`` like ``EMAIL_BACKEND``.

* ``"console"`` (default): logs instead of sending; for development and tests.
* ``"expo"``: the Expo push service (:mod:`matching.push.expo`).
* or the dotted path of a :class:`PushBackend` subclass.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from .base import (
    DEVICE_NOT_REGISTERED,
    INVALID_CREDENTIALS,
    INVALID_RESPONSE,
    MESSAGE_RATE_EXCEEDED,
    MESSAGE_TOO_BIG,
    PERMANENT_ERRORS,
    TRANSPORT_ERROR,
    PushBackend,
    PushMessage,
    PushReceipt,
    PushTicket,
)

BACKENDS = {
    "console": "matching.push.console.ConsolePushBackend",
    "expo": "matching.push.expo.ExpoPushBackend",
}

__all__ = [
    "BACKENDS",
    "DEVICE_NOT_REGISTERED",
    "INVALID_CREDENTIALS",
    "INVALID_RESPONSE",
    "MESSAGE_RATE_EXCEEDED",
    "MESSAGE_TOO_BIG",
    "PERMANENT_ERRORS",
    "TRANSPORT_ERROR",
    "PushBackend",
    "PushMessage",
    "PushReceipt",
    "PushTicket",
    "get_push_backend",
]


def get_push_backend() -> PushBackend:
    """A new instance of the configured backend (cheap: clients are opened per call)."""
    name = getattr(settings, "PUSH_BACKEND", "console") or "console"
    path = BACKENDS.get(name, name)
    try:
        backend_class = import_string(path)
    except ImportError as exc:
        raise ImproperlyConfigured(
            f"PUSH_BACKEND must be one of {sorted(BACKENDS)} or a dotted path, not {name!r}."
        ) from exc
    if not (isinstance(backend_class, type) and issubclass(backend_class, PushBackend)):
        raise ImproperlyConfigured(f"PUSH_BACKEND {name!r} is not a PushBackend.")
    return backend_class()
