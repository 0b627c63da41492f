"""The root GraphQL schema, composed from each app's ``schema.py``."""

import graphene

from matching.schema import Query as MatchingQuery
from members.schema import Mutation as MembersMutation
from members.schema import Query as MembersQuery
from needs.schema import Mutation as NeedsMutation
from needs.schema import PublicMutation as NeedsPublicMutation
from needs.schema import Query as NeedsQuery
from organizations.schema import Query as OrganizationsQuery


class Query(OrganizationsQuery, NeedsQuery, MatchingQuery, MembersQuery, graphene.ObjectType):
    pass


class Mutation(NeedsMutation, NeedsPublicMutation, MembersMutation, graphene.ObjectType):
    pass


schema = graphene.Schema(query=Query, mutation=Mutation)
