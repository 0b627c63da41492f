"""The Expo backend against a local HTTP server on 127.0.0.1 that behaves like Expo.

The stand-in validates what Expo validates (a JSON list of at most 100 messages, each with
``to``; ``{"ids": [...]}`` of at most 1000; the bearer token when the project requires
one), answers tickets and receipts in Expo's shapes, quotes the token in its error text the
way Expo does, and can be told to fail: 429 with Retry-After, 5xx, whole-request refusals.
"""

from __future__ import annotations

import gzip
import json
import logging
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from django.core.exceptions import ImproperlyConfigured

from matching.push import (
    DEVICE_NOT_REGISTERED,
    INVALID_RESPONSE,
    MESSAGE_TOO_BIG,
    TRANSPORT_ERROR,
    PushMessage,
    get_push_backend,
)
from matching.push.console import ConsolePushBackend
from matching.push.expo import ExpoPushBackend, _retry_after_seconds


def token(i: int | str) -> str:
    return f"ExponentPushToken[device-{i}]"


def inner(push_token: str) -> str:
    return push_token[len("ExponentPushToken[") : -1]


class ExpoStandIn:
    """A small Expo push service. Rules are set by the test before sending."""

    def __init__(self):
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        self.send_requests: list[list[dict]] = []  # the parsed message lists, in arrival order
        self.receipt_requests: list[list[str]] = []
        self.headers: list[dict[str, str]] = []
        self.violations: list[str] = []  # anything real Expo would have refused as malformed
        self.in_flight = 0
        self.max_in_flight = 0
        self.latency = (0.0, 0.0)  # uniform random latency range per request, seconds
        self.gate = 0  # hold the first requests until this many are in flight at once (<= 2 s)
        self.required_token: str | None = None
        self.script: list[tuple[int, dict[str, str], object]] = []  # next answers, in order
        self.always_fail_when_token: dict[str, int] = {}  # token fragment -> status
        self.refuse_when_token: dict[str, tuple[int, str]] = {}  # fragment -> (status, code)
        self.receipts: dict[str, dict] = {}
        self.receipts_status = 200
        self.ticket_count_offset = 0  # answer this many tickets too many (a broken server)
        self._rng = random.Random(5)
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # one answer, no 40 ms delayed-ACK stall

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with stand_in.cond:
                    stand_in.in_flight += 1
                    stand_in.max_in_flight = max(stand_in.max_in_flight, stand_in.in_flight)
                    stand_in.headers.append(dict(self.headers))
                    stand_in.cond.notify_all()
                    if stand_in.gate:
                        stand_in.cond.wait_for(
                            lambda: stand_in.max_in_flight >= stand_in.gate, timeout=2.0
                        )
                    low, high = stand_in.latency
                    delay = stand_in._rng.uniform(low, high)
                try:
                    if delay:
                        time.sleep(delay)
                    status, headers, payload = stand_in.answer(self.path, self.headers, raw)
                finally:
                    with stand_in.cond:
                        stand_in.in_flight -= 1
                body = json.dumps(payload).encode()
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    # --- Expo's behaviour -------------------------------------------------------------------

    def answer(self, path, headers, raw):
        if headers.get("Content-Encoding") == "gzip":
            raw = gzip.decompress(raw)
        try:
            payload = json.loads(raw)
        except ValueError:
            return self._violation("body is not JSON")
        if self.required_token and headers.get("Authorization") != f"Bearer {self.required_token}":
            return 401, {}, {"errors": [{"code": "UNAUTHORIZED", "message": "Bad access token"}]}
        if path == "/--/api/v2/push/send":
            return self._send(payload)
        if path == "/--/api/v2/push/getReceipts":
            return self._get_receipts(payload)
        return 404, {}, {"errors": [{"code": "NOT_FOUND", "message": path}]}

    def _violation(self, text):
        with self.lock:
            self.violations.append(text)
        return 400, {}, {"errors": [{"code": "VALIDATION_ERROR", "message": text}]}

    def _send(self, messages):
        if not isinstance(messages, list) or not 1 <= len(messages) <= 100:
            return self._violation("expected a list of 1..100 messages")
        for m in messages:
            if not isinstance(m, dict) or not isinstance(m.get("to"), str) or not m["to"]:
                return self._violation('every message needs "to"')
            if not isinstance(m.get("data", {}), dict):
                return self._violation('"data" must be an object')
        with self.lock:
            self.send_requests.append(messages)
            scripted = self.script.pop(0) if self.script else None
        if scripted:
            return scripted
        tokens = " ".join(m["to"] for m in messages)
        for fragment, status in self.always_fail_when_token.items():
            if fragment in tokens:
                return status, {}, {"errors": [{"code": "INTERNAL", "message": "oops"}]}
        for fragment, (status, code) in self.refuse_when_token.items():
            if fragment in tokens:
                return status, {}, {"errors": [{"code": code, "message": f"{code}: {tokens}"}]}
        tickets = [self._ticket(m["to"]) for m in messages]
        tickets += [{"status": "ok", "id": "extra"}] * self.ticket_count_offset
        return 200, {}, {"data": tickets}

    @staticmethod
    def _ticket(to):
        if "dead" in to:
            return {
                "status": "error",
                "message": f'"{to}" is not a registered push notification recipient',
                "details": {"error": "DeviceNotRegistered", "expoPushToken": to},
            }
        if "big" in to:
            return {
                "status": "error",
                "message": "Message too big",
                "details": {"error": "MessageTooBig"},
            }
        return {"status": "ok", "id": f"ticket-{inner(to)}"}

    def _get_receipts(self, payload):
        ids = payload.get("ids") if isinstance(payload, dict) else None
        if not isinstance(ids, list) or not 1 <= len(ids) <= 1000:
            return self._violation("expected {ids: [1..1000]}")
        with self.lock:
            self.receipt_requests.append(ids)
        if self.receipts_status != 200:
            return self.receipts_status, {}, {"errors": [{"code": "INTERNAL", "message": "x"}]}
        return 200, {}, {"data": {i: self.receipts[i] for i in ids if i in self.receipts}}


