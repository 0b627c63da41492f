"""One-time login codes: a backend sends a code to a phone or e-mail and checks it.

Backends (settings.VERIFICATION_BACKEND): ``builtin`` (default) and ``twilio``.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.module_loading import import_string

BACKENDS = {
    "builtin": "members.verification.builtin.BuiltinBackend",
    "twilio": "members.verification.twilio.TwilioVerifyBackend",
}


def get_backend():
    name = settings.VERIFICATION_BACKEND
    try:
        return import_string(BACKENDS[name])()
    except KeyError as exc:
        raise ValueError(
            f"VERIFICATION_BACKEND must be one of {', '.join(BACKENDS)}; got {name!r}"
        ) from exc
