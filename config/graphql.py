"""The GraphQL view: GraphiQL is served only when DEBUG is on (decided per request)."""

from django.conf import settings
from graphene_django.views import GraphQLView as BaseGraphQLView


class GraphQLView(BaseGraphQLView):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("graphiql", True)
        super().__init__(*args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        self.graphiql = settings.DEBUG
        return super().dispatch(request, *args, **kwargs)
