"""The hosted embedding backends (Voyage, OpenAI) against real HTTP servers on 127.0.0.1
that behave like the two embeddings APIs: request shape, retries on 429/5xx (honouring
Retry-After), fail-fast 4xx, order restoration, batching and bounded concurrency.

Backoff settings are tiny so the retries cost milliseconds; no assertion is about time.
"""

from __future__ import annotations

import json
import logging
import math
import random
import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from matching.embeddings import HOSTED_DIMENSIONS, EmbeddingError, get_backend
from matching.embeddings.base import reset_backends
from matching.embeddings.hosted import request_batches, retry_after_seconds
from matching.embeddings.openai import OpenAIBackend
from matching.embeddings.voyage import VoyageBackend

KEY = "test-key-123"
SECRET = "my interests: caring for my grandmother with dementia"  # must never leak
FAST = {"backoff": 0.001, "backoff_max": 5.0}


def fake_vector(text: str, dims: int = HOSTED_DIMENSIONS) -> list[float]:
    """A deterministic, text-specific, *unnormalised* vector."""
    rng = random.Random(zlib.crc32(text.encode()))
    return [rng.uniform(-2, 2) for _ in range(dims)]


def unit(vector: list[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in vector))
    return [x / norm for x in vector]


@dataclass
class Reply:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FakeAPI:
    """State of one stand-in server: scripted replies, recorded requests, in-flight count."""

    url: str = ""
    script: list[Reply] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    reverse_order: bool = False
    fail_for: Callable[[list[str]], Reply | None] | None = None
    gate_at: int = 0  # hold requests until this many are in flight at once (0: no gate)
    hold: float = 0.0
    inflight: int = 0
    max_inflight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    gate: threading.Event = field(default_factory=threading.Event)

    def respond(self, path: str, headers: dict[str, str], body: dict[str, Any]) -> Reply:
        with self.lock:
            self.requests.append({"path": path, "headers": headers, "body": body})
            self.inflight += 1
            self.max_inflight = max(self.max_inflight, self.inflight)
            if self.gate_at and self.inflight >= self.gate_at:
                self.gate.set()
            scripted = self.script.pop(0) if self.script else None
        try:
            if self.gate_at:
                self.gate.wait(timeout=2)
            if self.hold:
                threading.Event().wait(self.hold)
            if scripted is not None:
                return scripted
            if self.fail_for is not None and (failure := self.fail_for(body["input"])):
                return failure
            data = [
                {"object": "embedding", "index": i, "embedding": fake_vector(text)}
                for i, text in enumerate(body["input"])
            ]
            if self.reverse_order:
                data.reverse()
            return Reply(200, {"object": "list", "data": data, "model": body["model"]})
        finally:
            with self.lock:
                self.inflight -= 1


@pytest.fixture
def api() -> Iterator[FakeAPI]:
    state = FakeAPI()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            reply = state.respond(self.path, dict(self.headers.items()), json.loads(raw))
            payload = json.dumps(reply.body).encode()
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def openai(api: FakeAPI, **kwargs: Any) -> OpenAIBackend:
    return OpenAIBackend(api_key=KEY, base_url=api.url, **{**FAST, **kwargs})


def voyage(api: FakeAPI, **kwargs: Any) -> VoyageBackend:
    return VoyageBackend(api_key=KEY, base_url=api.url, **{**FAST, **kwargs})


def assert_vectors_for(texts: list[str], vectors: list[list[float]]) -> None:
    assert len(vectors) == len(texts)
    for text, vector in zip(texts, vectors, strict=True):
        assert len(vector) == HOSTED_DIMENSIONS
        assert vector == pytest.approx(unit(fake_vector(text)), abs=1e-9)


@pytest.fixture
def retry_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING, logger="matching.embeddings.hosted")
    return caplog


