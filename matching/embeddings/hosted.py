"""What the hosted (HTTP) embedding backends share: batching, bounded concurrency,
retries with backoff, and re-ordering of results.

Both Voyage and OpenAI answer ``POST {base_url}/embeddings`` with
``{"data": [{"index": i, "embedding": [...]}, ...]}``; subclasses only build the
request body. Errors and logs carry the provider, HTTP status and the API's own error
message -- never the texts, which may be members' interests.
"""

from __future__ import annotations

import email.utils
import logging
import random
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from datetime import UTC, datetime
from typing import Any

import httpx

from .base import EmbeddingBackend, EmbeddingError, Kind, setting

logger = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 4
DEFAULT_MAX_RETRIES = 5
DEFAULT_BACKOFF = 0.5  # seconds before the first retry; doubles each time
DEFAULT_BACKOFF_MAX = 30.0  # longest wait between two attempts (also caps Retry-After)
DEFAULT_TIMEOUT = 60.0
MAX_ERROR_MESSAGE = 300


def retry_after_seconds(value: str | None) -> float | None:
    """Parse a ``Retry-After`` header (delay in seconds, or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def api_error_message(response: httpx.Response) -> str:
    """The API's own error message (OpenAI ``error.message``, Voyage ``detail``), shortened."""
    try:
        body = response.json()
    except ValueError:
        return ""
    message: Any = None
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            message = error.get("message")
        elif isinstance(error, str):
            message = error
        if message is None:
            message = body.get("detail") or body.get("message")
    if not message:
        return ""
    text = " ".join(str(message).split())
    return text[:MAX_ERROR_MESSAGE] + ("…" if len(text) > MAX_ERROR_MESSAGE else "")


def request_batches(
    texts: Sequence[str], *, max_items: int, max_bytes: int
) -> Iterator[tuple[int, list[str]]]:
    """Split texts into ``(start, batch)`` runs of at most ``max_items`` texts and
    ``max_bytes`` UTF-8 bytes (a proxy for the provider's per-request token limit).
    A single text larger than ``max_bytes`` still travels alone."""
    start, batch, size = 0, [], 0
    for index, text in enumerate(texts):
        length = len(text.encode("utf-8"))
        if batch and (len(batch) >= max_items or size + length > max_bytes):
            yield start, batch
            start, batch, size = index, [], 0
        batch.append(text)
        size += length
    if batch:
        yield start, batch


class _Cancelled(Exception):
    """Another batch of the same call failed; stop retrying this one."""


