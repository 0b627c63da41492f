"""The short path for plain leaf fields (config/graphql_execution.py, issue 13): every
answer is the one graphql-core's own execution gives -- data, errors, their paths and
order -- through the real endpoint and on small schemas built to make fields fail; and a
middleware that may act on any field turns the short path off."""

from __future__ import annotations

import json

import graphene
import pytest
from graphene import relay
from graphql import ExecutionContext as CoreExecutionContext
from graphql_relay import to_global_id

from authz.graphql import info_free
from config.graphql import GraphQLView, validated_documents
from config.graphql_execution import ExecutionContext, leaf_plan
from needs.models import Need
from organizations.models import Organization, Tag

pytestmark = pytest.mark.django_db

NEED_FIELDS = """id title tldr description urgency kind languages pageLanguage locationName
  latitude longitude contactEmail contactPhone contactUrl createdAt __typename"""

DOCUMENTS = [
    # The load test's list, plus cursors, aliases, a fragment and __typename.
    ("query { needs(first: 20) { edges { cursor node { ...N "
     "organization { id name county website activeNeedCount tags { kind value } } } } "
     "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } "
     f"fragment N on Need {{ {NEED_FIELDS} headline: title where: locationName }}", {}),
    ("query($id: ID!) { need(id: $id) { ... on Need { title urgency kind } "
     f"{NEED_FIELDS} organization {{ name tags {{ kind value }} }} }} }}", "need"),
    ("{ organizations(first: 5) { edges { node { id name summary county website verified "
     "latitude longitude activeNeedCount tags { kind value } } } } }", {}),
    # Errors: a bad id, a bad cursor, an argument InputGuard refuses (it still runs).
    ("{ need(id: \"bm90OmFuaWQ=\") { id title } }", {}),
    ("{ needs(after: \"garbage\") { edges { node { title } } } }", {}),
    ("{ needs(first: 2, search: \"a\\u0000b\") { edges { node { title } } } }", {}),
    ("{ __typename needs(first: 1) { __typename edges { __typename } } }", {}),
]


@pytest.fixture
def world():
    tag = Tag.objects.create(kind="service", value="food")
    orgs = [Organization.objects.create(name=f"Org {i}", county="Hennepin", listed=True,
                                        website="" if i else "https://example.org")
            for i in range(3)]
    orgs[0].tags.add(tag)
    needs = []
    for i in range(12):
        needs.append(Need.objects.create(
            organization=orgs[i % 3], title=f"Need {i}", description=f"Help {i}.",
            tldr="" if i % 2 else f"Short {i}", status="active", content_hash=f"{i:064x}",
            urgency=["low", "medium", "urgent"][i % 3], languages=["so", "en"][: i % 3],
            latitude=None if i % 4 == 0 else 44.9 + i / 100,
            longitude=None if i % 4 == 0 else -93.2, location_name="Minneapolis" * (i % 2)))
    return needs


def post(client, query: str, variables: dict) -> tuple[int, dict]:
    response = client.post("/graphql/", data=json.dumps({"query": query,
                                                         "variables": variables}),
                           content_type="application/json")
    return response.status_code, json.loads(response.content)


@pytest.mark.parametrize("index", range(len(DOCUMENTS)))
def test_the_endpoint_answers_exactly_as_graphql_core_does(client, world, monkeypatch, index):
    query, variables = DOCUMENTS[index]
    if variables == "need":
        variables = {"id": to_global_id("Need", world[3].pk)}
    ours = post(client, query, variables)
    monkeypatch.setattr(GraphQLView, "execution_context_class", CoreExecutionContext)
    validated_documents.clear()
    theirs = post(client, query, variables)
    assert ours == theirs
    assert ours[0] in (200, 400)


def test_the_list_takes_the_short_path_for_its_plain_fields(client, world, monkeypatch):
    calls = []
    original = CoreExecutionContext.execute_field

    def counting(self, *args):
        calls.append(args[2][0].name.value)
        return original(self, *args)

    monkeypatch.setattr(CoreExecutionContext, "execute_field", counting)
    status, body = post(client, DOCUMENTS[0][0], {})
    assert status == 200 and len(body["data"]["needs"]["edges"]) == 12
    # Objects, lists of objects and resolvers of our own take graphql-core's path; no
    # scalar read from an attribute does, no Relay id, and no leaf whose resolver is
    # marked as never reading info (activeNeedCount: authz.graphql.info_free).
    assert {"title", "urgency", "languages", "createdAt", "id", "name",
            "activeNeedCount"}.isdisjoint(calls), " ".join(sorted(set(calls)))
    assert {"needs", "edges", "node", "organization", "tags"} <= set(calls)


# --- Small schemas whose fields fail in every way a short path could get wrong --------

