"""Fan-out of one need to N members through the Expo backend, against a local stand-in.

Two runs in one process, same server, same messages:

* batched: 100 messages per request, ``concurrency`` requests at once (the defaults);
* one message per request, one request at a time (what a naive sender does).

The stand-in runs in its own process (so it does not share the client's GIL), answers
like Expo's ``/--/api/v2/push/send`` and waits a fixed latency per request (20 ms by
default, a realistic round trip to exp.host from a US data centre is longer, so the
batched advantage here is if anything understated).

    .venv/bin/python bench/push_fanout.py [--messages 5000] [--latency-ms 20] [--concurrency 4]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import platform
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from matching.push.base import PushMessage  # noqa: E402
from matching.push.expo import ExpoPushBackend  # noqa: E402


def serve(latency_s: float, port_queue, stop_event) -> None:
    """The Expo stand-in: ok tickets for every message after ``latency_s``."""
    state = {"in_flight": 0, "max_in_flight": 0, "requests": 0, "messages": 0}
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, like a real HTTPS client pool
        # TCP_NODELAY: headers and body are two writes; with Nagle + delayed ACK each
        # answer would wait ~40 ms more, a stand-in artefact that punishes small requests.
        disable_nagle_algorithm = True

        def do_POST(self):
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with lock:
                state["in_flight"] += 1
                state["max_in_flight"] = max(state["max_in_flight"], state["in_flight"])
            try:
                if self.path == "/stats":
                    payload = dict(state)
                else:
                    messages = json.loads(raw)
                    assert isinstance(messages, list) and 1 <= len(messages) <= 100
                    time.sleep(latency_s)
                    payload = {
                        "data": [
                            {"status": "ok", "id": f"t-{state['messages'] + i}"}
                            for i in range(len(messages))
                        ]
                    }
                    with lock:
                        state["requests"] += 1
                        state["messages"] += len(messages)
            finally:
                with lock:
                    state["in_flight"] -= 1
            body = json.dumps(payload).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_queue.put(server.server_address[1])
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    stop_event.wait()
    server.shutdown()


def stats(url: str) -> dict:
    import httpx

    return httpx.post(f"{url}/stats", content=b"").json()


def run(url: str, messages: list[PushMessage], *, batch_size: int, concurrency: int) -> dict:
    backend = ExpoPushBackend(
        base_url=url,
        access_token="",
        concurrency=concurrency,
        max_retries=0,
        batch_size=batch_size,
        use_gzip=False,
    )
    before = stats(url)
    start = time.perf_counter()
    tickets = backend.send(messages)
    elapsed = time.perf_counter() - start
    after = stats(url)
    assert len(tickets) == len(messages) and all(t.ok for t in tickets), "a ticket failed"
    return {
        "batch_size": batch_size,
        "concurrency": concurrency,
        "requests": after["requests"] - before["requests"],
        "seconds": elapsed,
        "per_second": len(messages) / elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()

    port_queue: multiprocessing.Queue = multiprocessing.Queue()
    stop_event = multiprocessing.Event()
    server = multiprocessing.Process(
        target=serve, args=(args.latency_ms / 1000, port_queue, stop_event), daemon=True
    )
    server.start()
    url = f"http://127.0.0.1:{port_queue.get(timeout=10)}"
    try:
        messages = [
            PushMessage(
                to=f"ExponentPushToken[bench-{i:06d}]",
                title="Drivers needed for the Saturday food shelf",
                body="Deliver groceries to homebound neighbours, 2 hours, near you.",
                data={"need_id": 1234, "notification_id": i},
            )
            for i in range(args.messages)
        ]
        run(url, messages[:200], batch_size=100, concurrency=args.concurrency)  # warm-up
        batched = run(url, messages, batch_size=100, concurrency=args.concurrency)
        single = run(url, messages, batch_size=1, concurrency=1)
        max_in_flight = stats(url)["max_in_flight"] - 1  # minus the /stats request itself
    finally:
        stop_event.set()
        server.join(timeout=5)

    print(
        f"Push fan-out: {args.messages} messages, stand-in latency {args.latency_ms:g} ms/request"
    )
    print(f"python {platform.python_version()}, {multiprocessing.cpu_count()} CPUs")
    print("| mode | requests | seconds | messages/s |")
    print("|---|---:|---:|---:|")
    for name, r in (
        (f"batched (100/request, concurrency {batched['concurrency']})", batched),
        ("one message per request (concurrency 1)", single),
    ):
        print(f"| {name} | {r['requests']} | {r['seconds']:.2f} | {r['per_second']:,.0f} |")
    print(f"speed-up: {batched['per_second'] / single['per_second']:.0f}x")
    print(f"server max in-flight requests: {max_in_flight} (limit {args.concurrency})")


if __name__ == "__main__":
    main()
