"""Real HTTP servers on 127.0.0.1 for the fetching and crawling tests.

``site_server`` serves the small site in ``sites/riverside_pantry`` plus ``/_test/...`` routes
that misbehave on purpose (slow, huge, wrong type, redirect loops…).  ``firecrawl_server``
answers like Firecrawl's ``POST /v2/scrape``.  Both record the requests they receive.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

SITES = Path(__file__).parent / "sites"
PANTRY = SITES / "riverside_pantry"

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
}


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""


@dataclass
class _Page:
    status: int
    body: bytes
    headers: dict[str, str]


@dataclass
class SiteServer:
    """A small organization website, editable by the test."""

    root: Path
    host: str = "127.0.0.1"
    port: int = 0
    requests: list[Recorded] = field(default_factory=list)
    overrides: dict[str, _Page] = field(default_factory=dict)
    release: threading.Event = field(default_factory=threading.Event)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def set_page(
        self,
        path: str,
        body: str | bytes,
        *,
        status: int = 200,
        content_type: str = "text/html; charset=utf-8",
    ) -> None:
        """Serve ``body`` at ``path`` instead of the file (or in addition to the site)."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.overrides[path] = _Page(status, data, {"Content-Type": content_type})

    def paths(self) -> list[str]:
        """The paths requested so far, in order (query strings included)."""
        return [r.path for r in self.requests]


def _site_handler(site: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "TestSite/1.0"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet tests
            pass

        def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None):
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if "Content-Length" not in (headers or {}):
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def _html(self, text: str, status: int = 200) -> None:
            self._send(status, text.encode(), {"Content-Type": "text/html; charset=utf-8"})

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            site.requests.append(Recorded("GET", self.path, dict(self.headers.items())))
            parts = urlsplit(self.path)
            path = parts.path
            if self.path in site.overrides or path in site.overrides:
                page = site.overrides.get(self.path) or site.overrides[path]
                return self._send(page.status, page.body, page.headers)
            if path.startswith("/_test/"):
                return self._special(path.removeprefix("/_test/"), parse_qs(parts.query))
            if path.endswith("/"):
                path += "index.html"
            file = (site.root / path.lstrip("/")).resolve()
            if not file.is_relative_to(site.root.resolve()) or not file.is_file():
                return self._html("<html><body><h1>Not found</h1></body></html>", 404)
            content_type = _TYPES.get(file.suffix, "application/octet-stream")
            return self._send(200, file.read_bytes(), {"Content-Type": content_type})

        def _special(self, name: str, query: dict[str, list[str]]) -> None:
            page = (
                "<html><head><title>Special</title></head><body><main><h1>Special page</h1>"
                "<p>This page exists to exercise the fetcher in the tests; it has a little "
                "text so the readable extraction keeps it.</p></main></body></html>"
            )
            if name == "slow":
                # Hold the answer until the test ends (the fetcher times out first).
                site.release.wait(10)
                return self._html(page)
            if name.startswith("status/"):
                return self._html(page, int(name.split("/", 1)[1]))
            if name == "big":  # streamed, no Content-Length: only the running count can stop it
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                try:
                    self.wfile.write(b"<html><body><main>")
                    for _ in range(40):
                        self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
                    self.wfile.write(b"</main></body></html>")
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return None
            if name == "big-declared":
                return self._declared_big()
            if name == "image":
                return self._send(200, b"\x89PNG\r\n\x1a\nfake", {"Content-Type": "image/png"})
            if name == "no-type":
                self.send_response(200)
                body = page.encode()
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return None
            if name == "loop-a":
                return self._send(302, headers={"Location": "/_test/loop-b"})
            if name == "loop-b":
                return self._send(302, headers={"Location": "/_test/loop-a"})
            if name.startswith("chain/"):
                hops = int(name.split("/", 1)[1])
                if hops == 0:
                    return self._html(page)
                return self._send(302, headers={"Location": f"/_test/chain/{hops - 1}"})
            if name == "redirect":
                return self._send(302, headers={"Location": query["to"][0]})
            if name == "latin1":
                text = (
                    "<html><head><title>Caf\u00e9</title></head><body><main><h1>Donaci\u00f3n"
                    "</h1><p>Necesitamos ayuda con la distribuci\u00f3n de alimentos cada "
                    "jueves en el caf\u00e9 comunitario.</p></main></body></html>"
                )
                return self._send(
                    200, text.encode("latin-1"), {"Content-Type": "text/html; charset=iso-8859-1"}
                )
            return self._html("<html><body><h1>Not found</h1></body></html>", 404)

        def _declared_big(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "50000000")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(b"<html><body>" + b"x" * 1000)

    return Handler


