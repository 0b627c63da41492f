"""Sent after commit when a member's matching-relevant profile changes (``member_id``);
``matching`` reacts by embedding the member (``members`` never imports ``matching``)."""

from django.dispatch import Signal

member_profile_changed = Signal()
