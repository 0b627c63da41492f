"""The development ``.env``: written once by ``make install`` / ``make run``, read by settings.

Production is the default (DEBUG off, every secret required).  On a development machine
``make install`` writes a git-ignored ``.env`` turning DEBUG on, with the embedded
database, so ``python manage.py …`` works without a ``DEBUG=1`` prefix.  It is written
only when no ``.env`` exists, so a file the developer edited (or a production ``.env``
copied from ``.env.example``) is never replaced.  A production host has no such file and
keeps failing closed.

The file carries ``DEVELOPMENT_ENV=1``.  That line, read from the file itself (never from
the process environment), is what marks a development checkout: a Celery worker or beat
refuses to start with DEBUG on anywhere else (``config.celery``).

``DJANGO_ENV_FILE`` (a real environment variable, not a line of the file) names another
file to read instead of ``<project>/.env``; set to an empty string, no file is read.

    python -m config.dev_env write               # write the development .env unless one exists
    python -m config.dev_env path                # print the path settings read (or nothing)
    python -m config.dev_env check-celery worker # may a worker (or beat) start here? (make)
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
MARKER = "DEVELOPMENT_ENV=1"
_MARKER_LINE = re.compile(
    r"^\s*(?:export\s+)?DEVELOPMENT_ENV\s*=\s*['\"]?(1|true|yes|on)['\"]?\s*$",
    re.IGNORECASE | re.MULTILINE,
)

CONTENT = f"""\
# Development settings for this checkout, written by `make install` because no .env
# existed. Git-ignored; edit it freely (it is never overwritten) or delete it to get the
# production defaults back. Real environment variables win over these lines.
#
# A production host has no such file: there DEBUG is off and SECRET_KEY, ALLOWED_HOSTS,
# DATABASE_URL and IDENTIFIER_PEPPER are required (see .env.example and docs/deploy.md).
#
# Marks this checkout as a development machine: Celery workers and beat refuse to run
# with DEBUG on unless this line is in the .env file they read.
{MARKER}
DEBUG=1
# DATABASE_URL is left unset: the embedded PostgreSQL + pgvector under var/pgdata is used.
# To try the crawler on a site served from this machine (http://127.0.0.1:...), see the
# README ("Trying ingestion on a local site"):
# FETCH_ALLOW_PRIVATE_ADDRESSES=1
"""


DEBUG_OUTSIDE_DEVELOPMENT = (
    "DEBUG is on, but this is not a development checkout (no development .env with "
    "DEVELOPMENT_ENV=1 was read): a Celery {what} never runs with DEBUG on outside "
    "development. On a production host unset DEBUG and set the production variables "
    "(docs/deploy.md); on a development machine run `make install` to write the .env."
)


def env_file_path(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The file settings read: ``DJANGO_ENV_FILE`` if set (empty: none), else ``.env``."""
    configured = environ.get("DJANGO_ENV_FILE")
    if configured is None:
        return BASE_DIR / ".env"
    if not configured.strip():
        return None
    path = Path(configured).expanduser()
    return path if path.is_absolute() else BASE_DIR / path


def is_development_file(path: Path | None) -> bool:
    """Whether ``path`` is a development .env (it says ``DEVELOPMENT_ENV=1`` itself)."""
    if path is None or not path.is_file():
        return False
    try:
        return bool(_MARKER_LINE.search(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError):
        return False


def load_env_file() -> Path | None:
    """Read the .env file into ``os.environ`` (real environment variables win) as settings
    do; return its path, or None when there is none."""
    import environ

    path = env_file_path()
    if path is None or not path.is_file():
        return None
    environ.Env.read_env(str(path), overwrite=False)
    return path


def celery_refusal(what: str) -> str | None:
    """Why a Celery ``what`` (worker, beat) must not start with this configuration, or None.

    Reads the environment and the .env file the way settings do, without importing them
    (which would start the embedded database), so ``make worker`` can say it up front.
    """
    import environ

    path = load_env_file()
    env = environ.Env()
    if not env.str("CELERY_BROKER_URL", default=""):
        return (f"Set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0) before starting a "
                f"{what}; without a broker, tasks run in-process and no {what} is needed.")
    if env.bool("DEBUG", default=False) and not is_development_file(path):
        return DEBUG_OUTSIDE_DEVELOPMENT.format(what=what)
    return None


def production_signs(environ: Mapping[str, str] = os.environ) -> str | None:
    """Why this shell looks like a production one (no development .env is written), or None.

    ``DATABASE_URL`` exported means another PostgreSQL than the embedded one; ``DEBUG``
    exported as false means the operator chose production.  Either way a .env turning
    DEBUG on would be wrong here.
    """
    if environ.get("DATABASE_URL"):
        return ("DATABASE_URL is set in the environment (development uses the embedded "
                "database; a production host keeps its settings out of .env).")
    if environ.get("DEBUG", "").strip().lower() in ("0", "false", "no", "off"):
        return "DEBUG is set to off in the environment."
    return None


def write(path: Path | None) -> bool:
    """Write the development .env at ``path`` unless a file is there; True if written."""
    if path is None:
        return False
    try:
        with open(path, "x", encoding="utf-8") as handle:  # never replaces an existing file
            handle.write(CONTENT)
    except FileExistsError:
        return False
    return True


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "write"
    path = env_file_path()
    if command == "write":
        reason = production_signs()
        if path is None:
            print("DJANGO_ENV_FILE is empty: no .env is read, none written.")
        elif reason and not path.exists():
            print(f"Not writing a development {path.name}: {reason}")
        elif write(path):
            print(f"Wrote a development {path.name} (DEBUG on, the embedded database): {path}")
        return 0
    if command == "path":
        print(path or "")
        return 0
    if command == "check-celery":
        refusal = celery_refusal(argv[2] if len(argv) > 2 else "worker")
        if refusal:
            print(refusal, file=sys.stderr)
            return 2
        return 0
    print(f"unknown command {command!r}; use write, path or check-celery", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
