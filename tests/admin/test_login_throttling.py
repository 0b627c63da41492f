"""Admin log-in throttling (django-axes): lock-out after repeated wrong passwords, a clear
page, the client address behind TRUSTED_PROXY_COUNT proxies, and the unlock command."""

from __future__ import annotations

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"  # the make_staff fixture's password
LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture(autouse=True)
def _limits(settings):
    settings.AXES_FAILURE_LIMIT = 3


def attempt(client, username, password, **meta):
    return client.post(LOGIN, {"username": username, "password": password}, **meta)


def test_wrong_passwords_lock_the_account_from_that_address(client, make_staff, settings):
    user = make_staff("Moderator")
    for _ in range(2):
        response = attempt(client, user.username, "wrong", REMOTE_ADDR="198.51.100.7")
        assert response.status_code == 200  # the login form again, with its error
    locked = attempt(client, user.username, "wrong", REMOTE_ADDR="198.51.100.7")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Too many failed log-in attempts" in page
    assert "is locked for 15 minutes after 3 wrong passwords" in page
    assert "ask an administrator to unlock" in page
    # Now even the right password is refused from there...
    again = attempt(client, user.username, PASSWORD, REMOTE_ADDR="198.51.100.7")
    assert again.status_code == 429
    assert "_auth_user_id" not in client.session
    # ...but not from elsewhere: nobody can lock a colleague out from their own address.
    elsewhere = attempt(client, user.username, PASSWORD, REMOTE_ADDR="203.0.113.50")
    assert elsewhere.status_code == 302 and elsewhere.url == "/admin/"


def test_the_client_address_is_taken_behind_the_trusted_proxy(client, make_staff, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    user = make_staff("Moderator")
    proxy = {"REMOTE_ADDR": "10.0.0.2"}  # every request arrives through the proxy
    for _ in range(3):
        attempt(client, user.username, "wrong", HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)
    assert attempt(client, user.username, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7",
                   **proxy).status_code == 429
    # A spoofed prefix does not change who the client is.
    assert attempt(client, user.username, PASSWORD,
                   HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7", **proxy).status_code == 429
    # Another client behind the same proxy is not locked out.
    ok = attempt(client, user.username, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.50", **proxy)
    assert ok.status_code == 302


def test_the_unlock_command_lets_the_user_in_again(client, make_staff, capsys):
    user = make_staff("Moderator")
    for _ in range(3):
        attempt(client, user.username, "wrong", REMOTE_ADDR="198.51.100.7")
    assert attempt(client, user.username, PASSWORD,
                   REMOTE_ADDR="198.51.100.7").status_code == 429
    call_command("axes_reset_username", user.username)
    assert "1 attempts removed" in capsys.readouterr().out
    ok = attempt(client, user.username, PASSWORD, REMOTE_ADDR="198.51.100.7")
    assert ok.status_code == 302 and ok.url == "/admin/"


def test_a_successful_login_clears_earlier_failures(client, make_staff):
    user = make_staff("Moderator")
    for _ in range(2):
        attempt(client, user.username, "wrong", REMOTE_ADDR="198.51.100.7")
    assert attempt(client, user.username, PASSWORD, REMOTE_ADDR="198.51.100.7").status_code == 302
    client.logout()
    for _ in range(2):  # counting starts again from zero
        assert attempt(client, user.username, "wrong",
                       REMOTE_ADDR="198.51.100.7").status_code == 200
