"""The console backend: one private log line per message, ok tickets, ok receipts."""

import logging

from matching.push import PushMessage, get_push_backend
from matching.push.base import token_fingerprint
from matching.push.console import ConsolePushBackend

TOKENS = [f"ExponentPushToken[console-device-{i}]" for i in range(3)]


def _messages():
    return [
        PushMessage(
            to=t,
            title="Interpreter needed Saturday",
            body="Somali interpreter, 2 hours, near you",
            data={"need_id": 42, "interests": "somali refugees"},
        )
        for t in TOKENS
    ]


def test_every_message_gets_an_ok_ticket_with_a_unique_id():
    tickets = ConsolePushBackend().send(_messages())
    assert [t.status for t in tickets] == ["ok"] * 3
    assert len({t.id for t in tickets}) == 3
    assert all(t.id.startswith("console-") and t.error is None for t in tickets)


def test_one_log_line_per_message_without_token_body_or_data_values(caplog):
    caplog.set_level(logging.DEBUG, logger="matching.push.console")
    tickets = ConsolePushBackend().send(_messages())
    lines = [r.getMessage() for r in caplog.records if r.name == "matching.push.console"]
    assert len(lines) == 3
    for line, push_token, ticket in zip(lines, TOKENS, tickets, strict=True):
        assert token_fingerprint(push_token) in line  # devices can still be told apart
        assert ticket.id in line
        assert "Interpreter needed Saturday" in line
        assert "need_id" in line  # data keys, not values
    text = caplog.text
    assert "ExponentPushToken" not in text and "console-device" not in text
    assert "Somali interpreter, 2 hours" not in text
    assert "somali refugees" not in text


def test_fingerprints_differ_between_devices_and_are_stable():
    assert token_fingerprint(TOKENS[0]) == token_fingerprint(TOKENS[0])
    assert token_fingerprint(TOKENS[0]) != token_fingerprint(TOKENS[1])
    assert len(token_fingerprint(TOKENS[0])) == 10


def test_receipts_are_ok_for_every_id_asked():
    backend = ConsolePushBackend()
    ids = [t.id for t in backend.send(_messages())]
    receipts = backend.get_receipts(ids)
    assert set(receipts) == set(ids)
    assert all(r.ok and r.error is None for r in receipts.values())


def test_empty_send():
    assert ConsolePushBackend().send([]) == []


def test_console_is_chosen_by_name(settings):
    settings.PUSH_BACKEND = "console"
    assert isinstance(get_push_backend(), ConsolePushBackend)
