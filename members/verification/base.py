from __future__ import annotations

from members.identifiers import NormalisedIdentifier


class VerificationBackend:
    """Send and check one-time codes.  Neither method reveals whether the identifier is
    linked to anyone; ``check`` returns True only for a valid, unused, unexpired code."""

    def send(self, identifier: NormalisedIdentifier) -> None:
        raise NotImplementedError

    def check(self, identifier: NormalisedIdentifier, code: str) -> bool:
        raise NotImplementedError
