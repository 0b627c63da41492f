"""The long fuzz of the whole GraphQL schema — issue 12.

The suite runs a bounded number of examples (tests/config/test_graphql_fuzz.py); this runs
as many as asked (10,000 by default) with the same generator and the same properties
(tests/graphql_fuzz.py): no server error, every rejection typed, nothing half-written.

It runs in-process through Django's test client against a database of its own
(``bench_graphql_fuzz`` on the embedded server, created and dropped here), with
production settings (DEBUG off), rate limits raised so requests reach the resolvers, and
no broker: side effects (embedding, matching) run in-process after each commit, as in
development.

    .venv/bin/python bench/graphql_fuzz.py [--requests 10000] [--seed 12]

Exit status 0 when every property held.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")
os.environ["TEST_DATABASE_NAME"] = "bench_graphql_fuzz"

import django  # noqa: E402

django.setup()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()

    import logging

    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment
    from hypothesis import HealthCheck, Phase, given, seed
    from hypothesis import settings as hypothesis_settings
    from hypothesis import strategies as st

    from tests.graphql_fuzz import Tally, build_world, operations, send

    logging.disable(logging.WARNING)  # rejected input is logged at INFO/WARNING; quiet
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    settings.RATE_LIMITS = {name: "1000000/h" for name in settings.RATE_LIMITS}
    settings.FETCH_CONNECT_TIMEOUT = 1
    tally = Tally()
    started = time.monotonic()
    try:
        world = build_world()
        client = Client()

        @seed(args.seed)
        @hypothesis_settings(max_examples=args.requests, deadline=None, database=None,
                             phases=[Phase.generate], suppress_health_check=list(HealthCheck))
        @given(actor=st.sampled_from(["anonymous", "member", "staff"]),
               operation=operations(world))
        def run(actor, operation):
            kind, document = operation
            send(client, world, actor, kind, document, tally)
            if tally.requests % 1000 == 0:
                print(f"  {tally.requests} requests, {len(tally.failures)} failures, "
                      f"{time.monotonic() - started:.0f} s", flush=True)

        run()
    finally:
        elapsed = time.monotonic() - started
        connection.creation.destroy_test_db("bench_graphql_fuzz", verbosity=0)

    print(f"\n{platform.processor() or platform.machine()}, Python "
          f"{platform.python_version()}, {os.cpu_count()} CPUs, seed {args.seed}")
    print(f"{tally.requests} requests in {elapsed:.0f} s; accepted without any error: "
          f"{tally.accepted}")
    print("by caller and kind: " + ", ".join(f"{k} {v}" for k, v in
                                             sorted(tally.by_kind.items())))
    print("rejections by code: " + ", ".join(f"{k} {v}" for k, v in
                                            tally.codes.most_common()))
    server_errors = sum("HTTP 5" in f or "internal server error" in f for f in tally.failures)
    untyped = sum("untyped" in f for f in tally.failures)
    half = sum("half-written" in f for f in tally.failures)
    print(f"server errors: {server_errors}; untyped rejections: {untyped}; "
          f"half-written: {half}; other failures: "
          f"{len(tally.failures) - server_errors - untyped - half}")
    for failure in tally.failures[:20]:
        print("  " + failure[:400])
    return 0 if not tally.failures else 1


if __name__ == "__main__":
    sys.exit(main())
