"""Signals other apps react to (``needs`` never imports ``matching``).

``need_approved`` is sent after the approving transaction commits, with ``need_id`` and
``superseded_id`` (the active need a revision replaced, or None).
"""

from django.dispatch import Signal

need_approved = Signal()
