"""The GraphQL view: hardened limits, typed errors, GraphiQL only when DEBUG is on.

The keyset pagination every list query shares lives below the apps, in
``authz.pagination``; this module is composition only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import traceback
from collections import OrderedDict

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotAllowed
from graphene_django.constants import MUTATION_ERRORS_FLAG
from graphene_django.settings import graphene_settings
from graphene_django.utils.utils import set_rollback
from graphene_django.views import GraphQLView as BaseGraphQLView
from graphene_django.views import HttpError
from graphql import (
    ExecutionResult,
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationType,
    execute,
    get_operation_ast,
    parse,
    print_ast,
    print_schema,
    specified_rules,
    validate,
    validate_schema,
)
from psycopg_pool import PoolTimeout

from authz import public_cache
from authz.errors import AuthzError
from authz.graphql_rules import Limits, NoIntrospection, check_limits
from config.graphql_execution import ExecutionContext
from config.graphql_input import InputGuard

logger = logging.getLogger("graphql")

#: Settings that decide whether a document passes the checks (the limits, and DEBUG for
#: introspection and suggestions): part of a validated document's cache key.
_VALIDATION_SETTINGS = (
    "DEBUG", "GRAPHQL_MAX_TOKENS", "GRAPHQL_MAX_DEPTH", "GRAPHQL_MAX_ALIASES",
    "GRAPHQL_MAX_COST", "GRAPHQL_MAX_FIELDS", "GRAPHQL_MAX_DIRECTIVES",
    "GRAPHQL_MAX_PAGE_SIZE", "GRAPHQL_MAX_FRAGMENTS", "GRAPHQL_MAX_VARIABLES",
    "GRAPHQL_MAX_REPEATS", "GRAPHQL_MAX_VALUES", "GRAPHQL_MAX_VALIDATION_ERRORS",
)


class ValidatedDocuments:
    """The last ``size`` documents that passed parsing, our limits and graphql-core's
    validation, by query text, schema and validation settings.

    Clients send the same few documents over and over (only the variables change); parsing
    and validating one cost more than executing a small query (docs/benchmarks.md, issue
    13).  A cached document is never mutated by execution.  Only documents that passed
    are kept, only short ones (``max_chars``), and only ``size`` of them (least recently
    used first out), so a client that sends endless distinct documents gains nothing and
    costs a bounded amount of memory.
    """

    def __init__(self, size: int = 64, max_chars: int = 8_000):
        self.size = size
        self.max_chars = max_chars
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(query: str, schema) -> tuple:
        return (query, id(schema), *(getattr(settings, name) for name in _VALIDATION_SETTINGS))

    def get(self, key: tuple):
        with self._lock:
            document = self._items.get(key)
            if document is not None:
                self._items.move_to_end(key)
            return document

    def put(self, key: tuple, document) -> None:
        if self.size <= 0 or len(key[0]) > self.max_chars:
            return
        with self._lock:
            self._items[key] = document
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


validated_documents = ValidatedDocuments()


class GraphQLView(BaseGraphQLView):
    """The hardened endpoint: body size cap, no batching, depth/alias/cost limits,
    introspection only with DEBUG on (``__typename`` always), GraphiQL only with DEBUG on,
    and errors that never carry a stack trace or SQL to the client."""

    # Plain leaf fields (a model attribute as a scalar) skip graphql-core's per-field
    # machinery; the answer is the same (config/graphql_execution.py).
    execution_context_class = ExecutionContext

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
        if self.graphiql:  # GraphiQL (DEBUG) sends the CSRF cookie graphene-django sets
            return super().dispatch(request, *args, **kwargs)
        # The API itself is CSRF-exempt and authenticates by Bearer token only: no CSRF
        # cookie (graphene-django's ensure_csrf_cookie drew a new secret for every request,
        # a third of a cached answer's time, and sent it as Set-Cookie).
        return BaseGraphQLView.dispatch.__wrapped__(self, request, *args, **kwargs)

    def parse_body(self, request):
        if self.get_content_type(request) == "application/json":
            try:
                body = json.loads(request.body.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                body = None
            except RecursionError:
                raise HttpError(HttpResponseBadRequest(
                    "The JSON body is nested too deeply.")) from None
            if isinstance(body, list):
                raise HttpError(
                    HttpResponseBadRequest(
                        "Query batching is not supported: send one operation per request."
                    )
                )
        return super().parse_body(request)

    def get_middleware(self, request):
        return [InputGuard(), *(super().get_middleware(request) or [])]

    def execute_graphql_request(self, request, data, query, variables, operation_name,
                                show_graphiql=False):
        """graphene-django's flow with four changes: the parser stops at a token budget,
        our linear limits run before graphql-core's rules (so those only ever see a
        bounded document), suggestions ("Did you mean …?") are hidden unless DEBUG, and a
        document that passed all of that is kept (``validated_documents``): the next
        request with the same text goes straight to execution."""
        if not query:
            if show_graphiql:
                return None
            raise HttpError(HttpResponseBadRequest("Must provide query string."))
        schema = self.schema.graphql_schema
        schema_errors = validate_schema(schema)
        if schema_errors:  # pragma: no cover - a broken schema fails the schema test
            return ExecutionResult(data=None, errors=schema_errors)
        hide = not settings.DEBUG
        cache_key = ValidatedDocuments.key(query, schema)
        entry = validated_documents.get(cache_key)
        validated = entry is not None
        if validated:
            document, normalized = entry
        else:
            try:
                document = parse(query, max_tokens=settings.GRAPHQL_MAX_TOKENS,
                                 max_comments=settings.GRAPHQL_MAX_TOKENS)
            except GraphQLError as exc:
                return ExecutionResult(errors=[_parse_error(exc)])
        operation = get_operation_ast(document, operation_name)
        if (request.method.lower() == "get" and operation is not None
                and operation.operation != OperationType.QUERY):
            if show_graphiql:
                return None
            raise HttpError(HttpResponseNotAllowed(
                ["POST"], f"Can only perform a {operation.operation.value} operation from a "
                "POST request."))
        if not validated:
            errors = check_limits(document, schema, Limits(
                max_depth=settings.GRAPHQL_MAX_DEPTH,
                max_aliases=settings.GRAPHQL_MAX_ALIASES,
                max_cost=settings.GRAPHQL_MAX_COST,
                max_fields=settings.GRAPHQL_MAX_FIELDS,
                max_directives=settings.GRAPHQL_MAX_DIRECTIVES,
                page_cap=settings.GRAPHQL_MAX_PAGE_SIZE,
                max_fragments=settings.GRAPHQL_MAX_FRAGMENTS,
                max_variables=settings.GRAPHQL_MAX_VARIABLES,
                max_repeats=settings.GRAPHQL_MAX_REPEATS,
                max_values=settings.GRAPHQL_MAX_VALUES,
            ))
            if errors:
                return ExecutionResult(data=None, errors=errors)
            rules = list(specified_rules)
            if not settings.DEBUG:
                rules.append(NoIntrospection)
            errors = validate(schema, document, rules, settings.GRAPHQL_MAX_VALIDATION_ERRORS,
                              hide_suggestions=hide)
            if errors:
                return ExecutionResult(data=None, errors=errors)
            # The document as graphql-core prints it (spacing, commas and comments gone):
            # the response cache's key for it.
            normalized = hashlib.sha256(print_ast(document).encode()).hexdigest()
            validated_documents.put(cache_key, (document, normalized))
        # Every check passed: an anonymous read of public data may be answered from the
        # cache (authz.public_cache), keyed by the normalized document, the operation,
        # the variables, the schema and the validation settings.
        if _public_read(request, operation, document, show_graphiql):
            lookup = public_cache.lookup(public_cache.key(
                "graphql", _schema_digest(schema), normalized, operation_name,
                variables or {}, cache_key[2:]))
            if lookup is not None:
                if lookup.body is not None:
                    return CachedAnswer(lookup.body)
                request._public_answer = lookup  # get_response stores a clean answer
        options = {
            "root_value": self.get_root_value(request),
            "context_value": self.get_context(request),
            "variable_values": variables,
            "operation_name": operation_name,
            "middleware": self.get_middleware(request),
            "hide_suggestions": hide,
        }
        if self.execution_context_class:
            options["execution_context_class"] = self.execution_context_class
        try:
            if (operation is not None and operation.operation == OperationType.MUTATION
                    and graphene_settings.ATOMIC_MUTATIONS is True):
                with transaction.atomic():
                    result = execute(schema, document, **options)
                    if getattr(request, MUTATION_ERRORS_FLAG, False) is True:
                        transaction.set_rollback(True)
                return result
            return execute(schema, document, **options)
        except Exception as exc:  # noqa: BLE001 - reported through format_error
            return ExecutionResult(errors=[exc])

    def get_response(self, request, data, show_graphiql=False):
        """graphene-django's, plus the response cache: a hit is sent as it was stored;
        an answer with no error to a cacheable request is stored (never an error)."""
        query, variables, operation_name, _id = self.get_graphql_params(request, data)
        result = self.execute_graphql_request(request, data, query, variables,
                                              operation_name, show_graphiql)
        if isinstance(result, CachedAnswer):
            return result.body, 200
        if getattr(request, MUTATION_ERRORS_FLAG, False) is True:
            set_rollback()
        if not result:
            return None, 200
        response, status_code = {}, 200
        if result.errors:
            set_rollback()
            response["errors"] = [self.format_error(e) for e in result.errors]
            if any(not getattr(e, "path", None) for e in result.errors):
                status_code = 400
        if status_code == 200:
            response["data"] = result.data
        body = self.json_encode(request, response, pretty=show_graphiql)
        lookup = getattr(request, "_public_answer", None)
        if lookup is not None and status_code == 200 and not result.errors:
            lookup.store(body)
        return body, status_code

    @staticmethod
    def format_error(error):
        return format_error(error)


class CachedAnswer(ExecutionResult):
    """A response body found in the public answer cache (sent as it is)."""

    def __init__(self, body: str):
        super().__init__(data=None, errors=None)
        self.body = body


#: Root fields whose answer is public data, the same for every anonymous client, with no
#: rate limit: what the response cache may keep.  Search (rate-limited per client), the
#: member's own fields and every mutation are not here.
PUBLIC_READS = frozenset({"needs", "need", "organizations", "organization", "__typename"})


def _public_read(request, operation, document, show_graphiql: bool) -> bool:
    """An anonymous query reading only ``PUBLIC_READS`` (through fragments too)."""
    if (operation is None or operation.operation != OperationType.QUERY or show_graphiql
            or request.GET.get("pretty") or not public_cache.enabled()):
        return False
    # Anonymous: no credentials of any kind (a bad token must still be refused by the
    # resolvers, so any Authorization header disqualifies), no session (the admin's).
    if "HTTP_AUTHORIZATION" in request.META or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    fragments = {d.name.value: d for d in document.definitions
                 if d.kind == "fragment_definition"}
    pending = list(operation.selection_set.selections)
    seen = set()
    while pending:
        selection = pending.pop()
        if isinstance(selection, FieldNode):
            if selection.name.value not in PUBLIC_READS:
                return False
        elif isinstance(selection, InlineFragmentNode):
            pending.extend(selection.selection_set.selections)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in seen or name not in fragments:
                return False
            seen.add(name)
            pending.extend(fragments[name].selection_set.selections)
        else:  # pragma: no cover - graphql-core has no other selection
            return False
    return True


_schema_digests: dict[int, str] = {}


def _schema_digest(schema) -> str:
    """The printed schema's digest (once per schema): answers of another schema version
    (a deploy) are never served."""
    digest = _schema_digests.get(id(schema))
    if digest is None:
        digest = hashlib.sha256(print_schema(schema).encode()).hexdigest()
        _schema_digests[id(schema)] = digest
    return digest


def _error_response(status: int, message: str, code: str) -> HttpResponse:
    body = {"errors": [{"message": message, "extensions": {"code": code}}]}
    response = HttpResponse(json.dumps(body), status=status, content_type="application/json")
    return response


def _parse_error(exc: GraphQLError) -> GraphQLError:
    """A syntax error keeps its message; a document over the token budget says so."""
    if "tokens" in exc.message and "Parsing aborted" in exc.message:
        return GraphQLError(
            f"The document is too large: more than {settings.GRAPHQL_MAX_TOKENS} tokens.",
            extensions={"code": "QUERY_TOO_LARGE"},
        )
    return GraphQLError(exc.message, nodes=exc.nodes, source=exc.source,
                        positions=exc.positions, extensions={"code": "GRAPHQL_PARSE_FAILED"})


#: "Did you mean 'need'?" and the like: a map of the schema for whoever probes it.
_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?", re.DOTALL)

UNAVAILABLE_MESSAGE = "The service is briefly unavailable; try again in a minute."


def _database_unavailable(error: BaseException) -> bool:
    """A database that cannot be reached (down, restarting, pool exhausted)."""
    current: BaseException | None = error
    while current is not None:
        if isinstance(current, PoolTimeout):
            return True
        if isinstance(current, DatabaseError) and type(current).__name__ in (
                "OperationalError", "InterfaceError"):
            return True
        current = current.__cause__
    return False


def format_error(error) -> dict:
    """Our own errors keep their message and gain a code; anything unexpected is logged
    (type and location only: messages of database errors can carry values) and reaches
    the client as "Internal server error" unless DEBUG is on.  With DEBUG off no message
    suggests names from the schema ("Did you mean …?")."""
    if not isinstance(error, GraphQLError):
        if isinstance(error, HttpError):
            return {"message": str(error.message), "extensions": {"code": "BAD_REQUEST"}}
        error = GraphQLError(str(error), original_error=error)
    formatted = dict(error.formatted)
    if not settings.DEBUG and "Did you mean" in formatted.get("message", ""):
        formatted["message"] = _SUGGESTION.sub("", formatted["message"])
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
    if _database_unavailable(original):
        # Expected while PostgreSQL restarts: the pool gave up within DB_POOL_TIMEOUT.
        logger.warning("GraphQL field %s: database unavailable (%s)", formatted.get("path"),
                       type(original).__name__)
        formatted["message"] = UNAVAILABLE_MESSAGE
        formatted["extensions"] = {"code": "SERVICE_UNAVAILABLE"}
        return formatted
    frames = "".join(traceback.format_tb(original.__traceback__)) if original.__traceback__ else ""
    logger.error("GraphQL resolver failed at %s: %s\n%s", formatted.get("path"),
                 type(original).__name__, frames)
    if not settings.DEBUG:
        formatted["message"] = "Internal server error."
    formatted["extensions"] = {"code": "INTERNAL_SERVER_ERROR"}
    return formatted
