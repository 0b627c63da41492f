"""GraphQL plumbing shared by every app's schema: the actor, the base mutation, and the
typed ``errors`` list.

Saleor's pattern: a mutation may declare the capability it needs (``permission``) for
documentation and an early exit, but the authoritative check lives in the service it
calls.  Authentication and permission failures are top-level errors with a code in
``extensions``; validation failures come back in the payload's ``errors`` list.
"""

from __future__ import annotations

import re
from typing import ClassVar

import graphene
from django.core.exceptions import ValidationError

from authz.actor import Actor
from authz.capabilities import Capability
from authz.errors import AuthenticationError
from authz.request import api_actor


class ErrorCode(graphene.Enum):
    INVALID = "invalid"
    REQUIRED = "required"
    NOT_FOUND = "not_found"
    DUPLICATE = "duplicate"
    TOO_LONG = "too_long"
    OUT_OF_RANGE = "out_of_range"
    UNKNOWN_PLACE = "unknown_place"


_KNOWN_CODES = {e.value for e in ErrorCode}
_CODE_ALIASES = {
    "max_length": "too_long",
    "min_length": "invalid",
    "max_value": "out_of_range",
    "min_value": "out_of_range",
    "unique": "duplicate",
    "blank": "required",
    "null": "required",
    "invalid_choice": "invalid",
}


class FieldError(graphene.ObjectType):
    field = graphene.String(description="The input field at fault (camelCase), or null.")
    message = graphene.String(required=True)
    code = graphene.Field(ErrorCode, required=True)


def _camel(name: str) -> str | None:
    if name in ("__all__", "", None):
        return None
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


def errors_from_validation(exc: ValidationError) -> list[FieldError]:
    items: list[tuple[str | None, ValidationError]] = []
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            items.extend((field, e) for e in errors)
    else:
        items.extend((None, e) for e in exc.error_list)
    out = []
    for field, error in items:
        code = _CODE_ALIASES.get(error.code or "invalid", error.code or "invalid")
        if code not in _KNOWN_CODES:
            code = "invalid"
        message = error.message % error.params if error.params else error.message
        out.append(FieldError(field=_camel(field), message=str(message), code=code))
    return out


#: Set on a resolver that never reads ``info`` (``root`` only): config.graphql_execution may
#: then answer its field like a default-resolved one, without building an ``info``.
INFO_FREE = "graphql_info_free"


def info_free(resolver):
    """Mark ``resolver(root, info)`` as reading ``root`` only (never ``info``), so a leaf
    field it resolves may take the execution's short path (config/graphql_execution.py).
    Put it under ``@staticmethod``."""
    setattr(resolver, INFO_FREE, True)
    return resolver


def get_actor(info) -> Actor:
    return api_actor(info.context)


class BaseMutation(graphene.Mutation):
    """Subclasses implement ``perform(cls, root, info, *, actor, **arguments)``.

    Payload fields other than ``errors`` must be nullable: they are null when the
    mutation answers with validation errors.
    """

    errors = graphene.List(graphene.NonNull(FieldError), required=True)

    permission: ClassVar[Capability | None] = None
    member_only: ClassVar[bool] = False

    class Meta:
        abstract = True

    @classmethod
    def mutate(cls, root, info, **arguments):
        actor = get_actor(info)
        if cls.member_only and not actor.is_member:
            raise AuthenticationError("Log in as a member to do this.")
        if cls.permission is not None:
            actor.can(cls.permission).check()  # early exit; the service checks again
        try:
            return cls.perform(root, info, actor=actor, **arguments)
        except ValidationError as exc:
            return cls(errors=errors_from_validation(exc))

    @classmethod
    def perform(cls, root, info, *, actor: Actor, **arguments):
        raise NotImplementedError
