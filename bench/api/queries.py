"""The GraphQL documents of the load test and the profile (no locust import here: locust
monkey-patches the standard library with gevent)."""

# The list's fields (the plain JSON view of bench/api/urls.py returns the same); a need by
# id also reads its organization's tags.  (Tags in a 20-row list cost more than the
# default GRAPHQL_MAX_COST of 2000 allows.)
NEED_FIELDS = """id title tldr description urgency kind languages pageLanguage locationName
  latitude longitude contactEmail contactUrl createdAt
  organization { id name county website activeNeedCount }"""
# Page sizes are literals: a variable ``first`` is costed as the largest page (100).
NEEDS_QUERY = (
    "query Needs($after: String, $search: String) {"
    " needs(first: 20, after: $after, search: $search) {"
    f" edges {{ node {{ {NEED_FIELDS} }} }} pageInfo {{ hasNextPage endCursor }} }} }}"
)
NEED_QUERY = (f"query Need($id: ID!) {{ need(id: $id) {{ {NEED_FIELDS[:-2]}"
              " tags { kind value } } } }")
ORGS_QUERY = """query Orgs($county: String) {
  organizations(first: 20, county: $county) { edges { node {
    id name summary county website activeNeedCount tags { kind value } } }
    pageInfo { hasNextPage endCursor } } }"""
ORG_QUERY = """query Org($id: ID!) { organization(id: $id) {
  id name description summary website phone publicEmail address county latitude longitude
  verified activeNeedCount tags { kind value } } }"""
REGISTER = """mutation Register($t: String!, $i: String!, $z: String, $l: String) {
  registerMember(pushToken: $t, interests: $i, zipCode: $z, language: $l, radiusKm: 25) {
    member { id } tokens { accessToken } errors { field code message } } }"""
SUBMIT = """mutation Submit($org: ID, $in: NeedInput!) {
  submitNeed(organizationId: $org, input: $in) {
    need { id status duplicate } errors { field code message } } }"""

# Words of the needs list's search (``needs(search:)``): common, rare and absent ones.
SEARCH_WORDS = ["coats", "drivers", "Somali", "food shelf", "tutor", "comida", "Duluth",
                "Rochester", "interpreter", "zaub mov"]
