"""The weekly throttle under real concurrency: many matchings at once, in separate
processes, against one member — nobody ever gets a fourth notification."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from matching.models import Notification
from needs.models import Need

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 8

SCRIPT = """
import sys, time
import django
django.setup()
from matching.relevance import Scored
from matching.selectors import Candidate
from matching.services import record_notifications
from needs.models import Need
need_id, member_id, start = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
need = Need.objects.get(pk=need_id)
cand = Candidate(member_id=member_id, similarity=0.9, distance_km=1.0, language="en",
                 interests="", vector=None)
ranked = [Scored(cand, 1.0, 1, 2.0, 1.0, "test")]
while time.time() < start:
    time.sleep(0.001)
print(len(record_notifications(need=need, ranked=ranked)))
"""


def database_url() -> str:
    from urllib.parse import quote

    db = connection.settings_dict
    return f"postgres://{db['USER']}@{quote(db['HOST'], safe='')}/{db['NAME']}"


def test_parallel_matchings_never_exceed_three_a_week(org, make_member):
    member = make_member()
    needs = [
        Need.objects.create(organization=org, title=f"Need {i}", description=f"Help {i}",
                            status="active", content_hash=f"{i:064d}")
        for i in range(PROCESSES)
    ]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings_test",
           "DATABASE_URL": database_url()}
    start = time.time() + 4  # every process is connected and waiting by then
    procs = [
        subprocess.Popen([sys.executable, "-c", SCRIPT, str(n.pk), str(member.pk), str(start)],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
        for n in needs
    ]
    created = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        created.append(int(out.strip().splitlines()[-1]))
    assert sum(created) == 3
    assert Notification.objects.filter(member=member).count() == 3
    assert sorted(created) == [0] * (PROCESSES - 3) + [1, 1, 1]
