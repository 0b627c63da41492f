"""Locust users of the public API load test (issue 13); run by ``bench/load_test.py``.

    locust -f bench/locustfile.py --headless -u 20 -t 30s --host http://127.0.0.1:8013 MixUser

Users wait for nothing between requests (closed loop: N users = N requests in flight).

* ``MixUser`` -- what the app and the public site do: the needs list (first page and the
  next one), a need by id, the word search of the needs list, the organizations list and
  one organization, ``registerMember`` and ``submitNeed``.  Semantic search
  (``searchNeeds``) is left out: it embeds the query with the local model inside the
  request and the scratch data has no vectors (see docs/benchmarks.md).
* ``ConstantUser``, ``PlainNeedsUser``, ``GraphQLNeedsUser`` -- the throughput ratios:
  a constant answer, 20 needs as plain JSON, the same 20 needs through GraphQL
  (``/bench/*`` exist only under ``bench.api.settings``).

Ids to read come from the JSON file named by ``BENCH_IDS`` (written by load_test.py).
"""

from __future__ import annotations

import json
import os
import random
import uuid

from locust import FastHttpUser, constant, task

from bench.api.queries import (
    NEED_QUERY,
    NEEDS_QUERY,
    ORG_QUERY,
    ORGS_QUERY,
    REGISTER,
    SEARCH_WORDS,
    SUBMIT,
)

COUNTIES = ["Hennepin", "Ramsey", "Dakota", "St. Louis", "Olmsted", "Stearns", "Cook"]
ZIPS = ["55401", "55404", "55104", "55901", "55802", "56301", "56001", "55987", "56601"]
INTERESTS = [("en", "driving seniors to appointments"), ("so", "u kaxaynta waayeelka"),
             ("es", "clasificar comida en el banco de alimentos"), ("hmn", "txhais lus Hmoob")]


def _ids() -> dict:
    path = os.environ.get("BENCH_IDS")
    if not path:
        return {"needs": [], "organizations": []}
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


IDS = _ids()


class _Api(FastHttpUser):
    abstract = True
    wait_time = constant(0)

    def gql(self, name: str, query: str, variables: dict) -> dict | None:
        with self.client.post("/graphql/", json={"query": query, "variables": variables},
                              name=name, catch_response=True) as response:
            try:
                body = response.json()
            except Exception:  # noqa: BLE001 - any non-JSON answer is a failure
                response.failure(f"HTTP {response.status_code}, not JSON")
                return None
            if response.status_code != 200 or body.get("errors"):
                errors = body.get("errors") or [{}]
                response.failure(f"HTTP {response.status_code}: "
                                 f"{errors[0].get('message', '')[:80]}")
                return None
            data = body.get("data") or {}
            for value in data.values():
                if isinstance(value, dict) and value.get("errors"):
                    response.failure(f"mutation errors: {value['errors'][:1]}")
                    return None
            response.success()
            return data


class MixUser(_Api):
    @task(25)
    def needs_first_page(self):
        self.gql("needs list", NEEDS_QUERY, {})

    @task(10)
    def needs_next_page(self):
        data = self.gql("needs list", NEEDS_QUERY, {})
        if data:
            cursor = data["needs"]["pageInfo"]["endCursor"]
            self.gql("needs list (after)", NEEDS_QUERY, {"after": cursor})

    @task(20)
    def need_detail(self):
        if IDS["needs"]:
            self.gql("need detail", NEED_QUERY, {"id": random.choice(IDS["needs"])})

    @task(10)
    def needs_search(self):
        self.gql("needs search (words)", NEEDS_QUERY,
                 {"search": random.choice(SEARCH_WORDS)})

    @task(12)
    def organizations(self):
        self.gql("organizations list", ORGS_QUERY,
                 {"county": random.choice([None, *COUNTIES])})

    @task(5)
    def organization_detail(self):
        if IDS["organizations"]:
            self.gql("organization detail", ORG_QUERY,
                     {"id": random.choice(IDS["organizations"])})

    @task(4)
    def register_member(self):
        language, interests = random.choice(INTERESTS)
        self.gql("registerMember", REGISTER, {
            "t": f"ExponentPushToken[load-{uuid.uuid4().hex}]", "i": interests,
            "z": random.choice(ZIPS), "l": language})

    @task(2)
    def submit_need(self):
        if IDS["organizations"]:
            tag = uuid.uuid4().hex[:10]
            self.gql("submitNeed", SUBMIT, {"org": random.choice(IDS["organizations"]), "in": {
                "title": f"Volunteers to pack food boxes ({tag})",
                "description": f"Pack food boxes on Saturday mornings; ask for {tag}.",
                "urgency": "MEDIUM", "kind": "VOLUNTEER"}})


class ConstantUser(_Api):
    @task
    def constant_view(self):
        self.client.get("/bench/constant", name="constant view")


class PlainNeedsUser(_Api):
    @task
    def plain_needs(self):
        self.client.get("/bench/needs.json", name="plain JSON, 20 needs")


class RawNeedsUser(_Api):
    @task
    def raw_needs(self):
        self.client.get("/bench/needs-raw.json", name="raw floor, 20 needs")


class RoundTripUser(_Api):
    @task
    def round_trip(self):
        self.client.get("/bench/round-trip", name="pool + SELECT 1")


class GraphQLNeedsUser(_Api):
    @task
    def graphql_needs(self):
        self.gql("GraphQL needs(first: 20)", NEEDS_QUERY, {})