class HTTPEmbeddingBackend(EmbeddingBackend):
    """Base for embedding APIs reached over HTTP with a bearer key."""

    provider: str = ""
    api_model: str = ""
    default_base_url: str = ""
    api_key_setting: str = ""
    base_url_setting: str = ""
    batch_size_setting: str = ""
    default_batch_size: int = 128
    max_batch_size: int = 128
    max_request_bytes: int = 100_000

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        batch_size: int | None = None,
        concurrency: int | None = None,
        max_retries: int | None = None,
        backoff: float | None = None,
        backoff_max: float | None = None,
        timeout: float | None = None,
        max_request_bytes: int | None = None,
    ) -> None:
        self.model_name = self.api_model
        self.api_key = api_key or setting(self.api_key_setting, "") or ""
        if not self.api_key:
            raise EmbeddingError(
                f"{self.api_key_setting} is not set; the {self.provider} embedding backend "
                "needs an API key (or use EMBEDDING_BACKEND=local)"
            )
        url = base_url or setting(self.base_url_setting, "") or self.default_base_url
        self.base_url = url.rstrip("/")
        self.batch_size = _at_least_one(
            batch_size or setting(self.batch_size_setting, self.default_batch_size)
        )
        self.batch_size = min(self.batch_size, self.max_batch_size)
        self.concurrency = _at_least_one(
            concurrency or setting("EMBEDDING_CONCURRENCY", DEFAULT_CONCURRENCY)
        )
        retries = setting("EMBEDDING_MAX_RETRIES", DEFAULT_MAX_RETRIES)
        self.max_retries = max(0, int(max_retries if max_retries is not None else retries))
        self.backoff = float(
            backoff if backoff is not None else setting("EMBEDDING_RETRY_BACKOFF", DEFAULT_BACKOFF)
        )
        self.backoff_max = float(
            backoff_max
            if backoff_max is not None
            else setting("EMBEDDING_RETRY_BACKOFF_MAX", DEFAULT_BACKOFF_MAX)
        )
        self.timeout = float(timeout or setting("EMBEDDING_HTTP_TIMEOUT", DEFAULT_TIMEOUT))
        if max_request_bytes:
            self.max_request_bytes = int(max_request_bytes)
        self._client: httpx.Client | None = None
        self._client_lock = threading.Lock()

    # -- subclass hooks ---------------------------------------------------------------
    def request_body(self, batch: list[str], *, kind: Kind) -> dict[str, Any]:
        """The JSON body for one request."""
        raise NotImplementedError

    # -- machinery --------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"{self.base_url}/embeddings"

    def client(self) -> httpx.Client:
        """One pooled, thread-safe client per backend, sized to the concurrency."""
        if self._client is None:
            with self._client_lock:
                if self._client is None:
                    self._client = httpx.Client(
                        timeout=self.timeout,
                        limits=httpx.Limits(max_connections=self.concurrency),
                        headers={"Authorization": f"Bearer {self.api_key}"},
                    )
        return self._client

    def close(self) -> None:
        """Close pooled connections (the backend stays usable; a new pool opens lazily)."""
        with self._client_lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def _embed(self, texts: list[str], *, kind: Kind) -> list[Sequence[float]]:
        batches = list(
            request_batches(texts, max_items=self.batch_size, max_bytes=self.max_request_bytes)
        )
        results: list[Sequence[float] | None] = [None] * len(texts)
        cancel = threading.Event()

        def run(start: int, batch: list[str]) -> None:
            vectors = self._request(batch, kind=kind, cancel=cancel)
            results[start : start + len(batch)] = vectors

        if len(batches) == 1 or self.concurrency == 1:
            for start, batch in batches:
                run(start, batch)
        else:
            with ThreadPoolExecutor(
                max_workers=min(self.concurrency, len(batches)),
                thread_name_prefix=f"embed-{self.provider.lower()}",
            ) as pool:
                futures: list[Future[None]] = [pool.submit(run, s, b) for s, b in batches]
                done, _pending = wait(futures, return_when=FIRST_EXCEPTION)
                failed = [f for f in done if f.exception() is not None]
                if failed:
                    cancel.set()
                    for future in futures:
                        future.cancel()
                    error = failed[0].exception()
                    assert error is not None
                    raise error
        if any(vector is None for vector in results):  # pragma: no cover - defensive
            raise EmbeddingError(f"{self.provider}: some texts got no vector")
        return [vector for vector in results if vector is not None]

    def _request(
        self, batch: list[str], *, kind: Kind, cancel: threading.Event
    ) -> list[Sequence[float]]:
        """POST one batch, retrying 429/5xx/connection errors with backoff and jitter."""
        body = self.request_body(batch, kind=kind)
        attempt = 0
        while True:
            if cancel.is_set():
                raise _Cancelled()
            retry_after: float | None = None
            try:
                response = self.client().post(self.url, json=body)
            except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:  # retrying won't help
                raise EmbeddingError(
                    f"{self.provider} embeddings URL is invalid ({type(exc).__name__}); "
                    f"check {self.base_url_setting}"
                ) from exc
            except httpx.TransportError as exc:  # connect/read errors and timeouts
                reason = type(exc).__name__
            else:
                status = response.status_code
                if 200 <= status < 300:
                    return self._parse(response, expected=len(batch))
                reason = f"HTTP {status}"
                if status != 429 and status < 500:
                    message = api_error_message(response)
                    raise EmbeddingError(
                        f"{self.provider} embeddings request failed: HTTP {status}"
                        + (f": {message}" if message else "")
                    )
                retry_after = retry_after_seconds(response.headers.get("Retry-After"))
                message = api_error_message(response)
                if message:
                    reason = f"{reason}: {message}"
            if attempt >= self.max_retries:
                raise EmbeddingError(
                    f"{self.provider} embeddings request failed after {attempt + 1} "
                    f"attempt(s): {reason}"
                )
            delay = self._delay(attempt, retry_after)
            logger.warning(
                "%s embeddings: %s; retry %d of %d in %.2fs",
                self.provider,
                reason,
                attempt + 1,
                self.max_retries,
                delay,
            )
            if cancel.wait(delay):
                raise _Cancelled()
            attempt += 1

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        """Retry-After when the server gives one, else exponential backoff with jitter."""
        if retry_after is not None:
            return min(retry_after, self.backoff_max)
        ceiling = min(self.backoff * (2**attempt), self.backoff_max)
        return ceiling / 2 + random.uniform(0, ceiling / 2)  # "equal jitter"

    def _parse(self, response: httpx.Response, *, expected: int) -> list[Sequence[float]]:
        """Vectors in input order (the API may list them in any order, by ``index``)."""
        try:
            data = response.json()["data"]
            items = sorted(data, key=lambda item: int(item["index"]))
            indexes = [int(item["index"]) for item in items]
            vectors = [item["embedding"] for item in items]
        except (ValueError, KeyError, TypeError) as exc:
            raise EmbeddingError(
                f"{self.provider} embeddings response is malformed ({type(exc).__name__})"
            ) from exc
        if indexes != list(range(expected)):
            raise EmbeddingError(
                f"{self.provider} embeddings response has {len(indexes)} vectors "
                f"with unexpected indexes for {expected} texts"
            )
        return vectors


def _at_least_one(value: Any) -> int:
    return max(1, int(value))
