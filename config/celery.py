"""The Celery app.  Settings come from Django settings with the ``CELERY_`` prefix.

With ``CELERY_BROKER_URL`` unset, tasks run eagerly in the calling process (see
settings), so development on the embedded defaults needs no broker.

A worker or beat never runs with DEBUG on outside development: with DEBUG on, it starts
only when the ``.env`` it read is the development one that ``make install`` writes
(``settings.DEVELOPMENT_ENV_FILE``, see ``config.dev_env``).  On a production host (no such
file) ``DEBUG=1`` makes it exit at once with a message, whichever way it was started
(make, systemd, a container).
"""

import os

from celery import Celery
from celery.signals import beat_init, worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("mndigitalaid")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# config is not an installed app, so its tasks module is named explicitly.
app.conf.imports = ("config.tasks",)


def refuse_debug_outside_development(what: str) -> None:
    """Exit (SystemExit, which Celery's signal dispatch does not swallow) when DEBUG is on
    and no development .env was read."""
    from django.conf import settings

    # Imported here: `config/__init__` loads this module, and `python -m config.dev_env`
    # must not find itself imported already.
    from config.dev_env import DEBUG_OUTSIDE_DEVELOPMENT

    if settings.DEBUG and not settings.DEVELOPMENT_ENV_FILE:
        raise SystemExit(DEBUG_OUTSIDE_DEVELOPMENT.format(what=what))


@worker_init.connect(weak=False)
def _check_worker(**_kwargs) -> None:
    refuse_debug_outside_development("worker")


@beat_init.connect(weak=False)
def _check_beat(**_kwargs) -> None:
    refuse_debug_outside_development("beat")
