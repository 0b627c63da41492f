"""Phone numbers and e-mail addresses, normalised and reduced to a keyed hash.

The raw value is used only to send a code and is never stored or logged: the database
keeps ``HMAC-SHA256(pepper, kind + ":" + normalised)``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

_PHONE_JUNK = re.compile(r"[\s\-().]")
_E164 = re.compile(r"^\+[1-9]\d{7,14}$")


@dataclass(frozen=True)
class NormalisedIdentifier:
    kind: str  # "phone" | "email"
    value: str  # never store or log this

    @property
    def digest(self) -> str:
        return identifier_digest(self.kind, self.value)

    def __repr__(self) -> str:  # keep the raw value out of tracebacks and logs
        return f"NormalisedIdentifier(kind={self.kind!r}, digest={self.digest[:8]}…)"


def identifier_digest(kind: str, value: str) -> str:
    key = settings.IDENTIFIER_PEPPER.encode()
    return hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def normalise(raw: str) -> NormalisedIdentifier:
    """An E.164 phone number (``+16125550142``) or an e-mail address (lower-cased)."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError("Enter a phone number or an e-mail address.", code="required")
    if len(text) > 254:
        raise ValidationError("That is too long for a phone number or e-mail address.",
                              code="invalid")
    if "@" in text:
        value = text.lower()
        try:
            validate_email(value)
        except ValidationError as exc:
            raise ValidationError("Enter a valid e-mail address.", code="invalid") from exc
        return NormalisedIdentifier("email", value)
    phone = _PHONE_JUNK.sub("", text)
    if phone.startswith("00"):
        phone = "+" + phone[2:]
    if not _E164.match(phone):
        raise ValidationError(
            "Enter the phone number in international form, e.g. +16125550142.", code="invalid"
        )
    return NormalisedIdentifier("phone", phone)
