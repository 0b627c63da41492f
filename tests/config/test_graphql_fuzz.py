"""The whole schema, fuzzed (hypothesis-graphql): no server errors, every rejection typed,
nothing half-written.  See tests/graphql_fuzz.py; the long run is bench/graphql_fuzz.py.

The example count is bounded so the suite stays fast; ``FUZZ_EXAMPLES`` raises it.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.graphql_fuzz import Tally, build_world, operations, send

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))


@pytest.fixture
def world(settings):  # noqa: F811 - pytest-django's settings fixture
    # Limits high enough that a fuzz run reaches the resolvers; the limits themselves are
    # tested elsewhere.
    settings.RATE_LIMITS = {name: "100000/h" for name in settings.RATE_LIMITS}
    settings.FETCH_CONNECT_TIMEOUT = 1
    return build_world()


def test_every_operation_as_every_caller_answers_typed_and_writes_nothing_on_rejection(
        client, world):
    tally = Tally()

    # derandomize: the suite sees the same examples every run (no flaky coverage
    # assertions); bench/graphql_fuzz.py explores with seeds.
    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(actor=st.sampled_from(["anonymous", "member", "staff"]),
           operation=operations(world))
    def run(actor, operation):
        kind, document = operation
        send(client, world, actor, kind, document, tally)

    run()
    print(f"\nFUZZ {tally.requests} requests, {tally.accepted} accepted, by caller and kind "
          f"{dict(tally.by_kind)}, rejections {dict(tally.codes.most_common())}")
    assert tally.failures == [], "\n".join(tally.failures[:10])
    assert tally.requests == EXAMPLES
    # The run reached past permissions and validation: some mutations were accepted, and
    # inputs were refused with field errors, not only with top-level ones.
    assert tally.accepted > 0
    assert any(code.startswith("payload:") for code in tally.codes), tally.codes
