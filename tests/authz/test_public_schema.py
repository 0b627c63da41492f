"""Nothing in the public GraphQL schema exposes push tokens, identifiers, moderation
internals, embeddings or any other member's data."""

from graphql import GraphQLInputObjectType, GraphQLInterfaceType, GraphQLObjectType

from config.schema import schema

PRIVATE_NAMES = {
    "embedding", "embeddingModel", "contentHash", "moderationReason", "moderatedBy",
    "moderatedAt", "status", "submissionType", "supersedes", "source", "sources",
    "lastSeenAt", "disappearedAt", "pushToken", "interests", "identifiers", "digest",
    "tokenVersion", "codeHash", "inferred",
}
# Where a "private" name is legitimately in the schema, and why.
ALLOWED_FIELDS = {
    ("MemberProfile", "interests"),  # the member's own profile, answered only to them (`me`)
    ("ModeratedNeed", "status"),  # staff-only moderation mutations (MANAGE_NEEDS)
    ("ModeratedNeed", "moderationReason"),
    ("SubmittedNeed", "status"),  # the submitter's own submission (always pending)
    ("ScrapeResult", "status"),  # a crawl's outcome (TRIGGER_SCRAPING)
}
ALLOWED_ARGS = {
    ("Mutation", "registerMember", "pushToken"),  # sent by the device, in the body, never read
    ("Mutation", "registerMember", "interests"),
    ("Mutation", "updateMyProfile", "interests"),
}


def test_no_private_name_anywhere_in_the_schema():
    checked = 0
    for type_ in schema.graphql_schema.type_map.values():
        if type_.name.startswith("__"):
            continue
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType | GraphQLInputObjectType):
            checked += 1
            leaked = {f for f in PRIVATE_NAMES & set(type_.fields)
                      if (type_.name, f) not in ALLOWED_FIELDS}
            assert not leaked, f"{type_.name} exposes {sorted(leaked)}"
            for name, field in type_.fields.items():
                leaked_args = {a for a in PRIVATE_NAMES & set(getattr(field, "args", {}) or {})
                               if (type_.name, name, a) not in ALLOWED_ARGS}
                assert not leaked_args, f"{type_.name}.{name} takes {sorted(leaked_args)}"
    assert checked >= 20  # Query, Mutation, every payload and node type
