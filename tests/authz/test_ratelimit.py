"""Rate limits on the real Redis (a shared cache), and the client IP behind a proxy."""

import re
import socket

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import RequestFactory

from authz.request import client_ip
from members.models import Identifier, VerificationCode
from tests.conftest import skip_or_fail

pytestmark = pytest.mark.django_db
REDIS = "redis://127.0.0.1:6379/10"
SEND = "mutation($i: String!) { sendVerificationCode(identifier: $i) { ok } }"
VERIFY = (
    "mutation($i: String!, $c: String!) { verifyCode(identifier: $i, code: $c) "
    "{ tokens { accessToken } errors { field } } }"
)


def redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


@pytest.fixture
def redis_cache(settings):
    if not redis_up():
        skip_or_fail("Redis is not running on 127.0.0.1:6379 (make test starts it)")
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS}
    }
    cache.clear()
    yield
    cache.clear()


def code_of_last_mail():
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def test_cache_really_is_redis(redis_cache):
    import redis

    cache.set("probe", "1")
    assert redis.Redis.from_url(REDIS).keys("*probe*")


def test_send_code_per_identifier(gql, redis_cache, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "send_code_identifier": "2/10m"}
    for _ in range(2):
        assert gql(SEND, {"i": "a@example.org"})["data"]["sendVerificationCode"]["ok"]
    over = gql(SEND, {"i": "A@example.org"})  # the same identifier, normalised
    assert over["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert "Too many requests" in over["errors"][0]["message"]
    assert len(mail.outbox) == 2 and VerificationCode.objects.count() == 2  # nothing changed
    assert gql(SEND, {"i": "b@example.org"})["data"]["sendVerificationCode"]["ok"]


def test_send_code_per_ip(gql, redis_cache, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "send_code_ip": "3/h"}
    for i in range(3):
        assert gql(SEND, {"i": f"p{i}@example.org"})["data"]["sendVerificationCode"]["ok"]
    over = gql(SEND, {"i": "p9@example.org"})
    assert over["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert len(mail.outbox) == 3
    # Another client address has its own budget.
    other = gql(SEND, {"i": "p9@example.org"}, REMOTE_ADDR="10.9.9.9")
    assert other["data"]["sendVerificationCode"]["ok"]


def test_code_checking_is_limited(gql, redis_cache, settings, member_token):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "verify_code_identifier": "3/10m"}
    _, token = member_token()
    gql(SEND, {"i": "c@example.org"})
    code = code_of_last_mail()
    for _ in range(3):
        gql(VERIFY, {"i": "c@example.org", "c": "999999" if code != "999999" else "888888"})
    over = gql(VERIFY, {"i": "c@example.org", "c": code}, token=token)
    assert over["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert not Identifier.objects.exists()  # the right code, but nothing was linked


def test_limits_are_shared_between_processes(redis_cache, settings):
    """A second process on the same Redis sees the counter this one incremented."""
    import os
    import subprocess
    import sys

    from authz.ratelimit import enforce

    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "submit_need_ip": "1/h"}
    request = RequestFactory().post("/graphql/", REMOTE_ADDR="192.0.2.7")
    enforce(request, "submit_need_ip")
    code = (
        "import django; django.setup()\n"
        "from django.test import RequestFactory\n"
        "from authz.ratelimit import enforce\n"
        "from authz import RateLimited\n"
        "try:\n"
        "    enforce(RequestFactory().post('/', REMOTE_ADDR='192.0.2.7'), 'submit_need_ip')\n"
        "    print('allowed')\n"
        "except RateLimited:\n"
        "    print('limited')\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings_test",
        "REDIS_URL": REDIS,
        "RATE_LIMIT_SUBMIT_NEED_IP": "1/h",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip() == "limited", out.stderr


@pytest.mark.parametrize(
    ("proxies", "forwarded", "remote", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1", "10.0.0.1"),  # no proxy trusted: header ignored
        (1, "203.0.113.9", "10.0.0.1", "203.0.113.9"),
        (1, "6.6.6.6, 203.0.113.9", "10.0.0.1", "203.0.113.9"),  # spoofed prefix ignored
        (1, "", "10.0.0.1", "10.0.0.1"),
        (1, "not-an-ip", "10.0.0.1", "10.0.0.1"),
        (2, "203.0.113.9, 10.1.1.1", "10.0.0.1", "203.0.113.9"),
    ],
)
def test_client_ip_behind_trusted_proxies(settings, proxies, forwarded, remote, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected
