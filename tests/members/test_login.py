"""One-time-code login: codes, identifiers, tokens, linking, rate limits, privacy."""

import logging
import re

import pytest
from django.core import mail
from django.db import connection

from members.identifiers import normalise
from members.models import Identifier, VerificationCode

pytestmark = pytest.mark.django_db

SEND = (
    "mutation($i: String!) { sendVerificationCode(identifier: $i) "
    "{ ok errors { field code message } } }"
)
VERIFY = """mutation($i: String!, $c: String!) {
  verifyCode(identifier: $i, code: $c) {
    linked tokens { accessToken refreshToken } errors { field code message } } }"""
ME_REVOKE = "mutation { revokeMyTokens { ok } }"


def last_code() -> str:
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def all_text_in_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT row_to_json(v)::text FROM members_verificationcode v "
            "UNION ALL SELECT row_to_json(i)::text FROM members_identifier i"
        )
        return " ".join(r[0] for r in cursor.fetchall())


def test_normalisation():
    assert normalise("  Ana@Example.ORG ").value == "ana@example.org"
    assert normalise("+1 (612) 555-0142").value == "+16125550142"
    assert normalise("0016125550142").value == "+16125550142"
    assert normalise("a@b.org").digest == normalise("A@B.org").digest
    assert normalise("+16125550142").digest != normalise("a@b.org").digest
    for bad in ["", "612-555-0142", "not an email@", "+0123", "x" * 300]:
        with pytest.raises(Exception):  # noqa: B017 - ValidationError with a message
            normalise(bad)


def test_send_answers_the_same_for_known_and_unknown(gql, make_member):
    member = make_member()
    Identifier.objects.create(
        digest=normalise("known@example.org").digest, kind="email", member=member
    )
    known = gql(SEND, {"i": "known@example.org"})
    unknown = gql(SEND, {"i": "nobody@example.org"})
    strip = lambda b: {k: v for k, v in b.items() if k != "_status"}  # noqa: E731
    assert (
        strip(known)
        == strip(unknown)
        == {"data": {"sendVerificationCode": {"ok": True, "errors": []}}}
    )
    assert len(mail.outbox) == 2


def test_codes_and_identifiers_are_stored_only_as_hashes(gql):
    gql(SEND, {"i": "Private.Person@example.org"})
    code = last_code()
    stored = all_text_in_database()
    assert "private.person" not in stored.lower()
    assert code not in stored
    row = VerificationCode.objects.get()
    assert row.identifier_digest == normalise("private.person@example.org").digest


def test_unknown_identifier_cannot_log_in_but_a_member_can_link_it(gql, member_token):
    gql(SEND, {"i": "new@example.org"})
    body = gql(VERIFY, {"i": "new@example.org", "c": last_code()})
    assert body["data"]["verifyCode"]["errors"][0]["code"] == "NOT_FOUND"
    # Linking: logged in on the first device, the member verifies a fresh code.
    member, token = member_token()
    gql(SEND, {"i": "new@example.org"})
    linked = gql(VERIFY, {"i": "new@example.org", "c": last_code()}, token=token)
    assert linked["data"]["verifyCode"]["linked"] is True
    assert Identifier.objects.get().member_id == member.pk
    # Another device: the identifier now logs in as that member.
    gql(SEND, {"i": "NEW@example.org"})
    login = gql(VERIFY, {"i": "new@example.org", "c": last_code()})
    tokens = login["data"]["verifyCode"]["tokens"]
    assert login["data"]["verifyCode"]["linked"] is False
    assert gql(ME_REVOKE, token=tokens["accessToken"])["data"]["revokeMyTokens"]["ok"] is True


def test_staff_identifier_logs_in_as_staff(gql, make_staff):
    from authz import Actor
    from authz.tokens import actor_from_access_token
    from members.services import link_staff_identifier

    user = make_staff("Moderator")
    link_staff_identifier(user=user, identifier="mod@example.org", actor=Actor.for_user(user))
    gql(SEND, {"i": "mod@example.org"})
    body = gql(VERIFY, {"i": "mod@example.org", "c": last_code()})
    actor = actor_from_access_token(body["data"]["verifyCode"]["tokens"]["accessToken"])
    assert actor.is_staff and actor.user.pk == user.pk


