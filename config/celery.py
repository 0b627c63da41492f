"""The Celery app.  Settings come from Django settings with the ``CELERY_`` prefix.

With ``CELERY_BROKER_URL`` unset, tasks run eagerly in the calling process (see
settings), so development on the embedded defaults needs no broker.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("mndigitalaid")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# config is not an installed app, so its tasks module is named explicitly.
app.conf.imports = ("config.tasks",)
