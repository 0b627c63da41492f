"""Development push backend: writes one log line per message instead of sending it.

The line carries a short hash of the token (to tell devices apart), the title and the
data keys; never the token, the body or the data values (they can describe the member).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence

from .base import PushBackend, PushMessage, PushReceipt, PushTicket, token_fingerprint

logger = logging.getLogger("matching.push.console")


class ConsolePushBackend(PushBackend):
    """Every message "succeeds" with a generated ticket id; every receipt is ok."""

    def send(self, messages: Sequence[PushMessage]) -> list[PushTicket]:
        tickets = []
        for message in messages:
            ticket = PushTicket(status="ok", id=f"console-{uuid.uuid4()}")
            logger.info(
                "push (console) device=%s title=%r data_keys=%s ticket=%s",
                token_fingerprint(message.to),
                message.title[:80],
                sorted(message.data),
                ticket.id,
            )
            tickets.append(ticket)
        return tickets

    def get_receipts(self, ticket_ids: Sequence[str]) -> dict[str, PushReceipt]:
        return {ticket_id: PushReceipt(id=ticket_id, status="ok") for ticket_id in ticket_ids}