def test_openai_request_shape(api):
    texts = ["Drive seniors to the clinic", "Ayudar con la despensa"]
    vectors = openai(api).embed(texts)
    assert_vectors_for(texts, vectors)
    (request,) = api.requests
    assert request["path"] == "/v1/embeddings"
    assert request["headers"]["Authorization"] == f"Bearer {KEY}"
    assert request["body"] == {
        "model": "text-embedding-3-small",
        "input": texts,
        "dimensions": 1024,
        "encoding_format": "float",
    }


def test_voyage_request_shape_and_kind(api):
    backend = voyage(api)
    texts = ["Turjumaan Soomaali ah", "Pab txhais lus Hmoob"]
    assert_vectors_for(texts, backend.embed(texts))
    backend.embed(["a food shelf"], kind="passage")
    first, second = api.requests
    assert first["path"] == "/v1/embeddings"
    assert first["headers"]["Authorization"] == f"Bearer {KEY}"
    assert first["body"]["model"] == "voyage-3-large"
    assert first["body"]["input"] == texts
    assert first["body"]["input_type"] == "query"
    assert first["body"]["output_dimension"] == 1024
    assert second["body"]["input_type"] == "document"
    assert backend.model_name == "voyage-3-large"


def test_settings_choose_and_configure_the_backend(api, settings):
    reset_backends()
    settings.EMBEDDING_BACKEND = "openai"
    settings.OPENAI_API_KEY = KEY
    settings.OPENAI_BASE_URL = api.url
    try:
        backend = get_backend()
        assert isinstance(backend, OpenAIBackend)
        assert get_backend() is backend
        assert_vectors_for(["hello"], backend.embed(["hello"]))
        assert api.requests[0]["headers"]["Authorization"] == f"Bearer {KEY}"
    finally:
        reset_backends()


@pytest.mark.parametrize("make", [openai, voyage])
def test_429_then_success_honours_retry_after(api, retry_log, make):
    api.script = [Reply(429, {"error": {"message": "Rate limit reached"}}, {"Retry-After": "1"})]
    vectors = make(api).embed([SECRET])
    assert_vectors_for([SECRET], vectors)
    assert len(api.requests) == 2
    assert api.requests[0]["body"] == api.requests[1]["body"]
    (record,) = retry_log.records
    assert "HTTP 429" in record.getMessage()
    assert "in 1.00s" in record.getMessage()  # the server's Retry-After, not our backoff
    assert SECRET not in retry_log.text


def test_5xx_then_success(api, retry_log):
    api.script = [Reply(500, {"detail": "internal"}), Reply(503, {"detail": "overloaded"})]
    texts = ["Saturday food shelf shift"]
    assert_vectors_for(texts, voyage(api).embed(texts))
    assert len(api.requests) == 3
    assert [r.getMessage().split(";")[0] for r in retry_log.records] == [
        "Voyage embeddings: HTTP 500: internal",
        "Voyage embeddings: HTTP 503: overloaded",
    ]


def test_5xx_gives_up_after_max_retries(api):
    api.script = [Reply(502, {"error": {"message": "bad gateway"}})] * 10
    with pytest.raises(EmbeddingError, match=r"after 3 attempt\(s\): HTTP 502") as excinfo:
        openai(api, max_retries=2).embed([SECRET])
    assert len(api.requests) == 3
    assert SECRET not in str(excinfo.value)


def test_400_fails_fast_with_status_and_api_message(api, retry_log):
    api.script = [Reply(400, {"error": {"message": "'$.input' is invalid", "type": "x"}})]
    with pytest.raises(EmbeddingError) as excinfo:
        openai(api).embed([SECRET, "another"])
    message = str(excinfo.value)
    assert message == "OpenAI embeddings request failed: HTTP 400: '$.input' is invalid"
    assert SECRET not in message
    assert len(api.requests) == 1  # no retry
    assert retry_log.records == []


def test_401_voyage_detail(api):
    api.script = [Reply(401, {"detail": "Provided API key is invalid."})]
    with pytest.raises(EmbeddingError, match="HTTP 401: Provided API key is invalid"):
        voyage(api).embed(["x"])
    assert len(api.requests) == 1