@pytest.fixture
def expo():
    stand_in = ExpoStandIn()
    yield stand_in
    stand_in.close()


class SleepRecorder:
    """Records the delays the backend chose, and really sleeps them."""

    def __init__(self):
        self.delays: list[float] = []

    def __call__(self, seconds):
        self.delays.append(seconds)
        time.sleep(seconds)


@pytest.fixture
def sleeps():
    return SleepRecorder()


def backend(expo, sleeps=None, **kwargs):
    kwargs.setdefault("backoff_base", 0.01)
    return ExpoPushBackend(base_url=expo.url, sleep=sleeps or SleepRecorder(), **kwargs)


def messages(n, *, start=0, make=token):
    return [
        PushMessage(to=make(i), title="Drivers needed", body=f"Body {i}", data={"need": i})
        for i in range(start, start + n)
    ]


# --- chunking, order, concurrency ------------------------------------------------------------


def test_250_messages_go_in_3_requests_of_at_most_100(expo):
    tickets = backend(expo).send(messages(250))
    assert sorted(len(r) for r in expo.send_requests) == [50, 100, 100]
    assert len(tickets) == 250 and all(t.ok for t in tickets)
    assert expo.violations == []
    # Every message reached the service exactly once, with its fields on the wire.
    sent = [m for request in expo.send_requests for m in request]
    assert sorted(m["to"] for m in sent) == sorted(token(i) for i in range(250))
    assert {"to", "title", "body", "data", "sound"} <= set(sent[0])


def test_tickets_come_back_in_the_order_of_the_messages(expo):
    expo.latency = (0.0, 0.05)  # chunks finish out of order
    tickets = backend(expo, concurrency=4).send(messages(730))
    assert [t.id for t in tickets] == [f"ticket-device-{i}" for i in range(730)]


def test_concurrency_is_bounded_by_the_setting(expo, settings):
    settings.EXPO_CONCURRENCY = 3
    expo.gate = 3  # the first requests wait until three are in flight together
    expo.latency = (0.01, 0.03)
    tickets = ExpoPushBackend(base_url=expo.url).send(messages(1000))
    assert len(expo.send_requests) == 10
    assert expo.max_in_flight == 3
    assert all(t.ok for t in tickets)


