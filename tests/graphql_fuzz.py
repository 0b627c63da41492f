"""A property-based fuzz of the whole GraphQL schema (hypothesis-graphql), shared by the
suite (tests/config/test_graphql_fuzz.py, a bounded number of examples) and the long run
(bench/graphql_fuzz.py, 10,000 requests and more).

Each example is one operation — a query selecting any fields, or one mutation — sent as
anonymous, a member or a staff superuser (so it reaches past permission checks), with
arguments drawn from the schema: strings from the whole of Unicode with NUL bytes and
lone surrogates mixed in, realistic values that pass validation (ZIP codes, e-mail
addresses, push tokens, URLs), ids of rows that exist, date-times with and without a time
zone.  Some documents break the schema on purpose (hypothesis-graphql's negative mode).

The properties, for every request:

* no server error: HTTP status below 500, and no ``INTERNAL_SERVER_ERROR``;
* every rejection is typed: each top-level error carries ``extensions.code``, each
  payload error a ``field``-level ``code``;
* nothing half-written: a mutation that answers with any error leaves every table's row
  count as it was.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import graphql
from hypothesis import strategies as st
from hypothesis_graphql import Mode, mutations, queries

from config.schema import schema

SCHEMA = schema.graphql_schema
MUTATION_FIELDS = sorted(SCHEMA.mutation_type.fields)

REALISTIC = [
    "55404", "55101", "Minneapolis", "Duluth", "St. Paul", "en", "es", "so", "hmn",
    "volunteer@example.org", "A@Example.ORG", "+16125550100", "not an e-mail",
    "https://example.org/volunteer", "http://127.1/", "http://[::1/", "http://①②⑦.⓪.⓪.①/",
    "https://bücher.example.org/", "http://10-0-0-1.nip.io/", "https://example.org:99999/",
    "driving seniors to appointments", "I cook for families", "ExponentPushToken[fuzz-0001]",
    "000000", "123456", "Winter coats for kids",
    "Children's winter coats, sizes 4 to 14, for our coat drive on Saturday mornings.",
    "Cedar Riverside Mutual Aid", "Hennepin", "food", "LOW", "x" * 300, "",
]


def _string_node(value: str) -> graphql.StringValueNode:
    return graphql.StringValueNode(value=value)


def _with_poison(value: str, poison: str, at: int) -> str:
    at = at % (len(value) + 1)
    return value[:at] + poison + value[at:]


TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=40)
POISONED = st.builds(_with_poison, st.sampled_from(REALISTIC),
                     st.sampled_from(["\x00", "\ud800", "\udfff", "\u202e", "\ufeff"]),
                     st.integers(0, 400))
STRINGS = st.one_of(st.sampled_from(REALISTIC), TEXT, POISONED).map(_string_node)


def date_times() -> st.SearchStrategy[graphql.ValueNode]:
    now = datetime.now(tz=UTC)
    aware = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                         timezones=st.just(UTC)).map(lambda d: d.isoformat())
    soon = st.integers(-10, 400).map(lambda days: (now + timedelta(days=days)).isoformat())
    naive = st.integers(1, 30).map(
        lambda days: (now + timedelta(days=days)).replace(tzinfo=None).isoformat())
    return st.one_of(aware, soon, naive, TEXT).map(_string_node)


@dataclass
class World:
    """Rows that exist, and tokens of each kind of caller."""

    ids: list[str]
    staff_token: str
    make_member_token: object  # () -> str, a fresh member each time
    custom_scalars: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        ids = st.one_of(st.sampled_from(self.ids), TEXT, POISONED).map(_string_node)
        self.custom_scalars = {"String": STRINGS, "ID": ids, "DateTime": date_times()}


def build_world() -> World:
    """Organizations, needs (pending and active), a source, a staff superuser and a way
    to make members — in the current database."""
    from django.contrib.auth import get_user_model
    from graphql_relay import to_global_id

    from authz.tokens import issue_for_member, issue_for_user
    from members.models import Member
    from needs.hashing import content_hash
    from needs.models import Need
    from organizations.models import Organization, Source

    orgs = [Organization.objects.create(name=f"Fuzz Org {i}", listed=True) for i in range(2)]
    needs = []
    for i, status in enumerate(["pending", "active", "pending", "active", "rejected"]):
        title, description = f"Fuzz need {i}", f"Help the fuzz organization with task {i}."
        needs.append(Need.objects.create(
            organization=orgs[i % 2], title=title, description=description, status=status,
            content_hash=content_hash(title=title, description=description,
                                      organization_id=orgs[i % 2].pk)))
    source = Source.objects.create(organization=orgs[0], url="http://127.0.0.1:9/")
    ids = ([to_global_id("Need", n.pk) for n in needs]
           + [to_global_id("Organization", o.pk) for o in orgs]
           + [str(source.pk), to_global_id("Need", 10**9), "1"])
    staff = get_user_model().objects.create_user(
        username="fuzz-staff", password="correct horse battery staple",
        is_staff=True, is_superuser=True)
    counter = {"n": 0}

    def make_member_token() -> str:
        counter["n"] += 1
        member = Member.objects.create(
            push_token=f"ExponentPushToken[fuzz-member-{counter['n']:06d}]",
            interests="driving and delivering food", latitude=44.98, longitude=-93.27,
            location_name="Minneapolis, MN")
        return issue_for_member(member).access

    return World(ids=ids, staff_token=issue_for_user(staff).access,
                 make_member_token=make_member_token)


def operations(world: World) -> st.SearchStrategy[tuple[str, str]]:
    """(kind, document): a query, or one mutation with its payload errors selected."""
    common = {"custom_scalars": world.custom_scalars, "allow_x00": True}
    # Negative mode violates built-in scalars, so those keep hypothesis-graphql's own.
    negative = {"custom_scalars": {"DateTime": world.custom_scalars["DateTime"]},
                "allow_x00": True, "mode": Mode.NEGATIVE}
    # Any subset of the root fields (one error anywhere rejects the lot), or one field
    # (so valid arguments get through to the resolvers more often).
    one_query = st.sampled_from(sorted(SCHEMA.query_type.fields)).flatmap(
        lambda name: queries(SCHEMA, fields=[name], **common))
    query = st.one_of(queries(SCHEMA, **common), one_query,
                      queries(SCHEMA, **negative)).map(lambda doc: ("query", doc))

    def one_of_mutation(name: str):
        valid = mutations(SCHEMA, fields=[name], **common)
        args = SCHEMA.mutation_type.fields[name].args.values()
        if not any(graphql.get_named_type(a.type).name != "DateTime" for a in args):
            return valid  # nothing built-in to get wrong
        return st.one_of(valid, mutations(SCHEMA, fields=[name], **negative))

    one_mutation = st.sampled_from(MUTATION_FIELDS).flatmap(one_of_mutation).map(
        lambda doc: ("mutation", _select_payload_errors(doc)))
    # As many mutations as queries (a plain one_of leans towards the simpler branch).
    return st.sampled_from([query, one_mutation]).flatmap(lambda strategy: strategy)


def _select_payload_errors(document: str) -> str:
    """Add ``fuzzErrors: errors { field code message }`` to the mutation's payload, so a
    rejection in the payload is seen whatever else was selected."""
    try:
        parsed = graphql.parse(document)
    except graphql.GraphQLError:
        return document
    for definition in parsed.definitions:
        if not isinstance(definition, graphql.OperationDefinitionNode):
            continue
        for selection in definition.selection_set.selections:
            if isinstance(selection, graphql.FieldNode) and selection.selection_set:
                extra = graphql.parse(
                    "{ fuzzErrors: errors { field code message } }").definitions[0]
                selection.selection_set.selections = (
                    *selection.selection_set.selections, *extra.selection_set.selections)
    return graphql.print_ast(parsed)


def row_counts() -> dict[str, int]:
    from django.apps import apps

    return {model._meta.label: model._default_manager.count()
            for model in apps.get_models()
            if model._meta.app_label in {"organizations", "needs", "members", "matching",
                                         "outbox", "auth"}}


@dataclass
class Tally:
    requests: int = 0
    by_kind: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)  # rejection codes seen
    accepted: int = 0
    failures: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.failures.append(message)


def send(client, world: World, actor: str, kind: str, document: str, tally: Tally) -> None:
    """One request; every property checked; failures recorded in ``tally``."""
    headers = {}
    if actor == "staff":
        headers["HTTP_AUTHORIZATION"] = f"Bearer {world.staff_token}"
    elif actor == "member":
        headers["HTTP_AUTHORIZATION"] = f"Bearer {world.make_member_token()}"
    before = row_counts() if kind == "mutation" else None
    response = client.post("/graphql/", data=json.dumps({"query": document}),
                           content_type="application/json", **headers)
    tally.requests += 1
    tally.by_kind[f"{actor} {kind}"] += 1
    where = f"{actor} {kind}: {document[:600]!r}"
    if response.status_code >= 500:
        tally.fail(f"HTTP {response.status_code} for {where}")
        return
    try:
        body = response.json()
    except ValueError:
        tally.fail(f"not JSON ({response.status_code}) for {where}")
        return
    errors = body.get("errors") or []
    rejected = bool(errors)
    for error in errors:
        code = (error.get("extensions") or {}).get("code")
        if not code:
            tally.fail(f"untyped error {error!r} for {where}")
        elif code == "INTERNAL_SERVER_ERROR":
            tally.fail(f"internal server error at {error.get('path')} for {where}")
        tally.codes[code or "?"] += 1
    payloads = (body.get("data") or {}).values() if kind == "mutation" else ()
    for payload in payloads:
        for error in (payload.get("fuzzErrors") if isinstance(payload, dict) else None) or []:
            rejected = True
            if not error.get("code"):
                tally.fail(f"untyped payload error {error!r} for {where}")
            tally.codes[f"payload:{error.get('code')}"] += 1
    if not rejected:
        tally.accepted += 1
    if kind == "mutation" and rejected:
        after = row_counts()
        if after != before:
            changed = {k: (before[k], after[k]) for k in after if after[k] != before.get(k)}
            tally.fail(f"half-written {changed} for {where}")
