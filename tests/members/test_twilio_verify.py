"""The Twilio Verify backend against a local server that speaks the Verify v2 API."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from members.identifiers import normalise
from members.verification import get_backend

pytestmark = pytest.mark.django_db
SERVICE = "VA00000000000000000000000000000000"


class FakeVerify(BaseHTTPRequestHandler):
    calls: list = []
    pending: dict = {}

    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        FakeVerify.calls.append((self.path, form, self.headers.get("Authorization", "")))
        to = form.get("To", "")
        if self.path == f"/v2/Services/{SERVICE}/Verifications":
            if to.endswith("0000"):
                return self.reply(400, {"code": 60200, "message": "Invalid parameter",
                                        "status": 400})
            FakeVerify.pending[to] = "123456"
            return self.reply(201, {"sid": "VE1", "service_sid": SERVICE, "to": to,
                                    "channel": form.get("Channel"), "status": "pending",
                                    "valid": False})
        if self.path == f"/v2/Services/{SERVICE}/VerificationCheck":
            expected = FakeVerify.pending.get(to)
            if expected is None:
                return self.reply(404, {"code": 20404, "message": "not found", "status": 404})
            ok = form.get("Code") == expected
            if ok:
                del FakeVerify.pending[to]
            return self.reply(200, {"sid": "VE1", "to": to, "status": "approved" if ok else
                                    "pending", "valid": ok})
        return self.reply(404, {"code": 20404, "message": "not found", "status": 404})

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def twilio(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeVerify)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeVerify.calls.clear()
    FakeVerify.pending.clear()
    settings.VERIFICATION_BACKEND = "twilio"
    settings.TWILIO_ACCOUNT_SID = "AC" + "1" * 32
    settings.TWILIO_AUTH_TOKEN = "auth-token"
    settings.TWILIO_VERIFY_SERVICE_SID = SERVICE
    settings.TWILIO_VERIFY_BASE_URL = f"http://127.0.0.1:{server.server_address[1]}"
    yield FakeVerify
    server.shutdown()


def test_send_and_check_through_twilio(twilio):
    backend = get_backend()
    phone = normalise("+16125550142")
    backend.send(phone)
    path, form, auth = twilio.calls[0]
    assert form == {"To": "+16125550142", "Channel": "sms"}
    assert auth.startswith("Basic ")
    assert backend.check(phone, "111111") is False
    assert backend.check(phone, "123456") is True
    assert backend.check(phone, "123456") is False  # used: Twilio answers 404


def test_email_channel(twilio):
    get_backend().send(normalise("a@example.org"))
    assert twilio.calls[0][1]["Channel"] == "email"


def test_twilio_errors_do_not_leak_the_identifier(twilio, caplog):
    get_backend().send(normalise("+16125550000"))  # the fake answers 400
    assert "6125550000" not in caplog.text
    assert "twilio verify send failed: status=400" in caplog.text


def test_full_login_through_twilio(twilio, gql, member_token):
    _, token = member_token()
    gql("mutation { sendVerificationCode(identifier: \"+16125550142\") { ok } }")
    body = gql('mutation { verifyCode(identifier: "+16125550142", code: "123456") '
               "{ linked tokens { accessToken } } }", token=token)
    assert body["data"]["verifyCode"]["linked"] is True


def test_missing_credentials_are_a_clear_error(settings):
    settings.VERIFICATION_BACKEND = "twilio"
    settings.TWILIO_ACCOUNT_SID = ""
    with pytest.raises(ValueError, match="TWILIO_ACCOUNT_SID"):
        get_backend()