def _serve(handler: type[BaseHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, threading.Thread]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    return server, thread


@pytest.fixture
def site_server() -> Iterator[SiteServer]:
    """The Riverside Community Pantry site on a free port of 127.0.0.1."""
    site = SiteServer(root=PANTRY)
    server, thread = _serve(_site_handler(site))
    site.port = server.server_address[1]
    try:
        yield site
    finally:
        site.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def fetch_settings(settings: Any) -> Any:
    """Settings for fetching from 127.0.0.1 with short, test-friendly limits."""
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    settings.FETCH_CONNECT_TIMEOUT = 2
    settings.FETCH_READ_TIMEOUT = 2
    settings.FETCH_MAX_BYTES = 100_000
    settings.FETCH_MAX_REDIRECTS = 3
    settings.FETCH_BACKEND = "direct"
    settings.FIRECRAWL_API_KEY = ""
    return settings


@dataclass
class FirecrawlServer:
    """Answers ``POST /v2/scrape`` like Firecrawl, from canned responses per page URL."""

    port: int = 0
    requests: list[Recorded] = field(default_factory=list)
    responses: dict[str, tuple[int, dict[str, Any]]] = field(default_factory=dict)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def succeed(
        self, page_url: str, /, *, raw_html: str, markdown: str = "", **metadata: Any
    ) -> None:
        """Answer a scrape of ``page_url``; ``metadata`` overrides Firecrawl's camelCase keys."""
        meta = {"sourceURL": page_url, "url": page_url, "statusCode": 200,
                "contentType": "text/html; charset=utf-8", **metadata}
        self.responses[page_url] = (
            200,
            {"success": True, "data": {"markdown": markdown, "rawHtml": raw_html,
                                       "links": [], "metadata": meta}},
        )

    def fail(self, url: str, status: int, error: str, code: str | None = None) -> None:
        body: dict[str, Any] = {"success": False, "error": error}
        if code:
            body["code"] = code
        self.responses[url] = (status, body)

    def payloads(self) -> list[dict[str, Any]]:
        return [json.loads(r.body) for r in self.requests]


def _firecrawl_handler(fake: FirecrawlServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet tests
            pass

        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            fake.requests.append(Recorded("POST", self.path, dict(self.headers.items()), body))
            if self.path != "/v2/scrape":
                status, answer = 404, {"success": False, "error": "Not found"}
            else:
                url = json.loads(body).get("url", "")
                status, answer = fake.responses.get(
                    url, (500, {"success": False, "error": "no canned response"})
                )
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@pytest.fixture
def firecrawl_server(settings: Any) -> Iterator[FirecrawlServer]:
    """A local stand-in for Firecrawl, wired into settings with a test key."""
    fake = FirecrawlServer()
    server, thread = _serve(_firecrawl_handler(fake))
    fake.port = server.server_address[1]
    settings.FIRECRAWL_API_URL = fake.api_url
    settings.FIRECRAWL_API_KEY = "fc-test-key"
    settings.FIRECRAWL_TIMEOUT = 5
    settings.FETCH_BACKEND = ""
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
