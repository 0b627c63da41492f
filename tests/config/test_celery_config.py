"""The Celery configuration, checked without a worker or broker.

Settings decide eager vs broker at import time, so those checks run in a fresh Python
process, which is also what a worker or beat sees (the tasks registered there are the
ones ``celery -A config`` finds, not the ones this test process happened to import).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from celery.result import EagerResult
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from kombu.exceptions import ContentDisallowed
from kombu.serialization import dumps, loads

from config.celery import app
from config.tasks import enqueue_on_commit, heartbeat, probe, probe_row, probe_row_seen
from organizations.models import Tag

BASE_DIR = Path(__file__).resolve().parents[2]
# The settings this test runs under (config.settings_test unless overridden).
SETTINGS_MODULE = os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings_test")

_CONF_SCRIPT = """
import json
import django
django.setup()
from config.celery import app
app.loader.import_default_modules()  # what a worker or beat does at start-up
conf = app.conf
print(json.dumps({
    "broker_url": conf.broker_url,
    "task_always_eager": conf.task_always_eager,
    "registered": sorted(app.tasks),
    "beat_tasks": sorted(entry["task"] for entry in conf.beat_schedule.values()),
}))
"""


def _conf_in_fresh_process(**env_overrides: str | None) -> dict[str, Any]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE}
    for name, value in env_overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    done = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-c", _CONF_SCRIPT],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def worker_view() -> dict[str, Any]:
    """The configuration a process started without a broker URL sees."""
    return _conf_in_fresh_process(CELERY_BROKER_URL=None)


def test_without_a_broker_tasks_run_in_process(worker_view: dict[str, Any]) -> None:
    assert worker_view["task_always_eager"] is True


def test_with_a_broker_tasks_go_to_it() -> None:
    seen = _conf_in_fresh_process(CELERY_BROKER_URL="redis://127.0.0.1:6379/13")
    assert seen["task_always_eager"] is False
    assert seen["broker_url"] == "redis://127.0.0.1:6379/13"


def test_eager_delay_runs_the_task_here_and_now() -> None:
    if settings.CELERY_BROKER_URL:
        pytest.skip("CELERY_BROKER_URL is set in this environment; tasks are not eager")
    cache.delete("celery:heartbeat")
    result = heartbeat.delay()
    assert isinstance(result, EagerResult)
    assert result.successful()
    assert cache.get("celery:heartbeat") == result.result


def test_beat_schedule_names_only_tasks_a_worker_registers(worker_view: dict[str, Any]) -> None:
    assert worker_view["beat_tasks"], "the beat schedule is empty"
    missing = set(worker_view["beat_tasks"]) - set(worker_view["registered"])
    assert not missing, (
        f"beat schedules {sorted(missing)} but `celery -A config` does not register them; "
        "add their modules to CELERY_IMPORTS (or an installed app's tasks.py)"
    )


def test_project_tasks_are_registered_where_a_worker_looks(worker_view: dict[str, Any]) -> None:
    for name in (heartbeat.name, probe.name, probe_row.name):
        assert name in worker_view["registered"], f"{name} is unknown to a worker"


def test_messages_are_json_only() -> None:
    assert app.conf.task_serializer == "json"
    assert app.conf.result_serializer == "json"
    assert list(app.conf.accept_content) == ["json"]
    # A pickled message is refused by what the worker accepts.
    content_type, encoding, body = dumps({"x": 1}, serializer="pickle")
    with pytest.raises(ContentDisallowed):
        loads(body, content_type, encoding, accept=app.conf.accept_content)


def test_delivery_is_safe_for_idempotent_tasks() -> None:
    conf = app.conf
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.worker_prefetch_multiplier == 1
    # The project's tasks inherit these (a task-level override would silently undo them).
    for task in (heartbeat, probe, probe_row):
        assert task.acks_late is True, task.name
        assert task.reject_on_worker_lost is True, task.name


def test_time_limits_and_visibility_timeout_fit_together() -> None:
    conf = app.conf
    assert 0 < conf.task_soft_time_limit < conf.task_time_limit
    # Redis hands an unacknowledged task to another worker after the visibility timeout;
    # below the hard time limit a task still running would be started twice.
    assert conf.broker_transport_options["visibility_timeout"] > conf.task_time_limit


@pytest.mark.django_db(transaction=True)
def test_enqueue_on_commit_sends_after_commit_and_never_on_rollback() -> None:
    if settings.CELERY_BROKER_URL:
        pytest.skip("CELERY_BROKER_URL is set in this environment; tasks are not eager")
    kept, dropped = uuid.uuid4().hex, uuid.uuid4().hex

    with pytest.raises(RuntimeError), transaction.atomic():
        gone = Tag.objects.create(kind=Tag.Kind.FOCUS, value=f"rolled back {dropped}")
        enqueue_on_commit(probe_row, dropped, "organizations.Tag", gone.pk)
        raise RuntimeError("roll back")
    assert probe_row_seen(dropped) is None

    with transaction.atomic():
        row = Tag.objects.create(kind=Tag.Kind.FOCUS, value=f"committed {kept}")
        enqueue_on_commit(probe_row, kept, "organizations.Tag", row.pk)
        assert probe_row_seen(kept) is None  # not run while the transaction is open
    seen = probe_row_seen(kept)
    assert seen is not None
    assert seen["found"] is True