def test_codes_are_single_use(gql, member_token):
    _, token = member_token()
    gql(SEND, {"i": "once@example.org"})
    code = last_code()
    assert gql(VERIFY, {"i": "once@example.org", "c": code}, token=token)["data"]["verifyCode"][
        "tokens"
    ]
    again = gql(VERIFY, {"i": "once@example.org", "c": code})
    assert again["data"]["verifyCode"]["errors"][0]["field"] == "code"


def test_codes_expire(gql, member_token):
    _, token = member_token()
    gql(SEND, {"i": "late@example.org"})
    code = last_code()
    VerificationCode.objects.update(expires_at="2000-01-01T00:00:00Z")
    body = gql(VERIFY, {"i": "late@example.org", "c": code}, token=token)
    assert body["data"]["verifyCode"]["errors"][0]["message"] == "The code is wrong or has expired."


def test_five_wrong_tries_burn_the_code(gql, member_token):
    _, token = member_token()
    gql(SEND, {"i": "guess@example.org"})
    code = last_code()
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(5):
        gql(VERIFY, {"i": "guess@example.org", "c": wrong}, token=token)
    body = gql(VERIFY, {"i": "guess@example.org", "c": code}, token=token)
    assert body["data"]["verifyCode"]["errors"][0]["field"] == "code"
    assert VerificationCode.objects.get().attempts == 5


def test_invalid_identifier_is_a_typed_error(gql):
    body = gql(SEND, {"i": "612-555-0142"})
    error = body["data"]["sendVerificationCode"]["errors"][0]
    assert error == {
        "field": "identifier",
        "code": "INVALID",
        "message": "Enter the phone number in international form, e.g. +16125550142.",
    }
    assert body["data"]["sendVerificationCode"]["ok"] is None


def test_test_identifier_needs_debug_and_the_flag(gql, settings, member_token):
    settings.TEST_IDENTIFIER_ENABLED = True
    _, token = member_token()
    # DEBUG off (tests): the fixed code does not work even with the flag.
    body = gql(VERIFY, {"i": settings.TEST_IDENTIFIER, "c": settings.TEST_CODE}, token=token)
    assert body["data"]["verifyCode"]["errors"][0]["field"] == "code"
    settings.DEBUG = True
    body = gql(VERIFY, {"i": settings.TEST_IDENTIFIER, "c": settings.TEST_CODE}, token=token)
    assert body["data"]["verifyCode"]["tokens"]["accessToken"]


def test_no_identifier_reaches_the_logs(gql, caplog, member_token):
    _, token = member_token()
    with caplog.at_level(logging.DEBUG):
        gql(SEND, {"i": "+16125550142"})
        gql(SEND, {"i": "secret.person@example.org"})
        gql(VERIFY, {"i": "secret.person@example.org", "c": last_code()}, token=token)
    assert "6125550142" not in caplog.text
    assert "secret.person" not in caplog.text


def test_revoke_my_tokens_invalidates_them(gql, member_token):
    _, token = member_token()
    assert gql(ME_REVOKE, token=token)["data"]["revokeMyTokens"]["ok"] is True
    body = gql(ME_REVOKE, token=token)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_refresh_flow(gql, member_token):
    from authz.tokens import issue_for_member

    member, _ = member_token()
    refresh = issue_for_member(member).refresh
    body = gql(
        "mutation($r: String!) { refreshToken(refreshToken: $r) { tokens { accessToken } } }",
        {"r": refresh},
    )
    access = body["data"]["refreshToken"]["tokens"]["accessToken"]
    assert gql(ME_REVOKE, token=access)["data"]["revokeMyTokens"]["ok"]
    body = gql(
        "mutation($r: String!) { refreshToken(refreshToken: $r) { tokens { accessToken } } }",
        {"r": refresh},
    )
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_builtin_backend_refuses_phones_in_production_with_a_clear_error(gql, settings):
    body = gql(SEND, {"i": "+16125550142"})
    error = body["data"]["sendVerificationCode"]["errors"][0]
    assert error["field"] == "identifier"
    assert "use an e-mail address" in error["message"]
    assert not VerificationCode.objects.exists()
    settings.DEBUG = True  # development: printed to the console instead
    assert gql(SEND, {"i": "+16125550142"})["data"]["sendVerificationCode"]["ok"] is True
