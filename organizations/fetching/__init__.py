"""Fetching organizations' web pages: the backend interface and its implementations."""

from organizations.fetching.base import (
    Fetcher,
    FetchError,
    FetchFailure,
    FetchResult,
    Link,
    backend_name,
    get_fetcher,
)

__all__ = [
    "FetchError",
    "FetchFailure",
    "FetchResult",
    "Fetcher",
    "Link",
    "backend_name",
    "get_fetcher",
]
