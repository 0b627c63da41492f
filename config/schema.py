"""The root GraphQL schema, composed from each app's ``schema.py``."""

import graphene

from needs.schema import Query as NeedsQuery
from organizations.schema import Query as OrganizationsQuery


class Query(OrganizationsQuery, NeedsQuery, graphene.ObjectType):
    pass


schema = graphene.Schema(query=Query)
