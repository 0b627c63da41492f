"""Input every field refuses, whatever the field: checked once, at the GraphQL layer.

PostgreSQL refuses a NUL character in text, a lone surrogate cannot be encoded to UTF-8,
and a date-time without a time zone cannot be compared with the aware times Django keeps.
Each of these used to travel down to a service (or the database driver) and come back as
"Internal server error."  ``InputGuard`` — graphene middleware, run before every resolver
that has arguments — looks at the arguments as GraphQL coerced them (literals and
variables alike) and refuses such a value before anything runs:

* a mutation answers with its own payload, ``errors: [{field, message, code: INVALID}]``
  and every other field null — the same typed error any validation failure gives;
* a query field answers with a top-level error, ``extensions: {code: INVALID_INPUT,
  field}``.

Nothing is written in either case: the resolver never runs.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from graphql import GraphQLError

NUL_MESSAGE = "Remove the NUL character (U+0000): it is not allowed in text."
SURROGATE_MESSAGE = "The text is not valid Unicode (it contains an unpaired surrogate)."
NAIVE_MESSAGE = ("Give the time with its time zone, e.g. 2026-06-01T09:00:00-05:00 or "
                 "2026-06-01T14:00:00Z.")


def _camel(name: str) -> str:
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


def find_bad_value(value: Any, path: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(field path, message) for the first value no field accepts, or None."""
    if isinstance(value, str):
        if "\x00" in value:
            return ".".join(path), NUL_MESSAGE
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return ".".join(path), SURROGATE_MESSAGE
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            return ".".join(path), NAIVE_MESSAGE
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = find_bad_value(item, (*path, _camel(str(key))))
            if found is not None:
                return found
        return None
    if isinstance(value, list | tuple):
        for item in value:
            found = find_bad_value(item, path)
            if found is not None:
                return found
    return None


def _field_name(path: str) -> str:
    """The name a client sees in a mutation's errors: ``input.title`` reads ``title``, as
    the services' own validation errors name it."""
    return path.removeprefix("input.")


class InputGuard:
    """graphene middleware: refuse NUL, lone surrogates and naive date-times anywhere in
    a field's arguments."""

    # Acts on fields with arguments only: fields without any may skip it
    # (config.graphql_execution's short path for plain leaf fields).
    ARGUMENTS_ONLY = True

    def resolve(self, next_, root, info, **args):
        if args:
            found = find_bad_value(args)
            if found is not None:
                path, message = found
                payload = _mutation_payload(info)
                if payload is not None:
                    from authz.graphql import FieldError

                    return payload(errors=[FieldError(field=_field_name(path), message=message,
                                                      code="invalid")])
                raise GraphQLError(message, extensions={"code": "INVALID_INPUT", "field": path})
        return next_(root, info, **args)


def _mutation_payload(info):
    """The payload class when this field is one of our mutations, else None."""
    from authz.graphql import BaseMutation

    graphene_type = getattr(getattr(info.return_type, "of_type", info.return_type),
                            "graphene_type", None)
    if isinstance(graphene_type, type) and issubclass(graphene_type, BaseMutation):
        return graphene_type
    return None