def test_connection_errors_are_retried_then_reported():
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    backend = OpenAIBackend(
        api_key=KEY, base_url=f"http://127.0.0.1:{port}/v1", max_retries=2, **FAST
    )
    with pytest.raises(EmbeddingError, match=r"after 3 attempt\(s\): ConnectError"):
        backend.embed(["x"])


def test_invalid_base_url_fails_fast():
    backend = VoyageBackend(api_key=KEY, base_url="ftp://example.invalid/v1", **FAST)
    with pytest.raises(EmbeddingError, match="URL is invalid.*VOYAGE_API_URL"):
        backend.embed(["x"])


def test_results_reordered_by_index(api):
    api.reverse_order = True
    texts = [f"need number {n}" for n in range(7)]
    assert_vectors_for(texts, openai(api).embed(texts))


def test_batching_splits_requests(api):
    texts = [f"interest {n}" for n in range(10)]
    assert_vectors_for(texts, voyage(api, batch_size=3, concurrency=1).embed(texts))
    assert [r["body"]["input"] for r in api.requests] == [
        texts[0:3],
        texts[3:6],
        texts[6:9],
        texts[9:10],
    ]


def test_batch_size_setting_and_api_maximum(settings):
    settings.VOYAGE_BATCH_SIZE = 5000
    settings.OPENAI_BATCH_SIZE = 7
    assert VoyageBackend(api_key=KEY).batch_size == 1000
    assert OpenAIBackend(api_key=KEY).batch_size == 7


def test_request_byte_budget():
    texts = ["aaaa", "bbbb", "cccc", "dddddddddd", "e"]
    assert list(request_batches(texts, max_items=100, max_bytes=8)) == [
        (0, ["aaaa", "bbbb"]),
        (2, ["cccc"]),
        (3, ["dddddddddd"]),
        (4, ["e"]),
    ]
    # multi-byte characters count as bytes
    assert len(list(request_batches(["ñññ", "ñññ"], max_items=100, max_bytes=8))) == 2


def test_concurrency_is_bounded_by_setting(api, settings):
    settings.EMBEDDING_CONCURRENCY = 3
    api.gate_at = 3  # the first requests wait until three are in flight together
    api.hold = 0.02
    texts = [f"volunteer role {n}" for n in range(12)]
    backend = OpenAIBackend(api_key=KEY, base_url=api.url, batch_size=1, **FAST)
    assert backend.concurrency == 3
    assert_vectors_for(texts, backend.embed(texts))
    assert len(api.requests) == 12
    assert api.max_inflight == 3  # used in parallel, never beyond the setting


def test_failure_in_one_batch_fails_the_call(api):
    api.fail_for = lambda batch: Reply(422, {"detail": "bad input"}) if "bad" in batch else None
    texts = ["ok 1", "ok 2", "bad", "ok 3", "ok 4", "ok 5"]
    with pytest.raises(EmbeddingError, match="HTTP 422: bad input"):
        voyage(api, batch_size=1, concurrency=2).embed(texts)


def test_malformed_and_incomplete_responses(api):
    api.script = [Reply(200, {"unexpected": True})]
    with pytest.raises(EmbeddingError, match="malformed"):
        openai(api).embed(["x"])
    api.script = [Reply(200, {"data": [{"index": 0, "embedding": [1.0] * 1024}]})]
    with pytest.raises(EmbeddingError, match="unexpected indexes"):
        openai(api).embed(["x", "y"])
    api.script = [Reply(200, {"data": [{"index": 0, "embedding": [1.0] * 512}]})]
    with pytest.raises(EmbeddingError, match="1024 dimensions"):
        openai(api).embed(["x"])


def test_empty_text_is_refused_without_a_request(api):
    with pytest.raises(EmbeddingError, match="position 1 is empty"):
        openai(api).embed(["fine", "   "])
    assert api.requests == []


def test_retry_after_parsing():
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