def test_concurrency_of_one_sends_one_request_at_a_time(expo):
    expo.latency = (0.01, 0.02)
    backend(expo, concurrency=1).send(messages(400))
    assert len(expo.send_requests) == 4
    assert expo.max_in_flight == 1


def test_no_messages_no_request(expo):
    assert backend(expo).send([]) == []
    assert expo.send_requests == []


# --- retries ---------------------------------------------------------------------------------


def test_a_500_is_retried_and_then_succeeds(expo, sleeps):
    expo.script = [(500, {}, {"errors": [{"code": "INTERNAL", "message": "oops"}]})]
    tickets = backend(expo, sleeps, concurrency=1).send(messages(3))
    assert all(t.ok for t in tickets)
    assert len(expo.send_requests) == 2  # the failed attempt and the retry
    assert len(sleeps.delays) == 1
    assert 0.005 <= sleeps.delays[0] <= 0.01  # backoff_base with jitter


def test_429_retry_after_is_honoured(expo, sleeps):
    expo.script = [(429, {"Retry-After": "1"}, {"errors": [{"code": "TOO_MANY_REQUESTS"}]})]
    tickets = backend(expo, sleeps, concurrency=1).send(messages(2))
    assert [t.ok for t in tickets] == [True, True]
    assert sleeps.delays == [1.0]


def test_retry_after_is_capped(expo, sleeps):
    expo.script = [(503, {"Retry-After": "3600"}, {})]
    backend(expo, sleeps, concurrency=1, max_delay=0.05).send(messages(1))
    assert sleeps.delays == [0.05]


def test_backoff_grows_exponentially_and_gives_up_with_transport_error_tickets(expo, sleeps):
    expo.always_fail_when_token = {"device-0": 502}  # only the first chunk keeps failing
    tickets = backend(expo, sleeps, concurrency=1, max_retries=3, backoff_base=0.02).send(
        messages(150)
    )
    failed, delivered = tickets[:100], tickets[100:]
    assert all(t.error == TRANSPORT_ERROR and not t.permanent for t in failed)
    assert "HTTP 502 after 4 attempts" in failed[0].message
    assert all(t.ok for t in delivered)
    assert len(expo.send_requests) == 4 + 1  # four attempts for chunk 1, one for chunk 2
    # Each delay is within its jittered exponential window: [b*2^n/2, b*2^n].
    for attempt, delay in enumerate(sleeps.delays):
        assert 0.01 * 2**attempt <= delay <= 0.02 * 2**attempt


def test_max_retries_comes_from_settings(expo, settings, sleeps):
    settings.EXPO_MAX_RETRIES = 1
    expo.always_fail_when_token = {"device": 500}
    tickets = ExpoPushBackend(base_url=expo.url, backoff_base=0.01, sleep=sleeps).send(messages(1))
    assert tickets[0].error == TRANSPORT_ERROR
    assert len(expo.send_requests) == 2


def test_an_unreachable_service_gives_transport_error_tickets_without_raising(sleeps):
    with socket_closed_port() as url:
        tickets = ExpoPushBackend(
            base_url=url, max_retries=2, backoff_base=0.01, sleep=sleeps
        ).send(messages(120))
    assert len(tickets) == 120
    assert {t.error for t in tickets} == {TRANSPORT_ERROR}
    assert "ConnectError after 3 attempts" in tickets[0].message
    assert len(sleeps.delays) == 2 * 2  # two chunks, two retries each


class socket_closed_port:
    """A URL on 127.0.0.1 where nothing listens (a port bound, then released)."""

    def __enter__(self):
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc):
        return False


# --- error mapping ---------------------------------------------------------------------------


def test_per_message_errors_are_mapped_and_do_not_affect_the_others(expo):
    batch = messages(4)
    batch[1] = PushMessage(to=token("dead-1"), title="t", body="b")
    batch[3] = PushMessage(to=token("big-3"), title="t", body="b")
    tickets = backend(expo).send(batch)
    assert [t.status for t in tickets] == ["ok", "error", "ok", "error"]
    assert tickets[1].error == DEVICE_NOT_REGISTERED and tickets[1].permanent
    assert tickets[3].error == MESSAGE_TOO_BIG and tickets[3].permanent
    assert tickets[1].id is None
    # Expo quotes the token in its message: it never reaches our ticket.
    assert "device-dead-1" not in tickets[1].message
    assert "is not a registered push notification recipient" in tickets[1].message


