"""The GraphQL endpoint: the view ``config.urls`` serves and its error formatting.

GraphiQL is served only when DEBUG is on (decided per request).  What every app's schema
shares (the base mutation, typed errors, keyset pagination) lives below the apps, in
``authz.graphql`` and ``authz.pagination``: ``config`` composes, it is imported by nobody.
"""

from __future__ import annotations

import json
import logging
import traceback

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseBadRequest
from graphene_django.views import GraphQLView as BaseGraphQLView
from graphene_django.views import HttpError
from graphql import GraphQLError, specified_rules

from authz.errors import AuthzError
from authz.graphql_rules import NoIntrospection, limits_rule

logger = logging.getLogger("graphql")


class GraphQLView(BaseGraphQLView):
    """The hardened endpoint: body size cap, no batching, depth/alias/cost limits,
    introspection only with DEBUG on (``__typename`` always), GraphiQL only with DEBUG on,
    and errors that never carry a stack trace or SQL to the client."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("graphiql", True)
        super().__init__(*args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        self.graphiql = settings.DEBUG
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.GRAPHQL_MAX_BODY_BYTES:
            return _error_response(
                413,
                f"The request body is {length} bytes; the limit is "
                f"{settings.GRAPHQL_MAX_BODY_BYTES}.",
                "REQUEST_TOO_LARGE",
            )
        return super().dispatch(request, *args, **kwargs)

    def parse_body(self, request):
        if self.get_content_type(request) == "application/json":
            try:
                body = json.loads(request.body.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                body = None
            if isinstance(body, list):
                raise HttpError(
                    HttpResponseBadRequest(
                        "Query batching is not supported: send one operation per request."
                    )
                )
        return super().parse_body(request)

    def execute_graphql_request(self, request, *args, **kwargs):
        rules = list(specified_rules)
        if not settings.DEBUG:
            rules.append(NoIntrospection)
        rules.append(
            limits_rule(
                max_depth=settings.GRAPHQL_MAX_DEPTH,
                max_aliases=settings.GRAPHQL_MAX_ALIASES,
                max_cost=settings.GRAPHQL_MAX_COST,
                page_cap=settings.GRAPHQL_MAX_PAGE_SIZE,
            )
        )
        self.validation_rules = rules
        return super().execute_graphql_request(request, *args, **kwargs)

    @staticmethod
    def format_error(error):
        return format_error(error)


def _error_response(status: int, message: str, code: str) -> HttpResponse:
    body = {"errors": [{"message": message, "extensions": {"code": code}}]}
    response = HttpResponse(json.dumps(body), status=status, content_type="application/json")
    return response


def format_error(error) -> dict:
    """Our own errors keep their message and gain a code; anything unexpected is logged
    (type and location only: messages of database errors can carry values) and reaches
    the client as "Internal server error" unless DEBUG is on."""
    if not isinstance(error, GraphQLError):
        if isinstance(error, HttpError):
            return {"message": str(error.message), "extensions": {"code": "BAD_REQUEST"}}
        error = GraphQLError(str(error), original_error=error)
    formatted = dict(error.formatted)
    original = error.original_error
    while isinstance(original, GraphQLError) and original.original_error is not None:
        original = original.original_error
    if original is None or isinstance(original, GraphQLError):
        extensions = dict(formatted.get("extensions") or {})
        extensions.setdefault("code", "GRAPHQL_ERROR")
        formatted["extensions"] = extensions
        return formatted
    if isinstance(original, AuthzError):
        formatted["message"] = str(original)
        formatted["extensions"] = {"code": original.code}
        return formatted
    if isinstance(original, ValidationError):
        formatted["message"] = "; ".join(original.messages)
        formatted["extensions"] = {"code": "INVALID_INPUT"}
        return formatted
    frames = "".join(traceback.format_tb(original.__traceback__)) if original.__traceback__ else ""
    logger.error("GraphQL resolver failed at %s: %s\n%s", formatted.get("path"),
                 type(original).__name__, frames)
    if not settings.DEBUG:
        formatted["message"] = "Internal server error."
    formatted["extensions"] = {"code": "INTERNAL_SERVER_ERROR"}
    return formatted
