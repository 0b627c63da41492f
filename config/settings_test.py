"""Settings for the test suite: production settings, DEBUG off, embedded database.

Production rules stay on (DEBUG off, secure cookies); only the values a developer machine
cannot have are supplied here, before the production module reads the environment.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("IDENTIFIER_PEPPER", "test-only-identifier-pepper")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
if not os.environ.get("DATABASE_URL"):
    from config.embedded_db import database_url

    os.environ["DATABASE_URL"] = database_url()
    os.environ["EMBEDDED_DATABASE_FOR_TESTS"] = "1"

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# WhiteNoise warns on every request when STATIC_ROOT does not exist yet (no collectstatic).
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405

# Tests exercise e-mail delivery through Django's outbox.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# No collectstatic before tests: serve static files from the apps, not the manifest.
STORAGES = {**STORAGES, "staticfiles": {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