def test_a_whole_request_refusal_errors_that_chunk_only_and_is_not_retried(expo):
    expo.refuse_when_token = {"device-150": (400, "PUSH_TOO_MANY_EXPERIENCE_IDS")}
    tickets = backend(expo, concurrency=2).send(messages(200))
    assert all(t.ok for t in tickets[:100])
    assert {t.error for t in tickets[100:]} == {"PUSH_TOO_MANY_EXPERIENCE_IDS"}
    assert len(expo.send_requests) == 2  # a 400 is final: no retry
    # The stand-in echoes every token of the chunk in its error message; none survive.
    assert "device-1" not in tickets[150].message


def test_access_token_is_sent_as_a_bearer_header(expo, settings):
    expo.required_token = "s3cret-access"
    settings.EXPO_ACCESS_TOKEN = "s3cret-access"
    tickets = ExpoPushBackend(base_url=expo.url).send(messages(2))
    assert all(t.ok for t in tickets)
    assert expo.headers[-1]["Authorization"] == "Bearer s3cret-access"


def test_a_wrong_access_token_gives_error_tickets_not_an_exception(expo):
    expo.required_token = "s3cret-access"
    tickets = backend(expo, access_token="wrong").send(messages(2))
    assert [t.error for t in tickets] == ["UNAUTHORIZED", "UNAUTHORIZED"]
    assert "HTTP 401" in tickets[0].message


def test_no_authorization_header_without_an_access_token(expo, settings):
    settings.EXPO_ACCESS_TOKEN = ""
    ExpoPushBackend(base_url=expo.url).send(messages(1))
    assert "Authorization" not in expo.headers[-1]


def test_a_blank_token_is_answered_locally_without_poisoning_the_chunk(expo):
    batch = messages(3)
    batch[1] = PushMessage(to="  ", title="t", body="b")
    tickets = backend(expo).send(batch)
    assert [t.status for t in tickets] == ["ok", "error", "ok"]
    assert tickets[1].error == DEVICE_NOT_REGISTERED
    assert len(expo.send_requests[0]) == 2
    assert expo.violations == []


def test_a_wrong_number_of_tickets_is_an_invalid_response(expo):
    expo.ticket_count_offset = 1
    tickets = backend(expo).send(messages(3))
    assert {t.error for t in tickets} == {INVALID_RESPONSE}


def test_large_bodies_are_gzipped_and_small_ones_are_not(expo):
    backend(expo, use_gzip=True).send(messages(50))
    backend(expo, use_gzip=True).send(messages(1))
    backend(expo, use_gzip=False).send(messages(50))
    encodings = [h.get("Content-Encoding") for h in expo.headers]
    assert encodings == ["gzip", None, None]
    assert expo.violations == []


def test_retry_after_parsing():
    assert _retry_after_seconds(httpx.Response(429, headers={"Retry-After": "7"})) == 7.0
    assert _retry_after_seconds(httpx.Response(429)) is None
    assert _retry_after_seconds(httpx.Response(429, headers={"Retry-After": "soon"})) is None
    past = "Wed, 21 Oct 2015 07:28:00 GMT"
    assert _retry_after_seconds(httpx.Response(429, headers={"Retry-After": past})) == 0.0
    future = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 120))
    assert 100 < _retry_after_seconds(httpx.Response(503, headers={"Retry-After": future})) <= 120


# --- receipts --------------------------------------------------------------------------------


def test_receipts_are_read_in_requests_of_at_most_1000_ids_and_errors_mapped(expo):
    ids = [f"ticket-{i}" for i in range(2500)]
    expo.receipts = {i: {"status": "ok"} for i in ids[:2400]}
    expo.receipts["ticket-7"] = {
        "status": "error",
        "message": f'"{token("seven")}" is not a registered push notification recipient',
        "details": {"error": "DeviceNotRegistered"},
    }
    expo.receipts["ticket-8"] = {
        "status": "error",
        "message": "The Apple Push Notification service credentials are invalid",
        "details": {"error": "InvalidCredentials"},
    }
    receipts = backend(expo).get_receipts(ids)
    assert sorted(len(r) for r in expo.receipt_requests) == [500, 1000, 1000]
    assert len(receipts) == 2400  # the last 100 have no receipt yet: absent, ask later
    assert "ticket-2450" not in receipts
    assert receipts["ticket-0"].ok
    assert receipts["ticket-7"].error == DEVICE_NOT_REGISTERED
    assert "device-seven" not in receipts["ticket-7"].message
    assert receipts["ticket-8"].error == "InvalidCredentials"
    assert expo.violations == []


def test_receipts_when_expo_keeps_failing_are_absent_not_raised(expo, sleeps):
    expo.receipts_status = 503
    receipts = backend(expo, sleeps, max_retries=1).get_receipts(["a", "b"])
    assert receipts == {}
    assert len(expo.receipt_requests) == 2


def test_receipts_for_no_ids_make_no_request(expo):
    assert backend(expo).get_receipts([]) == {}
    assert expo.receipt_requests == []


# --- privacy of logs -------------------------------------------------------------------------


def test_logs_never_contain_tokens_or_bodies(expo, caplog, sleeps):
    caplog.set_level(logging.DEBUG)
    expo.script = [(429, {"Retry-After": "0"}, {})]
    expo.refuse_when_token = {"device-250": (400, "PUSH_TOO_MANY_EXPERIENCE_IDS")}
    batch = messages(300)
    batch[5] = PushMessage(to=token("dead-5"), title="t", body="private body text")
    tickets = backend(expo, sleeps, concurrency=2).send(batch)
    backend(expo, sleeps).get_receipts([t.id for t in tickets if t.ok])
    assert "retry 1/3" in caplog.text  # the backend did log, so the check below means something
    assert "PUSH_TOO_MANY_EXPERIENCE_IDS" in caplog.text
    assert "ExponentPushToken" not in caplog.text
    assert "device-" not in caplog.text
    assert "private body text" not in caplog.text
    assert "Body 1" not in caplog.text


def test_repr_of_a_message_hides_the_token_and_body():
    message = PushMessage(to=token("secret"), title="Title", body="private body text")
    assert "device-secret" not in repr(message)
    assert "private body text" not in repr(message)


# --- choosing the backend --------------------------------------------------------------------


def test_push_backend_setting_selects_expo_with_its_settings(settings):
    settings.PUSH_BACKEND = "expo"
    settings.EXPO_BASE_URL = "http://127.0.0.1:1234/"
    settings.EXPO_ACCESS_TOKEN = "tok"
    settings.EXPO_CONCURRENCY = 2
    settings.EXPO_MAX_RETRIES = 5
    chosen = get_push_backend()
    assert isinstance(chosen, ExpoPushBackend)
    assert (chosen.base_url, chosen.access_token, chosen.concurrency, chosen.max_retries) == (
        "http://127.0.0.1:1234",
        "tok",
        2,
        5,
    )


def test_console_is_the_default_backend(settings):
    if hasattr(settings, "PUSH_BACKEND"):
        del settings.PUSH_BACKEND
    assert isinstance(get_push_backend(), ConsolePushBackend)


def test_a_dotted_path_selects_a_backend(settings):
    settings.PUSH_BACKEND = "matching.push.console.ConsolePushBackend"
    assert isinstance(get_push_backend(), ConsolePushBackend)


@pytest.mark.parametrize("name", ["fcm", "matching.push.base.PushMessage"])
def test_an_unknown_backend_is_a_configuration_error(settings, name):
    settings.PUSH_BACKEND = name
    with pytest.raises(ImproperlyConfigured, match="PUSH_BACKEND"):
        get_push_backend()


def test_batch_size_above_expos_limit_is_refused():
    with pytest.raises(ValueError, match="batch_size"):
        ExpoPushBackend(base_url="http://127.0.0.1:1", batch_size=101)
