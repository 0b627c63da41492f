"""Built-in codes: 6 digits from a CSPRNG, stored hashed, 10 minutes, single use, at most
5 wrong tries.  E-mail identifiers get the code by Django e-mail.  Phone numbers need an
SMS provider (Twilio Verify): with DEBUG on the code is printed to the console for the
developer; with DEBUG off this backend refuses phone numbers with a clear error (the same
for every number, so it reveals nothing about who is registered).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import sys

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from members.identifiers import NormalisedIdentifier
from members.models import VerificationCode
from members.verification.base import VerificationBackend

logger = logging.getLogger(__name__)


def _hash_code(digest: str, code: str) -> str:
    key = settings.IDENTIFIER_PEPPER.encode()
    return hmac.new(key, f"code:{digest}:{code}".encode(), hashlib.sha256).hexdigest()


class BuiltinBackend(VerificationBackend):
    def send(self, identifier: NormalisedIdentifier) -> None:
        if identifier.kind == "phone" and not settings.DEBUG:
            raise ValidationError(
                "Codes by text message are not available here; use an e-mail address.",
                code="invalid",
            )
        code = f"{secrets.randbelow(10**6):06d}"
        digest = identifier.digest
        with transaction.atomic():
            # A new code replaces any earlier one for this identifier.
            VerificationCode.objects.filter(identifier_digest=digest, used_at__isnull=True).update(
                used_at=timezone.now()
            )
            VerificationCode.objects.create(
                identifier_digest=digest,
                code_hash=_hash_code(digest, code),
                expires_at=timezone.now() + settings.VERIFICATION_CODE_TTL,
            )
        self._deliver(identifier, code)

    def _deliver(self, identifier: NormalisedIdentifier, code: str) -> None:
        minutes = int(settings.VERIFICATION_CODE_TTL.total_seconds() // 60)
        text = f"Your MN Digital Aid code is {code}. It expires in {minutes} minutes."
        if identifier.kind == "email":
            send_mail("Your MN Digital Aid code", text, None, [identifier.value])
            return
        if settings.DEBUG:  # (send() refuses phones with DEBUG off)
            # Development only: no SMS provider, so the developer reads it here.
            label = identifier.digest[:8]  # a hash prefix, never the number itself
            print(f"[development] one-time code for {label}…: {code}", file=sys.stderr)

    def check(self, identifier: NormalisedIdentifier, code: str) -> bool:
        digest = identifier.digest
        now = timezone.now()
        with transaction.atomic():
            row = (
                VerificationCode.objects.select_for_update()
                .filter(identifier_digest=digest, used_at__isnull=True, expires_at__gt=now)
                .order_by("-created_at")
                .first()
            )
            if row is None:
                return False
            if row.attempts >= settings.VERIFICATION_MAX_ATTEMPTS:
                return False
            if hmac.compare_digest(row.code_hash, _hash_code(digest, (code or "").strip())):
                row.used_at = now
                row.save(update_fields=["used_at"])
                return True
            row.attempts += 1
            if row.attempts >= settings.VERIFICATION_MAX_ATTEMPTS:
                row.used_at = now  # burnt: the member must ask for a new code
            row.save(update_fields=["attempts", "used_at"])
            return False
