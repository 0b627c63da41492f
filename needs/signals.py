"""Signals other apps react to (``needs`` never imports ``matching``).

``need_approved`` is sent **inside** the approving transaction, with ``need_id`` and
``superseded_id`` (the active need a revision replaced, or None).  Receivers record the
work it calls for in that transaction — through the outbox (``authz.outbox``), which
sends it after the commit — so the approval and its follow-up commit or roll back
together.  A receiver must not talk to the network or the broker itself.
"""

from django.dispatch import Signal

need_approved = Signal()
