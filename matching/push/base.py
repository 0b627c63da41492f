"""What every push backend speaks: messages in, tickets out, receipts later.

Pure data and an interface (no models), so delivery can be tested and benchmarked on its
own. Modelled on Expo's two phases: ``send`` answers one *ticket* per message (accepted
or refused right away); ``get_receipts`` later says whether the platform (APNs/FCM)
delivered it. A failure is always a ticket with an error, never an exception, so the
caller can record it on the notification row and retry: nothing is lost.

Privacy: a push token identifies a device, so ``repr`` of these objects never shows it,
and backends never log it (a short hash stands in, see :func:`token_fingerprint`).
"""

from __future__ import annotations

import hashlib
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

TicketStatus = Literal["ok", "error"]

# Error codes. The first four are Expo's own; the rest are ours.
DEVICE_NOT_REGISTERED = "DeviceNotRegistered"  # retire the token
MESSAGE_TOO_BIG = "MessageTooBig"  # payload over 4 KiB: resending the same will fail again
MESSAGE_RATE_EXCEEDED = "MessageRateExceeded"  # too many to this device: retry later
INVALID_CREDENTIALS = "InvalidCredentials"  # our APNs/FCM credentials: an operator must act
TRANSPORT_ERROR = "TransportError"  # the service could not be reached / kept failing
INVALID_RESPONSE = "InvalidResponse"  # the service answered something we cannot read

# Errors that resending the same message to the same token cannot fix.
PERMANENT_ERRORS = frozenset({DEVICE_NOT_REGISTERED, MESSAGE_TOO_BIG})

_TOKEN_RE = re.compile(r"Expo(?:nent)?PushToken\[[^\]]*\]")


def token_fingerprint(token: str) -> str:
    """A short, stable, non-reversible stand-in for a push token in logs."""
    return hashlib.sha256(token.encode()).hexdigest()[:10]


def scrub(text: str | None, *tokens: str) -> str | None:
    """Remove push tokens from a service's error text (Expo quotes the token in it)."""
    if not text:
        return text
    for token in tokens:
        if token:
            text = text.replace(token, "[push token]")
    return _TOKEN_RE.sub("[push token]", text)


@dataclass(frozen=True, slots=True)
class PushMessage:
    """One notification to one device. ``to`` is the push token."""

    to: str = field(repr=False)
    title: str
    body: str = field(repr=False)
    data: dict[str, Any] = field(default_factory=dict, repr=False)
    sound: str | None = "default"

    def __repr__(self) -> str:
        return f"PushMessage(to=<{token_fingerprint(self.to)}>, title={self.title!r})"


@dataclass(frozen=True, slots=True)
class PushTicket:
    """The service's immediate answer for one message.

    ``id`` (when ok) is what :meth:`PushBackend.get_receipts` takes later. ``error`` is a
    machine code (see the constants above; whole-request errors carry the service's own
    code, e.g. ``PUSH_TOO_MANY_EXPERIENCE_IDS``); ``message`` is readable text without tokens.
    """

    status: TicketStatus
    id: str | None = None
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def permanent(self) -> bool:
        """True when resending cannot help (the notification should be marked dead)."""
        return self.status == "error" and self.error in PERMANENT_ERRORS


@dataclass(frozen=True, slots=True)
class PushReceipt:
    """The later answer: did the platform accept the message for the device?"""

    id: str
    status: TicketStatus
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class PushBackend(ABC):
    """A push delivery service. Implementations must not raise for delivery failures."""

    @abstractmethod
    def send(self, messages: Sequence[PushMessage]) -> list[PushTicket]:
        """One ticket per message, in the same order as ``messages``."""

    @abstractmethod
    def get_receipts(self, ticket_ids: Sequence[str]) -> dict[str, PushReceipt]:
        """Receipts by ticket id. Ids without a receipt yet are absent: ask again later."""