class Colour(graphene.Enum):
    RED = "red"
    BLUE = "blue"


class Thing(graphene.ObjectType):
    class Meta:
        interfaces = (relay.Node,)

    name = graphene.String(required=True)
    note = graphene.String()
    colour = graphene.Field(Colour, required=True)
    maybe_colour = graphene.Field(Colour)
    count = graphene.Int()
    tags = graphene.List(graphene.NonNull(graphene.String), required=True)
    loose = graphene.List(graphene.String)
    shout = graphene.String(times=graphene.Int())
    size = graphene.Int(required=True)

    @staticmethod
    def resolve_shout(root, info, times=1):
        return root.name.upper() * times

    @staticmethod
    @info_free
    def resolve_size(root, info):
        """Fails as a resolver of ours can: raises, a null, a value the type refuses."""
        name = root["name"] if isinstance(root, dict) else root.name
        if name == "d":
            raise ValueError("no size for d")
        if name == "e":
            return "large"
        return None if name is None else len(name) * 10


class Row:
    def __init__(self, **fields):
        self.__dict__.update(fields)


GOOD = Row(id=1, name="a", note=None, colour="red", maybe_colour=None, count=3,
           tags=["x", "y"], loose=["p", None])
BAD = [
    Row(id=2, name=None, note="n", colour="blue", maybe_colour="blue", count=1, tags=[],
        loose=None),                                       # null for a non-null String
    Row(id=3, name="c", note=7, colour="green", maybe_colour=None, count=2, tags=[],
        loose=[]),                                         # an enum value that does not exist
    Row(id=4, name="d", note="", colour="red", maybe_colour="purple", count="many",
        tags=["ok", None], loose=[1.5]),                   # a bad Int, a null list item
    Row(id=5, name="e", note=None, colour="red", maybe_colour=None, count=2 ** 40,
        tags="notalist", loose=[object()]),                # out of range, not a list
    Row(id=None, name="f", note=None, colour="red", maybe_colour=None, count=None, tags=[],
        loose=None),                                       # no primary key for the id
    {"id": 6, "name": "dict", "note": "from a dict", "colour": "blue",
     "maybe_colour": "red", "count": 6, "tags": ["d"], "loose": None},
]


class Query(graphene.ObjectType):
    things = graphene.List(Thing)
    thing = graphene.Field(Thing, required=True)

    @staticmethod
    def resolve_things(root, info):
        return [GOOD, *BAD]

    @staticmethod
    def resolve_thing(root, info):
        return BAD[0]


SCHEMA = graphene.Schema(query=Query)
THING = "id name note colour maybeColour count tags loose shout(times: 2) size __typename"


@pytest.mark.parametrize("query", [
    f"{{ things {{ {THING} alias: name other: count }} }}",
    f"{{ thing {{ {THING} }} }}",
    "{ things { name ...F } } fragment F on Thing { colour count }",
])
@pytest.mark.parametrize("guarded", [False, True])
def test_failing_fields_give_graphql_cores_errors(query, guarded):
    middleware = [InputGuardLike()] if guarded else []
    ours = SCHEMA.execute(query, execution_context_class=ExecutionContext,
                          middleware=middleware)
    theirs = SCHEMA.execute(query, execution_context_class=CoreExecutionContext,
                            middleware=middleware)
    assert ours.data == theirs.data
    assert [e.formatted for e in ours.errors or []] == \
        [e.formatted for e in theirs.errors or []]
    assert ours.errors  # the schema is made to fail


class InputGuardLike:
    ARGUMENTS_ONLY = True

    def resolve(self, next_, root, info, **args):
        return next_(root, info, **args)


def test_a_middleware_that_may_act_on_any_field_turns_the_short_path_off():
    seen = []

    def everywhere(next_, root, info, **args):
        seen.append(info.field_name)
        value = next_(root, info, **args)
        return value.upper() if isinstance(value, str) and info.field_name == "note" else value

    query = "{ things { name note } }"
    ours = SCHEMA.execute(query, execution_context_class=ExecutionContext,
                          middleware=[everywhere])
    assert "name" in seen and "note" in seen
    assert ours.data["things"][-1]["note"] == "FROM A DICT"


def test_only_plain_argument_free_leaves_are_planned():
    fields = SCHEMA.graphql_schema.get_type("Thing").fields
    assert leaf_plan(fields["name"])[0] == "leaf"
    assert leaf_plan(fields["tags"])[0] == "list"
    assert leaf_plan(fields["id"])[0] == "id"
    assert leaf_plan(fields["shout"]) is None  # arguments, own resolver
    assert leaf_plan(fields["size"])[0] == "leaf"  # own resolver, marked info_free
    query_fields = SCHEMA.graphql_schema.query_type.fields
    assert leaf_plan(query_fields["things"]) is None  # a list of objects
