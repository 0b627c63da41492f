"""Sent when a member's matching-relevant profile changes (``member_id``), **inside** the
transaction that changes it; ``matching`` records the re-embedding through the outbox,
which sends it after the commit (``members`` never imports ``matching``)."""

from django.dispatch import Signal

member_profile_changed = Signal()
