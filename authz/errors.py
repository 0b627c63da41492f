"""Errors with stable codes; GraphQL turns them into top-level errors with
``extensions.code``."""

from __future__ import annotations


class AuthzError(Exception):
    code = "FORBIDDEN"
    default_message = "You are not allowed to do this."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.default_message)


class PermissionDenied(AuthzError):
    code = "PERMISSION_DENIED"
    default_message = "You do not have permission to perform this action."


class AuthenticationError(AuthzError):
    code = "UNAUTHENTICATED"
    default_message = "Authentication is required."


class RateLimited(AuthzError):
    code = "RATE_LIMITED"
    default_message = "Too many requests; try again later."


class ServiceUnavailable(AuthzError):
    """A dependency a check needs (the rate-limit store) is down: the request is refused
    (fail closed) with a message that says so, never an internal error."""

    code = "SERVICE_UNAVAILABLE"
    default_message = "The service is briefly unavailable; try again in a minute."
