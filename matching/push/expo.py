"""The Expo push service (https://docs.expo.dev/push-notifications/sending-notifications/).

* ``POST {EXPO_BASE_URL}/--/api/v2/push/send``: a JSON list of at most 100 messages;
  answers ``{"data": [ticket, ...]}`` in the same order.
* ``POST {EXPO_BASE_URL}/--/api/v2/push/getReceipts``: ``{"ids": [...]}`` (at most 1000);
  answers ``{"data": {id: receipt}}`` for the receipts that exist so far.

Requests run over a bounded thread pool (``EXPO_CONCURRENCY``, default 4; Expo asks
senders to limit concurrent connections). 429, 5xx and connection errors are retried with
exponential backoff and jitter, honouring ``Retry-After`` (``EXPO_MAX_RETRIES``, default
3 retries). Nothing raises for a delivery problem: a chunk that still fails becomes error
tickets (``TransportError``) that the caller stores and retries later, and a whole-request
refusal (400 ``PUSH_TOO_MANY_EXPERIENCE_IDS``, 401 ...) becomes error tickets carrying
Expo's code, for that chunk only.

Expo's error text quotes the push token; it is scrubbed before it reaches a ticket or a log.
"""

from __future__ import annotations

import gzip
import json
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx
from django.conf import settings

from .base import (
    DEVICE_NOT_REGISTERED,
    INVALID_CREDENTIALS,
    INVALID_RESPONSE,
    MESSAGE_TOO_BIG,
    TRANSPORT_ERROR,
    PushBackend,
    PushMessage,
    PushReceipt,
    PushTicket,
    scrub,
)

logger = logging.getLogger("matching.push.expo")

SEND_PATH = "/--/api/v2/push/send"
RECEIPTS_PATH = "/--/api/v2/push/getReceipts"
MAX_MESSAGES_PER_REQUEST = 100
MAX_RECEIPT_IDS_PER_REQUEST = 1000
GZIP_MIN_BYTES = 1024  # Expo suggests compressing bodies above 1 KiB

_T = TypeVar("_T")
_R = TypeVar("_R")


class _GaveUp(Exception):
    """A request still failed after every retry; the text names no token."""


def _chunks(items: Sequence[_T], size: int) -> list[Sequence[_T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _retry_after_seconds(response: httpx.Response) -> float | None:
    """``Retry-After`` as seconds: delta-seconds or an HTTP date; None when absent/invalid."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _request_error(response: httpx.Response) -> tuple[str, str]:
    """(code, message) of a whole-request refusal, from Expo's ``{"errors": [...]}``."""
    fallback = {401: INVALID_CREDENTIALS, 403: INVALID_CREDENTIALS, 413: MESSAGE_TOO_BIG}
    code = fallback.get(response.status_code, f"HTTP{response.status_code}")
    message = f"Expo refused the request (HTTP {response.status_code})"
    try:
        errors = response.json().get("errors") or []
    except (ValueError, AttributeError):
        errors = []
    if errors and isinstance(errors[0], dict):
        code = str(errors[0].get("code") or code)
        if errors[0].get("message"):
            message = f"{message}: {errors[0]['message']}"
    return code, message


class ExpoPushBackend(PushBackend):
    """Expo push delivery: chunked, concurrent, retried, never raising for delivery."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        access_token: str | None = None,
        concurrency: int | None = None,
        max_retries: int | None = None,
        batch_size: int = MAX_MESSAGES_PER_REQUEST,
        use_gzip: bool | None = None,
        timeout: float = 15.0,
        backoff_base: float = 0.5,
        max_delay: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = (
            base_url or getattr(settings, "EXPO_BASE_URL", "https://exp.host") or "https://exp.host"
        ).rstrip("/")
        self.access_token = (
            access_token
            if access_token is not None
            else getattr(settings, "EXPO_ACCESS_TOKEN", "") or ""
        )
        self.concurrency = max(
            1,
            int(
                concurrency if concurrency is not None else getattr(settings, "EXPO_CONCURRENCY", 4)
            ),
        )
        self.max_retries = max(
            0,
            int(
                max_retries if max_retries is not None else getattr(settings, "EXPO_MAX_RETRIES", 3)
            ),
        )
        if not 1 <= batch_size <= MAX_MESSAGES_PER_REQUEST:
            raise ValueError(f"batch_size must be between 1 and {MAX_MESSAGES_PER_REQUEST}")
        self.batch_size = batch_size
        self.use_gzip = use_gzip if use_gzip is not None else getattr(settings, "EXPO_GZIP", True)
        self.timeout = timeout
        self.backoff_base = backoff_base
        self.max_delay = max_delay
        self._sleep = sleep

    # --- public API ------------------------------------------------------------------------

    def send(self, messages: Sequence[PushMessage]) -> list[PushTicket]:
        messages = list(messages)
        if not messages:
            return []
        chunks = _chunks(messages, self.batch_size)
        results = self._run(self._send_chunk, chunks)
        tickets = [ticket for chunk_tickets in results for ticket in chunk_tickets]
        errors = Counter(t.error for t in tickets if not t.ok)
        logger.info(
            "expo push: %d messages in %d requests: %d ok, %d errors %s",
            len(messages),
            len(chunks),
            len(tickets) - sum(errors.values()),
            sum(errors.values()),
            dict(errors) if errors else "",
        )
        return tickets

    def get_receipts(self, ticket_ids: Sequence[str]) -> dict[str, PushReceipt]:
        ids = list(dict.fromkeys(i for i in ticket_ids if i))
        if not ids:
            return {}
        receipts: dict[str, PushReceipt] = {}
        for part in self._run(self._receipts_chunk, _chunks(ids, MAX_RECEIPT_IDS_PER_REQUEST)):
            receipts.update(part)
        return receipts

    # --- chunks -----------------------------------------------------------------------------

    def _run(
        self, work: Callable[[httpx.Client, Sequence[_T]], _R], chunks: list[Sequence[_T]]
    ) -> list[_R]:
        """Run ``work`` over the chunks, at most ``concurrency`` at once; results in order."""
        workers = min(self.concurrency, len(chunks))
        limits = httpx.Limits(max_connections=workers, max_keepalive_connections=workers)
        timeout = httpx.Timeout(self.timeout, connect=min(self.timeout, 5.0))
        with httpx.Client(limits=limits, timeout=timeout) as client:
            if workers == 1:
                return [work(client, chunk) for chunk in chunks]
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="expo-push") as pool:
                return list(pool.map(lambda chunk: work(client, chunk), chunks))

    def _send_chunk(self, client: httpx.Client, chunk: Sequence[PushMessage]) -> list[PushTicket]:
        tickets: list[PushTicket | None] = [None] * len(chunk)
        # A blank token would make Expo refuse the whole request: answer it here instead.
        sendable = []
        for index, message in enumerate(chunk):
            if message.to and message.to.strip():
                sendable.append(index)
            else:
                tickets[index] = PushTicket(
                    status="error", error=DEVICE_NOT_REGISTERED, message="The push token is empty."
                )
        if sendable:
            wire = [self._wire(chunk[i]) for i in sendable]
            tokens = [chunk[i].to for i in sendable]
            for index, ticket in zip(sendable, self._send_wire(client, wire, tokens), strict=True):
                tickets[index] = ticket
        return [t for t in tickets if t is not None]

    def _send_wire(
        self, client: httpx.Client, wire: list[dict[str, Any]], tokens: list[str]
    ) -> list[PushTicket]:
        def all_failed(error: str, message: str) -> list[PushTicket]:
            return [PushTicket(status="error", error=error, message=message) for _ in wire]

        try:
            response = self._post(client, SEND_PATH, wire)
        except _GaveUp as exc:
            return all_failed(TRANSPORT_ERROR, str(exc))
        if response.status_code != 200:
            code, message = _request_error(response)
            logger.warning("expo push: request refused (HTTP %s, %s)", response.status_code, code)
            return all_failed(code, scrub(message, *tokens) or "")
        try:
            body = response.json()
        except ValueError:
            return all_failed(INVALID_RESPONSE, "Expo answered with invalid JSON")
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, list) or len(data) != len(wire):
            if isinstance(body, dict) and body.get("errors"):
                code, message = _request_error(response)
                return all_failed(code, scrub(message, *tokens) or "")
            return all_failed(INVALID_RESPONSE, "Expo answered without one ticket per message")
        return [self._ticket(item, token) for item, token in zip(data, tokens, strict=True)]

    def _receipts_chunk(self, client: httpx.Client, ids: Sequence[str]) -> dict[str, PushReceipt]:
        try:
            response = self._post(client, RECEIPTS_PATH, {"ids": list(ids)})
        except _GaveUp as exc:
            logger.warning("expo receipts: %d ids not read (%s); ask again later", len(ids), exc)
            return {}
        if response.status_code != 200:
            code, _ = _request_error(response)
            logger.warning(
                "expo receipts: request refused (HTTP %s, %s)", response.status_code, code
            )
            return {}
        try:
            data = response.json().get("data")
        except (ValueError, AttributeError):
            data = None
        if not isinstance(data, dict):
            logger.warning("expo receipts: unreadable answer; ask again later")
            return {}
        wanted = set(ids)
        receipts = {}
        for receipt_id, item in data.items():
            if receipt_id not in wanted or not isinstance(item, dict):
                continue
            if item.get("status") == "ok":
                receipts[receipt_id] = PushReceipt(id=receipt_id, status="ok")
            else:
                receipts[receipt_id] = PushReceipt(
                    id=receipt_id,
                    status="error",
                    error=str((item.get("details") or {}).get("error") or "Unknown"),
                    message=scrub(item.get("message")),
                )
        return receipts

    # --- HTTP -------------------------------------------------------------------------------

    @staticmethod
    def _wire(message: PushMessage) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "to": message.to,
            "title": message.title,
            "body": message.body,
            "data": message.data,
        }
        if message.sound:
            wire["sound"] = message.sound
        return wire

    @staticmethod
    def _ticket(item: Any, token: str) -> PushTicket:
        if not isinstance(item, dict):
            return PushTicket(status="error", error=INVALID_RESPONSE, message="unreadable ticket")
        if item.get("status") == "ok" and item.get("id"):
            return PushTicket(status="ok", id=str(item["id"]))
        details = item.get("details") if isinstance(item.get("details"), dict) else {}
        return PushTicket(
            status="error",
            error=str(details.get("error") or "Unknown"),
            message=scrub(item.get("message"), token),
        )

    def _post(self, client: httpx.Client, path: str, payload: Any) -> httpx.Response:
        """POST with retries on 429/5xx/connection errors; other answers are returned."""
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
        headers = {
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",
            "Content-Type": "application/json",
        }
        if self.access_token:
            headers["Authorization"] = f"Bearer {self.access_token}"
        if self.use_gzip and len(body) >= GZIP_MIN_BYTES:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        attempts = self.max_retries + 1
        problem = ""
        for attempt in range(attempts):
            retry_after = None
            try:
                response = client.post(self.base_url + path, content=body, headers=headers)
            except httpx.TransportError as exc:
                problem = type(exc).__name__  # the class only: the text may carry the URL
            else:
                if response.status_code != 429 and response.status_code < 500:
                    return response
                problem = f"HTTP {response.status_code}"
                retry_after = _retry_after_seconds(response)
            if attempt + 1 < attempts:
                delay = self._delay(attempt, retry_after)
                logger.warning(
                    "expo %s: %s, retry %d/%d in %.2fs",
                    path.rsplit("/", 1)[-1],
                    problem,
                    attempt + 1,
                    self.max_retries,
                    delay,
                )
                self._sleep(delay)
        raise _GaveUp(f"Expo push service unavailable: {problem} after {attempts} attempts")

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        """Retry-After when the server gave one, else exponential backoff with jitter."""
        if retry_after is not None:
            return min(retry_after, self.max_delay)
        backoff = min(self.max_delay, self.backoff_base * (2**attempt))
        return backoff * random.uniform(0.5, 1.0)
